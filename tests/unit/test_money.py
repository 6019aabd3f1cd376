"""Whole kroner and the one rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.domain.money import (
    InvalidRateError,
    format_kroner,
    format_rate,
    parse_rate,
    share_of,
)

amounts = st.integers(min_value=0, max_value=10_000_000_000)
rates = st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False)


@given(amounts, rates)
def test_share_is_never_short_and_never_a_whole_krone_over(amount: int, rate: Decimal) -> None:
    share = share_of(amount, rate)
    assert isinstance(share, int)
    assert share >= amount * rate
    assert share - amount * rate < 1


def test_share_rounds_any_fraction_up() -> None:
    assert share_of(100_001, Decimal("0.30")) == 30_001
    assert share_of(100_000, Decimal("0.30")) == 30_000
    assert share_of(1, Decimal("0.01")) == 1
    assert share_of(0, Decimal("0.30")) == 0


@pytest.mark.parametrize(
    "text,expected", [("0.30", "0.30"), ("0,3", "0.3"), (" 1 ", "1"), ("0", "0")]
)
def test_parse_rate_reads_decimal_strings(text: str, expected: str) -> None:
    assert parse_rate(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.01", "-0.1", "NaN", "Infinity"])
def test_parse_rate_refuses_what_is_not_a_rate(text: str) -> None:
    with pytest.raises(InvalidRateError):
        parse_rate(text)


def test_format_kroner_and_rate_are_norwegian() -> None:
    assert format_kroner(1_234_567) == "1\u00a0234\u00a0567\u00a0kr"
    assert format_kroner(-50) == "−50\u00a0kr"
    assert format_rate(Decimal("0.30")) == "30\u00a0%"
    assert format_rate(Decimal("0.125")) == "12,5\u00a0%"
