"""Small parts of the receiver: rate limit, origin rule, texts without personal data, the spool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.domain.settings import Settings
from kompetanse.receiver.ids import keyed_id
from kompetanse.receiver.intake import Intake, IntakeLimits
from kompetanse.receiver.limits import RateLimiter, origin_allowed, retry_after_header
from kompetanse.receiver.receipt import body_of, commit_message_of, title_of
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Record, Spool
from kompetanse.repository.check import load_validator
from kompetanse.repository.schemas import load_schema
from kompetanse.validation.checker import Validator

SECRET = b"en-hemmelighet-som-bare-testen-kjenner"


def make_intake(validator: Validator, spool: Spool, folder: Path) -> Intake:
    """An intake whose remote (not yet fetched) holds nothing."""
    limits = IntakeLimits(3600.0, RateLimiter(1000, 1000))
    return Intake(validator, spool, RemoteState(folder / "klon", "main"), SECRET, limits)


RECEIPT = {
    "id": "bm-2025-0a1b2c3d",
    "branch": "behovsmelding/bm-2025-0a1b2c3d",
    "ordning": "regional",
    "ordning_navn": "Regional ordning",
    "aar": 2025,
    "periode_aar": 1,
    "eier": {"navn": "Ola @nordmann\n| <b>barnehage</b>", "organisasjonsnummer": "979754329"},
    "sum_total": 800000,
    "advarsler": [{"code": "koordinator-andel-hoy"}],
}


def test_the_rate_limiter_lets_a_burst_through_then_asks_to_wait() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=6, burst=2, clock=lambda: now[0])
    assert [limiter.take("a"), limiter.take("a")] == [0.0, 0.0]
    assert limiter.take("a") == 10.0 and limiter.take("b") == 0.0
    now[0] = 10.0
    assert limiter.take("a") == 0.0
    assert retry_after_header(0.2) == "1" and retry_after_header(9.1) == "10"


def test_only_the_site_its_own_origin_or_no_origin_may_post() -> None:
    assert origin_allowed(None, "https://sf.example", "http://127.0.0.1:8000")
    assert origin_allowed("https://sf.example", "https://sf.example/", "http://127.0.0.1:8000")
    assert origin_allowed("http://127.0.0.1:8000", "https://sf.example", "http://127.0.0.1:8000")
    assert not origin_allowed("https://ondsinnet.example", "https://sf.example", "http://x")
    assert not origin_allowed("null", "null", "http://x")


def test_titles_and_bodies_are_single_line_safe_and_mention_nobody() -> None:
    title, body = title_of(RECEIPT), body_of(RECEIPT)
    assert title == "Behovsmelding bm-2025-0a1b2c3d: Regional ordning 2025, orgnr 979754329"
    assert "@" not in body and "<b>" not in body and "&#60;b&#62;" in body
    assert "Ola &#40;at&#41;nordmann &#124; &#60;b&#62;barnehage&#60;&#47;b&#62;" in body
    assert "koordinator-andel-hoy" in body
    assert commit_message_of(RECEIPT).startswith(title + "\n\n")


def test_the_spool_keeps_one_record_per_id_and_follows_aliases(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    record = Record("bm-2025-0a1b2c3d", "p", "b", "{}\n", {"id": "bm-2025-0a1b2c3d"})
    assert spool.accept(record) is record
    assert spool.accept(Record("bm-2025-0a1b2c3d", "p", "b", "x", {})).content == "{}\n"
    moved = Record("bm-2025-99999999", "p2", "b2", "{}\n", {"id": "bm-2025-99999999"})
    spool.move(record, moved)
    found = spool.find("bm-2025-0a1b2c3d")
    assert found is not None and found.id == "bm-2025-99999999"
    spool.finish(moved)
    assert spool.pending() == [] and spool.holds("bm-2025-99999999")
    done = json.loads((tmp_path / "done" / "bm-2025-99999999.json").read_text())
    assert done["id"] == "bm-2025-99999999" and done["content"] == ""
    assert not list(tmp_path.rglob("*.tmp"))


def test_without_reference_data_the_intake_refuses_instead_of_skipping_rules(
    tmp_path: Path,
) -> None:
    root = Path(__file__).resolve().parents[2]
    validator = Validator(load_schema(root), None, Settings(()))
    intake = make_intake(validator, Spool(tmp_path), tmp_path)
    outcome = intake.receive(b'{"behovsmelding": {}}', None)
    assert outcome.status == 503
    assert outcome.body["problems"][0]["code"] == "mottak-utilgjengelig"
    assert not list((tmp_path / "pending").iterdir())


def test_an_id_made_from_another_key_is_never_answered_with_that_record(
    tmp_path: Path, fixture_office: Path
) -> None:
    root = Path(__file__).resolve().parents[2]
    spool = Spool(tmp_path)
    intake = make_intake(load_validator(fixture_office), spool, tmp_path)
    document = json.loads((root / "tests/examples/valid/desentralisert-minimal.json").read_text())
    del document["id"]
    body = json.dumps({"behovsmelding": document}).encode()
    aimed = keyed_id(document["aar"], "offerets-nokkel-1", SECRET)
    spool.accept(Record(aimed, "p", "b", "{}\n", {"id": aimed, "hemmelig": True}, "annen-hash"))
    outcome = intake.receive(body, "offerets-nokkel-1")
    assert outcome.status == 201
    assert (
        outcome.body["kvittering"]["id"] != aimed and "hemmelig" not in outcome.body["kvittering"]
    )
    again = intake.receive(body, "min-egen-nokkel-2")
    repeat = intake.receive(body, "min-egen-nokkel-2")
    assert (again.status, repeat.status) == (201, 200)
    assert repeat.body["kvittering"] == again.body["kvittering"]


@pytest.mark.parametrize("version", [[], {}, 1, None, "99"])
def test_a_schema_version_of_the_wrong_type_is_a_problem_not_a_crash(
    tmp_path: Path, version: object, fixture_office: Path
) -> None:
    root = Path(__file__).resolve().parents[2]
    intake = make_intake(load_validator(fixture_office), Spool(tmp_path), tmp_path)
    document = json.loads((root / "tests/examples/valid/desentralisert-minimal.json").read_text())
    document["schema_version"] = version
    outcome = intake.receive(json.dumps({"behovsmelding": document}).encode(), None)
    assert outcome.status == 422
    codes = {p["code"] for p in outcome.body["problems"]}
    assert "skjema-versjon-ukjent" in codes or "skjema-type" in codes
    assert not list((tmp_path / "pending").iterdir())


def test_a_melding_without_a_version_is_stored_with_the_current_one(
    tmp_path: Path, fixture_office: Path
) -> None:
    root = Path(__file__).resolve().parents[2]
    spool = Spool(tmp_path)
    validator = load_validator(fixture_office)
    document = json.loads((root / "tests/examples/valid/desentralisert-minimal.json").read_text())
    del document["schema_version"], document["id"]
    outcome = make_intake(validator, spool, tmp_path).receive(
        json.dumps({"behovsmelding": document}).encode(), None
    )
    assert outcome.status == 201, outcome.body
    (record,) = spool.pending()
    assert json.loads(record.content)["schema_version"] == validator.schema.current.version
