"""Payout lists for the finance office: their sums equal the published table, in CSV and XLSX."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import invoke

YEARS = (2024, 2025, 2026)
MELDING = "submissions/2025/desentralisert/bm-2025-a0250002.json"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def published(root: Path, aar: int) -> dict[str, dict[str, int]]:
    """The published table's Vedtatt and Bundet opp per ordning."""
    rows = read_csv(root / f"docs/fordeling/{aar}/ordninger.csv")
    return {
        r["ordning"]: {"vedtatt": int(r["vedtatt"]), "bundet_opp": int(r["bundet_opp"])}
        for r in rows
        if r["ordning"] != "totalt"
    }


def payout_sums(rows: list[dict[str, str]], aar: int) -> dict[str, dict[str, int]]:
    """The list's sums per ordning: vedtak made in the year, and earlier vedtak."""
    sums: dict[str, dict[str, int]] = defaultdict(lambda: {"vedtatt": 0, "bundet_opp": 0})
    for row in rows:
        column = "vedtatt" if int(row["vedtak_aar"]) == aar else "bundet_opp"
        sums[row["ordning"]][column] += int(row["belop"])
    return sums


@pytest.mark.parametrize("aar", YEARS)
def test_the_payout_sums_equal_the_published_vedtatt_and_bundet_opp(
    copy_of_project: Path, tmp_path: Path, aar: int
) -> None:
    root = str(copy_of_project)
    assert invoke("allocate", "--year", str(aar), "--root", root)[0] == 0
    code, output = invoke("payouts", "--year", str(aar), "--root", root, "--output", str(tmp_path))
    assert code == 0, output
    rows = read_csv(tmp_path / f"utbetalinger-{aar}.csv")
    assert rows and {r["utbetaling_aar"] for r in rows} == {str(aar)}
    table = published(copy_of_project, aar)
    sums = payout_sums(rows, aar)
    assert {o: sums[o] for o in table} == table
    sheet = openpyxl.load_workbook(tmp_path / f"utbetalinger-{aar}.xlsx").active
    amounts = [row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert amounts == [int(r["belop"]) for r in rows]


def test_the_list_names_the_vedtak_and_the_account_from_data(
    copy_of_project: Path, tmp_path: Path
) -> None:
    assert (
        invoke(
            "payouts", "--year", "2025", "--root", str(copy_of_project), "--output", str(tmp_path)
        )[0]
        == 0
    )
    rows = read_csv(tmp_path / "utbetalinger-2025.csv")
    haugvik = next(r for r in rows if r["organisasjonsnummer"] == "890937861")
    assert haugvik["belop"] == "1190000"
    assert (haugvik["behovsmelding_id"], haugvik["vedtak_aar"]) == ("bm-2025-a0250003", "2025")
    assert (haugvik["kontonummer"], haugvik["referanse"]) == ("12345678903", "Kompetansemidler")
    uten_konto = next(r for r in rows if r["organisasjonsnummer"] == "819935181")
    assert uten_konto["kontonummer"] == "" and uten_konto["mottaker_type"] == "eier"


def test_owner_text_is_no_formula_and_a_rerun_writes_the_same_bytes(
    copy_of_project: Path, tmp_path: Path
) -> None:
    path = copy_of_project / MELDING
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["navn"] = '=HYPERLINK("http://x")'
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for folder in ("a", "b"):
        assert (
            invoke(
                "payouts",
                "--year",
                "2025",
                "--root",
                str(copy_of_project),
                "--output",
                str(tmp_path / folder),
            )[0]
            == 0
        )
    for name in ("utbetalinger-2025.csv", "utbetalinger-2025.xlsx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    names = [r["mottaker"] for r in read_csv(tmp_path / "a/utbetalinger-2025.csv")]
    assert '\'=HYPERLINK("http://x")' in names
    sheet = openpyxl.load_workbook(tmp_path / "a/utbetalinger-2025.xlsx").active
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert '\'=HYPERLINK("http://x")' in cells and not any(str(c).startswith("=") for c in cells)


def test_payout_lists_are_never_written_under_the_public_site(copy_of_project: Path) -> None:
    code, output = invoke(
        "payouts",
        "--year",
        "2025",
        "--root",
        str(copy_of_project),
        "--output",
        str(copy_of_project / "docs/x"),
    )
    assert code == 2 and "docs/" in output
