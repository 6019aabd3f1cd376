"""The published allocation pages in the built site, in real Chromium with axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.acceptance.site_browsing import check_page, describe_report

YEARS = (2024, 2025, 2026)


# The list of years (fordeling/ and nn/fordeling/) is checked with every page of the site in
# test_site_pages; the year pages come from the fixture office's data, so they are checked here.
@pytest.mark.parametrize(
    "path", [f"{prefix}fordeling/{aar}/" for prefix in ("", "nn/") for aar in YEARS]
)
def test_allocation_year_pages_pass_axe_without_foreign_requests(
    axe_tab: Page, site_url: str, path: str
) -> None:
    report = check_page(axe_tab, site_url, path)
    assert report.ok, describe_report(report)


# The tests below read the pages in the session's page-check tab: a page of their own would
# cost Chromium a new context each.
def test_year_page_shows_the_chart_with_a_name_next_to_the_table(
    axe_tab: Page, site_url: str
) -> None:
    page = axe_tab
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


def test_index_links_every_year(axe_tab: Page, site_url: str) -> None:
    page = axe_tab
    page.goto(f"{site_url.rstrip('/')}/fordeling/")
    for aar in YEARS:
        page.get_by_role("link", name=f"Fordeling {aar}").first.click()
        assert page.url.rstrip("/").endswith(f"/fordeling/{aar}")
        page.go_back()


def test_nynorsk_year_page_has_nynorsk_headings_and_the_same_figures(
    axe_tab: Page, site_url: str
) -> None:
    page = axe_tab
    page.goto(f"{site_url.rstrip('/')}/nn/fordeling/2025/")
    headers = page.locator("table").first.locator("th").all_inner_texts()
    assert headers[:3] == ["Ordning", "Tildelt frå Udir", "Bunde opp frå 2024"]
    nynorsk = page.locator("table").first.locator("tr").last.locator("td").all_inner_texts()
    page.goto(f"{site_url.rstrip('/')}/fordeling/2025/")
    bokmaal = page.locator("table").first.locator("tr").last.locator("td").all_inner_texts()
    assert nynorsk[1:] == bokmaal[1:] and nynorsk[0] == "Totalt"
