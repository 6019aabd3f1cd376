"""The form in nynorsk, end to end: a person fills the nynorsk form with the keyboard, meets the
errors in nynorsk, fixes them, sends it to the real receiver and gets the receipt in nynorsk;
the stored melding records that it was written in nynorsk, and the receiver's own warning comes
back in nynorsk too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.acceptance.form_filling import (
    ENOUGH_EGENANDEL,
    OWNER_ORGNR,
    fill_budget,
    fill_contact,
    fill_owner,
    fill_partner_and_need,
    fill_start,
    fill_units,
)
from tests.support.browser import RequestLog
from tests.support.form import (
    active_id,
    arithmetic,
    clean_page,
    confirm_and_send,
    field_error,
    review,
    tab_to,
    type_into,
)
from tests.support.receiver import (
    Receiver,
    remote_text,
    running_receiver,
    seed_remote,
    wait_for_branches,
)

NN_FORM = "/nn/meld-behov/"
OUTSIDE_THE_OFFICE = "Buskerud"


@pytest.fixture(scope="module")
def receiver_and_remote(
    tmp_path_factory: pytest.TempPathFactory, built_site: Path
) -> Iterator[tuple[Receiver, Path]]:
    """The real receiver serving the built site and the API on one loopback origin."""
    folder = tmp_path_factory.mktemp("nynorsk-mottak")
    remote = seed_remote(folder)
    with running_receiver(folder / "mottak", remote, static_dir=str(built_site)) as receiver:
        yield receiver, remote


def fill_in_nynorsk(page: Page) -> None:
    """The whole form with the keyboard, choices picked by their nynorsk names."""
    page.focus("body")
    fill_start(page)
    fill_owner(page, fylke=OUTSIDE_THE_OFFICE)
    fill_units(page, school="Grunnskule")
    fill_partner_and_need(page)
    fill_budget(page)
    fill_contact(page)
    tab_to(page, "send-knapp")


def assert_nynorsk_errors(page: Page) -> None:
    """The summary and the two field errors, in nynorsk."""
    assert active_id(page) == "feiloppsummering"
    summary = page.inner_text("#feiloppsummering")
    assert "Skjemaet har 2 feil som må rettast før de kan sende" in summary
    assert "er ikkje eit gyldig organisasjonsnummer" in field_error(
        page, "f-eier-organisasjonsnummer"
    )
    assert "må vere minst 114\u00a0000\u00a0kr" in field_error(page, "f-egenandel-belop")
    assert "eigarandelen kvart år" in page.inner_text("#f-egenandel-belop-feil")


def correct_and_review(page: Page) -> str:
    """Fix both errors from the keyboard and go to the step before sending; its text."""
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert active_id(page) == "f-eier-organisasjonsnummer"
    page.keyboard.press("Control+A")
    page.keyboard.type(OWNER_ORGNR)
    type_into(page, "f-egenandel-belop", ENOUGH_EGENANDEL)
    assert "Eigenandelen er høg nok." in arithmetic(page)
    return review(page)


def assert_nynorsk_review(text: str) -> None:
    """The step before sending: the whole melding and the office's warning, in nynorsk."""
    assert "Sjå over før de sender" in text
    assert "1 åtvaring de må ta stilling til" in text
    assert f"{OUTSIDE_THE_OFFICE} høyrer ikkje til Statsforvaltaren i Prøvelandet" in text
    assert "Vi har sett åtvaringa og vil sende likevel" in text
    assert "Om behovsmeldinga" in text and "Namn på eigar" in text


def test_the_nynorsk_form_is_filled_corrected_and_sent_and_the_melding_records_nn(
    browser: Browser, receiver_and_remote: tuple[Receiver, Path]
) -> None:
    receiver, remote = receiver_and_remote
    with clean_page(browser) as page, RequestLog(page, receiver.url) as log:
        page.goto(receiver.url + NN_FORM)
        page.wait_for_selector("#behovsmelding-skjema")
        assert page.get_attribute("html", "lang") == "nn"
        assert page.inner_text("#send-knapp") == "Sjå over og send"
        assert "Namn på eigar" in page.inner_text("#behovsmelding-skjema")
        fill_in_nynorsk(page)
        assert "Minste eigenandel" in arithmetic(page)
        page.keyboard.press("Enter")
        assert_nynorsk_errors(page)
        assert_nynorsk_review(correct_and_review(page))
        confirm_and_send(page)
        page.wait_for_selector("#kvittering-id")
        receipt = page.inner_text("#kvittering")
        assert "Behovsmeldinga er sendt" in receipt and "Kva skjer no?" in receipt
        assert "Referansenummer" in receipt and "Sum for heile perioden" in receipt
        assert "Statsforvaltaren ser òg på dette" in receipt
        assert f"{OUTSIDE_THE_OFFICE} høyrer ikkje til Statsforvaltaren i Prøvelandet" in receipt
        assert "Behovsmeldinga slik de sende ho" in receipt
        melding_id = page.inner_text("#kvittering-id")
        assert log.console_errors == [] and log.foreign == []
    branch = f"behovsmelding/{melding_id}"
    assert branch in wait_for_branches(remote, {branch})
    stored = json.loads(
        remote_text(remote, branch, f"submissions/2027/desentralisert/{melding_id}.json")
    )
    assert stored["maalform"] == "nn"
    assert list(stored)[:3] == ["schema_version", "id", "maalform"]
