"""A file keeps its schema version: a version-1 melding stays valid after a version 2 exists."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kompetanse.repository.schemas import load_schema
from tests.support.cli import invoke

V1_FILE = "schemas/behovsmelding.schema.json"
V1_KEPT = "schemas/eldre/behovsmelding-1.schema.json"


def add_version_2(root: Path) -> None:
    """Keep version 1 under schemas/eldre/ and make a version 2 that requires a new field."""
    (root / V1_KEPT).parent.mkdir(parents=True, exist_ok=True)
    shutil.move(root / V1_FILE, root / V1_KEPT)
    schema = json.loads((root / V1_KEPT).read_text(encoding="utf-8"))
    schema["properties"]["schema_version"]["enum"] = ["2"]
    schema["properties"]["kommunenummer"] = {
        "title": "Kommunenummer",
        "type": "string",
        "pattern": "^[0-9]{4}$",
    }
    schema["required"] = [*schema["required"], "kommunenummer"]
    (root / V1_FILE).write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")


def a_melding(root: Path) -> tuple[Path, dict]:
    path = sorted(root.glob("submissions/*/*/*.json"))[0]
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_every_version_is_loaded_and_the_newest_is_current(copy_of_project: Path) -> None:
    add_version_2(copy_of_project)
    schema = load_schema(copy_of_project)
    assert schema.versions == ["1", "2"]
    assert schema.current.version == "2"


def test_version_1_files_stay_valid_after_version_2(copy_of_project: Path) -> None:
    add_version_2(copy_of_project)
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    assert code == 0, output
    assert json.loads(output)["errors"] == 0


@pytest.mark.parametrize(
    "version,kommunenummer,codes",
    [
        ("2", "3101", set()),
        ("2", None, {"skjema-mangler-felt"}),
        ("1", "3101", {"skjema-ukjent-felt"}),
        ("3", "3101", {"skjema-versjon-ukjent"}),
    ],
)
def test_each_file_is_checked_against_its_own_version(
    copy_of_project: Path, version: str, kommunenummer: str | None, codes: set[str]
) -> None:
    add_version_2(copy_of_project)
    path, document = a_melding(copy_of_project)
    document["schema_version"] = version
    if kommunenummer is not None:
        document["kommunenummer"] = kommunenummer
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _, output = invoke("validate", "--root", str(copy_of_project), str(path), "-o", "json")
    found = {p["code"] for p in json.loads(output)["problems"] if p["severity"] == "error"}
    assert found == codes


def test_an_unknown_version_names_the_known_ones(copy_of_project: Path) -> None:
    add_version_2(copy_of_project)
    path, document = a_melding(copy_of_project)
    document["schema_version"] = []
    path.write_text(json.dumps(document), encoding="utf-8")
    _, output = invoke("validate", "--root", str(copy_of_project), str(path), "-o", "json")
    (problem,) = json.loads(output)["problems"]
    assert problem["code"] == "skjema-versjon-ukjent"
    assert problem["message"] == (
        "«Skjemaversjon» skal være tekst, men er en liste; kjente versjoner: 1, 2."
    )
