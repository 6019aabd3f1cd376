"""End to end: a person fills the form with the keyboard, fixes two errors and sends it to the
real receiver (``kompetanse serve`` on loopback, serving the built site); the melding arrives as
a branch with the exact file in the bare remote, and the receipt is on the page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Request

from tests.acceptance.form_filling import (
    ENOUGH_EGENANDEL,
    EXPECTED,
    OWNER_ORGNR,
    fill_everything,
)
from tests.support.browser import RequestLog
from tests.support.form import (
    active_id,
    arithmetic,
    clean_page,
    field_error,
    open_form,
    press_button,
    review,
    type_into,
)
from tests.support.receiver import (
    Receiver,
    remote_text,
    running_receiver,
    seed_remote,
    stored_content,
    wait_for_branches,
)

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


@pytest.fixture(scope="module")
def receiver_and_remote(
    tmp_path_factory: pytest.TempPathFactory, built_site: Path
) -> Iterator[tuple[Receiver, Path]]:
    """The real receiver serving the built site and the API on one loopback origin."""
    folder = tmp_path_factory.mktemp("skjema-mottak")
    remote = seed_remote(folder)
    with running_receiver(folder / "mottak", remote, static_dir=str(built_site)) as receiver:
        yield receiver, remote


def api_posts(log: RequestLog) -> list[Request]:
    """The behovsmeldinger the page has posted to the receiver's API."""
    return [request for request in log.posted if request.url.endswith("/api/behovsmeldinger")]


def test_keyboard_filled_melding_is_corrected_sent_and_stored_on_its_own_branch(
    browser: Browser, receiver_and_remote: tuple[Receiver, Path]
) -> None:
    receiver, remote = receiver_and_remote
    with clean_page(browser) as page, RequestLog(page, receiver.url) as log:
        open_form(page, receiver.url)
        fill_everything(page)
        assert "Det mangler 14\u00a0000\u00a0kr" in arithmetic(page)

        page.keyboard.press("Enter")
        assert active_id(page) == "feiloppsummering"
        summary = page.inner_text("#feiloppsummering")
        assert "2 feil" in summary
        orgnr_error = field_error(page, "f-eier-organisasjonsnummer")
        egenandel_error = field_error(page, "f-egenandel-belop")
        assert "«123 456 789» er ikke et gyldig organisasjonsnummer" in orgnr_error
        assert "må være minst 114\u00a0000\u00a0kr" in egenandel_error
        for field in ("f-eier-organisasjonsnummer", "f-egenandel-belop"):
            assert page.get_attribute(f"#{field}", "aria-invalid") == "true"
            assert f"{field}-feil" in (page.get_attribute(f"#{field}", "aria-describedby") or "")
        assert api_posts(log) == [], "en behovsmelding med feil skal ikke sendes"

        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert active_id(page) == "f-eier-organisasjonsnummer"
        page.keyboard.press("Control+A")
        page.keyboard.type(OWNER_ORGNR)
        assert field_error(page, "f-eier-organisasjonsnummer") == ""
        type_into(page, "f-egenandel-belop", ENOUGH_EGENANDEL)
        assert "Egenandelen er høy nok." in arithmetic(page)
        text = review(page)
        assert "Skjemaet har ingen advarsler." in text and "Cicignon skole" in text
        press_button(page, "send-endelig")
        page.wait_for_selector("#kvittering-id")

        assert active_id(page) == "kvittering-tittel"
        assert len(api_posts(log)) == 1
        request = api_posts(log)[0]
        body: dict[str, Any] = json.loads(request.post_data or "")
        assert body["nettside"] == ""
        assert UUID.match(request.headers["idempotency-key"])
        melding_id = page.inner_text("#kvittering-id")
        assert re.fullmatch(r"bm-2027-[0-9a-f]{16}", melding_id)
        branch = f"behovsmelding/{melding_id}"
        assert "Gren" not in page.inner_text("#kvittering")
        assert page.inner_text("#kvittering-sum") == "660\u00a0000\u00a0kr"
        assert page.evaluate("() => localStorage.getItem('kompetanse:meld-behov:utkast')") is None
        assert log.foreign == []
        assert log.console_errors == []

    assert branch in wait_for_branches(remote, {branch})
    text = remote_text(remote, branch, f"submissions/2027/desentralisert/{melding_id}.json")
    assert text == stored_content(body["behovsmelding"], melding_id)
    assert json.loads(text) == {
        "schema_version": "1",
        "id": melding_id,
        **EXPECTED,
        "innsending": {"epost": "ikke_bekreftet"},
    }
