"""Rules that depend on the melding's ordning, checked against the register of ordninger.

The register (``data/ordninger.csv``) says which ordninger exist, whether each has an
egenandel, and which enhetstyper and eiertyper may take part. A melding in an ordning the
register does not know gets one problem (``ordning-ukjent``); the other rules here then say
nothing about it.
"""

from __future__ import annotations

from collections.abc import Iterator

from kompetanse.domain.egenandel import check_egenandel
from kompetanse.domain.model import Behovsmelding, Eier
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def check_ordning_known(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The ordning is one of the register's."""
    if ctx.ordning(melding) is None:
        known = ", ".join(f"{o.kortnavn} ({o.ordning})" for o in ctx.reference.ordninger)
        message = (
            f"Det finnes ingen ordning «{melding.ordning}». Ordningene er: {known or 'ingen'}."
        )
        yield ctx.problem("$.ordning", "ordning-ukjent", message)


def check_enhetstyper(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Every unit is of a type the ordning takes."""
    ordning = ctx.ordning(melding)
    if ordning is None:
        return
    for index, enhet in enumerate(melding.enheter):
        if not ordning.tillater_enhetstype(enhet.enhetstype):
            message = (
                f"«{enhet.navn}» kan ikke være med i {ordning.kortnavn}: ordningen tar ikke imot "
                "denne typen enhet. Velg en annen type, eller meld behovet i en ordning som tar imot den."
            )
            location = f"$.enheter[{index}].enhetstype"
            yield ctx.problem(location, "enhetstype-ikke-tillatt", message)


def iter_eiere(melding: Behovsmelding) -> Iterator[tuple[str, Eier]]:
    """The reporting owner and every network member, with the JSON path of their eiertype."""
    yield "$.eier.eiertype", melding.eier
    for index, member in enumerate(melding.nettverk):
        yield f"$.nettverk[{index}].eiertype", member


def check_eiertyper(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The owner and every network member are of a type the ordning takes."""
    ordning = ctx.ordning(melding)
    if ordning is None:
        return
    for location, eier in iter_eiere(melding):
        if not ordning.tillater_eiertype(eier.eiertype):
            message = f"«{eier.navn}» kan ikke være med i {ordning.kortnavn}: ordningen er ikke åpen for denne typen eier."
            yield ctx.problem(location, "eiertype-ikke-tillatt", message)


def check_egenandel_rule(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """With egenandel: stated, and at least the rate of eier_andel. Without: none stated."""
    ordning = ctx.ordning(melding)
    if ordning is None:
        return
    if ordning.har_egenandel and melding.egenandel is None:
        message = f"{ordning.kortnavn} krever egenandel; fyll ut feltet «Egenandel»."
        yield ctx.problem("$.egenandel", "egenandel-mangler", message)
    elif not ordning.har_egenandel and melding.egenandel is not None:
        message = f"{ordning.kortnavn} har ingen egenandel; ta bort feltet «Egenandel»."
        yield ctx.problem("$.egenandel", "egenandel-ikke-tillatt", message)
    else:
        yield from check_egenandel_minimum(melding, ctx)


def check_egenandel_minimum(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The stated egenandel is at least the year's rate of eier_andel."""
    check = check_egenandel(melding, ctx.settings, ctx.reference.ordninger)
    if check is not None and check.shortfall > 0:
        message = (
            f"Egenandelen er {format_kroner(check.stated)}, men må være minst "
            f"{format_kroner(check.minimum)} ({format_rate(check.rate)} av eierens andel hvert år)."
        )
        yield ctx.problem("$.egenandel.belop", "egenandel-under-minimum", message)
