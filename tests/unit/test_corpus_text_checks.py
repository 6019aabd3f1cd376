"""The text itself: invisible characters, look-alike letters and formula-like cells are warnings
whose messages name the characters' codes, never the value; no personal detail is repeated."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompetanse.repository.check import load_validator
from kompetanse.review.check_report import RENDERERS
from kompetanse.text.inert import hidden_characters, html_text, markdown_text
from kompetanse.validation.checker import CheckResult, Validator
from kompetanse.validation.problems import Severity
from kompetanse.validation.schema_messages import is_personal
from kompetanse.validation.text_checks import cell_problems, looks_like_formula, text_problems
from tests.support.cli import REGIONAL
from tests.support.factory import make_melding

HIDDEN = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
HIDDEN += ["\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060"]
HIDDEN += ["\ufeff"]


@pytest.mark.parametrize("char", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_each_bidi_control_and_zero_width_character_is_a_warning_naming_its_code(
    char: str,
) -> None:
    document = {"eier": {"navn": f"Solvang{char} kommune"}}
    (problem,) = text_problems(document, "f.json")
    assert (problem.code, problem.location) == ("tekst-usynlige-tegn", "$.eier.navn")
    assert problem.severity is Severity.WARNING
    assert f"U+{ord(char):04X}" in problem.message and "Solvang" not in problem.message
    assert f"U+{ord(char):04X}" in problem.message_in("nn")


@pytest.mark.parametrize("char", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_the_outputs_show_the_character_as_a_code(char: str) -> None:
    code = f"{ord(char):04x}"
    assert char not in markdown_text(f"a{char}b") and code in markdown_text(f"a{char}b")
    assert char not in html_text(f"a{char}b") and code in html_text(f"a{char}b")


def test_ordinary_norwegian_sami_and_spaced_text_gives_no_warning() -> None:
    document = {"a": "Bjørkely friskole – Ájluokta/Drag", "b": "1\u00a0000 kr", "c": "Åse\nØvre"}
    assert text_problems(document, "f.json") == []
    assert hidden_characters("Sámi giella\u00a0–") == []


def test_a_word_mixing_latin_with_cyrillic_or_greek_is_a_warning() -> None:
    document = {"eier": {"navn": "Sоlvang kommune"}, "x": "Καλημέρα and Здравствуйте"}
    (problem,) = text_problems(document, "f.json")
    assert (problem.code, problem.location) == ("tekst-blandet-skrift", "$.eier.navn")


def test_a_key_with_a_hidden_character_is_found_at_its_field() -> None:
    problems = text_problems({"eier": {"na\u200bvn": 1}}, "f.json")
    assert [p.code for p in problems] == ["tekst-usynlige-tegn"]


@pytest.mark.parametrize(
    "cell,formula",
    [
        ('=HYPERLINK("https://e.x","klikk")', True),
        ("@SUM(A1:A2)", True),
        ("+cmd|' /C calc'!A0", True),
        ("-x+1", True),
        ("\u200b=1+1", True),
        ("＝1", True),
        ("+47 22 33 44 55", False),
        ("-5", False),
        ("Solvang kommune", False),
        ("a=b", False),
    ],
)
def test_a_cell_that_a_spreadsheet_would_read_as_a_formula(cell: str, formula: bool) -> None:
    assert looks_like_formula(cell) is formula


def test_table_cells_get_formula_and_hidden_character_warnings_at_row_and_column() -> None:
    rows = [{"navn": '=HYPERLINK("x")', "epost": "a@b.no"}, {"navn": "Ola\u202e", "epost": ""}]
    problems = cell_problems("data/kontakter.csv", rows)
    found = {(p.code, p.location) for p in problems}
    assert found == {("celle-formel", "rad 2, navn"), ("tekst-usynlige-tegn", "rad 3, navn")}
    assert all(p.severity is Severity.WARNING for p in problems)


@pytest.mark.parametrize(
    "path,personal",
    [
        (["kontaktperson", "epost"], True),
        (["kontaktperson", "telefon"], True),
        (["kontaktperson"], True),
        (["studenter", 0, "navn"], True),
        (["studenter", 0, "stillingsprosent"], False),
        (["eier", "navn"], False),
        ([], False),
    ],
)
def test_which_fields_hold_personal_details(path: list[str | int], personal: bool) -> None:
    assert is_personal(path) is personal


@pytest.fixture(scope="module")
def validator(fixture_office: Path) -> Validator:
    """The fixture office's validator, loaded once."""
    return load_validator(fixture_office)


PRIVATE = ("ola.nordmann@@hemmelig.no", "+47 999 HEMMELIG", "hemmelig@x.no")


@pytest.mark.parametrize(
    "kontaktperson",
    [
        {"navn": "Ola Nordmann", "epost": PRIVATE[0], "telefon": PRIVATE[1]},
        {"navn": "Ola Nordmann", "epost": ["hemmelig@x.no"], "telefon": 12345678},
        {"navn": "Ola Nordmann", "epost": "a@b.no", "telefon": "22334455", PRIVATE[2]: 1},
        PRIVATE[2],
    ],
    ids=["feil-form", "feil-type", "ukjent-felt", "tekst"],
)
def test_validate_never_repeats_a_contact_persons_details(
    kontaktperson: object, validator: Validator
) -> None:
    document = make_melding()
    document["kontaktperson"] = kontaktperson
    problems = validator.check_document(document, REGIONAL)
    assert any(p.location.startswith("$.kontaktperson") for p in problems)
    result = CheckResult(1, problems)
    for maalform in ("nb", "nn"):
        for render in RENDERERS.values():
            text = render(result, maalform)
            assert not any(secret in text for secret in ("hemmelig", "HEMMELIG", "@@"))


def test_an_unknown_field_with_a_huge_name_is_shown_shortened(validator: Validator) -> None:
    document = make_melding()
    document["k" * 100_000] = 1
    (problem,) = [
        p for p in validator.check_document(document, REGIONAL) if p.code != "filsti-stemmer-ikke"
    ]
    assert problem.code == "skjema-ukjent-felt"
    assert len(problem.message) < 300 and len(problem.message_in("nn")) < 300
