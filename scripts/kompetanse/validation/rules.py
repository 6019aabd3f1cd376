"""Rules beyond JSON Schema, for one schema-valid behovsmelding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from kompetanse.domain.koordinator import koordinator_over_limit, koordinator_share
from kompetanse.domain.model import Behovsmelding
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.domain.orgnr import compact_orgnr
from kompetanse.kinds import BEHOVSMELDING, RAPPORT, TILRETTELEGGINGSSOKNAD
from kompetanse.text.phrase import Both, both
from kompetanse.validation.ordning_rules import (
    check_egenandel_rule,
    check_eiertyper,
    check_enhetstyper,
    check_ordning_known,
)
from kompetanse.validation.orgnr_rule import orgnr_problems
from kompetanse.validation.problems import Problem
from kompetanse.validation.rapport_rules import iter_rapport_problems
from kompetanse.validation.rule_context import Rule, RuleContext
from kompetanse.validation.tilrettelegging_rules import iter_soknad_problems


def iter_orgnr_fields(melding: Behovsmelding) -> Iterator[tuple[str, str]]:
    """Every organisasjonsnummer in the melding with its JSON path."""
    yield "$.eier.organisasjonsnummer", melding.eier.organisasjonsnummer
    for index, member in enumerate(melding.nettverk):
        yield f"$.nettverk[{index}].organisasjonsnummer", member.organisasjonsnummer
    for index, enhet in enumerate(melding.enheter):
        if enhet.organisasjonsnummer is not None:
            yield f"$.enheter[{index}].organisasjonsnummer", enhet.organisasjonsnummer


def check_orgnr(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Every organisasjonsnummer has 9 digits and a valid check digit."""
    yield from orgnr_problems(iter_orgnr_fields(melding), ctx)


def check_budget_sums(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Each year's sum equals its three shares."""
    for index, year in enumerate(melding.budsjett):
        if year.sum != year.computed_sum:
            yield ctx.say(
                f"$.budsjett[{index}].sum",
                "budsjett-sum-feil",
                "problem.budsjett-sum-feil",
                aar=year.aar,
                sum=format_kroner(year.sum),
                beregnet=format_kroner(year.computed_sum),
            )


def check_budget_years(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The budget has one line per year of the period, starting with the melding's year."""
    expected = list(range(melding.aar, melding.aar + melding.periode_aar))
    found = [year.aar for year in melding.budsjett]
    if found != expected:
        yield ctx.say(
            "$.budsjett",
            "budsjett-aar-feil",
            "problem.budsjett-aar-feil",
            forventet=", ".join(map(str, expected)),
            aar=melding.aar,
            periode=melding.periode_aar,
            funnet=", ".join(map(str, found)),
        )


def check_koordinator(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn when the coordinator share of a year's sum is above the year's warning level."""
    innstilling = ctx.settings.innstilling(melding.aar, melding.ordning)
    if innstilling is None or ctx.ordning(melding) is None:
        return
    limit = innstilling.koordinator_varsel_sats
    for index, year in enumerate(melding.budsjett):
        if koordinator_over_limit(year.koordinator_andel, year.sum, limit):
            share = f"{koordinator_share(year.koordinator_andel, year.sum):.1f}".replace(".", ",")
            yield ctx.say(
                f"$.budsjett[{index}].koordinator_andel",
                "koordinator-andel-hoy",
                "problem.koordinator-andel-hoy",
                aar=year.aar,
                andel=share,
                grense=format_rate(limit),
            )


def check_year_and_period(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The year has settings for the ordning, and the period is within its limit."""
    if ctx.ordning(melding) is None:
        return
    innstilling = ctx.settings.innstilling(melding.aar, melding.ordning)
    if innstilling is None:
        years = ", ".join(map(str, ctx.settings.years())) or both("problem.ingen")
        yield ctx.say(
            "$.aar", "aar-ikke-apent", "problem.aar-ikke-apent", aar=melding.aar, aarene=years
        )
    elif melding.periode_aar > innstilling.maks_periode_aar:
        yield ctx.say(
            "$.periode_aar",
            "periode-for-lang",
            "problem.periode-for-lang",
            periode=melding.periode_aar,
            aar=melding.aar,
            maks=innstilling.maks_periode_aar,
        )


def check_nettverk(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Network members are distinct and do not include the reporting owner."""
    reporter = compact_orgnr(melding.eier.organisasjonsnummer)
    seen: set[str] = set()
    for index, member in enumerate(melding.nettverk):
        number = compact_orgnr(member.organisasjonsnummer)
        location = f"$.nettverk[{index}].organisasjonsnummer"
        if number == reporter:
            code = "nettverk-inneholder-eier"
            yield ctx.say(location, code, f"problem.{code}", navn=member.navn, nummer=number)
        elif number in seen:
            code = "nettverk-duplikat"
            yield ctx.say(location, code, f"problem.{code}", navn=member.navn, nummer=number)
        seen.add(number)


def check_fylke(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn when the owner's fylke does not belong to this office."""
    fylke = melding.eier.fylke
    if fylke and ctx.reference.fylker_i_embetet and fylke not in ctx.reference.fylker_i_embetet:
        embete = Both(ctx.reference.embete.navn, ctx.reference.embete.navn_nn)
        code = "fylke-utenfor-embetet"
        yield ctx.say("$.eier.fylke", code, f"problem.{code}", fylke=fylke, embete=embete)


def check_uh(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The UH partner exists in the UH register."""
    if melding.uh_id not in ctx.reference.uh_ids:
        yield ctx.say("$.uh_partner.uh_id", "uh-ukjent", "problem.uh-ukjent", uh=melding.uh_id)


def check_supplerende(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """A supplerende melding points to an earlier behovsmelding that has a vedtak."""
    target = melding.supplerende_id
    if target is None:
        return
    if target not in ctx.reference.vedtak_ids:
        code = "supplerende-vedtak-mangler"
        yield ctx.say("$.supplerende.behovsmelding_id", code, f"problem.{code}", id=target)


def check_innsending(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn about what the receiver recorded: an unconfirmed address, a late or withdrawn melding."""
    state = melding.innsending
    if state is None:
        return
    if state.epost != "bekreftet":
        code = "epost-ikke-bekreftet"
        yield ctx.say("$.innsending.epost", code, f"problem.{code}")
    if state.etter_fristen:
        code = "sendt-etter-fristen"
        yield ctx.say("$.innsending.etter_fristen", code, f"problem.{code}")
    if state.trukket:
        code = "behovsmelding-trukket"
        yield ctx.say("$.innsending.trukket", code, f"problem.{code}", dato=state.trukket[:10])


RULES: tuple[Rule, ...] = (
    check_ordning_known,
    check_orgnr,
    check_enhetstyper,
    check_eiertyper,
    check_budget_sums,
    check_budget_years,
    check_egenandel_rule,
    check_koordinator,
    check_year_and_period,
    check_nettverk,
    check_fylke,
    check_uh,
    check_supplerende,
    check_innsending,
)


def iter_rule_problems(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Every rule's problems for one melding."""
    for rule in RULES:
        yield from rule(melding, ctx)


KindRules = Callable[[Any, RuleContext], Iterator[Problem]]
RULES_BY_KIND: dict[str, KindRules] = {
    BEHOVSMELDING.name: iter_rule_problems,
    RAPPORT.name: iter_rapport_problems,
    TILRETTELEGGINGSSOKNAD.name: iter_soknad_problems,
}
# The rules that can run on a partly readable document (only behovsmeldinger have them).
RULE_LISTS_BY_KIND: dict[str, tuple[KindRules, ...]] = {BEHOVSMELDING.name: RULES}
