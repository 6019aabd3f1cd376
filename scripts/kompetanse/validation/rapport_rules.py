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
from kompetanse.validation.orgnr_rule import orgnr_problems
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext

SHARE_TITLES = {
    "eier_andel": "eierens andel",
    "uh_andel": "UH-andelen",
    "koordinator_andel": "koordinatorandelen",
}


def no_vedtak_message(rapport: Rapport, ctx: RuleContext) -> str:
    """Why there is nothing to report on: no vedtak, or none that pays out in the year."""
    years = sorted(
        {
            v.utbetaling_aar
            for v in ctx.reference.vedtak
            if v.behovsmelding_id == rapport.behovsmelding_id
        }
    )
    if not years:
        return f"Det finnes ikke noe vedtak for behovsmeldingen «{rapport.behovsmelding_id}»; en rapport gjelder bare midler som er innvilget."
    listed = ", ".join(map(str, years))
    return f"Vedtaket for «{rapport.behovsmelding_id}» betaler ikke ut noe i {rapport.aar} (utbetalingsår: {listed})."


def check_over_granted(rapport: Rapport, granted: Andeler, ctx: RuleContext) -> Iterator[Problem]:
    """Each share used is at most the share granted."""
    for share in shares_over(rapport.brukt, granted):
        used, given = getattr(rapport.brukt, share), getattr(granted, share)
        message = f"Brukt av {SHARE_TITLES[share]} er {format_kroner(used)}, men vedtaket for {rapport.aar} ga {format_kroner(given)}."
        yield ctx.problem(f"$.brukt.{share}", "rapport-brukt-over-innvilget", message)


def check_ikke_brukt(rapport: Rapport, granted: Andeler, ctx: RuleContext) -> Iterator[Problem]:
    """Not used = granted − used (checked when no share is over)."""
    expected = expected_ikke_brukt(rapport.brukt, granted)
    if expected >= 0 and rapport.ikke_brukt != expected:
        message = (
            f"Ikke brukte midler er oppgitt til {format_kroner(rapport.ikke_brukt)}; innvilget "
            f"{format_kroner(granted.total)} minus brukt {format_kroner(rapport.brukt.total)} er {format_kroner(expected)}."
        )
        yield ctx.problem("$.ikke_brukt", "rapport-ikke-brukt-feil", message)


def check_egenandel_used(rapport: Rapport, ctx: RuleContext) -> Iterator[Problem]:
    """The egenandel used follows the ordning of the melding the rapport is about."""
    ref = ctx.meldinger.get(rapport.behovsmelding_id)
    if ref is None or ref.ordning not in ctx.reference.ordninger:
        return
    if not ctx.reference.ordninger.har_egenandel(ref.ordning):
        if rapport.egenandel is not None:
            message = f"{ctx.reference.ordninger.kortnavn(ref.ordning)} har ikke egenandel; fjern egenandelen fra rapporten."
            yield ctx.problem("$.egenandel_brukt", "rapport-egenandel-ikke-tillatt", message)
        return
    innstilling = ctx.settings.innstilling(ref.aar, ref.ordning)
    if innstilling is None:
        return
    needed = required_egenandel(rapport.brukt, innstilling.egenandel_sats)
    if rapport.egenandel is None and needed > 0:
        message = f"Ordningen har egenandel: oppgi egenandelen som er brukt, minst {format_kroner(needed)}."
        yield ctx.problem("$.egenandel_brukt", "rapport-egenandel-mangler", message)
    elif rapport.egenandel is not None and rapport.egenandel.belop < needed:
        message = (
            f"Egenandelen som er brukt, er {format_kroner(rapport.egenandel.belop)}; den skal være minst "
            f"{format_kroner(needed)} ({format_rate(innstilling.egenandel_sats)} av eierens andel som er brukt)."
        )
        yield ctx.problem("$.egenandel_brukt.belop", "rapport-egenandel-under-kravet", message)


def iter_rapport_problems(rapport: Rapport, ctx: RuleContext) -> Iterator[Problem]:
    """Every rule's problems for one rapport."""
    yield from orgnr_problems([("$.eier.organisasjonsnummer", rapport.organisasjonsnummer)], ctx)
    granted = granted_in(ctx.reference.vedtak, rapport.behovsmelding_id, rapport.aar)
    if granted is None:
        yield ctx.problem(
            "$.behovsmelding_id", "rapport-uten-vedtak", no_vedtak_message(rapport, ctx)
        )
        return
    yield from check_over_granted(rapport, granted, ctx)
    yield from check_ikke_brukt(rapport, granted, ctx)
    yield from check_egenandel_used(rapport, ctx)
