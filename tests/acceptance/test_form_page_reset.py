"""The form tests share one page: what a test leaves in it never reaches the next test."""

from __future__ import annotations

from playwright.sync_api import Browser, Route, ViewportSize

from tests.support.form import form_page

LEAVE_EVERYTHING_STORED = """() => new Promise((done) => {
  localStorage.setItem('lokalt', '1');
  sessionStorage.setItem('fane', '2');
  document.cookie = 'smak=3; path=/';
  const request = indexedDB.open('kladd-fra-forrige-test');
  request.onsuccess = () => { request.result.close(); done(); };
})"""
DATABASES_JS = "() => indexedDB.databases().then((found) => found.map((db) => db.name))"
ROUTED = "/bare-rutet-i-forrige-test"
PHONE = ViewportSize(width=390, height=844)


def answer_from_the_route(route: Route) -> None:
    route.fulfill(status=299, body="rutet")


def test_storage_routes_media_and_viewport_of_one_test_are_gone_in_the_next(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.evaluate(LEAVE_EVERYTHING_STORED)
        page.route(f"**{ROUTED}", answer_from_the_route)
        page.emulate_media(media="print")
        page.set_viewport_size(PHONE)
        assert page.evaluate(f"() => fetch('{ROUTED}').then((r) => r.status)") == 299
        first = page
    with form_page(browser, site_url) as page:  # it checks local and session storage and cookies
        assert page is first
        assert page.evaluate(DATABASES_JS) == []
        assert page.evaluate("() => matchMedia('print').matches") is False
        assert page.evaluate("() => [innerWidth, innerHeight]") == [1280, 720]
        assert page.evaluate(f"() => fetch('{ROUTED}').then((r) => r.status)") == 404
        assert page.context.pages == [page]


def test_a_page_that_a_test_left_unusable_is_replaced_with_its_context(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.close()
        closed = page
    with form_page(browser, site_url) as page:
        assert page is not closed and not page.is_closed()
    assert closed.context not in browser.contexts
