"""Reference tables: Frictionless errors as problems with Norwegian messages (no I/O here)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kompetanse.validation.problems import Problem, Severity

if TYPE_CHECKING:
    from frictionless import Report

DATAPACKAGE = "schemas/datapackage.json"


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


PERSONAL_COLUMNS = frozenset({"epost", "telefon", "kontonummer"})
"""Columns whose cells a message never repeats: a person's address or number, an account."""

TYPE_NB = {
    "integer": "et heltall",
    "number": "et tall",
    "string": "tekst",
    "boolean": "true eller false",
    "date": "en dato (ÅÅÅÅ-MM-DD)",
}
CONSTRAINT_NB = {
    "required": "cellen må fylles ut",
    "minimum": "minste tillatte verdi er {}",
    "maximum": "største tillatte verdi er {}",
    "minLength": "teksten må ha minst {} tegn",
    "maxLength": "teksten kan ha høyst {} tegn",
    "pattern": "verdien må ha formen {}",
    "enum": "verdien må være en av {}",
    "unique": "verdien må være unik",
}
TYPE_NOTE = re.compile(r'^type is "([a-z]+)/[a-z]+"$')
CONSTRAINT_NOTE = re.compile(r'^constraint "([A-Za-z]+)" is "(.*)"$')
KEY_NOTE = re.compile(r"^the same as in the row at position (\d+)$")
LOOKUP_NOTE = re.compile(
    r'^for "([^"]+)": values "(.*)" not found in the lookup table "([^"]+)" as "([^"]+)"$'
)


def translate_detail(note: str) -> str:
    """Frictionless's English detail in Norwegian, as far as these forms go."""
    if match := TYPE_NOTE.match(note):
        return f"cellen skal være {TYPE_NB.get(match[1], match[1])}"
    if match := CONSTRAINT_NOTE.match(note):
        text = CONSTRAINT_NB.get(match[1])
        return text.format(match[2]) if text else note
    if match := KEY_NOTE.match(note):
        return f"samme som i rad {match[1]}"
    if match := LOOKUP_NOTE.match(note):
        return f"«{match[2]}» i kolonnen {match[1]} finnes ikke i tabellen {match[3]} ({match[4]})"
    return note


def translate_note(error: Any) -> str:
    """A Norwegian message for a Frictionless error, keeping its details."""
    title = getattr(error, "title", "")
    note = translate_detail(getattr(error, "note", "") or getattr(error, "message", ""))
    cell = getattr(error, "cell", None)
    personal = getattr(error, "field_name", None) in PERSONAL_COLUMNS
    found = f" Fant «{cell}»." if cell not in (None, "") and not personal else ""
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
