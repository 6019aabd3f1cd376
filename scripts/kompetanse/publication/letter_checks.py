"""The letter templates checked as part of ``kompetanse validate``: a caseworker's change to a
template in a pull request is checked before any letter is written from it."""

from __future__ import annotations

from pathlib import Path

from kompetanse.publication.letter_template import LetterTemplateError, make_environment
from kompetanse.publication.letters import check_kind
from kompetanse.publication.svarbrev import SVARBREV
from kompetanse.publication.tilrettelegging import TILRETTELEGGINGSBREV
from kompetanse.validation.problems import Problem, make_problem

LETTER_KINDS = (SVARBREV, TILRETTELEGGINGSBREV)


def template_problems(root: Path) -> list[Problem]:
    """One problem for each kind of letter whose templates do not hold."""
    environment = make_environment(root)
    problems = []
    for kind in LETTER_KINDS:
        try:
            check_kind(environment, kind)
        except LetterTemplateError as error:
            message = f"Brevmalen kan ikke brukes: {error.detail}."
            problems.append(make_problem(error.file, "", "brevmal-ugyldig", message))
    return problems
