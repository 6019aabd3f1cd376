"""Every page of the built public site in real Chromium: accessible, self-contained, error-free."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from tests.acceptance.site_browsing import built_pages, check_page, describe_reports

EXPECTED_PAGES = (
    "",
    "ordninger/",
    "ordninger/regional/",
    "ordninger/desentralisert/",
    "ordninger/kompetanseloftet/",
    "behovsmelding/",
    "behovsmelding/prosessen/",
    "behovsmelding/frister/",
    "kontakt/",
    "kontakt/uh-partnere/",
    "kontakt/lenker-og-dokumenter/",
    "nyheter/",
    "nyheter/arkiv/2024/",
    "nyheter/kategori/fordeling/",
    "abonner/",
    "begreper/",
    "fordeling/",
    "meld-behov/",
    "saksbehandling/",
    "utvikling/problemkoder/",
)


def test_site_has_every_section(built_site: Path) -> None:
    pages = set(built_pages(built_site))
    missing = [path for path in EXPECTED_PAGES if path not in pages]
    assert not missing, f"sider mangler i det bygde nettstedet: {missing}"


def test_every_page_is_accessible_local_and_error_free(
    built_site: Path, site_url: str, browser: Browser
) -> None:
    pages = built_pages(built_site)
    assert len(pages) >= len(EXPECTED_PAGES)
    reports = [check_page(browser, site_url, path) for path in pages]
    failed = [report for report in reports if not report.ok]
    assert not failed, f"{len(failed)} av {len(pages)} sider har feil:\n" + describe_reports(failed)
