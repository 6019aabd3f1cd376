"""The minimum egenandel as a pure function of settings and budget."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kompetanse.domain.egenandel import check_egenandel, minimum_egenandel
from kompetanse.domain.model import (
    Behovsmelding,
    Budsjettaar,
    Egenandel,
    EgenandelForm,
    Eier,
    Eiertype,
    Innstilling,
    Tiltak,
)
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.settings import Settings
from tests.support.ordninger import DESENTRALISERT, REGIONAL, ordning, three_ordninger

ORDNINGER = three_ordninger()


def budget_line(aar: int, eier: int, uh: int = 0, koordinator: int = 0) -> Budsjettaar:
    return Budsjettaar(aar, eier, uh, koordinator, eier + uh + koordinator)


def settings_with(rate: str, aar: int = 2025) -> Settings:
    innstilling = Innstilling(
        aar,
        DESENTRALISERT,
        dt.date(2024, 10, 1),
        dt.date(2025, 2, 1),
        dt.date(2025, 4, 30),
        Decimal(rate),
        Decimal("0.10"),
        3,
    )
    return Settings([innstilling])


def melding(ordning: str, budsjett: tuple[Budsjettaar, ...], belop: int | None) -> Behovsmelding:
    egenandel = Egenandel(belop, EgenandelForm.KONTANT) if belop is not None else None
    return Behovsmelding(
        id="bm-2025-00000001",
        ordning=ordning,
        aar=2025,
        periode_aar=len(budsjett),
        eier=Eier("Prøve kommune", "974760673", Eiertype.KOMMUNE, "Oslo"),
        nettverk=(),
        enheter=(),
        uh_id="uio",
        tiltak=Tiltak("Tiltak", "Alle", 10),
        budsjett=budsjett,
        egenandel=egenandel,
    )


def test_minimum_is_rate_of_owner_share_only_each_year_rounded_up() -> None:
    budsjett = (
        budget_line(2025, 100_001, uh=500_000, koordinator=50_000),
        budget_line(2026, 200_000),
    )
    assert minimum_egenandel(budsjett, Decimal("0.30")) == 30_001 + 60_000


def test_check_reports_shortfall_for_desentralisert() -> None:
    budsjett = (budget_line(2025, 200_000),)
    check = check_egenandel(
        melding(DESENTRALISERT, budsjett, 50_000), settings_with("0.30"), ORDNINGER
    )
    assert check is not None
    assert (check.minimum, check.stated, check.shortfall) == (60_000, 50_000, 10_000)


def test_rate_comes_from_settings_not_code() -> None:
    budsjett = (budget_line(2025, 200_000),)
    check = check_egenandel(melding(DESENTRALISERT, budsjett, 0), settings_with("0.25"), ORDNINGER)
    assert check is not None and check.minimum == 50_000


def test_other_ordninger_and_years_without_settings_have_no_check() -> None:
    budsjett = (budget_line(2025, 200_000),)
    rates = settings_with("0.30")
    assert check_egenandel(melding(REGIONAL, budsjett, None), rates, ORDNINGER) is None
    old_year = settings_with("0.30", 2024)
    assert check_egenandel(melding(DESENTRALISERT, budsjett, 0), old_year, ORDNINGER) is None


def test_the_register_decides_which_ordning_has_egenandel() -> None:
    budsjett = (budget_line(2025, 200_000),)
    innstilling = settings_with("0.30").innstilling(2025, DESENTRALISERT)
    assert innstilling is not None
    rates = Settings([dataclasses.replace(innstilling, ordning="ny_ordning")])
    with_egenandel = OrdningRegister([ordning("ny_ordning", "Ny ordning", ("barnehage",), True)])
    check = check_egenandel(melding("ny_ordning", budsjett, 0), rates, with_egenandel)
    assert check is not None and check.minimum == 60_000
    without = OrdningRegister([ordning("ny_ordning", "Ny ordning", ("barnehage",), False)])
    assert check_egenandel(melding("ny_ordning", budsjett, 0), rates, without) is None
    assert check_egenandel(melding("ukjent", budsjett, 0), rates, with_egenandel) is None


@given(
    st.lists(st.integers(min_value=0, max_value=50_000_000), min_size=1, max_size=3),
    st.decimals(min_value=0, max_value=1, places=2),
)
def test_minimum_covers_the_rate_and_is_never_more_than_a_krone_per_year_over(
    shares: list[int], rate: Decimal
) -> None:
    budsjett = tuple(budget_line(2025 + i, share) for i, share in enumerate(shares))
    minimum = minimum_egenandel(budsjett, rate)
    exact = sum(rate * share for share in shares)
    assert exact <= minimum < exact + len(shares)
