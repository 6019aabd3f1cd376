"""Rules for a schema-valid søknad om tilretteleggingsmidler, against the study year's rules."""

from __future__ import annotations

from collections.abc import Iterator

from kompetanse.domain.tilrettelegging import (
    TilretteleggingRegel,
    Tilretteleggingssoknad,
    study_year,
)
from kompetanse.text.phrase import both
from kompetanse.validation.orgnr_rule import orgnr_problems
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def check_students(
    soknad: Tilretteleggingssoknad, regel: TilretteleggingRegel, ctx: RuleContext
) -> Iterator[Problem]:
    """Each employee meets the study year's conditions (employees are named by number only)."""
    for index, student in enumerate(soknad.studenter):
        where, who = f"$.studenter[{index}]", both("problem.ansatt-nummer", nummer=index + 1)
        if student.stillingsprosent < regel.min_stillingsprosent:
            code = "tilrettelegging-stilling-for-lav"
            yield ctx.say(
                f"{where}.stillingsprosent",
                code,
                f"problem.{code}",
                hvem=who,
                prosent=student.stillingsprosent,
                aar=study_year(regel.aar),
                minst=regel.min_stillingsprosent,
            )
        if regel.krever_fast_ansatt and not student.fast_ansatt:
            code = "tilrettelegging-ikke-fast-ansatt"
            yield ctx.say(f"{where}.fast_ansatt", code, f"problem.{code}", hvem=who)
        if student.uh_id not in ctx.reference.uh_ids:
            key = "problem.studiested-ukjent"
            yield ctx.say(f"{where}.uh_id", "uh-ukjent", key, uh=student.uh_id)


def iter_soknad_problems(soknad: Tilretteleggingssoknad, ctx: RuleContext) -> Iterator[Problem]:
    """Every rule's problems for one søknad."""
    numbers = [("$.soker.organisasjonsnummer", soknad.organisasjonsnummer)]
    if soknad.barnehage_organisasjonsnummer is not None:
        numbers.append(("$.barnehage.organisasjonsnummer", soknad.barnehage_organisasjonsnummer))
    yield from orgnr_problems(numbers, ctx)
    regel = ctx.followup.tilrettelegging.get(soknad.aar)
    if regel is None:
        years = ", ".join(map(str, sorted(ctx.followup.tilrettelegging))) or both("problem.ingen")
        code = "tilrettelegging-aar-ikke-apent"
        yield ctx.say("$.aar", code, f"problem.{code}", aar=soknad.aar, aarene=years)
        return
    yield from check_students(soknad, regel, ctx)
