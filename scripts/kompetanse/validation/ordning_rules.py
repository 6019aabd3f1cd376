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
from kompetanse.domain.ordninger import OrdningInfo
from kompetanse.text.catalogue import word
from kompetanse.text.phrase import Both
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def name(ordning: OrdningInfo) -> Both:
    """An ordning's short name in both målformer."""
    return Both(ordning.kortnavn, ordning.kortnavn_nn)


def check_ordning_known(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The ordning is one of the register's."""
    if ctx.ordning(melding) is None:
        known = [(o.kortnavn, o.kortnavn_nn, o.ordning) for o in ctx.reference.ordninger]
        names = Both(
            ", ".join(f"{nb} ({slug})" for nb, _, slug in known) or word("problem.ingen", "nb"),
            ", ".join(f"{nn} ({slug})" for _, nn, slug in known) or word("problem.ingen", "nn"),
        )
        code = "ordning-ukjent"
        yield ctx.say("$.ordning", code, f"problem.{code}", ordning=melding.ordning, kjente=names)


def check_enhetstyper(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Every unit is of a type the ordning takes."""
    ordning = ctx.ordning(melding)
    if ordning is None:
        return
    for index, enhet in enumerate(melding.enheter):
        if not ordning.tillater_enhetstype(enhet.enhetstype):
            location = f"$.enheter[{index}].enhetstype"
            code = "enhetstype-ikke-tillatt"
            yield ctx.say(location, code, f"problem.{code}", navn=enhet.navn, ordning=name(ordning))


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
            code = "eiertype-ikke-tillatt"
            yield ctx.say(location, code, f"problem.{code}", navn=eier.navn, ordning=name(ordning))


def check_egenandel_rule(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """With egenandel: stated, and at least the rate of eier_andel. Without: none stated."""
    ordning = ctx.ordning(melding)
    if ordning is None:
        return
    if ordning.har_egenandel and melding.egenandel is None:
        code = "egenandel-mangler"
        yield ctx.say("$.egenandel", code, f"problem.{code}", ordning=name(ordning))
    elif not ordning.har_egenandel and melding.egenandel is not None:
        code = "egenandel-ikke-tillatt"
        yield ctx.say("$.egenandel", code, f"problem.{code}", ordning=name(ordning))
    else:
        yield from check_egenandel_minimum(melding, ctx)


def check_egenandel_minimum(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The stated egenandel is at least the year's rate of eier_andel."""
    check = check_egenandel(melding, ctx.settings, ctx.reference.ordninger)
    if check is not None and check.shortfall > 0:
        yield ctx.say(
            "$.egenandel.belop",
            "egenandel-under-minimum",
            "problem.egenandel-under-minimum",
            oppgitt=format_kroner(check.stated),
            minimum=format_kroner(check.minimum),
            sats=format_rate(check.rate),
        )
