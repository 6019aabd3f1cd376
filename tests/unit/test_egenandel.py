"""The minimum egenandel as a pure function of settings and budget."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kompetanse.domain.egenandel import check_egenandel, minimum_egenandel
from kompetanse.domain.model import Behovsmelding, Budsjettaar, Innstilling, Ordning
from kompetanse.domain.settings import Settings
from tests.support.factory import make_behovsmelding


def budget_line(aar: int, eier: int, uh: int = 0, koordinator: int = 0) -> Budsjettaar:
    return Budsjettaar(aar, eier, uh, koordinator, eier + uh + koordinator)


def settings_with(rate: str, aar: int = 2025) -> Settings:
    innstilling = Innstilling(
        aar,
        Ordning.DESENTRALISERT,
        dt.date(2024, 10, 1),
        dt.date(2025, 2, 1),
        dt.date(2025, 4, 30),
        Decimal(rate),
        Decimal("0.10"),
        3,
    )
    return Settings([innstilling])


def melding(ordning: str, eier_andel: int, belop: int | None) -> Behovsmelding:
    """A one-year 2025 melding with this owner's share and egenandel (none for ``None``)."""
    egenandel = {"belop": belop, "form": "kontant"} if belop is not None else None
    return make_behovsmelding(ordning=ordning, shares=[(eier_andel, 0, 0)], egenandel=egenandel)


def test_minimum_is_rate_of_owner_share_only_each_year_rounded_up() -> None:
    budsjett = (
        budget_line(2025, 100_001, uh=500_000, koordinator=50_000),
        budget_line(2026, 200_000),
    )
    assert minimum_egenandel(budsjett, Decimal("0.30")) == 30_001 + 60_000


def test_check_reports_shortfall_for_desentralisert() -> None:
    check = check_egenandel(melding(Ordning.DESENTRALISERT, 200_000, 50_000), settings_with("0.30"))
    assert check is not None
    assert (check.minimum, check.stated, check.shortfall) == (60_000, 50_000, 10_000)


def test_rate_comes_from_settings_not_code() -> None:
    check = check_egenandel(melding(Ordning.DESENTRALISERT, 200_000, 0), settings_with("0.25"))
    assert check is not None and check.minimum == 50_000


def test_other_ordninger_and_years_without_settings_have_no_check() -> None:
    assert check_egenandel(melding(Ordning.REGIONAL, 200_000, None), settings_with("0.30")) is None
    assert (
        check_egenandel(melding(Ordning.DESENTRALISERT, 200_000, 0), settings_with("0.30", 2024))
        is None
    )


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
