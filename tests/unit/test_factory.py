"""The tests' melding factory makes meldinger the validator accepts, in every ordning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.repository.check import load_validator
from kompetanse.validation.paths import expected_path
from tests.support.factory import make_behovsmelding, make_melding

ORDNINGER = ("regional", "desentralisert", "kompetanseloftet")


@pytest.mark.parametrize("ordning", ORDNINGER)
@pytest.mark.parametrize("shares", [[(500_000, 300_000, 0)], [(100_001, 0, 0), (200_000, 1, 2)]])
def test_made_meldinger_are_valid_in_the_fixture_office(
    fixture_office: Path, ordning: str, shares: list[tuple[int, int, int]]
) -> None:
    document = make_melding(ordning=ordning, aar=2026, shares=shares)
    relpath = expected_path(document["aar"], document["ordning"], document["id"])
    data = json.dumps(document, ensure_ascii=False).encode()
    assert load_validator(fixture_office).check_bytes(data, relpath) == []


def test_overrides_replace_or_drop_top_level_keys() -> None:
    document = make_melding(ordning="desentralisert", id="bm-2025-0000abcd", egenandel=None)
    assert document["id"] == "bm-2025-0000abcd" and "egenandel" not in document
    assert make_melding(shares=[(1, 2, 3), (4, 5, 6)])["budsjett"][1] == {
        "aar": 2026,
        "eier_andel": 4,
        "uh_andel": 5,
        "koordinator_andel": 6,
        "sum": 15,
    }


def test_the_egenandel_is_the_minimum_rounded_up_each_year() -> None:
    document = make_melding(ordning="desentralisert", shares=[(100_001, 0, 0), (200_000, 0, 0)])
    assert document["egenandel"] == {"belop": 30_001 + 60_000, "form": "kontant"}


def test_the_domain_record_is_the_same_melding() -> None:
    melding = make_behovsmelding(ordning="kompetanseloftet", aar=2026, shares=[(3, 2, 1)])
    assert (melding.id, melding.ordning, melding.aar, melding.total) == (
        "bm-2026-00000001",
        "kompetanseloftet",
        2026,
        6,
    )
