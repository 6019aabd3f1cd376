"""The owner's way back, end to end: a real receiver, a bare remote, a GitHub stand-in and a real
SMTP server on loopback. Confirmation by e-mail, status from git, correction and withdrawal."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from kompetanse.mail.capture import capturing_server
from kompetanse.receiver.tokens import Purpose, make_token
from tests.support import loopback
from tests.support.forge_standin import ForgeState, forge_standin
from tests.support.receiver import (
    PERSONAL,
    SECRET,
    Receiver,
    envelope,
    git,
    melding,
    running_receiver,
    seed_remote,
    wait_for_branches,
)
from tests.support.smtp import RefusingHandler, links_in

TOKEN = "forge-token-eier"


@dataclass
class Setup:
    """One receiver with mail and a forge, shared by the tests in this module."""

    receiver: Receiver
    remote: Path
    forge: ForgeState
    mail: RefusingHandler


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """Seeded remote, forge stand-in, SMTP server and a running receiver."""
    folder = tmp_path_factory.mktemp("eier")
    remote = seed_remote(folder)
    handler = RefusingHandler(folder / "epost")
    with forge_standin(TOKEN) as forge, capturing_server(folder / "epost", handler) as (smtp, _):
        settings = {
            "forge": "github",
            "forge_api_url": forge.base_url,
            "forge_repo": "sf/kompetanse",
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "mail_from": "post@sf.example",
            "public_url": "http://mottak.example",
            "address_limit_burst": 5,
            "address_limit_per_hour": 1,
        }
        env = {"KOMPETANSE_FORGE_TOKEN": TOKEN}
        with running_receiver(folder / "a", remote, env, **settings) as receiver:
            yield Setup(receiver, remote, forge, handler)


def melding_2027(number: int, epost: str = "") -> dict[str, Any]:
    """A valid desentralisert melding for 2027 (before its deadline), one address per number."""
    document = melding(number)
    document["aar"] = 2027
    for offset, year in enumerate(document["budsjett"]):
        year["aar"] = 2027 + offset
    document["kontaktperson"]["epost"] = epost or f"kari.personvern{number}@example.no"
    return document


def send(setup: Setup, document: dict[str, Any], key: str) -> dict[str, Any]:
    """Post, expect 201, wait for the branch; the receipt."""
    response = setup.receiver.post(envelope(document), key)
    assert response.status_code == 201, response.text
    receipt: dict[str, Any] = response.json()["kvittering"]
    wait_for_branches(setup.remote, {receipt["branch"]})
    return receipt


def letter_for(setup: Setup, melding_id: str) -> EmailMessage:
    """The confirmation letter for a melding (waits for it)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for message in setup.mail.wait_for(len(setup.mail.messages) + 0, 0.2):
            if melding_id in str(message["Subject"]):
                return message
        with setup.mail.arrived:
            setup.mail.arrived.wait(0.5)
    raise AssertionError(f"ingen e-post for {melding_id}")


def local(url: str, setup: Setup) -> str:
    """A link from a letter, pointed at the receiver under test."""
    return url.replace("http://mottak.example", setup.receiver.url)


def page_link(receipt: dict[str, Any], setup: Setup) -> str:
    """The melding's own page from the receipt."""
    return local(receipt["lenke"], setup)


def status(setup: Setup, link: str) -> dict[str, Any]:
    """The melding's status as JSON."""
    answer = loopback.get(link, headers={"Accept": "application/json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def branch_log(setup: Setup, branch: str) -> list[str]:
    """Subjects of the branch's own commits."""
    return git(setup.remote, "log", "--format=%s", f"main..{branch}").splitlines()


def test_same_key_with_another_body_is_refused_with_409(setup: Setup) -> None:
    first = send(setup, melding_2027(1), "eier-nokkel-0001")
    again = setup.receiver.post(envelope(melding_2027(1)), "eier-nokkel-0001")
    assert again.status_code == 200 and again.json()["kvittering"]["id"] == first["id"]
    other = setup.receiver.post(envelope(melding_2027(2)), "eier-nokkel-0001")
    assert other.status_code == 409
    assert other.json()["problems"][0]["code"] == "mottak-nokkel-brukt"
    assert "samme nøkkel" in other.json()["problems"][0]["message"]


def test_confirmation_needs_the_button_and_counts_once(setup: Setup) -> None:
    receipt = send(setup, melding_2027(3), "eier-nokkel-0003")
    letter = letter_for(setup, receipt["id"])
    assert letter["To"] == "kari.personvern3@example.no"
    assert [part.get_filename() for part in letter.iter_attachments()] == [
        f"kvittering-{receipt['id']}.html"
    ]
    confirm, own = (local(url, setup) for url in links_in(letter))
    assert "/bekreft/" in confirm and own.split("/behovsmelding/")[0] == setup.receiver.url
    assert loopback.get(confirm).status_code == 200
    assert status(setup, own)["status"] == "til behandling"
    pull = next(p for p in setup.forge.pulls if p["head"]["ref"] == receipt["branch"])
    assert pull["labels_set"] == ["ikke bekreftet"]
    done = loopback.post(confirm)
    assert done.status_code == 200 and "bekreftet" in done.text
    assert branch_log(setup, receipt["branch"])[0].endswith("bekreftet av kontaktpersonen")
    assert "bekreftet" in [e["status"] for e in status(setup, own)["historikk"]]
    twice = loopback.post(confirm)
    assert twice.status_code == 200 and "allerede bekreftet" in twice.text
    assert len(branch_log(setup, receipt["branch"])) == 2
    assert pull["labels_set"] == ["bekreftet"]


def test_a_correction_is_a_second_commit_on_the_same_branch(setup: Setup) -> None:
    receipt = send(setup, melding_2027(4), "eier-nokkel-0004")
    token = receipt["lenke"].rsplit("/", 1)[1]
    api = f"{setup.receiver.url}/api/behovsmeldinger/rett/{token}"
    opened = loopback.get(api).json()
    assert opened["id"] == receipt["id"] and "id" not in opened["behovsmelding"]
    changed = opened["behovsmelding"] | {
        "tiltak": opened["behovsmelding"]["tiltak"] | {"antall_deltakere": 99}
    }
    answer = loopback.post(
        api, content=envelope(changed), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 200 and answer.json()["endret"] is True
    relpath = f"submissions/2027/desentralisert/{receipt['id']}.json"
    files = git(setup.remote, "diff", "--name-status", "main", receipt["branch"]).split()
    assert files == ["A", relpath]
    assert (
        json.loads(git(setup.remote, "show", f"{receipt['branch']}:{relpath}"))["tiltak"][
            "antall_deltakere"
        ]
        == 99
    )
    assert branch_log(setup, receipt["branch"])[0].endswith("rettet av eieren")
    moved = changed | {"ordning": "regional"}
    refused = loopback.post(
        api, content=envelope(moved), headers={"Content-Type": "application/json"}
    )
    assert refused.status_code == 409 and refused.json()["problems"][0]["code"] == "retting-flytter"


def test_withdrawal_closes_the_pull_request_once_and_keeps_the_branch(setup: Setup) -> None:
    receipt = send(setup, melding_2027(5), "eier-nokkel-0005")
    letter = letter_for(setup, receipt["id"])
    confirm = local(links_in(letter)[0], setup)
    own = page_link(receipt, setup)
    assert 'id="trekk"' in loopback.get(own).text
    withdrawn = loopback.post(f"{own}/trekk", data={"grunn": "Feil tiltak <b>sendt</b>"})
    assert withdrawn.status_code == 200 and "trukket" in withdrawn.text
    pull = next(p for p in setup.forge.pulls if p["head"]["ref"] == receipt["branch"])
    assert pull["state"] == "closed" and "trukket" in pull["labels_set"]
    assert "Feil tiltak" in pull["comments"][-1] and "<b>" not in pull["comments"][-1]
    assert receipt["branch"] in git(setup.remote, "branch", "--list", receipt["branch"])
    assert status(setup, own)["status"] == "trukket"
    again = loopback.post(f"{own}/trekk", data={"grunn": ""})
    assert again.status_code == 409 and "allerede trukket" in again.text
    late = loopback.post(confirm)
    assert late.status_code == 409 and "trukket" in late.text
    token = receipt["lenke"].rsplit("/", 1)[1]
    closed = loopback.get(f"{setup.receiver.url}/api/behovsmeldinger/rett/{token}")
    assert closed.status_code == 409 and closed.json()["problems"][0]["code"] == "retting-stengt"


def test_after_the_deadline_the_page_says_whom_to_contact(setup: Setup) -> None:
    receipt = send(setup, melding(6), "eier-nokkel-0006")
    assert receipt["etter_fristen"] is True
    page = loopback.get(page_link(receipt, setup)).text
    assert 'id="kontakt"' in page and "Dag Eksempelsen" in page and 'id="rett"' not in page
    token = receipt["lenke"].rsplit("/", 1)[1]
    answer = loopback.post(
        f"{setup.receiver.url}/api/behovsmeldinger/rett/{token}",
        content=envelope(melding(6)),
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 409 and answer.json()["problems"][0]["code"] == "retting-stengt"
    pull = next(p for p in setup.forge.pulls if p["head"]["ref"] == receipt["branch"])
    assert "sendt etter fristen" in pull["labels_set"]


def test_forged_and_expired_links_get_clear_answers(setup: Setup) -> None:
    receipt = send(setup, melding_2027(7), "eier-nokkel-0007")
    own = page_link(receipt, setup)
    forged = own[:-3] + ("AAA" if not own.endswith("AAA") else "BBB")
    assert (
        loopback.get(forged).status_code == 404
        and "Lenken virker ikke" in loopback.get(forged).text
    )
    old = make_token(SECRET.encode(), Purpose.LENKE, receipt["id"], -10)
    expired = loopback.get(
        f"{setup.receiver.url}/behovsmelding/{old}", headers={"Accept": "application/json"}
    )
    assert expired.status_code == 410 and expired.json()["problems"][0]["code"] == "lenke-utlopt"
    wrong = loopback.get(
        f"{setup.receiver.url}/api/behovsmeldinger/rett/{forged.rsplit('/', 1)[1]}"
    )
    assert wrong.status_code == 404 and wrong.json()["problems"][0]["code"] == "lenke-ugyldig"
    confirm_as_page = own.replace("/behovsmelding/", "/bekreft/")
    assert loopback.post(confirm_as_page).status_code == 404


def test_a_refused_address_loses_nothing_else_and_many_sends_to_one_address_are_limited(
    setup: Setup,
) -> None:
    refused = send(setup, melding_2027(8, "avvis.meg@example.no"), "eier-nokkel-0008")
    before = len(setup.mail.messages)
    answers = [
        setup.receiver.post(envelope(melding_2027(100 + n, "mange@example.no"))).status_code
        for n in range(40)
    ]
    assert answers.count(201) <= 6 and answers.count(429) >= 34
    limited = setup.receiver.post(envelope(melding_2027(200, "mange@example.no")))
    assert limited.json()["problems"][0]["code"] == "mottak-for-mange-til-adressen"
    setup.mail.wait_for(before + answers.count(201), 30)
    assert sum(1 for m in setup.mail.messages if m["To"] == "mange@example.no") == answers.count(
        201
    )
    log = setup.receiver.log.read_text(encoding="utf-8")
    assert f"e-post for {refused['id']} ble avvist" in log
    assert all(
        value not in log for value in (*PERSONAL, "avvis.meg@example.no", "mange@example.no")
    )
    assert "/behovsmelding/bm-" not in log and "/bekreft/" not in log


def test_a_nynorsk_melding_gets_its_letter_pages_and_answers_in_nynorsk(setup: Setup) -> None:
    document = melding_2027(40)
    document["maalform"] = "nn"
    receipt = send(setup, document, "eier-nokkel-0040")
    letter = letter_for(setup, receipt["id"])
    assert str(letter["Subject"]).startswith("Stadfest e-postadressa for behovsmelding")
    text = letter.get_body(preferencelist=("plain",))
    assert text is not None and "har teke imot ei behovsmelding" in text.get_content()
    copy = next(letter.iter_attachments()).get_content()
    assert '<html lang="nn">' in copy and "Behovsmeldinga vart teken imot" in copy
    confirm, own = (local(url, setup) for url in links_in(letter))
    button = loopback.get(confirm)
    assert '<html lang="nn">' in button.text and "Stadfest e-postadressa" in button.text
    done = loopback.post(confirm)
    assert done.status_code == 200 and "E-postadressa er stadfesta" in done.text
    own_page = loopback.get(own)
    assert '<html lang="nn">' in own_page.text
    for words in ("Innhaldet i behovsmeldinga", "Trekk behovsmeldinga", "Eigar", "teken imot"):
        assert words in own_page.text
    assert "Behovsmeldingen" not in own_page.text
