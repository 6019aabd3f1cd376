"""Screenshots of key pages at desktop and phone widths, in both målformer, kept by CI under
artifacts/screenshots/.

Each page must also fit the phone's width: nothing may push the page wider than the screen. On
the allocation page the chart's labels keep at least 12 px on a phone, and a wide table that
scrolls says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

PAGES = {
    "forside": "",
    "ordning-desentralisert": "ordninger/desentralisert/",
    "frister": "behovsmelding/frister/",
    "kontakt": "kontakt/",
    "meld-behov": "meld-behov/",
    "fordeling": "fordeling/2026/",
}
WIDTHS = {"desktop": 1280, "mobil": 390, "smal": 320}
SHOTS = [
    *((name, "mobil", maalform) for name in PAGES for maalform in ("nb", "nn")),
    *((name, "desktop", "nb") for name in ("forside", "ordning-desentralisert", "kontakt")),
    ("forside", "desktop", "nn"),
    ("fordeling", "desktop", "nb"),
    *((name, "smal", "nb") for name in ("frister", "fordeling", "meld-behov")),
]
MIN_LABEL_PX = 12
HEIGHT = 844


def shot_id(shot: tuple[str, str, str]) -> str:
    """``forside-mobil-nn``."""
    return "-".join(shot)


def smallest_chart_label(page: Page) -> float:
    """The height on screen of the allocation chart's smallest text (a text shown at 12 px is
    about 14 px high; a chart scaled down to fit a phone shows its 12 px labels at 6–7 px)."""
    heights: list[float] = page.eval_on_selector_all(
        "figure.fordeling-diagram svg text", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    return min(heights)


@pytest.fixture(scope="module")
def screen(browser: Browser) -> Iterator[Page]:
    """One tab for the module's screenshots; each test gives it its own window size."""
    context = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": HEIGHT})
    yield context.new_page()
    context.close()


def open_at_width(page: Page, url: str, width: int) -> None:
    """Load a page in a window of the given width, its web fonts drawn."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")


@pytest.mark.parametrize("shot", SHOTS, ids=[shot_id(s) for s in SHOTS])
def test_screenshot_and_no_sideways_scrolling(
    screen: Page, site_url: str, project_root: Path, shot: tuple[str, str, str]
) -> None:
    name, viewport, maalform = shot
    width = WIDTHS[viewport]
    prefix = "nn/" if maalform == "nn" else ""
    open_at_width(screen, f"{site_url}/{prefix}{PAGES[name]}", width)
    target = (
        project_root / "artifacts" / "screenshots" / f"{name}-{maalform}-{viewport}-{width}.png"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    screen.screenshot(path=str(target), full_page=True)
    page_width = screen.evaluate("document.documentElement.scrollWidth")
    if name == "fordeling":
        assert smallest_chart_label(screen) >= MIN_LABEL_PX
    if name == "fordeling" and viewport != "desktop":
        assert screen.locator(".rull-hint").count() >= 1
    assert target.stat().st_size > 10_000
    assert page_width <= width, f"siden er {page_width} px bred i et {width} px vindu"


def test_titles_have_weight_and_tables_never_break_words(screen: Page, site_url: str) -> None:
    open_at_width(screen, f"{site_url}/behovsmelding/", WIDTHS["mobil"])
    weight = screen.evaluate("getComputedStyle(document.querySelector('h1')).fontWeight")
    cell = screen.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('td'));"
        " return [s.wordBreak, s.overflowWrap, s.hyphens]; })()"
    )
    stacked = screen.locator("table.stablet td[data-kolonne]").count()
    assert int(weight) >= 700
    assert cell == ["normal", "normal", "manual"]
    assert stacked > 0
