"""Live arithmetic while typing: sums, shares, the minimum egenandel and the coordinator share."""

from __future__ import annotations

from datetime import UTC, datetime

from playwright.sync_api import Browser, expect

from tests.support.form import (
    arithmetic,
    blank_page,
    choose_radio,
    form_page,
    open_form,
    type_into,
)

NB = "\u00a0"


def kr(text: str) -> str:
    """Kroner as the form writes them (no-break spaces)."""
    return text.replace(" ", NB) + f"{NB}kr"


def test_minimum_egenandel_follows_the_owners_share_as_it_is_typed(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        choose_radio(page, "f-ordning", 1)
        type_into(page, "f-aar", "2025")
        choose_radio(page, "f-periode_aar", 1)
        assert page.get_attribute("#utregning", "aria-live") == "polite"
        type_into(page, "f-budsjett-0-eier_andel", "200001")
        assert f"Minste egenandel: {kr('60 001')}" in arithmetic(page)
        type_into(page, "f-budsjett-1-eier_andel", "180 000")
        text = arithmetic(page)
        assert f"Minste egenandel: {kr('114 001')} (30{NB}% av eierens andel hvert år)" in text
        assert f"Oppgitt egenandel: {kr('0')}. Det mangler {kr('114 001')}." in text
        type_into(page, "f-egenandel-belop", "114000")
        assert f"Det mangler {kr('1')}." in arithmetic(page)
        type_into(page, "f-egenandel-belop", "114001")
        assert "Egenandelen er høy nok." in arithmetic(page)


def test_sums_shares_and_coordinator_warning_per_year(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        choose_radio(page, "f-ordning", 0)
        type_into(page, "f-aar", "2026")
        type_into(page, "f-budsjett-0-eier_andel", "100000")
        type_into(page, "f-budsjett-0-uh_andel", "50000")
        type_into(page, "f-budsjett-0-koordinator_andel", "15000")
        assert page.inner_text("#f-budsjett-0-sum") == kr("165 000")
        text = arithmetic(page)
        assert f"2026: {kr('165 000')}, eierens andel {kr('100 000')} (60,6{NB}%)" in text
        assert (
            f"koordinator {kr('15 000')} (9,1{NB}%). Koordinatorandelen er innenfor varselgrensen på 10{NB}%."
            in text
        )
        assert "Minste egenandel" not in text
        type_into(page, "f-budsjett-0-koordinator_andel", "20000")
        assert f"Koordinatorandelen er over varselgrensen på 10{NB}%." in arithmetic(page)
        page.keyboard.press("Tab")
        page.click("#send-knapp")
        warning = page.inner_text("#f-budsjett-0-koordinator_andel-feil")
        assert "Koordinatorandelen for 2026 er 11,8 % av summen; varselgrensen er 10" in warning
        assert page.get_attribute("#f-budsjett-0-koordinator_andel", "aria-invalid") is None


def test_budget_rows_follow_year_and_period(browser: Browser, site_url: str) -> None:
    with blank_page(browser) as page:
        page.clock.set_fixed_time(datetime(2024, 11, 1, 12, tzinfo=UTC))
        open_form(page, site_url)
        page.focus("body")
        choose_radio(page, "f-ordning", 0)
        type_into(page, "f-aar", "2025")
        choose_radio(page, "f-periode_aar", 2)
        assert (
            page.inner_text("#skjema-frist")
            == "Fristen for å melde behov for 2025 er 1. februar 2025."
        )
        legends = page.locator("#f-budsjett > .skjema-budsjettaar legend")
        expect(legends).to_have_text(["Budsjettår 2025", "Budsjettår 2026", "Budsjettår 2027"])
        choose_radio(page, "f-periode_aar", 0)
        expect(legends).to_have_text(["Budsjettår 2025"])
        type_into(page, "f-aar", "2026")
        page.keyboard.press("Tab")
        expect(legends).to_have_text(["Budsjettår 2026"])


def test_kroner_written_the_norwegian_way_are_read_as_whole_kroner(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        choose_radio(page, "f-ordning", 0)
        type_into(page, "f-aar", "2026")
        type_into(page, "f-budsjett-0-eier_andel", "100.000")
        type_into(page, "f-budsjett-0-uh_andel", "50 000 kr")
        type_into(page, "f-budsjett-0-koordinator_andel", "kr 5 000,-")
        assert page.inner_text("#f-budsjett-0-sum") == kr("155 000")
        type_into(page, "f-budsjett-0-uh_andel", "50 000,50")
        page.keyboard.press("Tab")
        page.click("#send-knapp")
        assert "skal være et heltall" in page.inner_text("#f-budsjett-0-uh_andel-feil")
        assert page.inner_text("#f-budsjett-0-eier_andel-feil") == ""


def test_a_shorter_period_and_back_keeps_the_amounts_of_the_later_years(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        choose_radio(page, "f-ordning", 0)
        type_into(page, "f-aar", "2026")
        choose_radio(page, "f-periode_aar", 2)
        for index, amount in enumerate(["100000", "200000", "300000"]):
            type_into(page, f"f-budsjett-{index}-eier_andel", amount)
        page.click("#f-periode_aar-0")
        assert page.locator("#f-budsjett-1-eier_andel").count() == 0
        page.click("#f-periode_aar-1")
        page.click("#f-periode_aar-2")
        amounts = [page.input_value(f"#f-budsjett-{index}-eier_andel") for index in range(3)]
        assert amounts == ["100000", "200000", "300000"]
        assert f"Sum for hele perioden: {kr('600 000')}" in arithmetic(page)


def test_a_deadline_that_has_passed_is_said_to_have_passed(browser: Browser, site_url: str) -> None:
    with blank_page(browser) as page:
        page.clock.set_fixed_time(datetime(2025, 3, 1, 12, tzinfo=UTC))
        open_form(page, site_url)
        page.focus("body")
        type_into(page, "f-aar", "2025")
        page.keyboard.press("Tab")
        assert page.inner_text("#skjema-frist") == (
            "Fristen for å melde behov for 2025 var 1. februar 2025 og har gått ut. "
            "Dere kan fortsatt sende, men behovsmeldingen blir merket «sendt etter fristen»."
        )
        type_into(page, "f-aar", "2026")
        page.keyboard.press("Tab")
        assert page.inner_text("#skjema-frist") == (
            "Fristen for å melde behov for 2026 er 1. februar 2026."
        )
