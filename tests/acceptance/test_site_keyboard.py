"""The site works from the keyboard: skip link first, visible focus, search and menu by keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, ViewportSize

from tests.support.browser import open_settled
from tests.support.form import clean_page

DESKTOP = ViewportSize(width=1280, height=900)
PHONE = ViewportSize(width=390, height=844)


@pytest.fixture
def contact_page(browser: Browser, site_url: str) -> Iterator[Page]:
    """The contact page at desktop width, in a page with nothing stored."""
    with clean_page(browser) as page:
        page.set_viewport_size(DESKTOP)
        open_settled(page, f"{site_url}/kontakt/")
        yield page


def focused(page: Page) -> dict[str, str]:
    """Text, href and outline of the element that has focus."""
    result: dict[str, str] = page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
                href: el.getAttribute('href') || '',
                outline: style.outlineStyle + ' ' + style.outlineWidth,
            };
        }"""
    )
    return result


def test_first_tab_reaches_the_skip_link_which_jumps_to_the_content(contact_page: Page) -> None:
    contact_page.keyboard.press("Tab")
    skip = focused(contact_page)
    assert skip["text"] == "Gå til innhold"
    assert "none" not in skip["outline"]
    contact_page.keyboard.press("Enter")
    assert contact_page.evaluate("location.hash") != ""
    contact_page.keyboard.press("Tab")
    assert contact_page.evaluate("!!document.activeElement.closest('.md-content, .md-sidebar')")


def test_tabbing_reaches_the_contact_e_mail_links(contact_page: Page) -> None:
    hrefs = []
    for _ in range(80):
        contact_page.keyboard.press("Tab")
        hrefs.append(focused(contact_page)["href"])
    assert any(href.startswith("mailto:") for href in hrefs), hrefs


def test_one_key_shortcuts_are_off_so_speech_input_cannot_set_them_off(contact_page: Page) -> None:
    url = contact_page.url
    for key in ("/", "s", "f", "n", "."):
        contact_page.keyboard.press(key)
    assert not contact_page.evaluate("document.getElementById('__search').checked")
    assert contact_page.url == url


def test_search_is_reached_by_tab_and_closes_with_escape(contact_page: Page) -> None:
    for _ in range(15):
        contact_page.keyboard.press("Tab")
        if contact_page.evaluate("document.activeElement.classList.contains('md-search__input')"):
            break
    # The theme opens the search when its input gets focus; give its script a moment under load.
    contact_page.wait_for_function("document.getElementById('__search').checked", timeout=5000)
    contact_page.keyboard.type("s")
    assert contact_page.locator("input.md-search__input").input_value() == "s"
    contact_page.keyboard.press("Escape")
    assert not contact_page.evaluate("document.getElementById('__search').checked")


def test_the_maalform_switch_is_reached_by_keyboard_and_keeps_the_page(
    contact_page: Page,
) -> None:
    for _ in range(12):
        contact_page.keyboard.press("Tab")
        if contact_page.evaluate("document.activeElement.getAttribute('hreflang')") == "nn":
            break
    contact_page.keyboard.press("Enter")
    contact_page.wait_for_url("**/nn/kontakt/")
    assert contact_page.get_attribute("html", "lang") == "nn"


def test_phone_menu_opens_and_closes_from_the_keyboard(browser: Browser, site_url: str) -> None:
    with clean_page(browser) as page:
        page.set_viewport_size(PHONE)
        open_settled(page, f"{site_url}/")
        for _ in range(5):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.getAttribute('for')") == "__drawer":
                break
        assert focused(page)["text"] == "Meny"
        page.keyboard.press("Enter")
        assert page.evaluate("document.getElementById('__drawer').checked")
        page.keyboard.press("Escape")
        page.locator("label.md-header__button[for='__drawer']").focus()
        page.keyboard.press(" ")
        assert not page.evaluate("document.getElementById('__drawer').checked")


def test_the_switch_keeps_the_page_whichever_sitemap_the_theme_has_read_first(
    browser: Browser, site_url: str
) -> None:
    """The theme rewrites a click on a link into the other målform from the sitemaps it has
    read, in the order they arrived; with the nynorsk one first, it sent the reader to the
    nynorsk front page instead of the twin."""
    held: list[Route] = []

    def hold_the_bokmaal_sitemap(route: Route) -> None:
        if "/nn/" in route.request.url:
            route.continue_()
        else:
            held.append(route)

    with clean_page(browser) as page:
        page.set_viewport_size(DESKTOP)
        page.route("**/sitemap.xml", hold_the_bokmaal_sitemap)
        with page.expect_response(lambda answer: answer.url.endswith("/nn/sitemap.xml")):
            page.goto(f"{site_url}/kontakt/", wait_until="load")
        for route in held:
            route.continue_()
        page.wait_for_load_state("networkidle")
        page.click("a.maalform-bytte__lenke")
        page.wait_for_url("**/nn/kontakt/", timeout=10_000)
        assert page.get_attribute("html", "lang") == "nn"
