"""Reference tables: the data package in ``schemas/datapackage.json`` checked by Frictionless.

Resource paths in the package are relative to the project root and are fixed by the project;
a submission can never name a resource (Frictionless would fetch ``http(s)://`` paths).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompetanse.errors import SchemaLoadError
from kompetanse.validation.problems import Problem, Severity

if TYPE_CHECKING:
    from frictionless import Report

DATAPACKAGE = "schemas/datapackage.json"


def load_package_descriptor(root: Path) -> dict[str, Any]:
    """The data package descriptor from the project's schemas folder (SchemaLoadError if broken)."""
    try:
        descriptor = json.loads((root / DATAPACKAGE).read_text(encoding="utf-8"))
        table_paths(descriptor)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SchemaLoadError(f"kan ikke lese {DATAPACKAGE}: {error}") from error
    return dict(descriptor)


def table_paths(descriptor: dict[str, Any]) -> list[str]:
    """Every CSV path the data package names, relative to the project root."""
    return [str(resource["path"]) for resource in descriptor["resources"]]


def _location(error: Any) -> str:
    row = getattr(error, "row_number", None)
    field = getattr(error, "field_name", None)
    if row is not None and field:
        return f"rad {row}, {field}"
    if row is not None:
        return f"rad {row}"
    return str(field or "")


def _problem_from_error(path: str, error: Any) -> Problem:
    return Problem(path, _location(error), str(error.type), translate_note(error), Severity.ERROR)


def translate_note(error: Any) -> str:
    """A Norwegian message for a Frictionless error, keeping its details."""
    title = getattr(error, "title", "")
    note = getattr(error, "note", "") or getattr(error, "message", "")
    cell = getattr(error, "cell", None)
    found = f" Fant «{cell}»." if cell not in (None, "") else ""
    return f"{NB_TITLE_BY_TYPE.get(str(error.type), title)}: {note}.{found}".replace("..", ".")


NB_TITLE_BY_TYPE: dict[str, str] = {
    "type-error": "Feil type i cellen",
    "constraint-error": "Cellen bryter et krav i tabellskjemaet",
    "missing-cell": "Cellen mangler",
    "extra-cell": "Ekstra celle",
    "blank-row": "Tom rad",
    "primary-key": "Nøkkelen finnes fra før",
    "foreign-key": "Viser til en rad som ikke finnes",
    "missing-label": "Kolonne mangler",
    "extra-label": "Ukjent kolonne",
    "incorrect-label": "Feil kolonneoverskrift",
    "duplicate-label": "Kolonnen står to ganger",
    "blank-label": "Kolonne uten overskrift",
}


def iter_report_problems(report: Report, paths_by_name: dict[str, str]) -> Iterator[Problem]:
    """Problems from a Frictionless report, one per error."""
    for error in report.errors:
        yield Problem(DATAPACKAGE, "", str(error.type), translate_note(error), Severity.ERROR)
    for task in report.tasks:
        path = paths_by_name.get(task.name, task.name)
        for error in task.errors:
            yield _problem_from_error(path, error)


def check_tables(root: Path, only: Iterable[str] | None = None) -> list[Problem]:
    """Validate the data package (or only the named CSV paths) with Frictionless."""
    descriptor = load_package_descriptor(root)
    wanted = set(only) if only is not None else None
    missing = [
        Problem(path, "", "tabell-mangler", f"Tabellen {path} finnes ikke.", Severity.ERROR)
        for path in table_paths(descriptor)
        if not (root / path).is_file() and (wanted is None or path in wanted)
    ]
    if missing:
        return missing
    from frictionless import FrictionlessException, Package  # slow to import, rarely needed

    paths_by_name = {str(r.get("name")): str(r["path"]) for r in descriptor["resources"]}
    try:
        report = Package(descriptor, basepath=str(root)).validate()
    except FrictionlessException as error:
        reasons = [error.error, *error.reasons][-1:]
        note = "; ".join(str(reason.note) for reason in reasons).replace("\n", " ")
        raise SchemaLoadError(f"{DATAPACKAGE} er ugyldig: {note}") from error
    problems = iter_report_problems(report, paths_by_name)
    return sorted(
        p for p in problems if wanted is None or p.file in wanted or p.file == DATAPACKAGE
    )
