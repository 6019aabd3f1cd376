"""Helpers for the public-site browser tests: the list of built pages and a per-page check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page

from tests.support.browser import AXE_JS, WCAG_TAGS, RequestLog, describe_violations

ENGLISH_LABELS = frozenset(
    {
        "Header",
        "Footer",
        "Navigation",
        "Search",
        "Share",
        "Clear",
        "Permanent link",
        "Table of contents",
        "Back to top",
        "Previous",
        "Next",
    }
)


@dataclass
class PageReport:
    """What went wrong on one page (all lists empty means the page passed)."""

    path: str
    violations: str = ""
    foreign: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not (self.violations or self.foreign or self.console_errors or self.problems)


def built_pages(site: Path) -> list[str]:
    """URL paths of every HTML page in the built site (``index.html`` as its folder)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def english_labels(page: Page) -> list[str]:
    """aria-label and title values that Material leaves in English."""
    labels: list[str] = page.eval_on_selector_all(
        "[aria-label], [title]",
        "els => els.flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title')])",
    )
    return sorted({label for label in labels if label in ENGLISH_LABELS})


def run_axe_preloaded(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations; axe was loaded by an init script (CSP-proof)."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    result = page.evaluate("opts => axe.run(document, opts)", options)
    return list(result["violations"])


def new_page_with_axe(browser: Browser, **options: Any) -> Page:
    """A page in its own context where axe-core is present before any page script runs.

    An init script is not subject to the page's Content-Security-Policy, so pages with a strict
    policy (the form) are checked exactly as they are served.
    """
    context = browser.new_context(**options)
    context.add_init_script(path=AXE_JS)
    return context.new_page()


def check_page(browser: Browser, base_url: str, path: str) -> PageReport:
    """Open one page and report axe violations, foreign requests, console errors, lang."""
    report = PageReport(path)
    page = new_page_with_axe(browser)
    log = RequestLog(page, base_url)
    try:
        response = page.goto(f"{base_url}/{path}", wait_until="networkidle")
        if response is None or not response.ok:
            report.problems.append(f"HTTP {response.status if response else 'ingen svar'}")
        if page.get_attribute("html", "lang") != "nb":
            report.problems.append("html lang er ikke nb")
        report.problems += [f"engelsk etikett: {label}" for label in english_labels(page)]
        report.violations = describe_violations(run_axe_preloaded(page))
    finally:
        page.context.close()
    report.foreign = log.foreign
    report.console_errors = log.console_errors
    return report


def describe_reports(reports: list[PageReport]) -> str:
    """A readable list of the pages that failed and why."""
    lines = []
    for report in reports:
        lines.append(f"== /{report.path}")
        lines += [f"  axe: {line}" for line in report.violations.splitlines()]
        lines += [f"  ekstern forespørsel: {url}" for url in report.foreign]
        lines += [f"  konsollfeil: {text}" for text in report.console_errors]
        lines += [f"  {problem}" for problem in report.problems]
    return "\n".join(lines)
