"""Parsing bytes into a behovsmelding: every defect is exactly one clear problem."""

from __future__ import annotations

import pytest

from kompetanse.validation.json_input import MAX_BYTES, float_problems, parse_document


@pytest.mark.parametrize(
    "data,code",
    [
        (b"\xef\xbb\xbf{}", "json-bom"),
        (b'{"a": "\xff"}', "json-ugyldig-utf8"),
        (b'{"a": 1,}', "json-ugyldig"),
        (b"", "json-ugyldig"),
        (b'{"a": 1, "a": 2}', "json-duplikat-nokkel"),
        (b'{"b": {"a": 1, "a": 1}}', "json-duplikat-nokkel"),
        (b'{"a": NaN}', "json-ugyldig-tall"),
        (b'{"a": Infinity}', "json-ugyldig-tall"),
        (b'{"a": -Infinity}', "json-ugyldig-tall"),
        (b"[" * 100_000 + b"]" * 100_000, "json-for-dyp"),
        (b'"tekst"', "skjema-type"),
    ],
)
def test_defect_gives_one_problem_with_code(data: bytes, code: str) -> None:
    parsed = parse_document(data, "submissions/x.json")
    assert parsed.document is None
    assert parsed.problem is not None
    assert parsed.problem.code == code
    assert parsed.problem.file == "submissions/x.json"
    assert parsed.problem.message


def test_ten_megabytes_is_refused_without_parsing() -> None:
    parsed = parse_document(b" " * (10 * 1024 * 1024), "big.json")
    assert parsed.problem is not None and parsed.problem.code == "fil-for-stor"
    assert f"{MAX_BYTES:,}".replace(",", " ") in parsed.problem.message


def test_invalid_json_message_is_norwegian_with_position() -> None:
    parsed = parse_document(b'{\n  "a": }', "f.json")
    assert parsed.problem is not None
    assert parsed.problem.message == "Ugyldig JSON på linje 2, kolonne 8: forventet en verdi."


def test_floats_are_remembered_and_whole_ones_reported() -> None:
    parsed = parse_document(b'{"a": 1.0, "b": [2.5, 3], "c": 1e3}', "f.json")
    assert parsed.has_float and parsed.document is not None
    problems = float_problems(parsed.document, "f.json")
    assert [(p.location, p.code) for p in problems] == [
        ("$.a", "tall-ikke-heltall"),
        ("$.c", "tall-ikke-heltall"),
    ]


def test_plain_object_parses_without_floats() -> None:
    parsed = parse_document('{"navn": "Ås"}'.encode(), "f.json")
    assert parsed.document == {"navn": "Ås"} and not parsed.has_float and parsed.problem is None


def test_numbers_too_long_to_convert_are_invalid_json() -> None:
    parsed = parse_document(b'{"aar": ' + b"9" * 5000 + b"}", "f.json")
    assert parsed.problem is not None and parsed.problem.code == "json-ugyldig"


def test_lone_surrogate_is_refused_at_its_path_but_pairs_are_text() -> None:
    parsed = parse_document(b'{"eier": {"navn": "a\\ud800b"}}', "f.json")
    assert parsed.problem is not None and parsed.problem.code == "json-ugyldig-utf8"
    assert parsed.problem.location == "$.eier.navn"
    paired = parse_document(b'{"navn": "\\ud83d\\ude00"}', "f.json")
    assert paired.document == {"navn": "\U0001f600"}
