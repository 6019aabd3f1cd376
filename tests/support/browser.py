"""Real headless Chromium (Debian's) driven by Playwright, plus axe-core checks."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Request, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
VENDOR = Path(__file__).parent / "vendor"
AXE_JS = VENDOR / "axe.min.js"
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Before its rules run, axe-core fetches and parses every style sheet of the page (CSSOM) for the
# one rule that reads them, css-orientation-lock, which is experimental and so not among the
# rules the tags above run; the media it preloads for no-autoplay-audio, which runs, it still
# loads. test_axe_options.py shows the results are the same as with everything preloaded.
AXE_PRELOAD = {"assets": ["media"]}
AXE_VIOLATIONS_JS = (
    "([ctx, opts]) => axe.run(ctx || document, opts).then((result) => result.violations)"
)


def vendored_sha256(name: str) -> str:
    """The checksum recorded in vendor/SHA256SUMS for one file."""
    for line in (VENDOR / "SHA256SUMS").read_text().splitlines():
        digest, filename = line.split()
        if filename == name:
            return digest
    raise KeyError(name)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def launch_chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless; fails loudly when it is not installed."""
    if not CHROMIUM.exists():
        raise RuntimeError("Chromium mangler: kjør `make test`, som installerer Debians chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_settled(page: Page, url: str) -> None:
    """Load the address, then wait until the network has been quiet for 500 ms.

    ``goto`` waits for ``load`` first, so the page's scripts have run: Playwright's
    ``networkidle`` alone can come before ``load`` on a busy machine, when a long script runs with
    no request open.
    """
    page.goto(url)
    page.wait_for_load_state("networkidle")


def new_page_with_axe(browser: Browser, **options: Any) -> Page:
    """A page in its own context where axe-core is present before any page script runs.

    An init script is not subject to the page's Content-Security-Policy, so pages with a strict
    policy (the form) are checked exactly as they are served.
    """
    context = browser.new_context(**options)
    context.add_init_script(path=AXE_JS)
    return context.new_page()


def axe_options(*extra_rules: str) -> dict[str, Any]:
    """axe-core's options for the checks: the WCAG 2.1 A/AA rules (and any extra rules named),
    with only the violations reported in full."""
    return {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {rule: {"enabled": True} for rule in extra_rules},
        "resultTypes": ["violations"],
        "preload": AXE_PRELOAD,
    }


def axe_violations_in(page: Page, options: dict[str, Any], context: Any = None) -> list[Any]:
    """The violations of one axe-core run on a page where axe is loaded (only they cross over
    from the page, not the rest of the results)."""
    return list(page.evaluate(AXE_VIOLATIONS_JS, [context, options]))


def run_axe(page: Page, context: Any = None) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on the current page (an empty list is a pass)."""
    page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    return axe_violations_in(page, axe_options(), context)


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """A readable summary of axe violations for assertion messages."""
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


class RequestLog:
    """Records the requests a page makes to other origins, the ones it posts, and every
    console error it prints."""

    def __init__(self, page: Page, own_origin: str) -> None:
        self.own_origin = own_origin
        self.foreign: list[str] = []
        self.posted: list[Request] = []
        self.console_errors: list[str] = []
        self.page = page
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)

    def __enter__(self) -> RequestLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop recording (the page is used on for the next check)."""
        self.page.remove_listener("request", self._on_request)
        self.page.remove_listener("console", self._on_console)
        self.page.remove_listener("pageerror", self._on_page_error)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def _on_page_error(self, error: Error) -> None:
        self.console_errors.append(str(error))

    def _on_request(self, request: Request) -> None:
        if request.method == "POST":
            self.posted.append(request)
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if f"{parts.scheme}://{parts.netloc}" != self.own_origin:
            self.foreign.append(request.url)
