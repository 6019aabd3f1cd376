"""Rules for a schema-valid rapport, checked against the vedtak it reports on.

No rapport without a vedtak that pays out in the year; each share used is at most the share
granted; what is not used is granted minus used; in an ordning with egenandel the egenandel used
is at least what the used eier's share requires (see domain/rapport.py), and in one without, no
egenandel is stated.
"""

from __future__ import annotations

from collections.abc import Iterator

from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.domain.rapport import (
    Andeler,
    Rapport,
    expected_ikke_brukt,
    granted_in,
    required_egenandel,
    shares_over,
)
from kompetanse.text.phrase import Both, both
from kompetanse.validation.orgnr_rule import orgnr_problems
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def no_vedtak_problem(rapport: Rapport, ctx: RuleContext) -> Problem:
    """Why there is nothing to report on: no vedtak, or none that pays out in the year."""
    years = sorted(
        {
            v.utbetaling_aar
            for v in ctx.reference.vedtak
            if v.behovsmelding_id == rapport.behovsmelding_id
        }
    )
    code, melding_id = "rapport-uten-vedtak", rapport.behovsmelding_id
    if not years:
        return ctx.say("$.behovsmelding_id", code, "problem.rapport-uten-vedtak", id=melding_id)
    listed = ", ".join(map(str, years))
    key = "problem.rapport-uten-utbetaling"
    return ctx.say("$.behovsmelding_id", code, key, id=melding_id, aar=rapport.aar, aarene=listed)


def check_over_granted(rapport: Rapport, granted: Andeler, ctx: RuleContext) -> Iterator[Problem]:
    """Each share used is at most the share granted."""
    for share in shares_over(rapport.brukt, granted):
        used, given = getattr(rapport.brukt, share), getattr(granted, share)
        yield ctx.say(
            f"$.brukt.{share}",
            "rapport-brukt-over-innvilget",
            "problem.rapport-brukt-over-innvilget",
            andel=both(f"problem.andel.{share}"),
            brukt=format_kroner(used),
            aar=rapport.aar,
            innvilget=format_kroner(given),
        )


def check_ikke_brukt(rapport: Rapport, granted: Andeler, ctx: RuleContext) -> Iterator[Problem]:
    """Not used = granted − used (checked when no share is over)."""
    expected = expected_ikke_brukt(rapport.brukt, granted)
    if expected >= 0 and rapport.ikke_brukt != expected:
        yield ctx.say(
            "$.ikke_brukt",
            "rapport-ikke-brukt-feil",
            "problem.rapport-ikke-brukt-feil",
            oppgitt=format_kroner(rapport.ikke_brukt),
            innvilget=format_kroner(granted.total),
            brukt=format_kroner(rapport.brukt.total),
            riktig=format_kroner(expected),
        )


def check_egenandel_used(rapport: Rapport, ctx: RuleContext) -> Iterator[Problem]:
    """The egenandel used follows the ordning of the melding the rapport is about."""
    ref = ctx.meldinger.get(rapport.behovsmelding_id)
    if ref is None or ref.ordning not in ctx.reference.ordninger:
        return
    if not ctx.reference.ordninger.har_egenandel(ref.ordning):
        if rapport.egenandel is not None:
            names = ctx.reference.ordninger
            ordning = Both(names.kortnavn(ref.ordning), names.kortnavn(ref.ordning, "nn"))
            code = "rapport-egenandel-ikke-tillatt"
            yield ctx.say("$.egenandel_brukt", code, f"problem.{code}", ordning=ordning)
        return
    innstilling = ctx.settings.innstilling(ref.aar, ref.ordning)
    if innstilling is None:
        return
    needed = required_egenandel(rapport.brukt, innstilling.egenandel_sats)
    if rapport.egenandel is None and needed > 0:
        code = "rapport-egenandel-mangler"
        yield ctx.say("$.egenandel_brukt", code, f"problem.{code}", minimum=format_kroner(needed))
    elif rapport.egenandel is not None and rapport.egenandel.belop < needed:
        yield ctx.say(
            "$.egenandel_brukt.belop",
            "rapport-egenandel-under-kravet",
            "problem.rapport-egenandel-under-kravet",
            brukt=format_kroner(rapport.egenandel.belop),
            minimum=format_kroner(needed),
            sats=format_rate(innstilling.egenandel_sats),
        )


def iter_rapport_problems(rapport: Rapport, ctx: RuleContext) -> Iterator[Problem]:
    """Every rule's problems for one rapport."""
    yield from orgnr_problems([("$.eier.organisasjonsnummer", rapport.organisasjonsnummer)], ctx)
    granted = granted_in(ctx.reference.vedtak, rapport.behovsmelding_id, rapport.aar)
    if granted is None:
        yield no_vedtak_problem(rapport, ctx)
        return
    yield from check_over_granted(rapport, granted, ctx)
    yield from check_ikke_brukt(rapport, granted, ctx)
    yield from check_egenandel_used(rapport, ctx)
