"""Rules for a schema-valid søknad om tilretteleggingsmidler, against the study year's rules."""

from __future__ import annotations

from collections.abc import Iterator

from kompetanse.domain.tilrettelegging import (
    TilretteleggingRegel,
    Tilretteleggingssoknad,
    study_year,
)
from kompetanse.validation.orgnr_rule import orgnr_problems
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def check_students(
    soknad: Tilretteleggingssoknad, regel: TilretteleggingRegel, ctx: RuleContext
) -> Iterator[Problem]:
    """Each employee meets the study year's conditions (employees are named by number only)."""
    for index, student in enumerate(soknad.studenter):
        where, who = f"$.studenter[{index}]", f"Ansatt {index + 1}"
        if student.stillingsprosent < regel.min_stillingsprosent:
            message = f"{who} har {student.stillingsprosent} % stilling; for {study_year(regel.aar)} kreves minst {regel.min_stillingsprosent} %."
            yield ctx.problem(
                f"{where}.stillingsprosent", "tilrettelegging-stilling-for-lav", message
            )
        if regel.krever_fast_ansatt and not student.fast_ansatt:
            message = (
                f"{who} er ikke fast ansatt; tilretteleggingsmidler gis bare for fast ansatte."
            )
            yield ctx.problem(f"{where}.fast_ansatt", "tilrettelegging-ikke-fast-ansatt", message)
        if student.uh_id not in ctx.reference.uh_ids:
            message = f"Studiestedet «{student.uh_id}» finnes ikke i UH-registeret (data/uh.csv)."
            yield ctx.problem(f"{where}.uh_id", "uh-ukjent", message)


def iter_soknad_problems(soknad: Tilretteleggingssoknad, ctx: RuleContext) -> Iterator[Problem]:
    """Every rule's problems for one søknad."""
    numbers = [("$.soker.organisasjonsnummer", soknad.organisasjonsnummer)]
    if soknad.barnehage_organisasjonsnummer is not None:
        numbers.append(("$.barnehage.organisasjonsnummer", soknad.barnehage_organisasjonsnummer))
    yield from orgnr_problems(numbers, ctx)
    regel = ctx.followup.tilrettelegging.get(soknad.aar)
    if regel is None:
        years = ", ".join(map(str, sorted(ctx.followup.tilrettelegging))) or "ingen"
        message = f"Det er ikke åpnet for søknader om tilretteleggingsmidler for {soknad.aar} (år med regler: {years})."
        yield ctx.problem("$.aar", "tilrettelegging-aar-ikke-apent", message)
        return
    yield from check_students(soknad, regel, ctx)
