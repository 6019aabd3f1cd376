"""Bad input against a real receiver with real SMTP on loopback: 1,000 sends from one client and
1,000 sends to one address (each limited on its own), an address no mail server takes, and an
address that bounces. Each gets a clear Norwegian answer; the log names no person; what was
accepted becomes exactly one branch and one letter each."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from kompetanse.mail.capture import capturing_server
from tests.support import loopback
from tests.support.receiver import (
    PERSONAL,
    Receiver,
    envelope,
    melding,
    remote_branches,
    running_receiver,
    seed_remote,
    wait_for_branches,
)
from tests.support.smtp import RefusingHandler

SENDS = 1_000
CLIENT_BURST = 10
ADDRESS_BURST = 5
TIRELESS = "samme.adresse@example.no"


@dataclass
class Setup:
    """One receiver with tight limits, behind a proxy it trusts, and a refusing SMTP server."""

    receiver: Receiver
    remote: Path
    mail: RefusingHandler


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """Per client 10 at once (then 1 a minute); per address 5 at once (then 1 an hour)."""
    folder = tmp_path_factory.mktemp("misbruk")
    remote = seed_remote(folder)
    handler = RefusingHandler(folder / "epost")
    with capturing_server(folder / "epost", handler) as (smtp, _):
        settings: dict[str, Any] = {
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "mail_from": "post@sf.example",
            "rate_limit_per_minute": 1,
            "rate_limit_burst": CLIENT_BURST,
            "address_limit_per_hour": 1,
            "address_limit_burst": ADDRESS_BURST,
            "trusted_proxies": ["127.0.0.1"],
        }
        with running_receiver(folder / "mottak", remote, **settings) as receiver:
            yield Setup(receiver, remote, handler)


def melding_2027(number: int, epost: str) -> dict[str, Any]:
    """A valid melding for 2027 to this address."""
    document = copy.deepcopy(melding(number))
    document["aar"] = 2027
    for offset, year in enumerate(document["budsjett"]):
        year["aar"] = 2027 + offset
    document["kontaktperson"]["epost"] = epost
    return document


def post_all(setup: Setup, bodies: list[tuple[bytes, str]]) -> list[httpx.Response]:
    """POST every body from the given client address: four connections, each kept open."""

    def send(share: list[tuple[bytes, str]]) -> list[httpx.Response]:
        with loopback.client(base_url=setup.receiver.url, timeout=60) as http:
            return [
                http.post(
                    "/api/behovsmeldinger",
                    content=body,
                    headers={"Content-Type": "application/json", "X-Forwarded-For": client},
                )
                for body, client in share
            ]

    with ThreadPoolExecutor(4) as pool:
        return [
            answer for part in pool.map(send, [bodies[i::4] for i in range(4)]) for answer in part
        ]


def letters_to(setup: Setup, address: str) -> int:
    """Letters the SMTP server has taken for this address."""
    return sum(1 for message in setup.mail.messages if message["To"] == address)


def no_person_in_the_log(setup: Setup, *extra: str) -> None:
    """The log names no contact person, address, client address or secret link."""
    log = setup.receiver.log.read_text(encoding="utf-8")
    for value in (*PERSONAL, TIRELESS, "10.9.", "/behovsmelding/bm-", "/bekreft/", *extra):
        assert value not in log


def test_a_thousand_sends_from_one_client_are_limited_and_nothing_accepted_is_lost(
    setup: Setup,
) -> None:
    bodies = [
        (envelope(melding_2027(n, f"klient{n}@example.no")), "10.9.0.1") for n in range(SENDS)
    ]
    answers = post_all(setup, bodies)
    accepted = [a for a in answers if a.status_code == 201]
    refused = [a for a in answers if a.status_code == 429]
    assert len(accepted) == CLIENT_BURST and len(refused) == SENDS - CLIENT_BURST
    assert {a.json()["problems"][0]["code"] for a in refused} == {"mottak-for-mange"}
    assert "Vent litt og prøv igjen" in refused[0].json()["problems"][0]["message"]
    assert all(int(a.headers["retry-after"]) >= 1 for a in refused)
    branches = {a.json()["kvittering"]["branch"] for a in accepted}
    assert branches <= wait_for_branches(setup.remote, branches)
    setup.mail.wait_for(CLIENT_BURST, 60)
    addresses = {a.json()["kvittering"]["id"] for a in accepted}
    assert len(addresses) == CLIENT_BURST
    assert sum(letters_to(setup, f"klient{n}@example.no") for n in range(SENDS)) == CLIENT_BURST
    no_person_in_the_log(setup, "klient")


def test_a_thousand_sends_to_one_address_from_many_clients_are_limited_per_address(
    setup: Setup,
) -> None:
    bodies = [
        (envelope(melding_2027(n, TIRELESS)), f"10.9.{n // 250 + 1}.{n % 250}")
        for n in range(SENDS)
    ]
    before = remote_branches(setup.remote)
    answers = post_all(setup, bodies)
    accepted = [a for a in answers if a.status_code == 201]
    refused = [a for a in answers if a.status_code == 429]
    assert len(accepted) == ADDRESS_BURST and len(refused) == SENDS - ADDRESS_BURST
    assert {a.json()["problems"][0]["code"] for a in refused} == {"mottak-for-mange-til-adressen"}
    assert "samme e-postadresse" in refused[0].json()["problems"][0]["message"]
    branches = {a.json()["kvittering"]["branch"] for a in accepted}
    found = wait_for_branches(setup.remote, before | branches)
    assert found - before == branches
    with setup.mail.arrived:
        setup.mail.arrived.wait_for(lambda: letters_to(setup, TIRELESS) >= ADDRESS_BURST, 60)
    assert letters_to(setup, TIRELESS) == ADDRESS_BURST
    no_person_in_the_log(setup)


def test_an_address_no_mail_server_takes_is_refused_before_anything_is_stored(
    setup: Setup,
) -> None:
    spooled = set((setup.receiver.state_dir / "spool").rglob("bm-*.json"))
    document = melding_2027(2000, '"kari,nordmann"@example.no')
    answer = setup.receiver.post(envelope(document), **{"X-Forwarded-For": "10.8.0.1"})
    assert answer.status_code == 422
    (problem,) = answer.json()["problems"]
    assert problem["code"] == "mottak-ugyldig-epost"
    assert problem["location"] == "$.kontaktperson.epost"
    assert "ola.nordmann@kommune.no" in problem["message"]
    assert set((setup.receiver.state_dir / "spool").rglob("bm-*.json")) == spooled


def test_a_bouncing_address_is_told_on_the_meldings_page(setup: Setup) -> None:
    document = melding_2027(3000, "avvis.denne@example.no")
    answer = setup.receiver.post(envelope(document), **{"X-Forwarded-For": "10.8.0.2"})
    assert answer.status_code == 201, answer.text
    receipt = answer.json()["kvittering"]
    wait_for_branches(setup.remote, {receipt["branch"]})
    link = receipt["lenke"].replace("http://skjema.example", setup.receiver.url)
    with setup.mail.arrived:
        setup.mail.arrived.wait_for(lambda: "avvis.denne@example.no" in setup.mail.refused, 60)
    answers = (
        loopback.get(link, headers={"Accept": "application/json"}, timeout=30).json()
        for _ in range(5)
    )
    assert any(status["epost_kom_ikke_fram"] for status in answers), "hver side venter en runde"
    page = loopback.get(link, timeout=30).text
    assert 'id="epost-avvist"' in page and "kom ikke fram" in page
    assert letters_to(setup, "avvis.denne@example.no") == 0
    no_person_in_the_log(setup, "avvis.denne@example.no")
