"""How the form handles the receiver's answers: problems at their fields, refusals, the receipt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Route, expect

from tests.support.browser import describe_violations
from tests.support.form import (
    active_id,
    axe_violations,
    confirm_and_send,
    field_error,
    form_page,
    press_button,
    review,
    send_from_review,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests/examples/valid/desentralisert-minimal.json"
API = "**/api/behovsmeldinger"
PROBLEMS = {
    "status": "fail",
    "files": 1,
    "errors": 1,
    "warnings": 1,
    "problems": [
        {
            "code": "orgnr-ugyldig",
            "severity": "error",
            "file": "behovsmelding",
            "location": "$.eier.organisasjonsnummer",
            "message": (
                "«819935181» er ikke et gyldig organisasjonsnummer. Sjekk at det har 9 siffer og "
                "er skrevet riktig."
            ),
        },
        {
            "code": "fylke-utenfor-embetet",
            "severity": "warning",
            "file": "behovsmelding",
            "location": "$.eier.fylke",
            "message": "Akershus hører ikke til embetet. Er behovsmeldingen sendt til riktig embete?",
        },
    ],
}
RECEIPT: dict[str, Any] = {
    "status": "ok",
    "kvittering": {
        "id": "bm-2025-0a1b2c3d",
        "branch": "behovsmelding/bm-2025-0a1b2c3d",
        "pull_request_url": "https://forge.example/sf/kompetanse/pull/7",
        "mottatt": "2026-11-27T19:00:00+00:00",
        "ordning": "desentralisert",
        "aar": 2025,
        "periode_aar": 2,
        "eier": {"navn": "<b>Stiftelsen</b>", "organisasjonsnummer": "819935181"},
        "budsjett": [
            {
                "aar": 2025,
                "eier_andel": 200000,
                "uh_andel": 150000,
                "koordinator_andel": 0,
                "sum": 350000,
            }
        ],
        "sum_total": 650000,
        "egenandel": {"belop": 114000, "minimum": 114000, "form": "lonn_frikjop"},
        "advarsler": [],
    },
}


def answer(status: int, body: dict[str, Any] | None) -> Any:
    """A route handler that answers the API with a fixed response."""

    def handle(route: Route) -> None:
        route.fulfill(status=status, content_type="application/json", body=json.dumps(body or {}))

    return handle


def loaded_example(page: Page) -> None:
    """Fill the form from a valid example file."""
    page.set_input_files("#hent-fil", str(EXAMPLE))
    expect(page.locator("#skjema-status")).to_contain_text("er hentet inn")


def test_the_receivers_problems_are_shown_at_their_fields(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.route(API, answer(422, PROBLEMS))
        loaded_example(page)
        send_from_review(page)
        expect(page.locator("#feiloppsummering")).to_be_focused()
        summary = page.inner_text("#feiloppsummering")
        assert "Mottaket fant 1 feil" in summary
        assert "Akershus hører ikke til embetet" in summary
        assert "ikke et gyldig organisasjonsnummer" in field_error(
            page, "f-eier-organisasjonsnummer"
        )
        assert "Advarsel" in field_error(page, "f-eier-fylke")
        assert page.get_attribute("#f-eier-organisasjonsnummer", "aria-invalid") == "true"
        assert page.get_attribute("#f-eier-fylke", "aria-invalid") is None
        assert page.is_visible("#behovsmelding-skjema")


def test_refusals_keep_the_draft_and_say_what_to_do(browser: Browser, site_url: str) -> None:
    expected = {
        413: "for stor",
        429: "Vent et minutt",
        500: "status 500",
    }
    with form_page(browser, site_url) as page:
        loaded_example(page)
        for status, text in expected.items():
            page.unroute(API)
            page.route(API, answer(status, {"status": "fail"}))
            send_from_review(page)
            expect(page.locator("#skjema-varsel")).to_contain_text(text)
        assert (
            page.evaluate("() => localStorage.getItem('kompetanse:meld-behov:utkast')") is not None
        )


def test_the_receipt_speaks_plainly_and_can_be_printed_or_downloaded(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.route(API, answer(201, RECEIPT))
        loaded_example(page)
        send_from_review(page)
        page.wait_for_selector("#kvittering-id")
        assert active_id(page) == "kvittering-tittel"
        receipt = page.inner_text("#kvittering")
        assert "bm-2025-0a1b2c3d" in receipt
        assert "null" not in receipt and "undefined" not in receipt
        for git_word in ("Gren", "Pull request", "pull request", "branch", "commit"):
            assert git_word not in receipt
        assert page.inner_text("#kvittering-kontor") == "Statsforvalteren i Prøvelandet"
        assert "Desentralisert ordning for grunnskoler og videregående skoler" in receipt
        assert "<b>Stiftelsen</b> (org.nr. 819935181)" in receipt
        assert "114\u00a0000\u00a0kr (Lønn og frikjøp); minst 114\u00a0000\u00a0kr" in receipt
        assert "Vi sender en e-post til ingrid@bjorkely.no" in receipt
        assert "Lesing i alle fag på Bjørkely" in receipt, "hele behovsmeldingen"
        assert page.locator("#kvittering .skjema-oversikt-tabell tbody tr").count() == 2
        assert page.locator("#kvittering b").count() == 0
        assert page.is_hidden("#behovsmelding-skjema")
        with page.expect_download() as download:
            press_button(page, "last-ned-kvittering")
        assert download.value.suggested_filename == "kvittering-bm-2025-0a1b2c3d.html"
        saved = Path(download.value.path()).read_text(encoding="utf-8")
        assert "Statsforvalteren i Prøvelandet" in saved and "bm-2025-0a1b2c3d" in saved
        assert "Lesing i alle fag på Bjørkely" in saved and "<button" not in saved
        assert "&lt;b&gt;Stiftelsen&lt;/b&gt;" in saved
        page.emulate_media(media="print")
        assert page.is_visible("#kvittering-kontor") and page.is_visible("#kvittering-id")
        assert page.is_hidden("#skriv-ut") and page.is_hidden(".md-header")
        assert page.is_visible("#kvittering .skjema-oversikt")
        page.emulate_media(media="screen")
        assert page.is_visible("#skriv-ut")
        press_button(page, "meld-nytt")
        assert page.is_visible("#behovsmelding-skjema")
        assert page.input_value("#f-eier-navn") == ""


def send_from_review_after_confirming(page: Page) -> None:
    """Tick both warnings in the step before sending and send."""
    page.check("#se-over-advarsel-0")
    page.check("#se-over-advarsel-1")
    press_button(page, "send-endelig")


def test_a_warning_does_not_block_sending(browser: Browser, site_url: str) -> None:
    posted: list[str] = []

    def accept(route: Route) -> None:
        posted.append(route.request.post_data or "")
        answer(201, RECEIPT)(route)

    with form_page(browser, site_url) as page:
        page.route(API, accept)
        loaded_example(page)
        page.fill("#f-budsjett-0-koordinator_andel", "100000")
        page.fill("#f-budsjett-0-eier_andel", "100000")
        page.fill("#f-egenandel-belop", "200000")
        page.fill("#f-kontaktperson-navn", "")
        page.click("#send-knapp")
        summary = page.inner_text("#feiloppsummering")
        assert "1 feil" in summary and "Advarsler (hindrer ikke innsending)" in summary
        assert "Koordinatorandelen for 2025 er 28,6 % av summen" in summary
        assert posted == []
        page.fill("#f-kontaktperson-navn", "Ola Nordmann")
        text = review(page)
        assert "Koordinatorandelen for 2025 er 28,6 % av summen" in text
        assert "2 advarsler dere må ta stilling til" in text
        press_button(page, "send-endelig")
        expect(page.locator("#se-over-feil")).to_contain_text("Kryss av")
        assert active_id(page) == "se-over-advarsel-0" and posted == []
        send_from_review_after_confirming(page)
        page.wait_for_selector("#kvittering-id")
    sent = json.loads(posted[0])["behovsmelding"]
    assert sent["budsjett"][0]["koordinator_andel"] == 100000
    assert sent["budsjett"][0]["sum"] == 100000 + sent["budsjett"][0]["uh_andel"] + 100000


def test_the_step_before_sending_and_the_receipt_pass_axe_and_a_warning_leads_to_its_field(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url, axe=True) as page:
        page.route(API, answer(201, RECEIPT))
        loaded_example(page)
        page.fill("#f-budsjett-0-koordinator_andel", "100000")
        page.fill("#f-budsjett-0-eier_andel", "100000")
        page.fill("#f-egenandel-belop", "200000")
        review(page)
        assert_no_violations(page)
        fix = page.locator("#se-over [data-fix='$.budsjett[0].koordinator_andel']")
        fix.focus()
        page.keyboard.press("Enter")
        assert active_id(page) == "f-budsjett-0-koordinator_andel"
        assert page.is_hidden("#se-over") and page.is_visible("#behovsmelding-skjema")
        page.fill("#f-budsjett-0-koordinator_andel", "0")
        text = review(page)
        assert "1 advarsel dere må ta stilling til" in text and "Koordinatorandelen" not in text
        confirm_and_send(page)
        page.wait_for_selector("#kvittering-id")
        assert_no_violations(page)


def assert_no_violations(page: Page) -> None:
    """axe-core finds no WCAG 2.1 A/AA violation."""
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
