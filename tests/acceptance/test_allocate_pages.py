"""The published allocation pages in the built site, in real Chromium with axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.support.browser import RequestLog, describe_violations, run_axe

YEARS = (2024, 2025, 2026)


@pytest.mark.parametrize("path", ["fordeling/", *(f"fordeling/{aar}/" for aar in YEARS)])
def test_allocation_pages_pass_axe_without_foreign_requests(
    browser: Browser, site_url: str, path: str
) -> None:
    page = browser.new_page()
    log = RequestLog(page, site_url.rstrip("/"))
    response = page.goto(f"{site_url.rstrip('/')}/{path}")
    assert response is not None and response.ok
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
    assert log.foreign == [] and log.console_errors == []
    page.close()


def test_year_page_shows_the_chart_with_a_name_next_to_the_table(
    browser: Browser, site_url: str
) -> None:
    page = browser.new_page()
    page.goto(f"{site_url.rstrip('/')}/fordeling/2025/")
    chart = page.get_by_role(
        "img", name="Disponibelt, innmeldte behov og vedtatt per ordning i 2025"
    )
    assert chart.count() == 1
    first_table = page.locator("table").first
    headers = first_table.locator("th").all_inner_texts()
    assert headers[:4] == [
        "Ordning",
        "Tildelt fra Udir",
        "Bundet opp fra 2024",
        "Disponibelt",
    ]
    totals = first_table.locator("tr").last.locator("td").all_inner_texts()
    assert totals[0] == "Totalt" and totals[3] == "155\u00a0734\u00a0196\u00a0kr"
    page.close()


def test_index_links_every_year(browser: Browser, site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url.rstrip('/')}/fordeling/")
    for aar in YEARS:
        page.get_by_role("link", name=f"Fordeling {aar}").first.click()
        assert page.url.rstrip("/").endswith(f"/fordeling/{aar}")
        page.go_back()
    page.close()
