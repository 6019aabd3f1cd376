"""The request's envelope and the receiver's answers: Outcome, problems and refusals.

The envelope is ``{"behovsmelding": {...}, "nettside": ""}``; ``nettside`` is a field people never
see (a bot that fills it is refused).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.validation.checker import CheckResult
from kompetanse.validation.json_input import ParsedDocument, parse_document
from kompetanse.validation.problems import Problem, Severity, make_problem

KIND = BEHOVSMELDING
LABEL = KIND.name


@dataclass(frozen=True)
class Outcome:
    """The HTTP status and JSON body to answer with."""

    status: int
    body: dict[str, Any]


def problem_outcome(status: int, problems: list[Problem]) -> Outcome:
    """The ``kompetanse validate -o json`` shape for these problems."""
    return Outcome(status, CheckResult(files=1, problems=problems).as_dict())


def refusal(
    status: int, code: str, message: str, location: str = "$", label: str = LABEL
) -> Outcome:
    """One problem with a receiver code (not in the file catalogue: it is about the request)."""
    return problem_outcome(status, [Problem(label, location, code, message, Severity.ERROR)])


def parse_body(body: bytes, label: str = LABEL) -> ParsedDocument:
    """The request body as JSON, or one problem; paths inside the melding start at the melding."""
    parsed = parse_document(body, label)
    if parsed.problem is not None and parsed.problem.location.startswith(f"$.{label}"):
        location = "$" + parsed.problem.location.removeprefix(f"$.{label}")
        return ParsedDocument(None, replace(parsed.problem, location=location))
    return parsed


def envelope_problems(envelope: dict[str, Any], kind: Kind = KIND) -> list[Problem]:
    """What is wrong with the envelope around the document (the kind's name is its key)."""
    label = kind.name
    problems = [
        make_problem(
            label, f"$.{key}", "skjema-ukjent-felt", f"Feltet «{key}» hører ikke hjemme her."
        )
        for key in sorted(name[:60] for name in set(envelope) - {label, "nettside"})
    ]
    if label not in envelope:
        problems.append(
            make_problem(label, "$", "skjema-mangler-felt", f"Feltet «{label}» mangler.")
        )
    elif not isinstance(envelope[label], dict):
        message = f"{kind.title} må være et JSON-objekt."
        problems.append(make_problem(label, f"$.{label}", "skjema-type", message))
    if not isinstance(envelope.get("nettside", ""), str):
        problems.append(make_problem(label, "$.nettside", "skjema-type", "Feltet skal være tekst."))
    return problems
