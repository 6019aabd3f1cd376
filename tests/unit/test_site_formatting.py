"""Norwegian dates, phone numbers and inert text for the public site."""

from __future__ import annotations

import datetime as dt

from kompetanse.text.format import (
    email_link,
    format_date_nb,
    format_phone,
    phone_link,
    table,
)
from kompetanse.text.inert import markdown_text


def test_dates_are_written_the_norwegian_way() -> None:
    assert format_date_nb(dt.date(2027, 2, 1)) == "1. februar 2027"
    assert format_date_nb(dt.date(2024, 12, 24)) == "24. desember 2024"


def test_phone_numbers_are_grouped_in_pairs_and_linked_with_country_code() -> None:
    assert format_phone("22003639") == "22 00 36 39"
    assert phone_link("22003639") == "[22 00 36 39](tel:+4722003639)"
    assert format_phone("123") == "123"


def test_text_from_data_cannot_become_markup_or_break_a_table() -> None:
    hostile = "<script>alert(1)</script> | *fet* [lenke](x)"
    escaped = markdown_text(hostile)
    assert "<script>" not in escaped
    assert "&#124;" in escaped and "|" not in escaped
    assert "&#42;fet&#42;" in escaped
    assert "&#91;lenke&#93;" in escaped


def test_email_links_use_mailto() -> None:
    assert email_link("a.b@statsforvalteren.no") == (
        "[a&#46;b&#64;statsforvalteren&#46;no](mailto:a.b@statsforvalteren.no)"
    )


def test_table_has_header_separator_and_rows() -> None:
    text = table(("A", "B"), [("1", "2")])
    assert text.splitlines() == ["| A | B |", "|---|---|", "| 1 | 2 |"]
