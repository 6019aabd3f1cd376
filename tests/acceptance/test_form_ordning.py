"""Sections and choices that follow the chosen ordning, read from the register of ordninger."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Browser, Page

from tests.support.form import choose_radio, form_page, press_button, type_into

UNIT_TYPES = ["Barnehage", "Grunnskole", "Videregående skole"]
SCHOOLS = ["Grunnskole", "Videregående skole"]
SERVICES = ["PP-tjeneste", "Annen tjeneste i laget rundt barnet"]


def unit_type_options(page: Page) -> list[str]:
    """The choices offered for the first unit's type (without the 'Velg' prompt)."""
    return list(
        page.eval_on_selector(
            "#f-enheter-0-enhetstype", "(s) => [...s.options].slice(1).map((o) => o.text)"
        )
    )


def test_egenandel_is_asked_only_in_the_desentralisert_ordning(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        assert page.locator("#f-egenandel").count() == 0
        choose_radio(page, "f-ordning", 1)
        assert page.is_visible("#f-egenandel-belop")
        assert "Minste egenandel" in page.inner_text("#utregning")
        type_into(page, "f-egenandel-belop", "5000")
        choose_radio(page, "f-ordning", 2)
        assert page.locator("#f-egenandel").count() == 0
        assert "Minste egenandel" not in page.inner_text("#utregning")
        with page.expect_download() as download:
            press_button(page, "last-ned-utkast")
        saved = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert saved["ordning"] == "kompetanseloftet"
        assert "egenandel" not in saved
        page.check("#f-ordning-1")
        assert page.input_value("#f-egenandel-belop") == "5000"


def test_services_can_take_part_only_in_kompetanseloftet(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.check("#f-ordning-0")
        assert unit_type_options(page) == ["Barnehage"]
        page.check("#f-ordning-2")
        assert unit_type_options(page) == UNIT_TYPES + SERVICES
        page.select_option("#f-enheter-0-enhetstype", "pp_tjeneste")
        page.check("#f-ordning-1")
        options = unit_type_options(page)
        assert options == [*SCHOOLS, "PP-tjeneste (ikke tillatt i valgt ordning)"]
        page.click("#send-knapp")
        error = page.inner_text("#f-enheter-0-enhetstype-feil")
        assert "kan ikke være med i Desentralisert ordning" in error
