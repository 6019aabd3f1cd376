"""Hostile and malformed requests: refused with Norwegian JSON, or stored inertly; never outside submissions/."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support import loopback
from tests.support.receiver import (
    Receiver,
    envelope,
    git,
    melding,
    remote_branches,
    remote_text,
    running_receiver,
    seed_remote,
    wait_for_branches,
)

SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)> ../../etc/passwd =SUM(A1)"
CAP = 300_000


@dataclass
class Setup:
    """One receiver for the module."""

    receiver: Receiver
    remote: Path
    folder: Path


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """Seeded remote and a running receiver with a small body cap."""
    folder = tmp_path_factory.mktemp("fiendtlig")
    remote = seed_remote(folder)
    with running_receiver(folder / "a", remote, max_body_bytes=CAP) as receiver:
        yield Setup(receiver, remote, folder)


def spooled(setup: Setup) -> set[str]:
    """Ids in the receiver's spool, pending or done (the worker moves them meanwhile)."""
    folder = setup.receiver.state_dir / "spool"
    return {p.name for p in folder.rglob("bm-*") if not p.name.startswith(".")}


def fill_text_fields(value: Any, text: str) -> Any:
    """Put ``text`` in front of every free-text string (enums and patterns left alone)."""
    free = {
        "navn",
        "fagmiljo",
        "beskrivelse",
        "involvering",
        "dialog_med_uh",
        "tittel",
        "maalgruppe",
    }
    if isinstance(value, dict):
        return {
            key: (
                text + child
                if key in free and isinstance(child, str)
                else fill_text_fields(child, text)
            )
            for key, child in value.items()
        }
    if isinstance(value, list):
        return [fill_text_fields(child, text) for child in value]
    return value


def test_html_and_script_in_every_text_field_is_stored_inertly(setup: Setup) -> None:
    document = fill_text_fields(melding(1), SCRIPT)
    document["id"] = "../../../../etc/passwd"
    response = setup.receiver.post(envelope(document))
    assert response.status_code == 201, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    receipt = response.json()["kvittering"]
    assert receipt["eier"]["navn"].startswith(SCRIPT)
    wait_for_branches(setup.remote, {receipt["branch"]})
    relpath = f"submissions/2025/desentralisert/{receipt['id']}.json"
    assert git(setup.remote, "diff", "--name-only", "main", receipt["branch"]).split() == [relpath]
    stored = json.loads(remote_text(setup.remote, receipt["branch"], relpath))
    assert stored["tiltak"]["tittel"].startswith(SCRIPT) and stored["id"] == receipt["id"]
    message = git(setup.remote, "log", "-1", "--format=%B", receipt["branch"])
    assert "<script>" not in message and "\n\n\n" not in message


def path_trick(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set one field to a path-like value."""

    def change(document: dict[str, Any]) -> None:
        target = document
        *parents, last = field.split(".")
        for name in parents:
            target = target[name]
        target[last] = value

    return change


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("ordning", "../../../tmp/x", "skjema-ugyldig-format"),
        ("aar", "../2025", "skjema-type"),
        ("uh_partner.uh_id", "../../etc", "skjema-ugyldig-format"),
        ("supplerende", {"behovsmelding_id": "../../x"}, "skjema-ugyldig-format"),
        ("budsjett", {"aar": 2025}, "skjema-type"),
        ("tiltak.antall_deltakere", "mange", "skjema-type"),
    ],
)
def test_path_tricks_and_wrong_types_are_refused(
    setup: Setup, field: str, value: Any, code: str
) -> None:
    before = spooled(setup)
    document = melding(2)
    path_trick(field, value)(document)
    response = setup.receiver.post(envelope(document))
    assert response.status_code == 422
    assert code in {p["code"] for p in response.json()["problems"]}
    assert spooled(setup) == before


def deep(levels: int) -> bytes:
    """An envelope whose melding nests ``levels`` deep."""
    return b'{"behovsmelding": {"a": ' + b"[" * levels + b"]" * levels + b"}}"


@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        (b"not json", {}, 400, "json-ugyldig"),
        (b"[]", {}, 400, "skjema-type"),
        (b"\xef\xbb\xbf{}", {}, 400, "json-bom"),
        (b'{"behovsmelding": {"aar": NaN}}', {}, 400, "json-ugyldig-tall"),
        (b'{"behovsmelding": {}, "behovsmelding": {}}', {}, 400, "json-duplikat-nokkel"),
        (b'{"nettside": ""}', {}, 400, "skjema-mangler-felt"),
        (b'{"behovsmelding": [], "nettside": ""}', {}, 400, "skjema-type"),
        (b'{"behovsmelding": {}, "ekstra": 1}', {}, 400, "skjema-ukjent-felt"),
        (b'{"behovsmelding": {"aar": ' + b"9" * 5000 + b"}}", {}, 400, "json-ugyldig"),
        (b'{"behovsmelding": {"aar": "\\ud800"}}', {}, 400, "json-ugyldig-utf8"),
        (b'{"behovsmelding": {}, "\\udfff": 1}', {}, 400, "json-ugyldig-utf8"),
        (deep(100), {}, 400, "json-for-dyp"),
        (deep(100_000), {}, 400, "json-for-dyp"),
        (b"{}", {"Content-Type": "text/plain"}, 415, "mottak-innholdstype"),
        (b"{}", {"Content-Type": "application/x-www-form-urlencoded"}, 415, "mottak-innholdstype"),
        (b"{}", {"Origin": "http://ondsinnet.example"}, 403, "mottak-opphav"),
        (b"{}", {"Origin": "null"}, 403, "mottak-opphav"),
        (b"{}", {"Idempotency-Key": "kort"}, 400, "mottak-ugyldig-nokkel"),
        (b" " * (CAP + 1), {}, 413, "fil-for-stor"),
    ],
)
def test_malformed_requests_get_norwegian_json_problems(
    setup: Setup, body: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    before = spooled(setup)
    response = setup.receiver.post(body, **headers)
    assert response.status_code == status
    problems = response.json()["problems"]
    assert [p["code"] for p in problems][:1] == [code]
    assert response.json()["status"] == "fail" and "Traceback" not in response.text
    assert spooled(setup) == before


def test_a_chunked_body_over_the_cap_is_cut_off(setup: Setup) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b" " * 10_000

    response = loopback.post(
        f"{setup.receiver.url}/api/behovsmeldinger",
        content=chunks(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["problems"][0]["code"] == "fil-for-stor"


def test_the_honeypot_refuses_and_writes_nothing(setup: Setup) -> None:
    before, branches = spooled(setup), remote_branches(setup.remote)
    response = setup.receiver.post(envelope(melding(3), nettside="http://spam.example"))
    assert response.status_code == 400
    assert response.json()["problems"][0]["code"] == "mottak-avvist"
    assert spooled(setup) == before and remote_branches(setup.remote) == branches


def test_cors_allows_only_the_configured_site(setup: Setup) -> None:
    url = f"{setup.receiver.url}/api/behovsmeldinger"
    site = {"Origin": "http://skjema.example", "Access-Control-Request-Method": "POST"}
    allowed = loopback.options(url, headers=site)
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == "http://skjema.example"
    assert "Idempotency-Key" in allowed.headers["access-control-allow-headers"]
    assert "access-control-allow-credentials" not in allowed.headers
    refused = loopback.options(url, headers=site | {"Origin": "http://ondsinnet.example"})
    assert refused.status_code == 403 and "access-control-allow-origin" not in refused.headers
    sent = setup.receiver.post(envelope(melding(4)), Origin="http://skjema.example")
    assert sent.status_code == 201
    assert sent.headers["access-control-allow-origin"] == "http://skjema.example"
    assert "set-cookie" not in sent.headers


def test_unknown_addresses_and_methods_answer_in_json(setup: Setup) -> None:
    missing = loopback.get(f"{setup.receiver.url}/api/finnes-ikke")
    assert (
        missing.status_code == 404
        and missing.json()["problems"][0]["message"] == "Fant ikke adressen."
    )
    assert missing.json()["problems"][0]["code"] == "mottak-http"
    wrong = loopback.get(f"{setup.receiver.url}/api/behovsmeldinger")
    assert wrong.status_code == 405 and wrong.json()["status"] == "fail"
    assert wrong.json()["problems"][0]["code"] == "mottak-http"


def test_nothing_was_written_outside_submissions(setup: Setup) -> None:
    document = fill_text_fields(melding(6), "../../data/ ")
    document["id"] = "../../../data/vedtak"
    response = setup.receiver.post(envelope(document))
    assert response.status_code == 201, response.text
    own = response.json()["kvittering"]["branch"]
    branches = wait_for_branches(setup.remote, {own})
    assert own in branches
    for branch in branches:
        changed = git(setup.remote, "diff", "--name-only", "main", branch).split()
        assert len(changed) == 1 and changed[0].startswith(
            "submissions/2025/desentralisert/bm-2025-"
        )
    clone = setup.receiver.state_dir / "clone"
    status = git(clone / ".git", "--work-tree", str(clone), "status", "--porcelain")
    assert status == ""
    outside = {p.name for p in setup.folder.iterdir()}
    assert outside == {"remote.git", "a"}


def test_the_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    remote = seed_remote(tmp_path)
    with running_receiver(
        tmp_path / "a", remote, rate_limit_per_minute=1, rate_limit_burst=2
    ) as receiver:
        statuses = [receiver.post(b"{}").status_code for _ in range(2)]
        limited = receiver.post(envelope(melding(1)))
        spoofed = receiver.post(b"{}", **{"X-Forwarded-For": "203.0.113.9"})
    assert statuses == [400, 400] and spoofed.status_code == 429
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert limited.json()["problems"][0]["code"] == "mottak-for-mange"


def test_a_lone_surrogate_is_refused_at_its_field(setup: Setup) -> None:
    body = envelope(melding(5)).replace(b"Lesing i alle fag", b"Lesing \\ud800 i alle fag")
    response = setup.receiver.post(body)
    assert response.status_code == 400
    assert [(p["code"], p["location"]) for p in response.json()["problems"]] == [
        ("json-ugyldig-utf8", "$.tiltak.tittel")
    ]
