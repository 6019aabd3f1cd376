"""The bad-input corpus of documents (tests/examples/corpus/dokumenter): every document gives
exactly its codes through the checker and ``kompetanse validate``, is refused by the receiver's
intake with Norwegian problems and nothing spooled (or taken in, when the receiver's own id and
version make it whole), and goes through ``kompetanse review`` without a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kompetanse.cli import main
from kompetanse.kinds import KINDS, Kind
from kompetanse.receiver.spool import Spool
from kompetanse.repository.check import load_validator, rapport_keys
from kompetanse.repository.submissions import iter_submission_relpaths
from kompetanse.validation.checker import Validator
from kompetanse.validation.integrity import (
    RepositoryIndex,
    check_duplicate_rapporter,
    iter_integrity_problems,
)
from kompetanse.validation.paths import kind_of_path
from kompetanse.validation.problems import PROBLEM_CODES, Problem, Severity
from tests.examples_support import CorpusFile, iter_corpus
from tests.support.cli import git
from tests.support.intake import intake_for
from tests.support.office import copy_office

DOCUMENTS = iter_corpus("dokumenter", ".json")
# Sends one client may make before the intake limits it: more than the test ever makes.
SENDS = 1000
SECRET = b"en-hemmelighet-bare-korpuset-kjenner"
PRIVATE = ("hemmelig",)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the fixture office that no test changes."""
    return copy_office(tmp_path_factory.mktemp("korpus") / "repo")


@pytest.fixture(scope="module")
def validator(office: Path) -> Validator:
    """The office's validator, loaded once."""
    return load_validator(office)


def checked(validator: Validator, office: Path, document: CorpusFile) -> list[Problem]:
    """What ``validate`` finds for the document alone in the office: its own problems and the
    cross-file problems that name it."""
    relpath = document.example.relpath
    problems = validator.check_bytes(document.example.source.read_bytes(), relpath)
    assert validator.reference is not None
    index = RepositoryIndex([*iter_submission_relpaths(office), relpath])
    found = iter_integrity_problems(validator.reference, validator.settings, index)
    return problems + [p for p in found if p.file == relpath]


def assert_norwegian(problems: list[Problem]) -> None:
    """Every problem is catalogued, has its catalogue's severity, and a message in both målformer
    that repeats no contact person's details."""
    for problem in problems:
        assert problem.severity is PROBLEM_CODES[problem.code].severity
        for maalform in ("nb", "nn"):
            message = problem.message_in(maalform)
            assert message.strip() and "Traceback" not in message
            assert not any(secret in message.lower() for secret in PRIVATE)


def test_the_corpus_has_at_least_150_documents_of_every_kind() -> None:
    assert len(DOCUMENTS) >= 150
    kinds = {kind_of_path(d.example.relpath).name for d in DOCUMENTS}
    assert kinds == {kind.name for kind in KINDS}
    assert all(d.mottak in ("avvist", "tatt-imot") for d in DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_the_checker_gives_the_documents_codes(
    document: CorpusFile, validator: Validator, office: Path
) -> None:
    problems = checked(validator, office, document)
    assert {p.code for p in problems} == document.example.codes
    assert_norwegian(problems)


def spliced_body(kind: Kind, data: bytes) -> bytes:
    """The form's envelope around the document's bytes exactly as they are."""
    return b'{"' + kind.name.encode() + b'": ' + data + b', "nettside": ""}'


def stored_files(folder: Path) -> list[Path]:
    """Every file the spool holds."""
    return [path for path in (folder / "spool").rglob("*") if path.is_file()]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_the_receivers_intake_refuses_or_takes_in_the_document(
    document: CorpusFile, validator: Validator, tmp_path: Path
) -> None:
    kind = kind_of_path(document.example.relpath)
    intake = intake_for(validator, tmp_path, kind, SECRET, SENDS)
    outcome = intake.receive(spliced_body(kind, document.example.source.read_bytes()), None)
    if document.mottak == "avvist":
        assert outcome.status in (400, 413, 422), outcome.body
        assert outcome.body["status"] == "fail" and outcome.body["errors"] >= 1
        assert all(p["message"] and p["code"] in PROBLEM_CODES for p in outcome.body["problems"])
        assert stored_files(tmp_path) == []
        return
    assert outcome.status == 201, outcome.body
    record = Spool(tmp_path / "spool").find(outcome.body["kvittering"]["id"])
    assert record is not None
    again = validator.check_bytes(record.content.encode("utf-8"), record.relpath)
    assert [p for p in again if p.severity is Severity.ERROR] == []


def placed(root: Path) -> list[str]:
    """Every corpus document written to its path under ``root``."""
    for document in DOCUMENTS:
        document.example.place(root)
    return [document.example.relpath for document in DOCUMENTS]


def duplicate_rapporter(root: Path) -> dict[str, set[str]]:
    """``rapport-duplikat`` by file for the corpus's rapporter side by side in ``root``: those
    that give the same melding and year (each alone has none)."""
    return {p.file: {p.code} for p in check_duplicate_rapporter(rapport_keys(root))}


@pytest.fixture(scope="module")
def corpus_repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The office with every corpus document added on branch ``pr``."""
    root = copy_office(tmp_path_factory.mktemp("korpus-pr") / "repo")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    placed(root)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "korpus")
    yield root


def test_validate_reports_every_documents_codes_in_one_run(corpus_repository: Path) -> None:
    paths = [str(corpus_repository / d.example.relpath) for d in DOCUMENTS]
    args = ["validate", "--root", str(corpus_repository), "-o", "json", *paths]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    codes_by_file: dict[str, set[str]] = {}
    for problem in json.loads(result.output)["problems"]:
        codes_by_file.setdefault(problem["file"], set()).add(problem["code"])
    side_by_side = duplicate_rapporter(corpus_repository)
    for document in DOCUMENTS:
        relpath = document.example.relpath
        expected = document.example.codes | side_by_side.get(relpath, set())
        assert codes_by_file.get(relpath, set()) == expected, document.name


@pytest.mark.parametrize("output", ["tekst", "markdown"])
@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_validate_text_and_markdown_never_quote_a_contact_person(
    corpus_repository: Path, output: str, lang: str
) -> None:
    paths = [str(corpus_repository / d.example.relpath) for d in DOCUMENTS]
    args = ["validate", "--root", str(corpus_repository), "-o", output, "--lang", lang, *paths]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert not any(secret in result.output.lower() for secret in PRIVATE)
    assert result.output.count("\n") > len(DOCUMENTS)


@pytest.mark.parametrize("output", ["markdown", "json"])
def test_review_reports_on_every_document_of_the_pull_request(
    corpus_repository: Path, output: str
) -> None:
    args = ["review", "--base", "main", "--root", str(corpus_repository), "-o", output]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert not any(secret in result.output.lower() for secret in PRIVATE)
    for document in DOCUMENTS:
        assert document.example.relpath in result.output, document.name


def test_review_gives_each_document_its_codes_and_verdict(corpus_repository: Path) -> None:
    args = ["review", "--base", "main", "--root", str(corpus_repository), "-o", "json"]
    report = json.loads(CliRunner().invoke(main, args).output)
    items = {item["fil"]: item for item in [*report["meldinger"], *report["dokumenter"]]}
    for document in DOCUMENTS:
        item = items[document.example.relpath]
        assert {p["code"] for p in item["problemer"]} == document.example.codes, document.name
        errors = any(PROBLEM_CODES[c].severity is Severity.ERROR for c in document.example.codes)
        assert (item["vurdering"] == "har feil") is errors, document.name
