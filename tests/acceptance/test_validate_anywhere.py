"""``kompetanse validate PATH`` for a melding saved outside the repository, e.g. in a home folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import invoke
from tests.support.office import SECOND_OFFICE, copy_office

STORED = "submissions/2025/regional/bm-2025-a0000001.json"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return copy_office(tmp_path / "repo", SECOND_OFFICE)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "hjem" / "Nedlastinger"
    folder.mkdir(parents=True)
    return folder


def save(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def stored(office: Path) -> dict[str, Any]:
    return dict(json.loads((office / STORED).read_text(encoding="utf-8")))


def test_a_melding_in_the_home_folder_is_checked_at_its_own_path(
    office: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = stored(office) | {"id": "bm-2025-c0ffee00"}
    path = save(home, "behovsmelding fra eier.json", document)
    monkeypatch.chdir(office)
    code, output = invoke("validate", str(path))
    assert (code, output) == (0, "Ingen feil. 1 fil kontrollert: 0 feil, 0 advarsler.\n")


def test_the_cross_file_checks_run_against_the_repository(office: Path, home: Path) -> None:
    document = stored(office)
    document["ordning"] = "kompetanseloftet"
    document["enheter"] = [{"navn": "Nordvik PP-tjeneste", "enhetstype": "pp_tjeneste"}]
    document["uh_partner"]["uh_id"] = "ukjent-uh"
    path = save(home, "kopi.json", document)
    code, output = invoke("validate", "--root", str(office), str(path), "-o", "json")
    assert code == 1
    found = {(p["file"], p["code"]) for p in json.loads(output)["problems"]}
    assert found == {(str(path), "id-duplikat"), (str(path), "uh-ukjent")}


def test_a_corrected_copy_of_a_stored_melding_is_not_a_duplicate(office: Path, home: Path) -> None:
    document = stored(office)
    document["tiltak"]["antall_deltakere"] = 45
    path = save(home, "rettet.json", document)
    code, output = invoke("validate", "--root", str(office), str(path))
    assert (code, output) == (0, "Ingen feil. 1 fil kontrollert: 0 feil, 0 advarsler.\n")


def test_amounts_are_printed_with_spaces_never_escapes(office: Path, home: Path) -> None:
    document = stored(office) | {"id": "bm-2025-c0ffee01"}
    document["budsjett"][0]["sum"] = 1_000
    path = save(home, "feil.json", document)
    code, output = invoke("validate", "--root", str(office), str(path))
    assert code == 1
    assert "Summen for 2025 er 1\u00a0000\u00a0kr" in output
    assert "800\u00a0000\u00a0kr" in output
    assert "\\x" not in output and "\\u" not in output
    assert "varselgrensen er 15\u00a0%" in output
    assert output.endswith("Kontrollen feilet. 1 fil kontrollert: 1 feil, 1 advarsel.\n")


def test_files_inside_and_outside_are_counted_together(office: Path, home: Path) -> None:
    path = save(home, "ny.json", stored(office) | {"id": "bm-2025-c0ffee02"})
    code, output = invoke("validate", "--root", str(office), str(path), str(office / STORED))
    assert (code, output) == (0, "Ingen feil. 2 filer kontrollert: 0 feil, 0 advarsler.\n")
