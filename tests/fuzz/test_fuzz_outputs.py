"""The review report and the receiver's intake on drawn and mutated documents of every kind:
the report is written and shows no contact's address or phone (the name only where it reports
a changed contact person); the intake answers, and spools nothing when it refuses."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.kinds import BEHOVSMELDING, KINDS, Kind
from kompetanse.review.build import Review, review_file
from kompetanse.review.documents import review_document
from kompetanse.review.report import RENDERERS
from kompetanse.validation.checker import Validator
from kompetanse.validation.problems import PROBLEM_CODES
from tests.fuzz.strategies import FUZZ, KIND_IDS, documents, mutated, relpath_of
from tests.support.intake import intake_for

# Sends one client may make before the intake limits it: more than the test ever makes.
SENDS = 100_000
SECRET = b"en-hemmelighet-bare-fuzzingen-kjenner"


def as_bytes(document: Any) -> bytes:
    """The document as a file or a request holds it."""
    return json.dumps(document, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


def review_of(validator: Validator, kind: Kind, old: Any, new: Any) -> Review:
    """The review of one changed file of the kind."""
    relpath = relpath_of(kind, new)
    review = Review("main", [], [])
    if kind is BEHOVSMELDING:
        review.meldinger.append(review_file(validator, relpath, as_bytes(old), as_bytes(new)))
    else:
        item = review_document(validator, kind, relpath, as_bytes(old), as_bytes(new))
        review.dokumenter.append(item)
    return review


CONTACTS = [
    {
        "navn": "Kari Kontaktsen",
        "epost": "hemmelig.adresse@example.no",
        "telefon": "+47 41 52 63 74",
    },
    {"navn": "Kari Kontaktsen", "epost": "hemmelig.adresse@@example", "telefon": "ring 41526374"},
]
# What the outputs never show of a contact person: the address and the phone number.
DETAILS = ("hemmelig.adresse", "41 52 63 74", "41526374")
# The one line that may name the contact person: a change of contact person, by name only.
CHANGED_CONTACT = "- **Kontaktperson endret:**"


def names_no_contact_details(text: str) -> bool:
    """True when the text shows no contact's address or phone, and the contact's name only on
    the line that reports a changed contact person."""
    lowered = text.lower()
    named = [line for line in text.splitlines() if "kontaktsen" in line.lower()]
    return not any(detail in lowered for detail in DETAILS) and all(
        line.startswith(CHANGED_CONTACT) for line in named
    )


def with_contact(document: Any, contact: dict[str, str]) -> Any:
    """The document with a contact person whose details can be looked for in the outputs (a
    contact person of the wrong type is kept as it is)."""
    if isinstance(document, dict) and isinstance(document.get("kontaktperson"), dict):
        return {**document, "kontaktperson": {**document["kontaktperson"], **contact}}
    return document


def test_the_contact_check_allows_the_name_only_on_the_changed_contact_line() -> None:
    assert names_no_contact_details("- **Kontaktperson endret:** Ola → Kari Kontaktsen\n")
    assert not names_no_contact_details("- **Eier:** Kari Kontaktsen\n")
    assert not names_no_contact_details("- Ugyldig e-post: hemmelig.adresse@@example\n")
    assert not names_no_contact_details("- Telefon: +47 41 52 63 74\n")


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_the_review_is_written_and_shows_no_contact_details(
    kind: Kind, validator: Validator
) -> None:
    @FUZZ
    @given(documents(kind), mutated(kind), st.sampled_from(CONTACTS))
    def check(old: dict[str, Any], new: Any, contact: dict[str, str]) -> None:
        review = review_of(validator, kind, old, with_contact(new, contact))
        for render in RENDERERS.values():
            text = render(review)
            assert text.strip()
            assert names_no_contact_details(text), text

    check()


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_the_intake_answers_and_spools_nothing_it_refuses(kind: Kind, validator: Validator) -> None:
    @FUZZ
    @given(mutated(kind))
    def check(document: Any) -> None:
        with tempfile.TemporaryDirectory(prefix="fuzz-mottak-") as scratch:
            folder = Path(scratch)
            body = b'{"' + kind.name.encode() + b'": ' + as_bytes(document) + b', "nettside": ""}'
            outcome = intake_for(validator, folder, kind, SECRET, SENDS).receive(body, None)
            stored = [p for p in (folder / "spool").rglob("*") if p.is_file()]
            if outcome.status == 201:
                assert len(stored) == 1
                return
            assert 400 <= outcome.status < 500, outcome.body
            assert all(p["code"] in PROBLEM_CODES for p in outcome.body["problems"])
            assert stored == []

    check()
