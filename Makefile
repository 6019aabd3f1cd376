# Everything runs inside a virtual environment that this Makefile creates from pyproject.toml.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM := /usr/bin/chromium

.PHONY: help install chromium demo test lint typecheck unit fuzz bench site clean

help:
	@echo "make demo   - bygger nettstedet og starter mottaket lokalt"
	@echo "make test   - kjører alle tester (ruff, mypy, pytest med Chromium)"
	@echo "make bench  - måler ytelse på syntetiske data"
	@echo "make fuzz   - fuzzer kontrollen, rapporten og mottaket lenge (Hypothesis)"
	@echo "make lint   - ruff og mypy"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

chromium:
	@test -x $(CHROMIUM) || { \
	  echo "Installerer Debians chromium (trengs for nettleser-testene)"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest

test: $(STAMP) chromium lint
	$(BIN)/pytest

demo: $(STAMP)
	$(BIN)/kompetanse demo

# The fuzz tests run with a few dozen examples in `make test`; here with 500 a test (or
# KOMPETANSE_FUZZ_EKSEMPLER), new ones each run.
fuzz: $(STAMP)
	KOMPETANSE_FUZZ=lang $(BIN)/pytest -p no:cacheprovider tests/fuzz

bench: $(STAMP)
	cd scripts && ../$(BIN)/python -m bench

clean:
	rm -rf site build artifacts .demo bench-data
