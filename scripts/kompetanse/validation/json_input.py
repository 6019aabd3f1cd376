"""Turn the bytes of a behovsmelding into a JSON object, or into one clear problem."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kompetanse.validation.problems import Problem, make_problem

MAX_BYTES = 1_000_000
MAX_DEPTH = 32
UTF8_BOM = b"\xef\xbb\xbf"


class _InputError(Exception):
    """Carries a problem code out of the JSON parser's hooks."""

    def __init__(self, code: str, message: str, location: str = "$") -> None:
        super().__init__(message)
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
                raise _InputError("json-duplikat-nokkel", f"Feltet «{key}» står mer enn én gang.")
            seen.add(key)
    return obj


def _reject_constant(name: str) -> Any:
    raise _InputError("json-ugyldig-tall", f"Fant {name}, som ikke er et gyldig tall i JSON.")


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
            f"Filen er {len(data):,} byte; en behovsmelding kan være høyst {MAX_BYTES:,} byte.".replace(
                ",", " "
            ),
        )
    if data.startswith(UTF8_BOM):
        raise _InputError(
            "json-bom", "Filen starter med et byte-order-merke (BOM). Lagre som UTF-8 uten BOM."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(
            "json-ugyldig-utf8",
            f"Filen er ikke gyldig UTF-8 (ugyldig byte ved posisjon {error.start}).",
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
            f"Ugyldig JSON på linje {error.lineno}, kolonne {error.colno}: {translate_json_error(error.msg)}.",
        ) from error
    except RecursionError as error:
        raise _InputError(
            "json-for-dyp", f"Filen er nestet dypere enn {MAX_DEPTH} nivåer."
        ) from error
    except ValueError as error:  # int() refuses numbers of more than 4,300 digits
        raise _InputError(
            "json-ugyldig", "Ugyldig JSON: et tall har altfor mange sifre."
        ) from error


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
            message = "Teksten har et ugyldig tegn (en enslig surrogat, som \\ud800)."
            raise _InputError("json-ugyldig-utf8", message, path)


JSON_ERROR_NB: dict[str, str] = {
    "Expecting value": "forventet en verdi",
    "Expecting property name enclosed in double quotes": "forventet et feltnavn i doble anførselstegn",
    "Expecting ',' delimiter": "forventet komma",
    "Expecting ':' delimiter": "forventet kolon",
    "Extra data": "ekstra tegn etter slutten av dokumentet",
    "Unterminated string starting at": "tekst uten avsluttende anførselstegn",
    "Invalid control character at": "ugyldig kontrolltegn i tekst",
    "Invalid \\escape": "ugyldig escape-sekvens",
}


def translate_json_error(message: str) -> str:
    """The parser's English message in Norwegian (the original when unknown)."""
    return JSON_ERROR_NB.get(message, message)


def parse_document(data: bytes, file: str) -> ParsedDocument:
    """Parse bytes into a JSON object; any defect becomes exactly one problem."""
    floats: list[str] = []
    try:
        text = _decode(data)
        value = _loads(text, floats)
        _reject_lone_surrogates(text, value)
        if not isinstance(value, dict):
            raise _InputError("skjema-type", "Behovsmeldingen må være et JSON-objekt ({ … }).")
    except _InputError as error:
        return ParsedDocument(None, make_problem(file, error.location, error.code, str(error)))
    return ParsedDocument(value, None, bool(floats))


def too_deep_problem(document: Any, file: str) -> Problem | None:
    """A ``json-for-dyp`` problem when the document nests deeper than a behovsmelding can."""
    if depth_of(document) <= MAX_DEPTH:
        return None
    return make_problem(
        file, "$", "json-for-dyp", f"Filen er nestet dypere enn {MAX_DEPTH} nivåer."
    )


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
        make_problem(
            file,
            path,
            "tall-ikke-heltall",
            f"Tallet {value} skal skrives som heltall, uten desimaler.",
        )
        for path, value in iter_integral_float_paths(document)
    ]
