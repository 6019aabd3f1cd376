"""Turn the bytes of a behovsmelding into a JSON object, or into one clear problem."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kompetanse.text.phrase import ParamValue, both, phrase
from kompetanse.validation.problems import Problem, problem_from

MAX_BYTES = 1_000_000
MAX_DEPTH = 32
UTF8_BOM = b"\xef\xbb\xbf"


class _InputError(Exception):
    """Carries a problem code and its words out of the JSON parser's hooks."""

    def __init__(self, code: str, key: str, location: str = "$", **params: ParamValue) -> None:
        self.words = phrase(key, **params)
        super().__init__(self.words.render("nb"))
        self.code = code
        self.location = location


@dataclass(frozen=True)
class ParsedDocument:
    """The outcome of parsing: a JSON object, or the problem that stopped it.

    ``has_float`` tells whether any number was written with a decimal point or exponent; the
    schema has no such numbers, so a schema-valid document with one holds ``1.0`` for ``1``.
    """

    document: dict[str, Any] | None
    problem: Problem | None
    has_float: bool = False


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _InputError("json-duplikat-nokkel", "problem.json-duplikat-nokkel", felt=key)
            seen.add(key)
    return obj


def _reject_constant(name: str) -> Any:
    raise _InputError("json-ugyldig-tall", "problem.json-ugyldig-tall", navn=name)


def depth_of(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed JSON value, counting stops just past ``limit``."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise _InputError(
            "fil-for-stor",
            "problem.fil-for-stor",
            storrelse=f"{len(data):,}".replace(",", " "),
            maks=f"{MAX_BYTES:,}".replace(",", " "),
        )
    if data.startswith(UTF8_BOM):
        raise _InputError("json-bom", "problem.json-bom")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(
            "json-ugyldig-utf8", "problem.json-ugyldig-utf8", posisjon=error.start
        ) from error


def _loads(text: str, floats: list[str]) -> Any:
    def remember_float(literal: str) -> float:
        floats.append(literal)
        return float(literal)

    try:
        return json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
            parse_float=remember_float,
        )
    except json.JSONDecodeError as error:
        raise _InputError(
            "json-ugyldig",
            "problem.json-ugyldig",
            linje=error.lineno,
            kolonne=error.colno,
            feil=translate_json_error(error.msg),
        ) from error
    except RecursionError as error:
        raise _InputError("json-for-dyp", "problem.json-for-dyp", maks=MAX_DEPTH) from error
    except ValueError as error:  # int() refuses numbers of more than 4,300 digits
        raise _InputError("json-ugyldig", "problem.json-ugyldig.store-tall") from error


SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
SURROGATE = re.compile("[\ud800-\udfff]")


def iter_surrogate_paths(value: Any, path: str = "$") -> Iterator[str]:
    """JSON paths of keys or strings holding a lone surrogate (``\\ud800``), which is not text."""
    if isinstance(value, str):
        if SURROGATE.search(value):
            yield path
    elif isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{SURROGATE.sub('?', key)}"
            if SURROGATE.search(key):
                yield child_path
            yield from iter_surrogate_paths(child, child_path)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from iter_surrogate_paths(child, f"{path}[{index}]")


def _reject_lone_surrogates(text: str, value: Any) -> None:
    """A ``\\ud800``-style escape that is not half of a pair cannot be stored as UTF-8."""
    if SURROGATE_ESCAPE.search(text):
        for path in iter_surrogate_paths(value):
            raise _InputError("json-ugyldig-utf8", "problem.json-surrogat", path)


JSON_ERROR_KEYS: dict[str, str] = {
    "Expecting value": "json.forventet-verdi",
    "Expecting property name enclosed in double quotes": "json.forventet-feltnavn",
    "Expecting ',' delimiter": "json.forventet-komma",
    "Expecting ':' delimiter": "json.forventet-kolon",
    "Extra data": "json.ekstra-tegn",
    "Unterminated string starting at": "json.uavsluttet-tekst",
    "Invalid control character at": "json.kontrolltegn",
    "Invalid \\escape": "json.escape",
}


def translate_json_error(message: str) -> ParamValue:
    """The parser's English message in Norwegian (the original when unknown)."""
    key = JSON_ERROR_KEYS.get(message)
    return both(key) if key else message


def parse_document(data: bytes, file: str) -> ParsedDocument:
    """Parse bytes into a JSON object; any defect becomes exactly one problem."""
    floats: list[str] = []
    try:
        text = _decode(data)
        value = _loads(text, floats)
        _reject_lone_surrogates(text, value)
        if not isinstance(value, dict):
            raise _InputError("skjema-type", "problem.json-ikke-objekt")
    except _InputError as error:
        return ParsedDocument(None, problem_from(file, error.location, error.code, error.words))
    return ParsedDocument(value, None, bool(floats))


def too_deep_problem(document: Any, file: str) -> Problem | None:
    """A ``json-for-dyp`` problem when the document nests deeper than a behovsmelding can."""
    if depth_of(document) <= MAX_DEPTH:
        return None
    return problem_from(file, "$", "json-for-dyp", phrase("problem.json-for-dyp", maks=MAX_DEPTH))


def iter_integral_float_paths(value: Any, path: str = "$") -> Iterator[tuple[str, float]]:
    """JSON paths of whole numbers written with decimals, like ``1.0`` (others fail the schema)."""
    if isinstance(value, float):
        if value.is_integer():
            yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from iter_integral_float_paths(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from iter_integral_float_paths(child, f"{path}[{index}]")


def float_problems(document: Any, file: str) -> list[Problem]:
    """``tall-ikke-heltall`` for each integral number written with decimals, such as ``1.0``."""
    return [
        problem_from(
            file, path, "tall-ikke-heltall", phrase("problem.tall-ikke-heltall", verdi=str(value))
        )
        for path, value in iter_integral_float_paths(document)
    ]
