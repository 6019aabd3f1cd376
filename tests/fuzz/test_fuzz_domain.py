"""Egenandel and allocation on behovsmeldinger drawn from the schema: the checker and the domain
agree on the egenandel, and the allocation table adds up, whatever the melding holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.domain.allocation import AllocationInput, build_allocation
from kompetanse.domain.egenandel import check_egenandel
from kompetanse.domain.model import behovsmelding_from_document
from kompetanse.kinds import BEHOVSMELDING
from kompetanse.repository.year_data import RepositoryData
from kompetanse.validation.checker import Validator
from tests.fuzz.strategies import FUZZ, documents, relpath_of

YEARS = (2024, 2025, 2026)


@st.composite
def meldinger_of_the_office(draw: st.DrawFn) -> dict[str, Any]:
    """A schema-valid behovsmelding in one of the office's years and ordninger."""
    document = draw(documents(BEHOVSMELDING))
    document["aar"] = draw(st.sampled_from(YEARS))
    document["ordning"] = draw(st.sampled_from(["regional", "desentralisert", "kompetanseloftet"]))
    return document


@FUZZ
@given(meldinger_of_the_office())
def test_the_checker_reports_a_short_egenandel_exactly_when_the_domain_finds_one(
    validator: Validator, document: dict[str, Any]
) -> None:
    assert validator.reference is not None
    melding = behovsmelding_from_document(document)
    check = check_egenandel(melding, validator.settings, validator.reference.ordninger)
    codes = {
        p.code for p in validator.check_document(document, relpath_of(BEHOVSMELDING, document))
    }
    if check is None:
        assert "egenandel-under-minimum" not in codes
        return
    assert check.minimum >= 0 and check.shortfall == max(0, check.minimum - check.stated)
    if melding.egenandel is not None:
        assert ("egenandel-under-minimum" in codes) is (check.shortfall > 0)


@pytest.fixture(scope="module")
def year_2025(fixture_office: Path) -> AllocationInput:
    """The fixture office's allocation input for 2025."""
    return RepositoryData.load(fixture_office).allocation_input(2025)


@FUZZ
@given(st.lists(meldinger_of_the_office(), max_size=2))
def test_the_allocation_adds_up_with_any_meldinger(
    year_2025: AllocationInput, documents_drawn: list[dict[str, Any]]
) -> None:
    meldinger = dict(year_2025.meldinger)
    ordning_by_id = dict(year_2025.ordning_by_id)
    for number, document in enumerate(documents_drawn):
        document["aar"], document["id"] = 2025, f"bm-2025-f{number:07x}"
        meldinger[document["id"]] = behovsmelding_from_document(document)
        ordning_by_id[document["id"]] = document["ordning"]
    data = dataclasses.replace(year_2025, meldinger=meldinger, ordning_by_id=ordning_by_id)
    allocation = build_allocation(data)
    lines = allocation.lines
    assert allocation.total.innmeldte_behov == sum(line.innmeldte_behov for line in lines)
    assert allocation.total.tildelt == sum(line.tildelt for line in lines)
    assert all(line.innmeldte_behov >= 0 for line in lines)
