"""The organisasjonsnummer rule agrees with python-stdnum."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stdnum.no import orgnr

from bench.synthetic import make_orgnr
from kompetanse.domain.orgnr import compact_orgnr, is_valid_orgnr


@given(st.text(alphabet="0123456789 .-", min_size=0, max_size=14))
def test_agrees_with_stdnum_after_stripping_separators(text: str) -> None:
    compact = compact_orgnr(text)
    expected = bool(compact) and orgnr.is_valid(compact)
    assert is_valid_orgnr(text) == expected


@given(st.integers(min_value=0, max_value=999_999_999))
def test_agrees_with_stdnum_on_every_nine_digit_number(number: int) -> None:
    text = f"{number:09d}"
    assert is_valid_orgnr(text) == orgnr.is_valid(text)


def test_known_numbers_and_separators() -> None:
    assert is_valid_orgnr("974760673")
    assert is_valid_orgnr("974 760 673")
    assert is_valid_orgnr("974.760.673")
    assert is_valid_orgnr("974-760-673")
    assert not is_valid_orgnr("974760674")
    assert not is_valid_orgnr("٩٧٤٧٦٠٦٧٣")  # digits, but not ASCII


@given(st.randoms(use_true_random=False))
def test_synthetic_numbers_are_valid(rng: object) -> None:
    assert orgnr.is_valid(make_orgnr(rng))  # type: ignore[arg-type]
