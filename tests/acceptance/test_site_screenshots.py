"""Screenshots of key pages at desktop and phone widths, kept by CI under artifacts/screenshots/.

Each page must also fit the phone's width: nothing may push the page wider than the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

PAGES = {
    "forside": "",
    "ordning-desentralisert": "ordninger/desentralisert/",
    "kontakt": "kontakt/",
}
VIEWPORTS = {"desktop": (1280, 900), "mobil": (390, 844)}


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot_and_no_sideways_scrolling(
    browser: Browser, site_url: str, project_root: Path, name: str, viewport: str
) -> None:
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(f"{site_url}/{PAGES[name]}", wait_until="networkidle")
        target = project_root / "artifacts" / "screenshots" / f"{name}-{viewport}-{width}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target), full_page=True)
        page_width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert target.stat().st_size > 10_000
    assert page_width <= width, f"siden er {page_width} px bred i et {width} px vindu"
