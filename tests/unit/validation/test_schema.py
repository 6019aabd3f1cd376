"""The schema layer: both implementations agree; messages are Norwegian and name the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.domain.model import behovsmelding_from_document
from kompetanse.repository.schemas import load_schema
from kompetanse.validation.json_input import parse_document
from kompetanse.validation.model_reads import reads_of, rules_can_run
from kompetanse.validation.schema import CompiledSchema
from tests.examples_support import Example, iter_examples
from tests.support.office import FIXTURE_OFFICE

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = load_schema(ROOT)
ALL_EXAMPLES = iter_examples("valid") + iter_examples("invalid")


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda e: e.name)
def test_fast_and_reference_validators_agree(example: Example) -> None:
    parsed = parse_document(example.source.read_bytes(), example.relpath)
    if parsed.document is None:
        return
    assert SCHEMA.is_valid(parsed.document) == SCHEMA.reference_is_valid(parsed.document)


def test_every_fixture_office_submission_is_schema_valid_in_both() -> None:
    paths = sorted((FIXTURE_OFFICE / "submissions").rglob("*.json"))
    assert paths
    for path in paths:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert SCHEMA.is_valid(document) and SCHEMA.reference_is_valid(document), path


def load(name: str) -> dict:
    return json.loads(
        (ROOT / "tests/examples/invalid" / f"{name}.json").read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    "name,location,message",
    [
        (
            "skjema-type-streng-som-belop",
            "$.budsjett[0].uh_andel",
            "«UH-andel (kroner)» skal være et heltall, men er tekst («320 000»).",
        ),
        ("skjema-mangler-felt", "$.kontaktperson.epost", "«E-post» mangler."),
        (
            "skjema-ukjent-felt",
            "$",
            "«Behovsmelding» har felt som ikke finnes i skjemaet: «hemmelig».",
        ),
        (
            "skjema-ugyldig-valg",
            "$.eier.eiertype",
            "«Type eier» må være en av: Kommune, Fylkeskommune, Privat eier; fant «stat».",
        ),
        (
            "skjema-for-lav-negativt-belop",
            "$.budsjett[0].koordinator_andel",
            "«Koordinatorandel (kroner)» må være minst 0; fant -5.",
        ),
        (
            "skjema-for-kort",
            "$.behov.beskrivelse",
            "«Beskrivelse av behovet» må ha minst 20 tegn; har 9.",
        ),
        (
            "skjema-ikke-bekreftet",
            "$.tiltak.kollektivt",
            "«Tiltaket er kollektivt» må bekreftes (krysses av).",
        ),
        (
            "skjema-versjon-ukjent",
            "$.schema_version",
            "Ukjent skjemaversjon «99»; kjente versjoner: 1.",
        ),
    ],
)
def test_message_names_the_field_by_title_with_expected_and_found(
    name: str, location: str, message: str
) -> None:
    problems = SCHEMA.problems(load(name), "f.json")
    assert [(p.location, p.message) for p in problems] == [(location, message)]


def test_all_errors_are_collected_not_only_the_first() -> None:
    document = load("skjema-mangler-felt")
    document["eier"]["eiertype"] = "stat"
    document["tiltak"]["kollektivt"] = False
    codes = sorted(p.code for p in SCHEMA.problems(document, "f.json"))
    assert codes == ["skjema-ikke-bekreftet", "skjema-mangler-felt", "skjema-ugyldig-valg"]


def test_keywords_without_a_specific_code_fall_back_to_skjema_annet() -> None:
    schema = CompiledSchema(
        {
            "type": "object",
            "properties": {"n": {"title": "Tall", "type": "integer", "multipleOf": 2}},
        }
    )
    problems = schema.problems({"n": 3}, "f.json")
    assert [(p.code, p.location) for p in problems] == [("skjema-annet", "$.n")]
    assert "«Tall»" in problems[0].message


@pytest.mark.parametrize(
    "location,touches",
    [
        ("$", True),
        ("$.tiltak", True),
        ("$.uh_partner", True),
        ("$.budsjett[1].sum", True),
        ("$.eier.organisasjonsnummer", True),
        ("$.schema_version", True),
        ("$.kontaktperson.epost", False),
        ("$.behov.beskrivelse", False),
        ("$.tiltak.kollektivt", False),
        ("$.bekreftelser.ansatte_involvert", False),
        ("$.eiere", False),
        ("$.egenandel.form", True),
        ("$.nettverk[0].fylke", True),
        ("$.enheter[0]", True),
    ],
)
def test_rules_still_run_after_schema_problems_outside_the_model(
    location: str, touches: bool
) -> None:
    document = json.loads((ROOT / "tests/examples/valid/desentralisert-minimal.json").read_bytes())
    document["nettverk"] = [dict(document["eier"])]
    reads = reads_of(behovsmelding_from_document, document)
    assert reads is not None
    assert reads.touched_by(location) is touches
    assert rules_can_run([location], behovsmelding_from_document, document) is not touches


def test_the_rules_do_not_run_when_the_model_cannot_be_built() -> None:
    document = json.loads((ROOT / "tests/examples/valid/desentralisert-minimal.json").read_bytes())
    del document["tiltak"]
    assert reads_of(behovsmelding_from_document, document) is None
    assert not rules_can_run(["$.kontaktperson.epost"], behovsmelding_from_document, document)


def test_without_problems_the_rules_run_without_watching_the_builder() -> None:
    assert rules_can_run([], behovsmelding_from_document, {})


def test_a_missing_confirmation_is_asked_to_be_ticked() -> None:
    document = load("skjema-ikke-bekreftet")
    del document["bekreftelser"]["ansatte_involvert"]
    problems = SCHEMA.problems(document, "f.json")
    assert [(p.code, p.location, p.message) for p in problems] == [
        (
            "skjema-mangler-felt",
            "$.bekreftelser.ansatte_involvert",
            "«Ansatte og ledere har vært involvert» må bekreftes (krysses av).",
        ),
        (
            "skjema-ikke-bekreftet",
            "$.tiltak.kollektivt",
            "«Tiltaket er kollektivt» må bekreftes (krysses av).",
        ),
    ]
