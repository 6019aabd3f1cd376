"""The search box finds Norwegian words, including inflected forms (Norwegian stemming)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from tests.support.browser import open_settled
from tests.support.form import clean_page

RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"
DESKTOP = ViewportSize(width=1280, height=900)


@pytest.fixture
def front_page(browser: Browser, site_url: str) -> Iterator[Page]:
    """The front page, loaded at desktop width in a page with nothing stored."""
    with clean_page(browser) as page:
        page.set_viewport_size(DESKTOP)
        open_settled(page, f"{site_url}/")
        yield page


def search(page: Page, query: str) -> list[str]:
    """Type a query into Material's search box as a person would; the result links' paths."""
    field = page.locator("input.md-search__input")
    field.click()
    field.wait_for(state="visible")
    field.press_sequentially(query, delay=20)
    page.locator(RESULT_LINKS).first.wait_for(state="attached", timeout=10_000)
    hrefs: list[str] = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")
    paths = [urlsplit(href).path.removeprefix("/") for href in hrefs]
    return list(dict.fromkeys(paths))


def test_search_for_egenandel_finds_the_desentralisert_page(front_page: Page) -> None:
    paths = search(front_page, "egenandel")
    assert "ordninger/desentralisert/" in paths[:3], paths


def test_search_for_an_inflected_form_finds_the_behovsmelding_guide(front_page: Page) -> None:
    paths = search(front_page, "behovsmeldingene")
    assert "behovsmelding/" in paths[:3], paths


def test_search_finds_inflected_and_compound_words_from_their_stem(front_page: Page) -> None:
    # The news post never says "tilretteleggingsmiddel", only "tilretteleggingsmidler".
    paths = search(front_page, "tilretteleggingsmid")
    assert any(path.startswith("nyheter/2024/08/13/") for path in paths), paths


def test_search_results_are_announced_in_norwegian(front_page: Page) -> None:
    search(front_page, "egenandel")
    meta = front_page.locator(".md-search-result__meta").inner_text()
    assert "treff" in meta, meta


def test_nynorsk_search_finds_the_nynorsk_pages(browser: Browser, site_url: str) -> None:
    with clean_page(browser) as page:
        page.set_viewport_size(DESKTOP)
        open_settled(page, f"{site_url}/nn/")
        paths = search(page, "eigenandel")
    assert "nn/ordninger/desentralisert/" in paths[:3], paths
    assert all(path.startswith("nn/") for path in paths), paths
