"""Rule problems reported beside schema problems, as far as the readable values allow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kompetanse.receiver.intake import Intake, IntakeLimits
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Spool
from kompetanse.repository.check import load_validator
from kompetanse.validation.checker import Validator
from kompetanse.validation.partial_model import Unreadable, UnreadableValueError, steps_of
from tests.support.office import SECOND_OFFICE, copy_office

MELDING = "submissions/2025/regional/bm-2025-a0000001.json"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_office(tmp_path_factory.mktemp("kontor") / "repo", SECOND_OFFICE)


@pytest.fixture(scope="module")
def validator(office: Path) -> Validator:
    return load_validator(office)


def melding(office: Path) -> dict[str, Any]:
    return dict(json.loads((office / MELDING).read_text(encoding="utf-8")))


def codes(validator: Validator, document: dict[str, Any]) -> set[str]:
    return {p.code for p in validator.check_document(document, MELDING)}


def test_a_fylke_off_the_list_no_longer_hides_a_wrong_sum(
    validator: Validator, office: Path
) -> None:
    document = melding(office)
    document["eier"]["fylke"] = "Viken"
    document["budsjett"][0]["sum"] += 1
    assert codes(validator, document) == {"skjema-ugyldig-valg", "budsjett-sum-feil"}


def test_a_sum_written_as_text_stops_only_the_rules_that_need_it(
    validator: Validator, office: Path
) -> None:
    document = melding(office)
    document["budsjett"][0]["sum"] = "800 000"
    document["eier"]["organisasjonsnummer"] = "123456789"
    document["uh_partner"]["uh_id"] = "ukjent-uh"
    assert codes(validator, document) == {"skjema-type", "orgnr-ugyldig", "uh-ukjent"}


def test_a_missing_field_is_unreadable_too(validator: Validator, office: Path) -> None:
    document = melding(office)
    del document["tiltak"]["tittel"]
    document["budsjett"][0]["uh_andel"] += 5
    assert codes(validator, document) == {"skjema-mangler-felt", "budsjett-sum-feil"}


def test_an_unknown_schema_version_runs_no_rules(validator: Validator, office: Path) -> None:
    document = melding(office)
    document["schema_version"] = "99"
    document["eier"]["organisasjonsnummer"] = "123456789"
    assert codes(validator, document) == {"skjema-versjon-ukjent"}


def test_the_receiver_answers_schema_and_rule_problems_in_one_round(
    validator: Validator, office: Path, tmp_path: Path
) -> None:
    document = melding(office)
    del document["id"]
    document["eier"]["fylke"] = "Viken"
    document["eier"]["organisasjonsnummer"] = "123456789"
    limits = IntakeLimits(3600.0, RateLimiter(1000, 1000))
    remote = RemoteState(tmp_path / "klon", "main")
    intake = Intake(validator, Spool(tmp_path), remote, b"en-hemmelighet-for-testen", limits)
    outcome = intake.receive(json.dumps({"behovsmelding": document}).encode(), None)
    assert outcome.status == 422
    assert {p["code"] for p in outcome.body["problems"]} == {"skjema-ugyldig-valg", "orgnr-ugyldig"}


def test_an_unreadable_value_refuses_every_use() -> None:
    value = Unreadable("$.budsjett[0].sum")
    for use in (
        lambda: value == 1,
        lambda: value > 0,
        lambda: hash(value),
        lambda: bool(value),
        lambda: f"{value}",
        lambda: value + 1,
        lambda: 1 + value,
        lambda: value.strip(),
        lambda: "x" in value,
    ):
        with pytest.raises(UnreadableValueError):
            use()


def test_locations_are_read_as_steps() -> None:
    assert steps_of("$.budsjett[0].sum") == ["budsjett", 0, "sum"]
    assert steps_of("$") is None and steps_of("rad 2") is None
