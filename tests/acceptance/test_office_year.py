"""A real office's year: earlier vedtak from its own records, its rows, and the refusals.

The second office (tests/fixtures/troms_finnmark) started using the system in 2025. Its 2023
and 2024 exist only as rows of data/vedtak_historikk.csv: no melding was made up for them.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from tests.support.cli import invoke
from tests.support.office import SECOND_OFFICE, copy_office

HISTORY_YEAR = 2024
ORDNINGER = ("regional", "desentralisert", "kompetanseloftet")
OFFICE_ROWS = ["Troms", "Finnmark", "Fylkeskommunene", "Totalt"]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return copy_office(tmp_path / "repo", SECOND_OFFICE)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def history_sum(office: Path, ordning: str, aar: int, earlier: bool) -> int:
    """What the office's records pay out in ``aar`` from earlier vedtak (or from the year's)."""
    return sum(
        int(row["sum"])
        for row in read_csv(office / "data/vedtak_historikk.csv")
        if row["ordning"] == ordning
        and int(row["utbetaling_aar"]) == aar
        and (int(row["vedtak_aar"]) < aar if earlier else int(row["vedtak_aar"]) == aar)
    )


def refusal(file: str, location: str, code: str) -> str:
    """A refusal's line as allocate and publish print it (the format of validate)."""
    return f"{file}::{location}: [feil {code}]"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_year_is_rebuilt_from_history_rows_only(office: Path) -> None:
    assert not (office / f"submissions/{HISTORY_YEAR}").exists()
    code, output = invoke("allocate", "--year", str(HISTORY_YEAR), "--root", str(office))
    assert code == 0, output
    assert re.search(r"Ordning\s+Tildelt fra Udir\s+Bundet opp fra 2023\s+Disponibelt", output)
    folder = office / f"docs/fordeling/{HISTORY_YEAR}"
    rows = {row["ordning"]: row for row in read_csv(folder / "ordninger.csv")}
    for row in rows.values():
        assert int(row["disponibelt"]) == int(row["tildelt_fra_udir"]) - int(row["bundet_opp"])
    for ordning in ORDNINGER:
        assert int(rows[ordning]["bundet_opp"]) == history_sum(office, ordning, HISTORY_YEAR, True)
        assert int(rows[ordning]["vedtatt"]) == history_sum(office, ordning, HISTORY_YEAR, False)
    assert int(rows["totalt"]["bundet_opp"]) == 550_000 + 900_000
    counts = read_csv(folder / "fylker.csv")
    assert [row["fylke"] for row in counts] == OFFICE_ROWS
    fylkeskommunene = counts[OFFICE_ROWS.index("Fylkeskommunene")]
    assert (fylkeskommunene["desentralisert"], fylkeskommunene["totalt"]) == ("1", "1")
    page = (folder / "index.md").read_text(encoding="utf-8")
    assert "| Ordning | Tildelt fra Udir | Bundet opp fra 2023 |" in page
    assert "| Troms og Finnmark |" not in page
    assert "Tallene tar med 4 vedtak fra 2024 som er ført fra embetets egne saker" in page
    assert "| Troms og Finnmark fylkeskommune | 951819093 | Desentralisert ordning |" in page


def test_the_system_year_counts_history_and_meldinger_side_by_side(office: Path) -> None:
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 0, output
    folder = office / "docs/fordeling/2025"
    rows = {row["ordning"]: row for row in read_csv(folder / "ordninger.csv")}
    assert rows["regional"]["bundet_opp"] == "500000"
    assert rows["desentralisert"]["bundet_opp"] == "650000"
    assert rows["totalt"]["bundet_opp"] == "1530000"
    assert "Bundet opp fra 2023 og 2024" in (folder / "ordninger.schema.json").read_text("utf-8")
    eiere = {(r["vedtak_aar"], r["eier"]) for r in read_csv(folder / "eiere.csv")}
    assert {("2023", "Nordvik kommune"), ("2025", "Nordvik kommune")} <= eiere


def test_publish_refuses_a_year_that_would_show_a_negative_disponibelt(office: Path) -> None:
    replace_in(
        office / "data/rammer.csv", "2024,desentralisert,19800000,,", "2024,desentralisert,100000,,"
    )
    code, output = invoke("publish", "--root", str(office))
    assert code == 1, output
    assert (
        refusal("data/rammer.csv", "2024/desentralisert", "fordeling-disponibelt-negativt")
        in output
    )
    assert "disponibelt ville bli −800\u00a0000\u00a0kr" in output
    assert not (office / "docs/fordeling").exists()
    code, output = invoke("publish", "--root", str(office), "--year", "2025")
    assert code == 0, output
    assert sorted(p.name for p in (office / "docs/fordeling").iterdir()) == ["2025", "index.md"]


def test_allocate_exits_1_when_it_would_skip_a_melding(office: Path) -> None:
    path = office / "submissions/2025/regional/bm-2025-a0000001.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["fylke"] = "Fylkeskommunene"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 1, output
    relpath = "submissions/2025/regional/bm-2025-a0000001.json"
    assert refusal(relpath, "$", "fordeling-behovsmelding-hoppet-over") in output
    assert not (office / "docs/fordeling/2025").exists()


def test_allocate_exits_1_for_a_vedtak_row_without_its_melding(office: Path) -> None:
    with (office / "data/vedtak.csv").open("a", encoding="utf-8") as handle:
        handle.write("bm-2025-0000dead,2025,2025,100000,50000,0\n")
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 1, output
    assert (
        refusal("data/vedtak.csv", "bm-2025-0000dead", "fordeling-vedtak-uten-behovsmelding")
        in output
    )


def test_allocate_exits_1_for_vedtak_over_what_is_disponibelt(office: Path) -> None:
    replace_in(
        office / "data/vedtak.csv",
        "bm-2025-a0000003,2025,2025,300000,200000,0",
        "bm-2025-a0000003,2025,2025,30000000,200000,0",
    )
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 1, output
    assert (
        refusal("data/vedtak.csv", "2025/desentralisert", "fordeling-vedtak-over-disponibelt")
        in output
    )


def test_a_year_without_its_rammer_is_refused_or_waits(office: Path) -> None:
    replace_in(office / "data/rammer.csv", "2025,kompetanseloftet,8900000,,\n", "")
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 1, output
    assert refusal("data/rammer.csv", "2025/kompetanseloftet", "fordeling-rammer-mangler") in output
    code, output = invoke("publish", "--root", str(office))
    assert code == 0, output
    assert "kompetanse: 2025 publiseres ikke ennå: rammen fra Udir mangler" in output
    assert sorted(p.name for p in (office / "docs/fordeling").iterdir()) == [
        "2023",
        "2024",
        "index.md",
    ]


def test_an_owner_no_row_counts_stops_the_allocation(office: Path) -> None:
    replace_in(office / "data/fordeling_rader.csv", "Andre fylker,,\n", "")
    path = office / "submissions/2025/kompetanseloftet/bm-2025-a0000004.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["fylke"] = "Nordland"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, output = invoke("allocate", "--year", "2025", "--root", str(office))
    assert code == 1, output
    assert (
        refusal("data/fordeling_rader.csv", "bm-2025-a0000004", "fordeling-rad-mangler") in output
    )


def test_a_fylke_of_earlier_years_has_its_row_in_those_years(office: Path) -> None:
    code, output = invoke("allocate", "--year", "2023", "--root", str(office))
    assert code == 0, output
    counts = read_csv(office / "docs/fordeling/2023/fylker.csv")
    assert [row["fylke"] for row in counts] == ["Troms og Finnmark", "Fylkeskommunene", "Totalt"]
    assert counts[0]["regional"] == "1" and counts[1]["desentralisert"] == "1"
