"""Reference tables: the data package in ``schemas/datapackage.json`` checked by Frictionless.

Resource paths in the package are relative to the project root and are fixed by the project;
a submission can never name a resource (Frictionless would fetch ``http(s)://`` paths).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompetanse.errors import SchemaLoadError
from kompetanse.validation.problems import Problem, Severity
from kompetanse.validation.tables import DATAPACKAGE, iter_report_problems, table_paths
from kompetanse.validation.text_checks import cell_problems

if TYPE_CHECKING:
    from frictionless import Package, Report


def load_package_descriptor(root: Path) -> dict[str, Any]:
    """The data package descriptor from the project's schemas folder (SchemaLoadError if broken)."""
    try:
        descriptor = json.loads((root / DATAPACKAGE).read_text(encoding="utf-8"))
        table_paths(descriptor)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SchemaLoadError(f"kan ikke lese {DATAPACKAGE}: {error}") from error
    return dict(descriptor)


def check_tables(root: Path, only: Iterable[str] | None = None) -> list[Problem]:
    """Validate the data package (or only the named CSV paths) with Frictionless."""
    descriptor = load_package_descriptor(root)
    wanted = set(only) if only is not None else None
    checked = [p for p in table_paths(descriptor) if wanted is None or p in wanted]
    missing = [
        Problem(path, "", "tabell-mangler", f"Tabellen {path} finnes ikke.", Severity.ERROR)
        for path in checked
        if not (root / path).is_file()
    ]
    if missing:
        return missing
    from frictionless import FrictionlessException, Package  # slow to import, rarely needed

    paths_by_name = {str(r.get("name")): str(r["path"]) for r in descriptor["resources"]}
    names = None if wanted is None else [n for n, p in paths_by_name.items() if p in wanted]
    try:
        report = validate_package(Package(descriptor, basepath=str(root)), names)
    except FrictionlessException as error:
        reasons = [error.error, *error.reasons][-1:]
        note = "; ".join(str(reason.note) for reason in reasons).replace("\n", " ")
        raise SchemaLoadError(f"{DATAPACKAGE} er ugyldig: {note}") from error
    problems = [
        *iter_report_problems(report, paths_by_name),
        *text_cell_problems(root, checked),
    ]
    return sorted(
        p for p in problems if wanted is None or p.file in wanted or p.file == DATAPACKAGE
    )


def validate_package(package: Package, names: list[str] | None) -> Report:
    """Frictionless's report on the package's metadata and on the named resources (every
    resource when ``names`` is None). A named resource is checked inside its package, so its
    foreign keys are looked up in the other tables as in a full validation."""
    if names is None:
        return package.validate()
    from frictionless import FrictionlessException, Report

    try:
        package.to_descriptor(validate=True)
    except FrictionlessException as exception:
        return Report.from_validation(errors=exception.to_errors())
    reports = [package.get_resource(name).validate() for name in names]
    return Report.from_validation_reports(time=0, reports=reports)


def text_cell_problems(root: Path, paths: list[str]) -> list[Problem]:
    """Warnings about the text cells (formulas, invisible characters) of these tables; a table
    that cannot be read as CSV has its errors from Frictionless already."""
    found: list[Problem] = []
    for path in paths:
        try:
            text = (root / path).read_text(encoding="utf-8-sig", errors="replace")
            found += cell_problems(path, list(csv.DictReader(io.StringIO(text))))
        except (OSError, csv.Error):
            continue
    return found
