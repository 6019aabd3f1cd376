"""A second office, another region, runs a whole year and builds its own site from its data.

Statsforvalteren i Troms og Finnmark (tests/fixtures/troms_finnmark, fictional data): its own
name, fylker (Troms og Finnmark until 2023, then Troms and Finnmark), contacts, links, rates,
rows of the published count with «Fylkeskommunene», and earlier vedtak from its own records.
Nothing in the code names it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kompetanse.repository.reference import load_reference_data
from tests.support.cli import invoke
from tests.support.form import build_site
from tests.support.office import SECOND_OFFICE, copy_site_project

YEAR = "2025"
UNDECIDED = "bm-2025-a0000004"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def grant_the_proposal(root: Path) -> None:
    """Copy the draft's rows into vedtak.csv, as the caseworker does after the forum's advice."""
    header = (root / "data/vedtak.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    rows = read_csv(root / "data/vedtak_forslag.csv")
    lines = [",".join(row[column] for column in header) for row in rows]
    with (root / "data/vedtak.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def year_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The second office's project after a whole year: validate, propose, vedtak, publish."""
    root = copy_site_project(tmp_path_factory.mktemp("tf") / "prosjekt", SECOND_OFFICE)
    assert invoke("validate", "--root", str(root))[0] == 0
    code, output = invoke("propose", "--year", YEAR, "--root", str(root))
    assert code == 0 and output.startswith("Skrev 1 rad til"), output
    grant_the_proposal(root)
    assert invoke("validate", "--root", str(root))[0] == 0
    code, output = invoke("allocate", "--year", YEAR, "--root", str(root))
    assert code == 0, output
    code, output = invoke("publish", "--root", str(root))
    assert (code, output) == (0, "Skrev fordelingen for 3 år.\n")
    return root


def test_the_second_office_allocates_its_year(year_run: Path) -> None:
    folder = year_run / "docs/fordeling" / YEAR
    rows = {row["ordning"]: row for row in read_csv(folder / "ordninger.csv")}
    assert rows["kompetanseloftet"]["vedtatt"] == "450000"
    assert rows["regional"]["tilretteleggingsmidler"] == "5475000"
    assert all(
        int(r["disponibelt"]) == int(r["tildelt_fra_udir"]) - int(r["bundet_opp"])
        for r in rows.values()
    )
    assert [r["fylke"] for r in read_csv(folder / "fylker.csv")] == [
        "Troms",
        "Finnmark",
        "Fylkeskommunene",
        "Totalt",
    ]
    eiere = {(r["vedtak_aar"], r["eier"]) for r in read_csv(folder / "eiere.csv")}
    assert ("2025", "Elvedal kommune") in eiere and ("2024", "Elvedal kommune") in eiere


def test_what_is_particular_to_the_office_is_its_data(year_run: Path) -> None:
    reference = load_reference_data(year_run)
    assert (reference.embete.navn, reference.embete.maalform) == (
        "Statsforvalteren i Troms og Finnmark",
        "nn",
    )
    assert reference.fylker_i_embetet == {"Troms", "Finnmark", "Troms og Finnmark"}
    rates = {(i.aar, i.ordning): i.koordinator_varsel_sats for i in reference.innstillinger}
    assert str(rates[(2025, "regional")]) == "0.15"


def test_the_second_office_builds_its_own_site(
    year_run: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    site = build_site(year_run, tmp_path_factory.mktemp("tf-nettsted"))
    front = (site / "index.html").read_text(encoding="utf-8")
    assert "Statsforvalteren i Troms og Finnmark" in front
    assert "Prøvelandet" not in front and "Østfold" not in front
    contacts = (site / "kontakt/index.html").read_text(encoding="utf-8")
    assert "Siri Fjellheim" in contacts and "Jon Aslak Hætta" in contacts
    page = (site / "fordeling" / YEAR / "index.html").read_text(encoding="utf-8")
    assert "Bundet opp fra 2023 og 2024" in page and "Fylkeskommunene" in page
    assert sorted(p.name for p in (site / "fordeling").iterdir() if p.is_dir()) == [
        "2023",
        "2024",
        "2025",
    ]
