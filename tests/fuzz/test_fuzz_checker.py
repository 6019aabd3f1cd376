"""The checker on documents drawn from each kind's schema, on mutated ones and on any bytes:
always a list of catalogued problems with messages in both målformer, never an exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.kinds import KINDS, Kind
from kompetanse.validation.checker import Validator
from kompetanse.validation.problems import PROBLEM_CODES, Problem
from tests.fuzz.strategies import FUZZ, KIND_IDS, documents, mutated, relpath_of


def assert_clear(problems: list[Problem]) -> None:
    """Every problem is catalogued, with a message in bokmål and nynorsk."""
    for problem in problems:
        assert problem.severity is PROBLEM_CODES[problem.code].severity
        assert problem.message_in("nb").strip() and problem.message_in("nn").strip()


def as_bytes(document: Any) -> bytes:
    """The document as a file holds it."""
    return json.dumps(document, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_a_document_the_schema_accepts_has_no_schema_problem(
    kind: Kind, validator: Validator
) -> None:
    @FUZZ
    @given(documents(kind))
    def check(document: dict[str, Any]) -> None:
        relpath = relpath_of(kind, document)
        problems = validator.check_document(document, relpath)
        assert_clear(problems)
        assert not [p for p in problems if p.code.startswith("skjema")]
        again = validator.check_bytes(as_bytes(document), relpath)
        assert {p.code for p in again} == {p.code for p in problems}

    check()


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_a_mutated_document_gives_clear_problems(kind: Kind, validator: Validator) -> None:
    @FUZZ
    @given(mutated(kind))
    def check(document: Any) -> None:
        assert_clear(validator.check_bytes(as_bytes(document), relpath_of(kind, document)))

    check()


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_any_bytes_give_clear_problems(validator: Validator, data: bytes) -> None:
    for kind in KINDS:
        assert_clear(validator.check_bytes(data, relpath_of(kind, None)))
