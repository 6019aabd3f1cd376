"""The suite does not lean on the live data: swap in another office's year and it still passes.

A copy of the project (code, tests, fixtures) gets another valid office in its ``data/`` and
``submissions/``: synthetic meldinger and vedtak, every free-text cell of every table rewritten and
other rammer. Then the tests that use the repository run there. A test that read the live data
instead of the fixture office would meet these files and fail.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.synthetic import write_synthetic_repository
from tests.support.cli import invoke
from tests.support.office import ROOT

NOT_COPIED_AT_THE_TOP = frozenset(
    {".git", ".venv", "site", "artifacts", "node_modules", "bench-data", ".demo", "build"}
)
NOT_COPIED = shutil.ignore_patterns("__pycache__", "*_cache", ".hypothesis")
LIVE = ("data", "submissions")
MELDINGER = 24
RAMME_RAISE = 1_234_567
OTHER_FIGURES = {
    "innstillinger": {"koordinator_varsel_sats": "0.12"},
    "rapporteringsfrister": {"frist": "2030-01-31"},
    "tilrettelegging": {"sum_per_student": "47000"},
}
# Every unit test, and every other test that reads a repository, without a browser (the markers
# are set in tests/conftest.py); the static guard (tests/unit/test_live_data_guard.py) covers
# the modules this leaves out.
SELECTION = ("tests", "-m", "(unit or repository) and not browser")
ITSELF = Path(__file__).relative_to(ROOT).as_posix()


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
    for name in LIVE:
        shutil.rmtree(root / name)
    write_synthetic_repository(root, MELDINGER, seed=7, source=ROOT)
    package = json.loads((root / "schemas/datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        rewrite_table(root, resource)


def not_copied(folder: str, names: list[str]) -> set[str]:
    """What the copy leaves out: caches, and at the top the environment and built output."""
    left_out = set(NOT_COPIED(folder, names))
    return left_out | (NOT_COPIED_AT_THE_TOP & set(names) if Path(folder) == ROOT else set())


def swapped_copy(target: Path) -> Path:
    """A copy of the project whose live data is another office's, its pages published anew."""
    shutil.copytree(ROOT, target, ignore=not_copied, symlinks=True)
    write_other_office(target)
    shutil.rmtree(target / "docs/fordeling")
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


def test_the_suite_passes_with_another_offices_data(tmp_path: Path) -> None:
    copy = swapped_copy(tmp_path / "prosjekt")
    assert same_as_live(copy) == []
    assert invoke("validate", "--root", str(copy))[0] == 0
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
    command += [*SELECTION, "--ignore", ITSELF]
    done = subprocess.run(command, cwd=copy, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout
