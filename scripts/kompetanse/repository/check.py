"""Run every layer of validation over a repository (or part of it) and collect the problems."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kompetanse.domain.settings import Settings
from kompetanse.errors import ReferenceDataError
from kompetanse.kinds import BEHOVSMELDING, KINDS, RAPPORT
from kompetanse.repository.followup import iter_kind_documents, load_followup, melding_refs
from kompetanse.repository.reference import load_reference_data
from kompetanse.repository.schemas import load_schema
from kompetanse.repository.submissions import iter_submission_relpaths, read_submission_bytes
from kompetanse.repository.tables import check_tables, load_package_descriptor
from kompetanse.repository.workers import can_fork_workers
from kompetanse.validation.checker import CheckResult, Selection, Validator
from kompetanse.validation.integrity import (
    RepositoryIndex,
    check_duplicate_rapporter,
    iter_integrity_problems,
)
from kompetanse.validation.problems import Problem, make_problem
from kompetanse.validation.tables import table_paths


def load_validator(root: Path) -> Validator:
    """Load the schemas, settings and reference data of a repository, with one sibling validator
    per other kind; broken tables leave ``reference`` empty (the checker then reports that the
    rules could not run)."""
    try:
        reference = load_reference_data(root)
        followup = load_followup(root)
    except ReferenceDataError as error:
        return Validator(load_schema(root), None, Settings(()), str(error))
    settings = Settings(reference.innstillinger, reference.rammer)
    refs = melding_refs(list(iter_submission_relpaths(root)))
    validators = {
        kind.name: Validator(
            load_schema(root, kind), reference, settings, None, kind, followup, refs
        )
        for kind in KINDS
    }
    main = validators[BEHOVSMELDING.name]
    main.siblings = {name: v for name, v in validators.items() if v is not main}
    return main


def rapport_keys(root: Path) -> list[tuple[str, str, int]]:
    """Path, behovsmelding id and year of every schema-valid rapport."""
    return [
        (relpath, document["behovsmelding_id"], document["aar"])
        for relpath, document in iter_kind_documents(root, RAPPORT)
    ]


def check_file(validator: Validator, root: Path, relpath: str) -> list[Problem]:
    """Read one file and check it; an unreadable file is one problem."""
    try:
        data = read_submission_bytes(root, relpath)
    except OSError as error:
        return [
            make_problem(relpath, "$", "fil-uleselig", f"Filen kunne ikke leses: {error.strerror}.")
        ]
    return validator.check_bytes(data, relpath)


Progress = Callable[[Iterable[str]], Iterator[str]]
PARALLEL_THRESHOLD = 500
CHUNK_SIZE = 250

_worker_state: dict[str, Any] = {}


def _no_progress(items: Iterable[str]) -> Iterator[str]:
    yield from items


def _check_chunk(chunk: list[str]) -> list[Problem]:
    validator, root = _worker_state["validator"], _worker_state["root"]
    return [problem for relpath in chunk for problem in check_file(validator, root, relpath)]


def _check_all_tables(root: Path) -> list[Problem]:
    return check_tables(root)


def iter_file_problems(
    validator: Validator, root: Path, relpaths: list[str], progress: Progress
) -> Iterator[Problem]:
    """Per-file problems and the full table check, over forked workers when that pays off."""
    if not can_fork_workers(len(relpaths), PARALLEL_THRESHOLD):
        for relpath in progress(relpaths):
            yield from check_file(validator, root, relpath)
        yield from check_tables(root)
        return
    _worker_state.update(validator=validator, root=root)
    chunks = [relpaths[i : i + CHUNK_SIZE] for i in range(0, len(relpaths), CHUNK_SIZE)]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        tables = pool.apply_async(_check_all_tables, (root,))
        results = pool.imap(_check_chunk, chunks)
        for chunk in progress_by_chunk(chunks, progress):
            yield from next(results)
            del chunk
        yield from tables.get()


def progress_by_chunk(chunks: list[list[str]], progress: Progress) -> Iterator[list[str]]:
    """Advance the progress display one chunk of files at a time."""
    by_head = {chunk[0]: chunk for chunk in chunks}
    for head in progress(list(by_head)):
        yield by_head[head]


def check_repository(
    root: Path, selection: Selection | None = None, progress: Progress = _no_progress
) -> CheckResult:
    """Check selected files and tables, then the integrity of the whole repository."""
    selection = selection or Selection()
    validator = load_validator(root)
    all_paths = list(iter_submission_relpaths(root))
    chosen = [p for p in all_paths if selection.includes(p)]
    tables = [p for p in table_paths(load_package_descriptor(root)) if selection.includes(p)]
    result = CheckResult(files=len(chosen) + len(tables), problems=validator.reference_problems())
    if selection.paths is None or validator.reference is None:
        result.problems.extend(iter_file_problems(validator, root, chosen, progress))
    else:
        result.problems.extend(
            p for path in progress(chosen) for p in check_file(validator, root, path)
        )
        if tables:
            result.problems.extend(check_tables(root, tables))
    if validator.reference is not None:
        index = RepositoryIndex(all_paths)
        result.problems.extend(
            iter_integrity_problems(validator.reference, validator.settings, index)
        )
        result.problems.extend(check_duplicate_rapporter(rapport_keys(root)))
    result.problems.sort(key=lambda p: (p.file, p.location, p.code))
    return result
