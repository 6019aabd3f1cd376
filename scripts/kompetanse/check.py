"""Run every layer of validation over a repository (or part of it) and collect the problems."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kompetanse.errors import ReferenceDataError, SchemaLoadError
from kompetanse.model import ReferenceData, behovsmelding_from_document
from kompetanse.reference import load_reference_data
from kompetanse.settings import Settings
from kompetanse.submissions import iter_submission_relpaths, read_submission_bytes
from kompetanse.validation.integrity import RepositoryIndex, iter_integrity_problems
from kompetanse.validation.json_input import float_problems, parse_document
from kompetanse.validation.paths import check_path
from kompetanse.validation.problems import Problem, Severity, is_failure, make_problem
from kompetanse.validation.rules import RuleContext, iter_rule_problems, rules_can_run
from kompetanse.validation.schema import BehovsmeldingSchema
from kompetanse.validation.tables import check_tables, load_package_descriptor, table_paths

SCHEMA_FILE = "schemas/behovsmelding.schema.json"


@dataclass
class CheckResult:
    """Problems found, and how many files were checked."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any problem is an error."""
        return is_failure(self.problems)

    def count(self, severity: Severity) -> int:
        """How many problems have this severity."""
        return sum(1 for problem in self.problems if problem.severity is severity)


def load_schema(root: Path) -> BehovsmeldingSchema:
    """The behovsmelding schema, compiled; a missing or broken file is a SchemaLoadError."""
    path = root / SCHEMA_FILE
    try:
        return BehovsmeldingSchema(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise SchemaLoadError(f"kan ikke lese {SCHEMA_FILE}: {error}") from error


@dataclass
class Validator:
    """The schema, settings and reference data, loaded once, checking one document at a time."""

    schema: BehovsmeldingSchema
    reference: ReferenceData | None
    settings: Settings
    reference_error: str | None = None

    @classmethod
    def for_root(cls, root: Path) -> Validator:
        """Load everything from a repository; broken tables leave ``reference`` empty."""
        try:
            reference = load_reference_data(root)
        except ReferenceDataError as error:
            return cls(load_schema(root), None, Settings(()), str(error))
        return cls(
            load_schema(root), reference, Settings(reference.innstillinger, reference.rammer)
        )

    def reference_problems(self) -> list[Problem]:
        """A problem saying the rules could not run because the tables could not be read."""
        if self.reference_error is None:
            return []
        message = f"Referansedataene kunne ikke leses, så reglene ble ikke kontrollert: {self.reference_error}"
        return [make_problem("data/", "", "tabell-uleselig", message)]

    def check_bytes(self, data: bytes, relpath: str) -> list[Problem]:
        """Every per-file problem of one behovsmelding given as bytes."""
        parsed = parse_document(data, relpath)
        if parsed.document is None:
            return [parsed.problem] if parsed.problem else []
        return self.check_document(parsed.document, relpath, parsed.has_float)

    def check_document(
        self, document: dict[str, Any], relpath: str, has_float: bool = False
    ) -> list[Problem]:
        """Schema, rules and path checks for one parsed document."""
        problems = self.schema.problems(document, relpath)
        if has_float:
            problems += float_problems(document, relpath)
        if self.reference is not None and rules_can_run(problems):
            melding = behovsmelding_from_document(document)
            ctx = RuleContext(relpath, self.settings, self.reference)
            problems += iter_rule_problems(melding, ctx)
        problems += check_path(relpath, document)
        return problems


def check_file(validator: Validator, root: Path, relpath: str) -> list[Problem]:
    """Read one file and check it; an unreadable file is one problem."""
    try:
        data = read_submission_bytes(root, relpath)
    except OSError as error:
        return [
            make_problem(relpath, "$", "fil-uleselig", f"Filen kunne ikke leses: {error.strerror}.")
        ]
    return validator.check_bytes(data, relpath)


@dataclass(frozen=True)
class Selection:
    """Which files get their content checked; None means everything."""

    paths: frozenset[str] | None = None

    def includes(self, relpath: str) -> bool:
        """True if the file is selected."""
        return (
            self.paths is None
            or relpath in self.paths
            or any(relpath.startswith(p.rstrip("/") + "/") for p in self.paths)
        )


Progress = Callable[[Iterable[str]], Iterator[str]]
PARALLEL_THRESHOLD = 500
CHUNK_SIZE = 250

_worker_state: dict[str, Any] = {}


def _no_progress(items: Iterable[str]) -> Iterator[str]:
    yield from items


def _check_chunk(chunk: list[str]) -> list[Problem]:
    validator, root = _worker_state["validator"], _worker_state["root"]
    return [problem for relpath in chunk for problem in check_file(validator, root, relpath)]


def can_fork_workers(count: int) -> bool:
    """Use worker processes only for many files, on several cores, from a single-threaded process."""
    return (
        count >= PARALLEL_THRESHOLD
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _check_all_tables(root: Path) -> list[Problem]:
    return check_tables(root)


def iter_file_problems(
    validator: Validator, root: Path, relpaths: list[str], progress: Progress
) -> Iterator[Problem]:
    """Per-file problems and the full table check, over forked workers when that pays off."""
    if not can_fork_workers(len(relpaths)):
        for relpath in progress(relpaths):
            yield from check_file(validator, root, relpath)
        yield from check_tables(root)
        return
    _worker_state.update(validator=validator, root=root)
    chunks = [relpaths[i : i + CHUNK_SIZE] for i in range(0, len(relpaths), CHUNK_SIZE)]
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
    root: Path, selection: Selection = Selection(), progress: Progress = _no_progress
) -> CheckResult:
    """Check selected files and tables, then the integrity of the whole repository."""
    validator = Validator.for_root(root)
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
    result.problems.sort(key=lambda p: (p.file, p.location, p.code))
    return result
