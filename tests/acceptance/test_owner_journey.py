"""The owner's whole way in Chromium: fill the form, see the step before sending with a
koordinator warning, send, read the letter from a real SMTP server on loopback, open its links,
confirm, correct the melding through the link (a new commit on the same branch, shown by
``kompetanse review``), withdraw; and, for another melding, «vedtatt» once a vedtak row is on
``main``."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from kompetanse.mail.capture import CapturingHandler, capturing_server
from tests.acceptance.form_filling import ENOUGH_EGENANDEL, OWNER_ORGNR, fill_everything
from tests.examples_support import EXAMPLES
from tests.support import loopback
from tests.support.browser import RequestLog
from tests.support.forge_standin import ForgeState, forge_standin
from tests.support.form import (
    active_id,
    clean_page,
    confirm_and_send,
    open_form,
    press_button,
    review,
    send_from_review,
    type_into,
)
from tests.support.receiver import (
    KOMPETANSE,
    Receiver,
    envelope,
    free_port,
    git,
    melding,
    running_receiver,
    seed_remote,
    wait_for_branches,
)
from tests.support.smtp import links_in

TOKEN = "forge-token-reisen"
ADDRESS = "kari.nordmann@example.no"


@dataclass
class Journey:
    """A receiver serving the built site, with a forge stand-in and an SMTP server."""

    receiver: Receiver
    remote: Path
    forge: ForgeState
    mail: CapturingHandler
    folder: Path


@pytest.fixture(scope="module")
def journey(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> Iterator[Journey]:
    """Everything on loopback; the owner's links point at the receiver itself."""
    folder = tmp_path_factory.mktemp("reisen")
    remote = seed_remote(folder)
    port = free_port()
    own = f"http://127.0.0.1:{port}"
    with forge_standin(TOKEN) as forge, capturing_server(folder / "epost") as (smtp, mail):
        settings = {
            "forge": "github",
            "forge_api_url": forge.base_url,
            "forge_repo": "sf/kompetanse",
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "mail_from": "post@sf.example",
            "public_url": own,
            "allowed_origin": own,
            "static_dir": str(built_site),
            "listen_port": port,
        }
        env = {"KOMPETANSE_FORGE_TOKEN": TOKEN}
        with running_receiver(folder / "mottak", remote, env, **settings) as receiver:
            yield Journey(receiver, remote, forge, mail, folder)


def letter_for(journey: Journey, melding_id: str, count: int = 1) -> EmailMessage:
    """The ``count``-th letter about a melding, once it has arrived."""
    with journey.mail.arrived:
        journey.mail.arrived.wait_for(
            lambda: sum(melding_id in str(m["Subject"]) for m in journey.mail.messages) >= count,
            60,
        )
        found = [m for m in journey.mail.messages if melding_id in str(m["Subject"])]
    assert len(found) >= count, f"ingen e-post nummer {count} for {melding_id}"
    return found[count - 1]


def commits(journey: Journey, branch: str) -> list[str]:
    """Subjects of the branch's own commits, newest first."""
    return git(journey.remote, "log", "--format=%s", f"main..{branch}").splitlines()


def fill_with_a_high_koordinator_share(page: Page) -> None:
    """The whole form with the keyboard; 60 000 of 410 000 kr for the koordinator in 2027."""
    fill_everything(page, OWNER_ORGNR, ENOUGH_EGENANDEL)
    type_into(page, "f-budsjett-0-koordinator_andel", "60000")


def send_with_the_form(page: Page, journey: Journey) -> str:
    """Fill, review (the koordinator warning is there), confirm the warning, send; the id."""
    open_form(page, journey.receiver.url)
    fill_with_a_high_koordinator_share(page)
    text = review(page)
    assert "1 advarsel dere må ta stilling til" in text
    assert "Koordinatorandelen for 2027 er 14,6 % av summen; varselgrensen er 10" in text
    assert "Fredrikstad kommune" in text and "Høgskolen i Østfold" in text, "hele behovsmeldingen"
    confirm_and_send(page)
    page.wait_for_selector("#kvittering-id")
    assert active_id(page) == "kvittering-tittel"
    receipt = page.inner_text("#kvittering")
    assert "Gren" not in receipt and "Pull request" not in receipt
    assert f"Vi sender en e-post til {ADDRESS}" in receipt
    return page.inner_text("#kvittering-id")


def check_the_letter(letter: EmailMessage, melding_id: str) -> tuple[str, str]:
    """To the contact person, with the receipt attached; its two links."""
    assert letter["To"] == ADDRESS and letter["From"] == "post@sf.example"
    (copy,) = list(letter.iter_attachments())
    assert copy.get_filename() == f"kvittering-{melding_id}.html"
    html = copy.get_content()
    assert "Statsforvalteren i Prøvelandet" in html and "Lesing i alle fag" in html
    confirm, own = links_in(letter)
    assert "/bekreft/" in confirm and "/behovsmelding/" in own
    return confirm, own


def confirm_in_the_browser(page: Page, confirm: str, own: str) -> None:
    """The link shows a button; pressing it confirms; the melding's page then says so."""
    page.goto(confirm)
    assert page.inner_text("h1") == "Bekreft e-postadressen"
    press_button(page, "bekreft")
    expect(page.locator("h1")).to_have_text("E-postadressen er bekreftet")
    page.goto(own)
    assert "bekreftet" in page.inner_text("#historikk")


DRAFT = """() => localStorage.setItem("kompetanse:meld-behov:utkast", JSON.stringify(
  { doc: { eier: { navn: "Utkastets kommune" } }, key: "utkast-nokkel-1", saved: "2026-11-30T12:00:00Z" }))"""


def correct_in_the_browser(page: Page) -> None:
    """From the melding's page to the form, prefilled; 99 participants instead of 70; send.
    A draft of another melding in the browser is left as it was, and comes back afterwards."""
    page.evaluate(DRAFT)
    press_button(page, "rett")
    page.wait_for_selector("#retting-tittel")
    expect(page.locator("#retting-tittel")).to_be_focused()
    assert "#rett=" not in page.url, "lenken tas ut av adressefeltet"
    assert page.input_value("#f-tiltak-antall_deltakere") == "70"
    assert page.input_value("#f-kontaktperson-epost") == ADDRESS
    type_into(page, "f-tiltak-antall_deltakere", "99")
    text = send_from_review(page)
    assert "Koordinatorandelen for 2027" in text
    expect(page.locator("#kvittering-tittel")).to_have_text("Rettingen er mottatt")
    press_button(page, "meld-nytt")
    assert page.input_value("#f-eier-navn") == "Utkastets kommune"
    assert page.is_hidden("#retting")


def review_of_the_correction(journey: Journey, branch: str) -> str:
    """``kompetanse review`` of the branch against the commit before the correction."""
    clone = journey.folder / "saksbehandler"
    subprocess.run(["git", "clone", "-q", str(journey.remote), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", branch], check=True)
    before = subprocess.run(
        ["git", "-C", str(clone), "rev-parse", "HEAD~1"], capture_output=True, text=True
    ).stdout.strip()
    result = subprocess.run(
        [str(KOMPETANSE), "review", "--base", before, "--root", str(clone)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_an_owner_sends_confirms_corrects_and_withdraws(browser: Browser, journey: Journey) -> None:
    with clean_page(browser) as page, RequestLog(page, journey.receiver.url) as log:
        melding_id = send_with_the_form(page, journey)
        branch = f"behovsmelding/{melding_id}"
        confirm, own = check_the_letter(letter_for(journey, melding_id), melding_id)
        assert own == page.get_attribute("#kvittering-lenke", "href")
        confirm_in_the_browser(page, confirm, own)
        assert commits(journey, branch)[0].endswith("bekreftet av kontaktpersonen")
        before = len(commits(journey, branch))
        correct_in_the_browser(page)
        assert len(commits(journey, branch)) == before + 1
        assert commits(journey, branch)[0].endswith("rettet av eieren")
        report = review_of_the_correction(journey, branch)
        assert "| `$.tiltak.antall_deltakere` | 70 | 99 |" in report
        assert "bekreftet" in report and "fra eierens domene" in report
        assert "endrer en eksisterende" not in report
        page.goto(own)
        type_into(page, "grunn", "Vi melder behovet sammen med nabokommunen i stedet.")
        press_button(page, "trekk")
        expect(page.locator("h1")).to_have_text("Behovsmeldingen er trukket")
        assert log.console_errors == [] and log.foreign == []
    pull = next(p for p in journey.forge.pulls if p["head"]["ref"] == branch)
    assert pull["state"] == "closed" and "nabokommunen" in pull["comments"][-1]
    status = loopback.get(own, headers={"Accept": "application/json"}, timeout=30).json()
    assert status["status"] == "trukket"
    assert [e["status"] for e in status["historikk"]][:2] == ["mottatt", "bekreftet"]


def land_on_main(journey: Journey, branch: str, melding_id: str) -> None:
    """The caseworker merges the melding and records the vedtak on ``main``."""
    clone = journey.folder / "vedtak"
    run = [
        "git",
        "-C",
        str(clone),
        "-c",
        "user.name=Saksbehandler",
        "-c",
        "user.email=s@sf.example",
    ]
    subprocess.run(["git", "clone", "-q", str(journey.remote), str(clone)], check=True)
    subprocess.run([*run, "merge", "-q", "--no-ff", "-m", "Flett", f"origin/{branch}"], check=True)
    with (clone / "data/vedtak.csv").open("a", encoding="utf-8") as table:
        table.write(f"{melding_id},2027,2027,300000,150000,10000\n")
    subprocess.run([*run, "commit", "-q", "-am", f"Vedtak for {melding_id}"], check=True)
    subprocess.run([*run, "push", "-q", "origin", "HEAD:main"], check=True)


def test_a_vedtak_row_on_main_makes_the_status_vedtatt_and_closes_the_correction(
    journey: Journey,
) -> None:
    document = melding(40) | {"aar": 2027}
    for offset, year in enumerate(document["budsjett"]):
        year["aar"] = 2027 + offset
    answer = journey.receiver.post(envelope(document), "reisen-vedtak-0001")
    assert answer.status_code == 201, answer.text
    receipt: dict[str, Any] = answer.json()["kvittering"]
    wait_for_branches(journey.remote, {receipt["branch"]})
    land_on_main(journey, receipt["branch"], receipt["id"])
    status = loopback.get(receipt["lenke"], headers={"Accept": "application/json"}, timeout=30)
    assert status.json()["status"] == "vedtatt"
    assert "Vedtak om tilskudd på 460\u00a0000 kr." in json.dumps(status.json(), ensure_ascii=False)
    token = receipt["lenke"].rsplit("/", 1)[1]
    api = f"{journey.receiver.url}/api/behovsmeldinger/rett/{token}"
    refused = loopback.post(
        api, content=envelope(document), headers={"Content-Type": "application/json"}
    )
    assert refused.status_code == 409 and refused.json()["problems"][0]["code"] == "retting-stengt"
    page = loopback.get(receipt["lenke"], timeout=30).text
    assert 'id="kontakt"' in page and "Dag Eksempelsen" in page and 'id="rett"' not in page


def test_a_rapport_gets_no_confirmation_letter(journey: Journey) -> None:
    rapport = json.loads((EXAMPLES / "valid/rapport-minimal.json").read_text(encoding="utf-8"))
    del rapport["id"], rapport["schema_version"]
    body = json.dumps({"rapport": rapport, "nettside": ""}, ensure_ascii=False).encode()
    answer = loopback.post(
        f"{journey.receiver.url}/api/rapporter",
        content=body,
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    assert answer.status_code == 201, answer.text
    rapport_id = answer.json()["kvittering"]["id"]
    after = journey.receiver.post(envelope(melding(41) | {"aar": 2027} | years_from(2027)))
    assert after.status_code == 201, after.text
    letter_for(journey, after.json()["kvittering"]["id"])
    assert not any(rapport_id in str(m["Subject"]) for m in journey.mail.messages)
    log = journey.receiver.log.read_text(encoding="utf-8")
    assert f"bekreftelse lagt i kø for {rapport_id}" not in log


def years_from(aar: int) -> dict[str, Any]:
    """A two-year budget that starts in ``aar``."""
    budget = melding(0)["budsjett"]
    return {"budsjett": [year | {"aar": aar + n} for n, year in enumerate(budget)]}
