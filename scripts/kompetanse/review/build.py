"""The review report for a pull request: the behovsmeldinger added or changed since a ref.

Each melding is checked by the same :class:`~kompetanse.repository.check.Validator` as ``validate``, and is
summarised for the caseworker: owner, ordning, period, network, UH, budget, egenandel,
coordinator share, problems, and what changed since the previous version. Contact persons are
never shown. Owner text is escaped for Markdown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kompetanse.domain.egenandel import EgenandelCheck, check_egenandel
from kompetanse.domain.model import Behovsmelding, behovsmelding_from_document
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.kinds import Kind
from kompetanse.review.trust import Trust, trust_of
from kompetanse.validation.checker import Validator
from kompetanse.validation.json_input import MAX_DEPTH, depth_of, parse_document
from kompetanse.validation.problems import Problem, Severity

PRIVATE_KEYS = frozenset({"kontaktperson"})
PRIVATE_MESSAGE = "Kontaktpersonens opplysninger har en feil; verdien vises ikke i rapporten."
TABLE_FOLDERS = ("data/", "schemas/")
MAX_VALUE_CHARS = 120


class Verdict(StrEnum):
    """The caseworker's first look at a melding."""

    KLAR = "klar til behandling"
    ADVARSLER = "har advarsler"
    FEIL = "har feil"


VERDICT_MARK = {Verdict.KLAR: "✅", Verdict.ADVARSLER: "⚠️", Verdict.FEIL: "❌"}


def verdict_of(problems: list[Problem]) -> Verdict:
    """Errors first, then warnings, else ready."""
    severities = {p.severity for p in problems}
    if Severity.ERROR in severities:
        return Verdict.FEIL
    return Verdict.ADVARSLER if severities else Verdict.KLAR


@dataclass(frozen=True)
class Change:
    """One field that differs from the previous version (None: the field was not there)."""

    path: str
    old: str | None
    new: str | None


@dataclass
class MeldingReview:
    """One added or changed file."""

    relpath: str
    status: str
    problems: list[Problem]
    melding: Behovsmelding | None = None
    uh_navn: str | None = None
    ordning_navn: str | None = None
    changes: list[Change] = field(default_factory=list)
    comparable: bool = True
    egenandel: EgenandelCheck | None = None
    koordinator_grense: Decimal | None = None
    trust: Trust = field(default_factory=Trust)

    @property
    def verdict(self) -> Verdict:
        """Errors first, then warnings, else ready."""
        return verdict_of(self.problems)


@dataclass
class DocumentReview:
    """One added or changed rapport or søknad: its facts as label and text, and a table."""

    relpath: str
    status: str
    kind: Kind
    problems: list[Problem]
    facts: list[tuple[str, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    comparable: bool = True

    @property
    def verdict(self) -> Verdict:
        """Errors first, then warnings, else ready."""
        return verdict_of(self.problems)


@dataclass
class Review:
    """The whole report."""

    base: str
    meldinger: list[MeldingReview]
    fjernet: list[str]
    tabeller: list[str] = field(default_factory=list)
    flagget: list[str] = field(default_factory=list)
    dokumenter: list[DocumentReview] = field(default_factory=list)


def flatten(value: Any, path: str = "$") -> dict[str, str]:
    """Every leaf of a JSON value by its path, as compact JSON text; contact persons left out."""
    if isinstance(value, dict):
        return {
            leaf: text
            for key, item in value.items()
            if not (path == "$" and key in PRIVATE_KEYS)
            for leaf, text in flatten(item, f"{path}.{key}").items()
        }
    if isinstance(value, list):
        found = {
            leaf: t for i, v in enumerate(value) for leaf, t in flatten(v, f"{path}[{i}]").items()
        }
        return found or {path: "[]"}
    text = json.dumps(value, ensure_ascii=False)
    return {path: text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"}


def diff_documents(old: Any, new: Any) -> list[Change]:
    """The fields that were added, removed or changed."""
    before, after = flatten(old), flatten(new)
    return [
        Change(path, before.get(path), after.get(path))
        for path in sorted(before.keys() | after.keys())
        if before.get(path) != after.get(path)
    ]


def load_json(data: bytes | None) -> Any:
    """Parsed JSON, or None when there is none, it cannot be parsed or it nests too deep."""
    if data is None:
        return None
    document = parse_document(data, "").document
    return document if depth_of(document) <= MAX_DEPTH else None


def to_melding(document: Any) -> Behovsmelding | None:
    """The melding when the document has its shape; None otherwise."""
    if not isinstance(document, dict):
        return None
    try:
        return behovsmelding_from_document(document)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


UNSOUND_CODES = frozenset({"tall-ikke-heltall"})


def model_is_sound(problems: list[Problem]) -> bool:
    """True when no problem leaves a value of the wrong type in the model: no schema problem, and
    no whole number written with decimals (``350000.0``, a float the sums cannot take)."""
    return not any(p.code.startswith("skjema") or p.code in UNSOUND_CODES for p in problems)


def is_private(location: str) -> bool:
    """True for a JSON path inside the contact person (whose values the report never shows)."""
    return any(
        location == f"$.{key}" or location.startswith((f"$.{key}.", f"$.{key}["))
        for key in PRIVATE_KEYS
    )


def without_private_values(problem: Problem) -> Problem:
    """The problem, with a message that does not quote a contact person's details."""
    if not is_private(problem.location):
        return problem
    return replace(problem, message=PRIVATE_MESSAGE, words=None)


def review_file(validator: Validator, relpath: str, old: bytes | None, new: bytes) -> MeldingReview:
    """Check and summarise one added or changed file."""
    problems = sorted(
        (without_private_values(p) for p in validator.check_bytes(new, relpath)),
        key=lambda p: (p.location, p.code),
    )
    document = load_json(new)
    melding = to_melding(document) if model_is_sound(problems) else None
    uh_names = {uh.uh_id: uh.navn for uh in validator.reference.uh} if validator.reference else {}
    ordninger = validator.reference.ordninger if validator.reference else OrdningRegister(())
    item = MeldingReview(relpath, "ny" if old is None else "endret", problems, melding)
    if melding is not None:
        item.uh_navn = uh_names.get(melding.uh_id)
        item.ordning_navn = ordninger.kortnavn(melding.ordning)
        item.egenandel = check_egenandel(melding, validator.settings, ordninger)
        innstilling = validator.settings.innstilling(melding.aar, melding.ordning)
        item.koordinator_grense = innstilling.koordinator_varsel_sats if innstilling else None
    before = load_json(old)
    domener = validator.reference.eier_domener if validator.reference else {}
    item.trust = trust_of(before, document, domener)
    item.comparable = old is None or (before is not None and document is not None)
    if item.comparable and old is not None:
        item.changes = diff_documents(before, document)
    return item
