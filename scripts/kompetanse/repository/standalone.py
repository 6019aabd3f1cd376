"""Check a behovsmelding saved anywhere on disk as if it stood at its own path in the repository.

An owner may e-mail the file the form downloaded, or a caseworker may keep a draft in the home
folder. Such a file is checked with the repository's schema, settings and registers, at the path
its own year, ordning and id give it (``submissions/<år>/<ordning>/<id>.json``), and against the
repository's files: an id that another file already uses elsewhere is a duplicate. The stored
version of the same melding (at that very path) is the file this one would replace, not a
duplicate. Problems name the file as it was given.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from kompetanse.repository.check import Progress, check_repository, load_validator
from kompetanse.repository.submissions import iter_submission_relpaths
from kompetanse.validation.checker import CheckResult, Selection, Validator
from kompetanse.validation.json_input import parse_document
from kompetanse.validation.paths import ID_PATTERN, expected_path, parse_submission_path
from kompetanse.validation.problems import Problem, make_problem

READ_LIMIT = 1_000_001


def own_relpath(data: bytes) -> str | None:
    """The path the file's content gives it, or None when year, ordning or id cannot make one."""
    document = parse_document(data, "").document or {}
    aar, ordning, melding_id = document.get("aar"), document.get("ordning"), document.get("id")
    if not (isinstance(aar, int) and isinstance(ordning, str) and isinstance(melding_id, str)):
        return None
    if not ID_PATTERN.match(melding_id):
        return None
    relpath = expected_path(aar, ordning, melding_id)
    return relpath if parse_submission_path(relpath) is not None else None


def duplicate_problems(relpath: str, stored: Iterable[str]) -> list[Problem]:
    """An id-duplikat when another file in the repository carries the same id."""
    parts = parse_submission_path(relpath)
    if parts is None:
        return []
    others = sorted(
        path
        for path in stored
        if path != relpath and (found := parse_submission_path(path)) and found.id == parts.id
    )
    if not others:
        return []
    message = f"Id-en «{parts.id}» brukes også av {', '.join(others)}."
    return [make_problem(relpath, "$.id", "id-duplikat", message)]


def read_limited(path: Path) -> bytes:
    """At most ``READ_LIMIT`` bytes of the file (enough to know it is too large)."""
    with path.open("rb") as handle:
        return handle.read(READ_LIMIT)


def check_one(validator: Validator, path: Path, stored: list[str]) -> list[Problem]:
    """Every problem of one file outside the repository, named by the path as given."""
    try:
        data = read_limited(path)
    except OSError as error:
        message = f"Filen kunne ikke leses: {error.strerror}."
        return [make_problem(str(path), "$", "fil-uleselig", message)]
    relpath = own_relpath(data) or path.name
    problems = validator.check_bytes(data, relpath) + duplicate_problems(relpath, stored)
    return [dataclasses.replace(problem, file=str(path)) for problem in problems]


def check_standalone(root: Path, paths: Iterable[Path]) -> CheckResult:
    """Check files outside the repository against its rules, registers and files."""
    validator = load_validator(root)
    stored = list(iter_submission_relpaths(root))
    chosen = list(paths)
    result = CheckResult(files=len(chosen), problems=validator.reference_problems())
    for path in chosen:
        result.problems.extend(check_one(validator, path, stored))
    result.problems.sort(key=lambda p: (p.file, p.location, p.code))
    return result


def check_paths(
    root: Path, selection: Selection | None, outside: list[Path], progress: Progress
) -> CheckResult:
    """The repository's selected files (when any were chosen) and the files outside it."""
    if not outside:
        return check_repository(root, selection, progress)
    result = check_standalone(root, outside)
    if selection is not None:
        inside = check_repository(root, selection, progress)
        result = CheckResult(inside.files + result.files, sorted_problems(inside, result))
    return result


def sorted_problems(*results: CheckResult) -> list[Problem]:
    """The problems of several results in one order, duplicates (the table check) once."""
    merged = {problem for result in results for problem in result.problems}
    return sorted(merged, key=lambda p: (p.file, p.location, p.code))
