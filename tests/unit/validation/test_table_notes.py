"""Frictionless's English details of a table problem, said in Norwegian."""

from __future__ import annotations

import pytest

from kompetanse.validation.tables import translate_detail


@pytest.mark.parametrize(
    ("note", "norwegian"),
    [
        ('type is "integer/default"', "cellen skal være et heltall"),
        ('constraint "required" is "True"', "cellen må fylles ut"),
        ('constraint "minimum" is "0"', "minste tillatte verdi er 0"),
        ('constraint "maxLength" is "60"', "teksten kan ha høyst 60 tegn"),
        ("the same as in the row at position 13", "samme som i rad 13"),
        (
            'for "uh_id": values "ukjent" not found in the lookup table "uh" as "uh_id"',
            "«ukjent» i kolonnen uh_id finnes ikke i tabellen uh (uh_id)",
        ),
        ("something else", "something else"),
    ],
)
def test_details_are_translated(note: str, norwegian: str) -> None:
    assert translate_detail(note) == norwegian
