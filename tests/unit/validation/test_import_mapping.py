"""The mapping of an import and the amounts an office writes, read without a spreadsheet."""

from __future__ import annotations

from typing import Any

import pytest

from kompetanse.validation.history_import import whole_number
from kompetanse.validation.import_mapping import CASE_COLUMNS, parse_mapping

COLUMNS = {name: name.title() for name in CASE_COLUMNS}


def messages(raw: dict[str, Any]) -> list[str]:
    mapping, problems = parse_mapping(raw, "oppsett.toml")
    assert (mapping is None) == bool(problems)
    return [p.message for p in problems]


def test_a_wide_mapping_with_values_is_read() -> None:
    raw = {
        "kolonner": COLUMNS,
        "utbetalinger": [{"aar": 2023, "sum": "Sum 2023", "uh_andel": "UH 2023"}],
        "verdier": {"ordning": {"Regional ordning": "regional"}},
        "ark": "Vedtak",
    }
    mapping, problems = parse_mapping(raw, "oppsett.toml")
    assert problems == [] and mapping is not None
    assert mapping.payouts[0].aar == 2023 and mapping.sheet == "Vedtak"
    assert mapping.values == {"ordning": {"Regional ordning": "regional"}}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kolonner": None}, "Oppsettet mangler tabellen [kolonner]."),
        ({"utbetalinger": [{"sum": "Sum"}]}, "Hver [[utbetalinger]] må ha aar"),
        (
            {"utbetalinger": [{"aar": 1, "sum": "S", "x": "y"}]},
            "Ukjente felt i [[utbetalinger]]: x.",
        ),
        ({"verdier": {"ordning": {"a": 1}}}, "[verdier] skal ha én tabell per kolonne"),
        ({"verdier": ["ordning"]}, "[verdier] skal ha én tabell per kolonne"),
        ({"overskriftsrad": 0}, "ark skal være tekst og overskriftsrad et tall fra 1."),
        ({"rekkefølge": 1}, "Ukjent innstilling «rekkefølge» i oppsettet."),
    ],
)
def test_a_mapping_that_cannot_be_used_says_why(change: dict[str, Any], message: str) -> None:
    raw = {"kolonner": COLUMNS, "utbetalinger": [{"aar": 2023, "sum": "Sum"}], **change}
    if raw["kolonner"] is None:
        del raw["kolonner"]
    assert any(found.startswith(message) for found in messages(raw)), messages(raw)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 234 567", "1234567"),
        ("1\u00a0234\u00a0567 kr", "1234567"),
        ("1.234.567,00", "1234567"),
        ("450000,-", "450000"),
        ("2022", "2022"),
        ("1.000", "1000"),
        ("12,5", None),
        ("tolv", None),
        ("1.23", None),
    ],
)
def test_amounts_are_read_as_an_office_writes_them(text: str, number: str | None) -> None:
    assert whole_number(text) == number
