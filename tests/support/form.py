"""Driving the Meld behov form in Chromium the way a person with only a keyboard would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Frame, Page, ViewportSize
from playwright.sync_api import Error as PlaywrightError

from tests.support.browser import AXE_JS, axe_options, axe_violations_in

FORM_PATH = "/meld-behov/"
TAB_LIMIT = 600
# Longer values than this are prose (a description, a title), entered as one text input.
KEY_BY_KEY_UP_TO = 40


def build_site(
    project: Path, target: Path, receiver_url: str | None = None, config: str = "mkdocs.yml"
) -> Path:
    """Build a project's site with ``mkdocs build --strict`` (never ``-q``) into ``target``.

    ``receiver_url`` overrides ``extra.mottak.url``; ``config`` names the site (``mkdocs.yml``
    builds the public site in both målformer, ``mkdocs.intern.yml`` the internal one).
    """
    env = dict(os.environ)
    if receiver_url is not None:
        env["KOMPETANSE_MOTTAK_URL"] = receiver_url
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config]
    command += ["--site-dir", str(target)]
    result = subprocess.run(
        command, cwd=project, capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, (
        f"mkdocs build --strict feilet:\n{result.stdout}\n{result.stderr}"
    )
    return target


@contextmanager
def blank_page(browser: Browser, *, axe: bool = False) -> Iterator[Page]:
    """A page in a fresh browser context (empty local storage), not yet loaded.

    With ``axe`` the context loads axe-core by an init script, which the page's
    Content-Security-Policy does not govern: the form is checked exactly as it is served.
    """
    context = form_context(browser, axe)
    try:
        yield context.new_page()
    finally:
        context.close()


def form_context(browser: Browser, axe: bool) -> BrowserContext:
    """A new context that takes downloads, with axe-core loaded by an init script if asked."""
    context = browser.new_context(accept_downloads=True)
    if axe:
        context.add_init_script(path=AXE_JS)
    return context


# The page form_page loads the form in, one per browser with axe and one without, in a context
# of its own: a new page costs Chromium about as much as loading the form twice, a new context
# twice that. Between tests the page is reset: its routes and media emulation are removed, it
# leaves for about:blank, and every origin it visited is cleared of every kind of storage. The
# next test checks that the form finds nothing stored, so every test starts as it would in a new
# context (test_form_page_reset.py shows it). A test that adds a listener to the page removes
# it; a test that changes the whole context (its clock) uses blank_page. clean_page gives the
# same page for other pages than the form; a viewport a test set is put back to Playwright's
# default.
SHARED_PAGES: weakref.WeakKeyDictionary[Browser, dict[bool, Page]] = weakref.WeakKeyDictionary()
STORAGE_JS = "() => [localStorage.length, sessionStorage.length, document.cookie]"
DEFAULT_VIEWPORT = ViewportSize(width=1280, height=720)


def shared_page(browser: Browser, axe: bool) -> Page:
    """The browser's reused page for the form (made on first use, and again after a crash)."""
    pages = SHARED_PAGES.setdefault(browser, {})
    page = pages.get(axe)
    if page is None or page.is_closed() or page.context not in browser.contexts:
        page = pages[axe] = form_context(browser, axe).new_page()
    return page


def origin_of(url: str) -> str | None:
    """scheme://host:port of an http(s) address; None for about:blank and the like."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None


def reset_page(page: Page, visited: set[str]) -> None:
    """Undo what a test did to the shared page: routes, media emulation, the viewport, other
    tabs it opened, and local and session storage, IndexedDB, caches and cookies of every
    origin it visited. A page that cannot be reset (it crashed) is closed with its context: the
    next test starts in a new one, as every test did before the page was shared."""
    try:
        page.unroute_all(behavior="ignoreErrors")
        page.emulate_media(media="null")
        if page.viewport_size != DEFAULT_VIEWPORT:
            page.set_viewport_size(DEFAULT_VIEWPORT)
        page.goto("about:blank")
        clear_origins(page, {origin for url in visited if (origin := origin_of(url))})
        page.context.clear_cookies()
        for other in page.context.pages:
            if other is not page:
                other.close()
    except PlaywrightError:
        page.context.close()


def clear_origins(page: Page, origins: set[str]) -> None:
    """Remove everything the origins stored (``all`` includes the tab's session storage, which
    outlives a navigation)."""
    session = page.context.new_cdp_session(page)
    try:
        for origin in sorted(origins):
            session.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
    finally:
        session.detach()


@contextmanager
def clean_page(browser: Browser, *, axe: bool = False) -> Iterator[Page]:
    """The shared page, not yet loaded, with what the test does to it undone afterwards (see
    SHARED_PAGES)."""
    page = shared_page(browser, axe)
    visited: set[str] = set()

    def note(frame: Frame) -> None:
        visited.add(frame.url)

    page.on("framenavigated", note)
    try:
        yield page
    finally:
        page.remove_listener("framenavigated", note)
        reset_page(page, visited)


@contextmanager
def form_page(browser: Browser, base_url: str, *, axe: bool = False) -> Iterator[Page]:
    """The form loaded in the shared page, with nothing stored for the site (see SHARED_PAGES)."""
    with clean_page(browser, axe=axe) as page:
        open_form(page, base_url)
        stored = page.evaluate(STORAGE_JS)
        assert stored == [0, 0, ""], f"siden fant lagrede data fra en tidligere test: {stored}"
        yield page


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on a page opened with ``axe=True``."""
    return axe_violations_in(page, axe_options())


def open_form(page: Page, base_url: str) -> None:
    """Load the form page and wait until the form is built."""
    page.goto(base_url + FORM_PATH)
    page.wait_for_selector("#behovsmelding-skjema")


def active_id(page: Page) -> str:
    """The id of the focused element ('' when it has none)."""
    return str(page.evaluate("() => (document.activeElement && document.activeElement.id) || ''"))


# How many Tab presses the page's focus order puts between the focused element and the one with
# this id (-1 when it cannot tell): an estimate only, so tab_to can press that many without
# asking where the focus is after each one. It ignores positive tabindex (the site has none)
# and counts a radio group once.
TAB_STOPS_JS = """(target) => {
  const candidates = document.querySelectorAll(
    'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex]');
  const order = [], groups = new Set();
  for (const el of candidates) {
    if (el.disabled || el.tabIndex < 0 || !el.getClientRects().length) continue;
    if (getComputedStyle(el).visibility !== 'visible' || el.closest('[inert]')) continue;
    if (el.type === 'radio' && el.name) {
      if (groups.has(el.name)) continue;
      groups.add(el.name);
    }
    order.push(el);
  }
  const active = document.activeElement;
  const same = (el) => el === active || (active.type === 'radio' && active.name &&
    el.type === 'radio' && el.name === active.name);
  const from = !active || active === document.body ? -1 : order.findIndex(same);
  const to = order.findIndex((el) => el.id === target);
  if (to < 0 || (from < 0 && active && active !== document.body)) return -1;
  return to > from ? to - from : -1;
}"""


def tab_to(page: Page, element_id: str) -> None:
    """Press Tab until the element has focus (fails if it cannot be reached by keyboard).

    The presses the focus order predicts are made first, and where the focus landed is then
    checked; from there (where the prediction was short or wrong) it goes on one Tab at a time.
    """
    if active_id(page) == element_id:
        return
    predicted = int(page.evaluate(TAB_STOPS_JS, element_id))
    for _ in range(max(predicted - 1, 0)):
        page.keyboard.press("Tab")
    for _ in range(TAB_LIMIT):
        if active_id(page) == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"#{element_id} kunne ikke nås med tastaturet")


def shift_tab_to(page: Page, element_id: str) -> None:
    """Press Shift+Tab until the element has focus."""
    for _ in range(TAB_LIMIT):
        if active_id(page) == element_id:
            return
        page.keyboard.press("Shift+Tab")
    raise AssertionError(f"#{element_id} kunne ikke nås baklengs med tastaturet")


def type_into(page: Page, element_id: str, text: str) -> None:
    """Tab to a text field, clear it and type.

    Short values (names, numbers, dates: what the live arithmetic and the checks react to key by
    key) are typed one key at a time; prose is entered as one piece of text input, the way
    dictation or pasting gives it, since the form treats every input event alike."""
    tab_to(page, element_id)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    if len(text) > KEY_BY_KEY_UP_TO:
        page.keyboard.insert_text(text)
    else:
        page.keyboard.type(text)


def choose_radio(page: Page, group_id: str, index: int) -> None:
    """Tab into a radio group, then pick the option with the arrow keys."""
    first = f"{group_id}-0"
    for _ in range(TAB_LIMIT):
        if active_id(page).startswith(f"{group_id}-"):
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError(f"radiogruppen {group_id} kunne ikke nås med tastaturet")
    while active_id(page) != first:
        page.keyboard.press("ArrowUp")
    page.keyboard.press("Space")
    for _ in range(index):
        page.keyboard.press("ArrowDown")


def choose_option(page: Page, element_id: str, label: str) -> None:
    """Tab to a select and move with the arrow keys until the option with this label is chosen."""
    tab_to(page, element_id)
    labels = page.eval_on_selector(
        f"#{element_id}", "(s) => [...s.options].map((o) => o.textContent)"
    )
    target = labels.index(label)
    page.keyboard.press("Home")
    for _ in range(target):
        page.keyboard.press("ArrowDown")
    chosen = page.eval_on_selector(f"#{element_id}", "(s) => s.options[s.selectedIndex].text")
    assert chosen == label, f"valgte {chosen!r}, ville ha {label!r}"


def check_box(page: Page, element_id: str) -> None:
    """Tab to a checkbox and tick it with Space."""
    tab_to(page, element_id)
    page.keyboard.press("Space")


def press_button(page: Page, element_id: str) -> None:
    """Tab to a button and press Enter."""
    tab_to(page, element_id)
    page.keyboard.press("Enter")


def field_error(page: Page, field_id: str) -> str:
    """The problem text shown at a field (empty when none)."""
    return str(page.inner_text(f"#{field_id}-feil")) if page.is_visible(f"#{field_id}-feil") else ""


def arithmetic(page: Page) -> str:
    """The live arithmetic region's text."""
    return str(page.inner_text("#utregning"))


def load_json(path: Path) -> Any:
    """A JSON file's content."""
    return json.loads(path.read_text(encoding="utf-8"))


def review(page: Page) -> str:
    """Press «Se over og send» and wait for the step before sending; its text."""
    press_button(page, "send-knapp")
    page.wait_for_selector("#se-over-tittel")
    assert active_id(page) == "se-over-tittel"
    return str(page.inner_text("#se-over"))


def confirm_and_send(page: Page) -> None:
    """Tick every warning's checkbox in the step before sending (keyboard only), then send."""
    count = page.locator("#se-over input[type=checkbox]").count()
    for index in range(count):
        check_box(page, f"se-over-advarsel-{index}")
    press_button(page, "send-endelig")


def send_from_review(page: Page) -> str:
    """Review, confirm every warning and send; the review step's text."""
    text = review(page)
    confirm_and_send(page)
    return text
