"""The rules that follow the register of ordninger: which ordninger exist, who may take part,
and whether an egenandel is asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from kompetanse.domain.model import (
    Behovsmelding,
    Budsjettaar,
    Egenandel,
    EgenandelForm,
    Eier,
    Eiertype,
    Embete,
    Enhet,
    Innstilling,
    ReferenceData,
    Tiltak,
    Uh,
)
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.settings import Settings
from kompetanse.validation.rules import RuleContext, iter_rule_problems
from tests.support.ordninger import ordning

NY = "ny_ordning"
REGISTER = OrdningRegister(
    [
        ordning(NY, "Ny ordning", ("barnehage",), True, 2, eiertyper=("kommune",)),
        ordning("uten_egenandel", "Uten egenandel", ("grunnskole",), False, 1),
    ]
)


def innstilling(slug: str) -> Innstilling:
    dates = dt.date(2024, 10, 1), dt.date(2025, 2, 1), dt.date(2025, 4, 30)
    return Innstilling(2025, slug, *dates, Decimal("0.30"), Decimal("0.50"), 3)


def context(register: OrdningRegister = REGISTER) -> RuleContext:
    embete = Embete("sf", "Statsforvalteren", "SF", "https://sf.example", "https://sf.example/a")
    uio = Uh("uio", "Universitetet i Oslo", "universitet", None, None, None)
    reference = ReferenceData(embete, frozenset(), (), (), (), (uio,), register)
    settings = Settings([innstilling(info.ordning) for info in register])
    return RuleContext("melding.json", settings, reference)


def melding(**changes: object) -> Behovsmelding:
    base = Behovsmelding(
        id="bm-2025-00000001",
        ordning=NY,
        aar=2025,
        periode_aar=1,
        eier=Eier("Prøve kommune", "974760673", Eiertype.KOMMUNE, None),
        nettverk=(),
        enheter=(Enhet("Solsikken barnehage", "barnehage"),),
        uh_id="uio",
        tiltak=Tiltak("Tiltak", "Alle", 10),
        budsjett=(Budsjettaar(2025, 100_000, 50_000, 0, 150_000),),
        egenandel=Egenandel(30_000, EgenandelForm.KONTANT),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def problems(m: Behovsmelding, register: OrdningRegister = REGISTER) -> set[tuple[str, str]]:
    return {(p.code, p.location) for p in iter_rule_problems(m, context(register))}


def test_a_melding_that_follows_the_register_has_no_problems() -> None:
    assert problems(melding()) == set()


def test_an_ordning_outside_the_register_is_one_problem_and_stops_the_ordning_rules() -> None:
    found = problems(melding(ordning="finnes_ikke", enheter=(Enhet("Skolen", "grunnskole"),)))
    assert found == {("ordning-ukjent", "$.ordning")}
    message = next(iter(iter_rule_problems(melding(ordning="finnes_ikke"), context()))).message
    assert "Ny ordning (ny_ordning)" in message and "«finnes_ikke»" in message


def test_units_must_be_of_a_type_the_ordning_takes() -> None:
    enheter = (Enhet("Solsikken barnehage", "barnehage"), Enhet("Bakken skole", "grunnskole"))
    assert problems(melding(enheter=enheter)) == {
        ("enhetstype-ikke-tillatt", "$.enheter[1].enhetstype")
    }


def test_the_owner_and_the_network_must_be_of_a_type_the_ordning_takes() -> None:
    privat = Eier("Stiftelsen Solsikken", "979754329", Eiertype.PRIVAT)
    member = Eier("Stiftelsen Hagen", "940802652", Eiertype.PRIVAT)
    assert problems(melding(eier=privat, nettverk=(member,))) == {
        ("eiertype-ikke-tillatt", "$.eier.eiertype"),
        ("eiertype-ikke-tillatt", "$.nettverk[0].eiertype"),
    }


def test_egenandel_is_required_forbidden_or_checked_as_the_register_says() -> None:
    assert problems(melding(egenandel=None)) == {("egenandel-mangler", "$.egenandel")}
    too_small = Egenandel(29_999, EgenandelForm.KONTANT)
    assert problems(melding(egenandel=too_small)) == {
        ("egenandel-under-minimum", "$.egenandel.belop")
    }
    skole = (Enhet("Bakken skole", "grunnskole"),)
    uten = melding(ordning="uten_egenandel", enheter=skole)
    assert problems(uten) == {("egenandel-ikke-tillatt", "$.egenandel")}
    assert problems(dataclasses.replace(uten, egenandel=None)) == set()


def test_turning_egenandel_off_in_the_register_changes_the_rule() -> None:
    without = OrdningRegister([dataclasses.replace(info, har_egenandel=False) for info in REGISTER])
    assert problems(melding(egenandel=None), without) == set()
    assert problems(melding(), without) == {("egenandel-ikke-tillatt", "$.egenandel")}
