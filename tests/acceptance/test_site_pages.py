"""Every page of the built public site, in both målformer, in real Chromium: accessible,
self-contained and error-free, each page one test case; and the site holds exactly those pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.acceptance.site_browsing import (
    GENERATED_YEAR,
    built_pages,
    check_page,
    describe_report,
    public_pages,
)

PAGES = {"nb": public_pages("nb"), "nn": public_pages("nn")}
KEY_PAGES = (
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
    "nyheter/kategori/tilretteleggingsmidler/",
    "abonner/",
    "begreper/",
    "fordeling/",
    "meld-behov/",
    "tilgjengelighet/",
    "personvern/",
    "404.html",
)


def allocation_years(site: Path) -> list[str]:
    """The bokmål allocation year pages the build made (from the office's data)."""
    return [path for path in built_pages(site) if GENERATED_YEAR.match(path)]


def test_the_sources_have_every_key_page_in_both_maalformer() -> None:
    for maalform, prefix in (("nb", ""), ("nn", "nn/")):
        missing = [path for path in KEY_PAGES if prefix + path not in PAGES[maalform]]
        assert not missing, f"{maalform}: {missing}"


def test_the_built_site_has_exactly_the_public_pages(built_site: Path) -> None:
    years = allocation_years(built_site)
    assert len(years) >= 3
    expected = {*PAGES["nb"], *PAGES["nn"], *years, *(f"nn/{year}" for year in years)}
    assert set(built_pages(built_site)) == expected


@pytest.mark.parametrize("path", [*PAGES["nb"], *PAGES["nn"]])
def test_page_is_accessible_local_and_error_free(site_url: str, axe_tab: Page, path: str) -> None:
    report = check_page(axe_tab, site_url, path)
    assert report.ok, describe_report(report)
