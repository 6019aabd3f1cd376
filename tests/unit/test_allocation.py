"""The allocation on the fixture office, against figures worked out by hand.

From tests/fixtures/office: data/rammer.csv, data/vedtak.csv and the ten meldinger:

2025, regional: ramme 81 234 567, set-aside ⌈30 % × 81 234 567⌉ = ⌈24 370 370,1⌉ = 24 370 371,
tildelt 56 864 196; nothing decided before 2025 pays out in 2025; innmeldt = bm-2025-a0250001's
2025 line 820 000; vedtatt 500 000 + 320 000 + 0 = 820 000.
2025, desentralisert: 72 000 000; bundet opp = bm-2024-a0240002's 2025 payout
1 600 000 + 950 000 + 100 000 = 2 650 000; innmeldt 350 000 (bm-2025-a0250002's 2025 line)
+ 1 890 000 (bm-2025-a0250003) = 2 240 000; vedtatt the same.
2025, kompetanseløftet: 31 000 000; bundet opp = bm-2024-a0240003's 2025 payout
850 000 + 550 000 + 80 000 = 1 480 000; innmeldt 520 000; vedtatt 280 000 + 200 000 + 20 000.
2026, desentralisert: bundet opp = bm-2024-a0240002's 2026 payout 2 300 000 + bm-2025-a0250002's
300 000 = 2 600 000; innmeldt 270 000 + 180 000 (bm-2026-a0260003); no vedtak yet.
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
        "regional": (56_000_000, 0, 56_000_000, 1_190_000, 1_160_000, 54_840_000),
        "desentralisert": (70_000_000, 0, 70_000_000, 2_500_000, 2_500_000, 67_500_000),
        "kompetanseloftet": (30_000_000, 0, 30_000_000, 1_580_000, 1_580_000, 28_420_000),
        "totalt": (156_000_000, 0, 156_000_000, 5_270_000, 5_240_000, 150_760_000),
    },
    2025: {
        "regional": (56_864_196, 0, 56_864_196, 820_000, 820_000, 56_044_196),
        "desentralisert": (72_000_000, 2_650_000, 69_350_000, 2_240_000, 2_240_000, 67_110_000),
        "kompetanseloftet": (31_000_000, 1_480_000, 29_520_000, 520_000, 500_000, 29_020_000),
        "totalt": (159_864_196, 4_130_000, 155_734_196, 3_580_000, 3_560_000, 152_174_196),
    },
    2026: {
        "regional": (57_400_000, 0, 57_400_000, 1_100_000, 0, 57_400_000),
        "desentralisert": (73_000_000, 2_600_000, 70_400_000, 450_000, 0, 70_400_000),
        "kompetanseloftet": (32_000_000, 0, 32_000_000, 1_210_000, 0, 32_000_000),
        "totalt": (162_400_000, 2_600_000, 159_800_000, 2_760_000, 0, 159_800_000),
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
def test_table_matches_the_hand_checked_figures(fixture_office: Path, aar: int) -> None:
    assert figures(allocation_for(fixture_office, aar)) == EXPECTED[aar]


def test_regional_set_aside_is_the_rate_of_the_ramme_rounded_up(fixture_office: Path) -> None:
    regional = allocation_for(fixture_office, 2025).lines[0]
    assert (regional.ramme, regional.tilretteleggingsmidler) == (81_234_567, 24_370_371)


def test_counts_by_fylke_and_ordning(fixture_office: Path) -> None:
    assert allocation_for(fixture_office, 2025).fylke_counts == (
        ("Østfold", (0, 1, 0)),
        ("Akershus", (0, 1, 1)),
        ("Oslo", (1, 0, 0)),
        ("Vestfold", (0, 0, 0)),
    )


def test_eiere_grouped_by_vedtak_year_with_egenandel(fixture_office: Path) -> None:
    allocation = allocation_for(fixture_office, 2025)
    rows = {(m.vedtak_aar, m.navn): m for m in allocation.eiere}
    lindeberg = rows[(2024, "Lindeberg kommune")]
    assert lindeberg.utbetalinger == ((2024, 1_600_000), (2025, 1_700_000), (2026, 1_500_000))
    # 30 % of eier_andel 1 500 000 + 1 600 000 + 1 400 000
    assert lindeberg.egenandel == 1_350_000
    assert rows[(2025, "Stiftelsen Bjørkely friskole")].egenandel == 60_000 + 54_000
    assert rows[(2025, "Solvang kommune")].egenandel is None
    assert rows[(2025, "Stiftelsen Solsikken barnehager")].utbetalinger == ((2025, 500_000),)
    assert sorted({m.vedtak_aar for m in allocation.eiere}) == [2024, 2025]


def test_uh_receive_their_share_by_vedtak_year(fixture_office: Path) -> None:
    uh = {(m.vedtak_aar, m.key): m for m in allocation_for(fixture_office, 2025).uh}
    assert uh[(2024, "usn")].utbetalinger == ((2024, 900_000), (2025, 950_000), (2026, 800_000))
    assert uh[(2025, "oslomet")].total == 520_000
    assert uh[(2025, "oslomet")].navn == "OsloMet – storbyuniversitetet"


def test_a_year_without_vedtak_lists_only_earlier_vedtak_paying_out(fixture_office: Path) -> None:
    allocation = allocation_for(fixture_office, 2026)
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
