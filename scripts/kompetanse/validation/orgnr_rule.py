"""The organisasjonsnummer rule, shared by every kind of document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kompetanse.domain.orgnr import is_valid_orgnr
from kompetanse.validation.problems import Problem
from kompetanse.validation.rule_context import RuleContext


def orgnr_problems(fields: Iterable[tuple[str, str]], ctx: RuleContext) -> Iterator[Problem]:
    """One problem for each (JSON path, number) whose number is not a valid orgnr."""
    for location, number in fields:
        if not is_valid_orgnr(number):
            message = f"«{number}» er ikke et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer)."
            yield ctx.problem(location, "orgnr-ugyldig", message)
