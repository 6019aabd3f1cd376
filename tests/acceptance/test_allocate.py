"""``kompetanse allocate`` and ``kompetanse propose`` as a caseworker runs them."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from click.testing import CliRunner

from kompetanse.cli import main
from tests.support.factory import make_melding

NBSP = "\u00a0"


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--root", str(root)])
    return result.exit_code, result.output


def kr(amount: int) -> str:
    return f"{amount:,}".replace(",", NBSP) + f"{NBSP}kr"


def proposal_rows(root: Path) -> list[dict[str, str]]:
    with (root / "data/vedtak_forslag.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_allocate_prints_the_table_and_writes_the_year(copy_of_project: Path) -> None:
    code, output = invoke(copy_of_project, "allocate", "--year", "2025")
    assert code == 0, output
    figures = (72_000_000, 2_650_000, 69_350_000, 2_240_000, 2_240_000, 67_110_000)
    row = next(line for line in output.splitlines() if "Desentralisert ordning" in line)
    assert re.split(r"\s{2,}", row.strip()) == ["Desentralisert ordning", *map(kr, figures)]
    folder = copy_of_project / "docs/fordeling/2025"
    names = {path.name for path in folder.iterdir()}
    assert {"index.md", "ordninger.csv", "ordninger.schema.json", "fordeling-2025.xlsx"} <= names


def test_propose_grants_everything_when_it_fits_and_the_draft_validates(
    copy_of_project: Path,
) -> None:
    code, output = invoke(copy_of_project, "propose", "--year", "2026")
    assert code == 0, output
    assert f"Skrev 4 rader til {copy_of_project / 'data/vedtak_forslag.csv'}" in output
    rows = proposal_rows(copy_of_project)
    assert [(r["behovsmelding_id"], r["utbetaling_aar"], r["innmeldt"]) for r in rows] == [
        ("bm-2026-a0260001", "2026", "1100000"),
        ("bm-2026-a0260001", "2027", "1030000"),
        ("bm-2026-a0260002", "2026", "1210000"),
        ("bm-2026-a0260003", "2026", "450000"),
    ]
    assert invoke(copy_of_project, "validate")[0] == 0


def test_propose_scales_down_to_exactly_what_is_available(copy_of_project: Path) -> None:
    rammer = copy_of_project / "data/rammer.csv"
    text = rammer.read_text(encoding="utf-8").replace(
        "2026,regional,82000000,0.30", "2026,regional,1000000,0.30"
    )
    rammer.write_text(text, encoding="utf-8")
    document = make_melding(id="bm-2026-00000001", aar=2026, shares=[(200_000, 100_000, 0)])
    target = copy_of_project / "submissions/2026/regional/bm-2026-00000001.json"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _ = invoke(copy_of_project, "propose", "--year", "2026")
    assert code == 0
    regional = {
        r["behovsmelding_id"]: r
        for r in proposal_rows(copy_of_project)
        if r["utbetaling_aar"] == "2026"
        and r["behovsmelding_id"] in {"bm-2026-00000001", "bm-2026-a0260001"}
    }
    # Disponibelt 1 000 000 − 300 000 set aside = 700 000 for requests of 300 000 + 1 100 000.
    totals = {
        key: sum(int(r[c]) for c in ("eier_andel", "uh_andel", "koordinator_andel"))
        for key, r in regional.items()
    }
    assert totals == {"bm-2026-00000001": 150_000, "bm-2026-a0260001": 550_000}
    assert regional["bm-2026-00000001"]["eier_andel"] == "100000"
    assert invoke(copy_of_project, "validate")[0] == 0


def test_propose_leaves_out_meldinger_that_have_a_vedtak(copy_of_project: Path) -> None:
    code, output = invoke(copy_of_project, "propose", "--year", "2025")
    assert code == 0
    assert "Skrev 0 rader" in output
    assert proposal_rows(copy_of_project) == []
