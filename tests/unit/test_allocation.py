"""The allocation on the example data, against figures worked out by hand.

From data/rammer.csv, data/vedtak.csv and the ten example meldinger:

2025, regional: ramme 94 100 000, set-aside ⌈30 % × 94 100 000⌉ = 28 230 000, tildelt 65 870 000;
nothing decided before 2025 pays out in 2025; innmeldt = bm-2025-2b3c4d5e's 2025 line 800 000;
vedtatt 480 000 + 320 000 + 0 = 800 000.
2025, desentralisert: 90 200 000; bundet opp = bm-2024-5e6f7a8b's 2025 payout
1 600 000 + 950 000 + 100 000 = 2 650 000; innmeldt 350 000 (bm-2025-3c4d5e6f's 2025 line)
+ 1 890 000 (bm-2025-5e6f7081) = 2 240 000; vedtatt the same.
2025, kompetanseløftet: 37 500 000; bundet opp = bm-2024-9c0d1e2f's 2025 payout
850 000 + 550 000 + 80 000 = 1 480 000; innmeldt 520 000; vedtatt 280 000 + 200 000 + 20 000.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.domain.largest_remainder import scale_to
from kompetanse.repository.year_data import RepositoryData

# ordning: (tildelt, bundet opp, disponibelt, innmeldte behov, vedtatt, gjenstår)
EXPECTED: dict[int, dict[str, tuple[int, int, int, int, int, int]]] = {
    2024: {
        "regional": (66_710_000, 0, 66_710_000, 1_190_000, 1_160_000, 65_550_000),
        "desentralisert": (88_400_000, 0, 88_400_000, 2_500_000, 2_500_000, 85_900_000),
        "kompetanseloftet": (36_800_000, 0, 36_800_000, 1_580_000, 1_580_000, 35_220_000),
        "totalt": (191_910_000, 0, 191_910_000, 5_270_000, 5_240_000, 186_670_000),
    },
    2025: {
        "regional": (65_870_000, 0, 65_870_000, 800_000, 800_000, 65_070_000),
        "desentralisert": (90_200_000, 2_650_000, 87_550_000, 2_240_000, 2_240_000, 85_310_000),
        "kompetanseloftet": (37_500_000, 1_480_000, 36_020_000, 520_000, 500_000, 35_520_000),
        "totalt": (193_570_000, 4_130_000, 189_440_000, 3_560_000, 3_540_000, 185_900_000),
    },
    2026: {
        "regional": (65_100_000, 0, 65_100_000, 1_100_000, 0, 65_100_000),
        "desentralisert": (91_000_000, 2_600_000, 88_400_000, 440_000, 0, 88_400_000),
        "kompetanseloftet": (38_000_000, 0, 38_000_000, 1_210_000, 0, 38_000_000),
        "totalt": (194_100_000, 2_600_000, 191_500_000, 2_750_000, 0, 191_500_000),
    },
}


def allocation_for(root: Path, aar: int) -> Allocation:
    return build_allocation(RepositoryData.load(root).allocation_input(aar))


def figures(allocation: Allocation) -> dict[str, tuple[int, int, int, int, int, int]]:
    rows = {}
    for line in (*allocation.lines, allocation.total):
        key = line.ordning or "totalt"
        rows[key] = (
            line.tildelt,
            line.bundet_opp,
            line.disponibelt,
            line.innmeldte_behov,
            line.vedtatt,
            line.gjenstaar,
        )
    return rows


@pytest.mark.parametrize("aar", sorted(EXPECTED))
def test_table_matches_the_hand_checked_figures(project_root: Path, aar: int) -> None:
    assert figures(allocation_for(project_root, aar)) == EXPECTED[aar]


def test_regional_set_aside_is_the_rate_of_the_ramme_rounded_up(project_root: Path) -> None:
    regional = allocation_for(project_root, 2025).lines[0]
    assert (regional.ramme, regional.tilretteleggingsmidler) == (94_100_000, 28_230_000)


def test_counts_by_fylke_and_ordning(project_root: Path) -> None:
    assert allocation_for(project_root, 2025).fylke_counts == (
        ("Østfold", (0, 1, 0)),
        ("Akershus", (0, 1, 1)),
        ("Oslo", (1, 0, 0)),
        ("Buskerud", (0, 0, 0)),
        ("Fylkeskommunene", (0, 0, 0)),
    )


def test_eiere_grouped_by_vedtak_year_with_egenandel(project_root: Path) -> None:
    allocation = allocation_for(project_root, 2025)
    rows = {(m.vedtak_aar, m.navn): m for m in allocation.eiere}
    lindeberg = rows[(2024, "Lindeberg kommune")]
    assert lindeberg.utbetalinger == ((2024, 1_600_000), (2025, 1_700_000), (2026, 1_500_000))
    # 30 % of eier_andel 1 500 000 + 1 600 000 + 1 400 000
    assert lindeberg.egenandel == 1_350_000
    assert rows[(2025, "Stiftelsen Bjørkely friskole")].egenandel == 60_000 + 54_000
    assert rows[(2025, "Solvang kommune")].egenandel is None
    assert sorted({m.vedtak_aar for m in allocation.eiere}) == [2024, 2025]


def test_uh_receive_their_share_by_vedtak_year(project_root: Path) -> None:
    uh = {(m.vedtak_aar, m.key): m for m in allocation_for(project_root, 2025).uh}
    assert uh[(2024, "usn")].utbetalinger == ((2024, 900_000), (2025, 950_000), (2026, 800_000))
    assert uh[(2025, "oslomet")].total == 520_000
    assert uh[(2025, "oslomet")].navn == "OsloMet – storbyuniversitetet"


def test_a_year_without_vedtak_lists_only_earlier_vedtak_paying_out(project_root: Path) -> None:
    allocation = allocation_for(project_root, 2026)
    assert {(m.vedtak_aar, m.ordning) for m in allocation.eiere} == {
        (2024, "desentralisert"),
        (2025, "desentralisert"),
    }


def test_scale_to_gives_everything_when_requests_fit() -> None:
    assert scale_to({"b": 30, "a": 20}, 100) == {"a": 20, "b": 30}


def test_scale_to_breaks_ties_by_key() -> None:
    assert scale_to({"b": 1, "a": 1, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}


def test_scale_to_largest_remainder_example() -> None:
    # 100 × 50/150 = 33.33, 100 × 70/150 = 46.67, 100 × 30/150 = 20
    assert scale_to({"x": 50, "y": 70, "z": 30}, 100) == {"x": 33, "y": 47, "z": 20}


def test_scale_to_with_nothing_available_gives_nothing() -> None:
    assert scale_to({"a": 10}, -5) == {"a": 0}
