"""Ids nobody can aim at: 100,000 sender-chosen keys never land on an id that exists; tokens."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from kompetanse.domain.settings import Settings
from kompetanse.receiver.deadline import deadline_problem, is_late
from kompetanse.receiver.ids import keyed_id
from kompetanse.receiver.intake import Intake, IntakeLimits
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.remote import RemoteState, Snapshot
from kompetanse.receiver.spool import Record, Spool
from kompetanse.receiver.tokens import Purpose, Verdict, check_token, make_token
from kompetanse.repository.check import load_validator

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"hemmeligheten-til-mottaket-i-denne-testen"
KEYS = 100_000


def intake_with(
    office: Path, folder: Path, base_ids: frozenset[str], branches: dict[str, str]
) -> Intake:
    """An intake whose remote holds these files on the base and these branches."""
    remote = RemoteState(folder / "klon", "main")
    remote.replace(Snapshot("", base_ids, branches))
    limits = IntakeLimits(3600.0, RateLimiter(1000, 1000))
    return Intake(load_validator(office), Spool(folder / "spool"), remote, SECRET, limits)


def test_a_hundred_thousand_chosen_keys_never_give_an_id_that_exists(
    tmp_path: Path, fixture_office: Path
) -> None:
    keys = [f"avsenders-nokkel-{n:06d}" for n in range(KEYS)]
    aimed = {keyed_id(2026, key, SECRET) for key in keys[::100]}
    old = {path.stem for path in (fixture_office / "submissions").rglob("bm-*.json")}
    branches = {f"behovsmelding/{keyed_id(2026, key, SECRET)}": "0" * 40 for key in keys[1::1000]}
    existing = frozenset(aimed | old)
    intake = intake_with(fixture_office, tmp_path, existing, branches)
    spooled = keyed_id(2026, keys[7], SECRET)
    intake.spool.accept(Record(spooled, "p", "b", "{}\n", {"id": spooled}, "en-annen-nokkel"))
    melding = {"aar": 2026}
    chosen = [intake.choose_id(melding, key) for key in keys]
    assert not set(chosen) & (existing | {spooled})
    assert len(set(chosen)) == KEYS
    untouched = [n for n in range(KEYS) if n % 100 and n != 7]
    assert all(chosen[n] == keyed_id(2026, keys[n], SECRET) for n in untouched)
    assert all(len(melding_id) == len("bm-2026-") + 16 for melding_id in chosen)


def test_the_id_depends_on_the_secret_not_on_the_key_alone() -> None:
    assert keyed_id(2026, "samme-nokkel", SECRET) != keyed_id(2026, "samme-nokkel", b"x" * 40)
    assert keyed_id(2026, "samme-nokkel", SECRET) == keyed_id(2026, "samme-nokkel", SECRET)


def test_tokens_are_checked_by_purpose_signature_and_time() -> None:
    token = make_token(SECRET, Purpose.LENKE, "bm-2026-0123456789abcdef", 60, now=1000)
    assert check_token(SECRET, Purpose.LENKE, token, now=1030).verdict is Verdict.GYLDIG
    assert check_token(SECRET, Purpose.LENKE, token, now=1061).verdict is Verdict.UTLOPT
    assert check_token(SECRET, Purpose.BEKREFT, token, now=1030).verdict is Verdict.UGYLDIG
    assert check_token(b"y" * 40, Purpose.LENKE, token, now=1030).verdict is Verdict.UGYLDIG
    melding_id, expires, mac = token.split(".")
    longer = f"{melding_id}.{int(expires) + 10**6}.{mac}"
    assert check_token(SECRET, Purpose.LENKE, longer, now=1030).verdict is Verdict.UGYLDIG
    for bad in ("", "a.b.c", "../../etc.1.x", f"{melding_id}.١٢.{mac}"):
        assert check_token(SECRET, Purpose.LENKE, bad).verdict is Verdict.UGYLDIG
    assert len(mac) >= 22, "128 bits or more"


def test_a_document_is_stored_with_the_state_only_the_receiver_writes(
    tmp_path: Path, fixture_office: Path
) -> None:
    intake = intake_with(fixture_office, tmp_path, frozenset(), {})
    document = json.loads((ROOT / "tests/examples/valid/desentralisert-minimal.json").read_text())
    document["innsending"] = {"epost": "bekreftet", "bekreftet": "2026-01-01T00:00:00Z"}
    outcome = intake.receive(json.dumps({"behovsmelding": document}).encode(), None)
    assert outcome.status == 201, outcome.body
    (record,) = intake.spool.pending()
    assert json.loads(record.content)["innsending"]["epost"] == "ikke_bekreftet"


def test_a_year_set_to_refuse_late_meldinger_refuses_them(fixture_office: Path) -> None:
    settings = load_validator(fixture_office).settings
    late = {"aar": 2025, "ordning": "desentralisert"}
    assert is_late(late, settings, dt.date(2025, 2, 2)) and not is_late(
        late, settings, dt.date(2025, 2, 1)
    )
    assert deadline_problem(late, settings) is None
    rows = [replace(row, etter_fristen="avvis") for row in settings._innstilling_by_key.values()]
    refused = deadline_problem(late, Settings(rows))
    assert refused is not None and refused.code == "frist-utlopt"
    assert "1. februar 2025" in refused.message
