"""The request's envelope and the receiver's answers: Outcome, problems and refusals.

The envelope is ``{"behovsmelding": {...}, "nettside": ""}``; ``nettside`` is a field people never
see (a bot that fills it is refused). Answers are written in the målform of the form that sent
(the melding's ``maalform``; bokmål when the request cannot be read or does not say).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.text.catalogue import Maalform, maalform_or_default
from kompetanse.text.phrase import ParamValue, phrase
from kompetanse.validation.checker import CheckResult
from kompetanse.validation.json_input import ParsedDocument, parse_document
from kompetanse.validation.problems import Problem, Severity, make_problem, say

KIND = BEHOVSMELDING
LABEL = KIND.name


@dataclass(frozen=True)
class Outcome:
    """The HTTP status and JSON body to answer with."""

    status: int
    body: dict[str, Any]


def problem_outcome(status: int, problems: list[Problem], maalform: Maalform = "nb") -> Outcome:
    """The ``kompetanse validate -o json`` shape for these problems, in the sender's målform."""
    return Outcome(status, CheckResult(files=1, problems=problems).as_dict(maalform))


def refusal(
    status: int,
    code: str,
    key: str,
    maalform: Maalform = "nb",
    *,
    location: str = "$",
    label: str = LABEL,
    **params: ParamValue,
) -> Outcome:
    """One problem with a receiver code (not in the file catalogue: it is about the request),
    its message the catalogue's ``key``."""
    words = phrase(key, **params)
    problem = Problem(label, location, code, words.render("nb"), Severity.ERROR, words)
    return problem_outcome(status, [problem], maalform)


def refusal_text(
    status: int, code: str, message: str, location: str = "$", label: str = LABEL
) -> Outcome:
    """A refusal whose message is already written (the owner's pages, in bokmål)."""
    return problem_outcome(status, [Problem(label, location, code, message, Severity.ERROR)])


def maalform_of(document: Any, label: str = LABEL) -> Maalform:
    """The målform the document was written in (bokmål when it does not say)."""
    inner = document.get(label) if isinstance(document, dict) else None
    return maalform_or_default(inner.get("maalform") if isinstance(inner, dict) else None)


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
        say(label, f"$.{key}", "skjema-ukjent-felt", "mottak.ukjent-felt", felt=key)
        for key in sorted(name[:60] for name in set(envelope) - {label, "nettside"})
    ]
    if label not in envelope:
        problems.append(say(label, "$", "skjema-mangler-felt", "mottak.mangler", felt=label))
    elif not isinstance(envelope[label], dict) and kind is BEHOVSMELDING:
        problems.append(say(label, f"$.{label}", "skjema-type", "mottak.ikke-objekt"))
    elif not isinstance(envelope[label], dict):
        message = f"{kind.title} må være et JSON-objekt."
        problems.append(make_problem(label, f"$.{label}", "skjema-type", message))
    if not isinstance(envelope.get("nettside", ""), str):
        problems.append(say(label, "$.nettside", "skjema-type", "mottak.ikke-tekst"))
    return problems
