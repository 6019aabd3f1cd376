"""Another office's year in a copy of the project validates and publishes.

A copy of the project (code, tests, fixtures) gets another valid office in its ``data/`` and
``submissions/``: synthetic meldinger and vedtak, every free-text cell of every table rewritten and
other rammer. It passes ``kompetanse validate`` and ``kompetanse publish`` writes its allocation.

That the suite itself never leans on the live data is the runtime guard's job
(tests/support/live_guard.py): every test, and every Python process a test starts, fails when it
opens, lists or copies a file of the live data. This test reads the live tables once, to show
that the copy shares none of them.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic import write_synthetic_repository
from tests.support.cli import invoke
from tests.support.office import ROOT

LIVE = ("data", "submissions")
NOT_COPIED_AT_THE_TOP = frozenset(
    {".git", ".venv", "site", "artifacts", "node_modules", "bench-data", ".demo", "build", *LIVE}
)
GENERATED = "fordeling"
NOT_COPIED = shutil.ignore_patterns("__pycache__", "*_cache", ".hypothesis")
MELDINGER = 24
RAMME_RAISE = 1_234_567
OTHER_FIGURES = {
    "innstillinger": {"koordinator_varsel_sats": "0.12"},
    "rapporteringsfrister": {"frist": "2030-01-31"},
    "tilrettelegging": {"sum_per_student": "47000"},
}


def changeable_fields(schema: dict[str, Any]) -> dict[str, str | None]:
    """String fields that are neither keys nor a choice from a list, with their patterns."""
    keys = set(schema.get("primaryKey", []))
    for foreign in schema.get("foreignKeys", []):
        fields = foreign["fields"]
        keys |= {fields} if isinstance(fields, str) else set(fields)
    return {
        field["name"]: field.get("constraints", {}).get("pattern")
        for field in schema["fields"]
        if field.get("type") == "string"
        and field["name"] not in keys
        and "enum" not in field.get("constraints", {})
    }


def other_value(value: str, pattern: str | None, label: str) -> str:
    """Another office's value for a cell: new text, or a changed address or number that still
    fits the field's pattern (the old value when no change fits)."""
    if pattern is None:
        return label
    candidates = ("annet." + value, value.replace("https://", "https://annet.", 1), value[::-1])
    return next((c for c in candidates if c != value and re.fullmatch(pattern, c)), value)


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """A CSV table's header and rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    """Write a CSV table the way the caseworkers' tables are written."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def rewrite_table(root: Path, resource: dict[str, str]) -> None:
    """Give every free-text cell, address and phone number of a table this office's own."""
    schema = json.loads((root / resource["schema"]).read_text(encoding="utf-8"))
    fields = changeable_fields(schema)
    header, rows = read_rows(root / resource["path"])
    for number, row in enumerate(rows, start=1):
        for name, pattern in fields.items():
            if row.get(name):
                label = f"Annet embete, {resource['name']} {name} {number}"
                row[name] = other_value(row[name], pattern, label)
        row |= OTHER_FIGURES.get(resource["name"], {})
        if resource["name"] == "rammer":
            row["ramme_fra_udir"] = str(int(row["ramme_fra_udir"]) + RAMME_RAISE)
    write_rows(root / resource["path"], header, rows)


def write_other_office(root: Path) -> None:
    """Replace a project's data/ and submissions/ with another valid office's year."""
    write_synthetic_repository(root, MELDINGER, seed=7, source=ROOT)
    package = json.loads((root / "schemas/datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        rewrite_table(root, resource)


def not_copied(folder: str, names: list[str]) -> set[str]:
    """What the copy leaves out: caches; at the top the live data, the environment and built
    output; in ``docs/`` and ``docs/nn/`` the published allocation."""
    left_out = set(NOT_COPIED(folder, names))
    if Path(folder) == ROOT:
        left_out |= NOT_COPIED_AT_THE_TOP & set(names)
    if Path(folder) in (ROOT / "docs", ROOT / "docs" / "nn"):
        left_out |= {GENERATED} & set(names)
    return left_out


def swapped_copy(target: Path) -> Path:
    """A copy of the project whose live data is another office's, its pages published anew."""
    shutil.copytree(ROOT, target, ignore=not_copied, symlinks=True)
    write_other_office(target)
    code, output = invoke("publish", "--root", str(target))
    assert code == 0, output
    return target


def has_changeable_fields(copy: Path, table: Path) -> bool:
    """True when another office could write some cell of the table differently (fylker, say,
    is keys and years only)."""
    schema = copy / "schemas/tables" / f"{table.stem}.schema.json"
    return bool(changeable_fields(json.loads(schema.read_text(encoding="utf-8"))))


def same_as_live(copy: Path) -> list[str]:
    """The tables with rows, and the meldinger, that the copy has exactly as the live project."""
    tables = [
        t
        for t in sorted((ROOT / "data").glob("*.csv"))
        if len(t.read_bytes().splitlines()) > 1 and has_changeable_fields(copy, t)
    ]
    same = [t.name for t in tables if t.read_bytes() == (copy / "data" / t.name).read_bytes()]
    live = {p.name for p in (ROOT / "submissions").rglob("*.json")}
    return same + sorted(live & {p.name for p in (copy / "submissions").rglob("*.json")})


@pytest.mark.live_data
def test_another_offices_year_validates_and_publishes_in_a_copy_of_the_project(
    tmp_path: Path,
) -> None:
    copy = swapped_copy(tmp_path / "prosjekt")
    assert same_as_live(copy) == []
    assert invoke("validate", "--root", str(copy))[0] == 0
    for prefix in ("docs", "docs/nn"):
        assert sorted((copy / prefix / GENERATED).glob("*/index.md")), prefix
