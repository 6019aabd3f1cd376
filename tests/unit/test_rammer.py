"""Rammer say what they mean: the gross ramme, a set-aside as a rate or in kroner, the net."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kompetanse.domain.model import Ramme
from kompetanse.repository.check import check_repository
from kompetanse.validation.rammer import iter_rammer_problems
from tests.support.office import SECOND_OFFICE, copy_office


def test_a_rate_is_rounded_up_and_kroner_are_taken_as_they_are() -> None:
    by_rate = Ramme(2025, "regional", 21_900_001, Decimal("0.2875"))
    assert by_rate.tilretteleggingsmidler == 6_296_251
    assert by_rate.tildelt_fra_udir == 21_900_001 - 6_296_251
    by_kroner = Ramme(2025, "regional", 21_900_000, tilrettelegging_kroner=5_000_000)
    assert (by_kroner.tilretteleggingsmidler, by_kroner.tildelt_fra_udir) == (5_000_000, 16_900_000)
    nothing = Ramme(2025, "desentralisert", 20_100_000)
    assert (nothing.tilretteleggingsmidler, nothing.tildelt_fra_udir) == (0, 20_100_000)


def test_a_set_aside_is_stated_once_and_never_exceeds_the_ramme() -> None:
    rammer = [
        Ramme(2025, "regional", 1_000, Decimal("0.25"), 250),
        Ramme(2025, "desentralisert", 1_000, tilrettelegging_kroner=1_001),
        Ramme(2025, "kompetanseloftet", 1_000, Decimal("1")),
    ]
    found = [(p.location, p.code) for p in iter_rammer_problems(rammer)]
    assert found == [("rad 2", "ramme-avsetning-dobbel"), ("rad 3", "ramme-avsetning-for-stor")]


def test_validate_reports_a_set_aside_given_twice(tmp_path: Path) -> None:
    root = copy_office(tmp_path / "repo", SECOND_OFFICE)
    path = root / "data/rammer.csv"
    text = path.read_text(encoding="utf-8").replace(
        "2025,regional,21900000,0.25,", "2025,regional,21900000,0.25,5475000"
    )
    path.write_text(text, encoding="utf-8")
    problems = check_repository(root).problems
    assert [(p.file, p.code) for p in problems] == [("data/rammer.csv", "ramme-avsetning-dobbel")]
