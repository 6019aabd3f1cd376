"""Save and resume: the draft survives a reload, and can be downloaded and uploaded as JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Browser, expect

from tests.acceptance.form_filling import OWNER_ORGNR, fill_owner, fill_start
from tests.support.form import arithmetic, form_page, open_form, press_button, type_into

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests/examples/valid/desentralisert-minimal.json"


def test_the_draft_survives_a_reload(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        fill_start(page)
        fill_owner(page, OWNER_ORGNR)
        type_into(page, "f-budsjett-1-eier_andel", "100000")
        page.reload()
        page.wait_for_selector("#behovsmelding-skjema")
        assert page.is_checked("#f-ordning-1")
        assert page.input_value("#f-eier-navn") == "Fredrikstad kommune"
        assert page.input_value("#f-eier-organisasjonsnummer") == OWNER_ORGNR
        assert page.input_value("#f-eier-fylke") == "Østfold"
        assert page.input_value("#f-budsjett-1-eier_andel") == "100000"
        assert "Minste egenandel: 30\u00a0000\u00a0kr" in arithmetic(page)
        assert "Vi hentet fram utkastet deres" in page.inner_text("#skjema-status")
        press_button(page, "start-paa-nytt")
        assert page.input_value("#f-eier-navn") == "Fredrikstad kommune"
        assert "Vil dere tømme skjemaet?" in page.inner_text("#skjema-status")
        page.keyboard.press("Enter")
        assert page.input_value("#f-eier-navn") == ""
        page.reload()
        page.wait_for_selector("#behovsmelding-skjema")
        assert page.input_value("#f-eier-navn") == ""


def test_download_then_upload_gives_back_the_same_melding(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    with form_page(browser, site_url) as page:
        page.set_input_files("#hent-fil", str(EXAMPLE))
        expect(page.locator("#skjema-status")).to_contain_text("er hentet inn")
        assert (
            page.input_value("#f-eier-navn")
            == json.loads(EXAMPLE.read_text(encoding="utf-8"))["eier"]["navn"]
        )
        summary = page.locator("#feiloppsummering")
        expect(summary).to_have_class(re.compile(r"skjema-bare-advarsler"))
        expect(summary).to_contain_text("Fristen for 2025 var 1. februar 2025")
        with page.expect_download() as download:
            press_button(page, "last-ned-utkast")
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del example["id"]
    example["maalform"] = "nb"
    assert saved.name == f"behovsmelding-{example['aar']}-{example['ordning']}.json"
    assert json.loads(saved.read_text(encoding="utf-8")) == example
    with form_page(browser, site_url) as page:
        page.set_input_files("#hent-fil", str(saved))
        expect(page.locator("#skjema-status")).to_contain_text("er hentet inn")
        with page.expect_download() as again:
            press_button(page, "last-ned-utkast")
        assert json.loads(Path(again.value.path()).read_text(encoding="utf-8")) == example


def test_an_uploaded_melding_with_problems_is_loaded_and_its_problems_shown(
    browser: Browser, site_url: str
) -> None:
    broken = ROOT / "tests/examples/invalid/orgnr-ugyldig.json"
    with form_page(browser, site_url) as page:
        page.set_input_files("#hent-fil", str(broken))
        expect(page.locator("#feiloppsummering")).to_be_focused()
        assert "ikke et gyldig organisasjonsnummer" in page.inner_text("#feiloppsummering")


def test_a_file_that_is_not_a_behovsmelding_is_refused_with_a_clear_message(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    not_json = tmp_path / "notat.json"
    not_json.write_text("Dette er ikke JSON", encoding="utf-8")
    other = tmp_path / "annet.json"
    other.write_text(json.dumps({"navn": "noe annet", "pris": 3}), encoding="utf-8")
    listing = tmp_path / "liste.json"
    listing.write_text("[1, 2, 3]", encoding="utf-8")
    with form_page(browser, site_url) as page:
        page.focus("body")
        type_into(page, "f-eier-navn", "Beholdes")
        alert = page.locator("#skjema-varsel")
        page.set_input_files("#hent-fil", str(not_json))
        expect(alert).to_have_text(
            "Filen «notat.json» er ikke en behovsmelding: den kan ikke leses som en behovsmelding "
            "fra dette skjemaet. Skjemaet er ikke endret."
        )
        page.set_input_files("#hent-fil", str(other))
        expect(alert).to_contain_text(
            "den har felt som ikke hører til en behovsmelding («navn», «pris»)"
        )
        page.set_input_files("#hent-fil", str(listing))
        expect(alert).to_contain_text("den inneholder ikke en behovsmelding")
        assert page.get_attribute("#skjema-varsel", "role") == "alert"
        assert page.input_value("#f-eier-navn") == "Beholdes"
        open_form(page, site_url)
        assert page.input_value("#f-eier-navn") == "Beholdes"
