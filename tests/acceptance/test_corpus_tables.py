"""The bad-input corpus of data tables (tests/examples/corpus/tabeller): wrong headers and types,
formula-like cells, path tricks in address columns, bidi characters, encodings, duplicates and
references across files. Each gives exactly its codes through ``kompetanse validate``, with
Norwegian messages that never repeat an address, a phone number or an account, and nothing is
written; ``kompetanse review`` lists the changed table without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kompetanse.cli import main
from kompetanse.validation.problems import PROBLEM_CODES, Severity
from tests.examples_support import CorpusFile, iter_corpus
from tests.support.cli import git
from tests.support.office import repository_files

TABLES = iter_corpus("tabeller", ".csv")
PRIVATE = ("hemmelig",)
REVIEWED = TABLES[::6]
PERSONAL = [t for t in TABLES if b"hemmelig" in t.example.source.read_bytes().lower()]


def validate(root: Path, relpath: str, *options: str) -> tuple[int, str]:
    """``kompetanse validate`` on one table, in-process; its exit code and output."""
    result = CliRunner().invoke(main, ["validate", "--root", str(root), *options, relpath])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


def test_the_corpus_has_at_least_30_tables() -> None:
    assert len(TABLES) >= 30
    assert len({table.example.relpath for table in TABLES}) >= 10


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_validate_gives_the_tables_codes_and_writes_nothing(
    table: CorpusFile, copy_of_project: Path
) -> None:
    target = table.example.place(copy_of_project)
    before = repository_files(copy_of_project)
    code, output = validate(copy_of_project, str(target), "-o", "json")
    report = json.loads(output)
    assert {p["code"] for p in report["problems"]} == table.example.codes
    errors = any(
        PROBLEM_CODES.get(c) is None or PROBLEM_CODES[c].severity is Severity.ERROR
        for c in table.example.codes
    )
    assert code == (1 if errors else 0)
    for problem in report["problems"]:
        assert problem["message"].strip()
        assert not any(secret in problem["message"].lower() for secret in PRIVATE)
    assert repository_files(copy_of_project) == before


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("output", ["tekst", "markdown"])
@pytest.mark.parametrize("table", PERSONAL, ids=lambda t: t.name)
def test_validate_text_and_markdown_never_repeat_an_address_a_phone_or_an_account(
    table: CorpusFile, output: str, lang: str, copy_of_project: Path
) -> None:
    target = table.example.place(copy_of_project)
    _, text = validate(copy_of_project, str(target), "-o", output, "--lang", lang)
    assert "Traceback" not in text and text.strip()
    assert not any(secret in text.lower() for secret in PRIVATE)


@pytest.mark.parametrize("table", REVIEWED, ids=lambda t: t.name)
def test_review_lists_the_changed_table(table: CorpusFile, copy_of_project: Path) -> None:
    root = copy_of_project
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    table.example.place(root)
    git(root, "commit", "-q", "-am", "tabell")
    for output in ("markdown", "json"):
        result = CliRunner().invoke(
            main, ["review", "--base", "main", "--root", str(root), "-o", output]
        )
        assert result.exit_code == 0, result.output
        assert table.example.relpath in result.output
        assert not any(secret in result.output.lower() for secret in PRIVATE)
