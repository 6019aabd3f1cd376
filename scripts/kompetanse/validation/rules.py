"""Rules beyond JSON Schema, for one schema-valid behovsmelding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from kompetanse.domain.koordinator import koordinator_over_limit, koordinator_share
from kompetanse.domain.model import Behovsmelding
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.domain.orgnr import compact_orgnr
from kompetanse.kinds import BEHOVSMELDING, RAPPORT, TILRETTELEGGINGSSOKNAD
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
            message = (
                f"Summen for {year.aar} er {format_kroner(year.sum)}, men eierens andel + UH-andel + "
                f"koordinatorandel er {format_kroner(year.computed_sum)}."
            )
            yield ctx.problem(f"$.budsjett[{index}].sum", "budsjett-sum-feil", message)


def check_budget_years(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The budget has one line per year of the period, starting with the melding's year."""
    expected = list(range(melding.aar, melding.aar + melding.periode_aar))
    found = [year.aar for year in melding.budsjett]
    if found != expected:
        message = (
            f"Budsjettet skal ha én linje for hvert år {', '.join(map(str, expected))} "
            f"(år {melding.aar}, {melding.periode_aar} år); fant {', '.join(map(str, found))}."
        )
        yield ctx.problem("$.budsjett", "budsjett-aar-feil", message)


def check_koordinator(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn when the coordinator share of a year's sum is above the year's warning level."""
    innstilling = ctx.settings.innstilling(melding.aar, melding.ordning)
    if innstilling is None or ctx.ordning(melding) is None:
        return
    limit = innstilling.koordinator_varsel_sats
    for index, year in enumerate(melding.budsjett):
        if koordinator_over_limit(year.koordinator_andel, year.sum, limit):
            share = f"{koordinator_share(year.koordinator_andel, year.sum):.1f}".replace(".", ",")
            message = (
                f"Koordinatorandelen for {year.aar} er {share} % av summen; "
                f"varselgrensen er {format_rate(limit)}. Koordinering skal bare ha en begrenset del."
            )
            yield ctx.problem(
                f"$.budsjett[{index}].koordinator_andel", "koordinator-andel-hoy", message
            )


def check_year_and_period(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The year has settings for the ordning, and the period is within its limit."""
    if ctx.ordning(melding) is None:
        return
    innstilling = ctx.settings.innstilling(melding.aar, melding.ordning)
    if innstilling is None:
        years = ", ".join(map(str, ctx.settings.years())) or "ingen"
        message = f"Det er ikke åpnet for behovsmeldinger for {melding.aar} i denne ordningen (år med innstillinger: {years})."
        yield ctx.problem("$.aar", "aar-ikke-apent", message)
    elif melding.periode_aar > innstilling.maks_periode_aar:
        message = f"Varigheten er {melding.periode_aar} år; for {melding.aar} er lengste periode {innstilling.maks_periode_aar} år."
        yield ctx.problem("$.periode_aar", "periode-for-lang", message)


def check_nettverk(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Network members are distinct and do not include the reporting owner."""
    reporter = compact_orgnr(melding.eier.organisasjonsnummer)
    seen: set[str] = set()
    for index, member in enumerate(melding.nettverk):
        number = compact_orgnr(member.organisasjonsnummer)
        location = f"$.nettverk[{index}].organisasjonsnummer"
        if number == reporter:
            message = f"«{member.navn}» har samme organisasjonsnummer ({number}) som eieren som melder, og skal ikke stå i nettverket."
            yield ctx.problem(location, "nettverk-inneholder-eier", message)
        elif number in seen:
            yield ctx.problem(
                location,
                "nettverk-duplikat",
                f"{member.navn} ({number}) står flere ganger i nettverket.",
            )
        seen.add(number)


def check_fylke(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn when the owner's fylke does not belong to this office."""
    fylke = melding.eier.fylke
    if fylke and ctx.reference.fylker_i_embetet and fylke not in ctx.reference.fylker_i_embetet:
        message = f"{fylke} hører ikke til {ctx.reference.embete.navn}. Er behovsmeldingen sendt til riktig embete?"
        yield ctx.problem("$.eier.fylke", "fylke-utenfor-embetet", message)


def check_uh(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """The UH partner exists in the UH register."""
    if melding.uh_id not in ctx.reference.uh_ids:
        message = f"UH-partneren «{melding.uh_id}» finnes ikke i UH-registeret (data/uh.csv)."
        yield ctx.problem("$.uh_partner.uh_id", "uh-ukjent", message)


def check_supplerende(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """A supplerende melding points to an earlier behovsmelding that has a vedtak."""
    target = melding.supplerende_id
    if target is None:
        return
    if target not in ctx.reference.vedtak_ids:
        message = (
            f"Det finnes ikke noe vedtak for behovsmeldingen «{target}» som denne skal supplere."
        )
        yield ctx.problem("$.supplerende.behovsmelding_id", "supplerende-vedtak-mangler", message)


def check_innsending(melding: Behovsmelding, ctx: RuleContext) -> Iterator[Problem]:
    """Warn about what the receiver recorded: an unconfirmed address, a late or withdrawn melding."""
    state = melding.innsending
    if state is None:
        return
    if state.epost != "bekreftet":
        message = "Kontaktpersonen har ikke bekreftet e-postadressen; avsenderen er ikke bekreftet."
        yield ctx.problem("$.innsending.epost", "epost-ikke-bekreftet", message)
    if state.etter_fristen:
        message = "Behovsmeldingen ble sendt etter fristen for året."
        yield ctx.problem("$.innsending.etter_fristen", "sendt-etter-fristen", message)
    if state.trukket:
        message = f"Eieren trakk behovsmeldingen {state.trukket[:10]}; den skal ikke behandles."
        yield ctx.problem("$.innsending.trukket", "behovsmelding-trukket", message)


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
