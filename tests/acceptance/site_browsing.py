"""Helpers for the public-site browser tests: the pages the site must have, and a per-page check.

The list of public pages is read from the sources (``docs/`` and ``docs/nn/``, the news posts'
front matter) when the tests are collected, so each page is its own test case; a separate test
holds the built site to exactly that list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from kompetanse.site.maalform import category_slug
from kompetanse.site.news import read_posts
from tests.support.browser import RequestLog, axe_options, axe_violations_in, describe_violations
from tests.support.office import ROOT

DOCS = ROOT / "docs"
INTERNAL = ("saksbehandling", "utvikling")
OWN_PROJECTS = ("nn",)
GENERATED = "fordeling"
# The pages every build has that no hand-written source gives: MkDocs's error page and the
# allocation overview that publish writes.
GENERATED_PAGES = ("404.html", f"{GENERATED}/")
GENERATED_YEAR = re.compile(rf"^{GENERATED}/[0-9]{{4}}/")
BEST_PRACTICE_RULES = ["aria-dialog-name", "landmark-unique"]
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


def page_path(src_uri: str) -> str:
    """The address of a Markdown page (``kontakt/index.md`` → ``kontakt/``)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def source_pages(docs: Path, skip: tuple[str, ...]) -> list[str]:
    """Addresses of the hand-written pages under ``docs`` (posts apart). The folder publish
    writes from the live data (``fordeling/``) is not read: its overview page is one of the
    generated pages, its years come from the office the site is built from."""
    tops = [entry for entry in docs.iterdir() if entry.name not in {*skip, GENERATED}]
    sources = [path for top in tops for path in ([top] if top.is_file() else top.rglob("*.md"))]
    paths = []
    for source in sorted(sources):
        src_uri = source.relative_to(docs).as_posix()
        if source.suffix == ".md" and not src_uri.startswith("nyheter/posts/"):
            paths.append(page_path(src_uri))
    return paths


def blog_pages(docs: Path, maalform: str) -> list[str]:
    """The posts, and the archive and category pages the blog makes from their front matter."""
    posts = read_posts(docs, "nyheter/posts")
    slugs = {post.src_uri: post_slug(docs / post.src_uri) for post in posts}
    paths = [f"nyheter/{post.date:%Y/%m/%d}/{slugs[post.src_uri]}/" for post in posts]
    paths += sorted({f"nyheter/arkiv/{post.date.year}/" for post in posts})
    slugify = category_slug if maalform == "nn" else (lambda n, s: n.lower().replace(" ", s))
    categories = {category for post in posts for category in post.categories}
    return paths + sorted(f"nyheter/kategori/{slugify(c, '-')}/" for c in categories)


def post_slug(path: Path) -> str:
    """The ``slug`` in a post's front matter."""
    found = re.search(r"^slug: *(\S+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, path
    return found.group(1)


def public_pages(maalform: str) -> list[str]:
    """Every public page of one målform that comes from the sources, as site paths."""
    docs, prefix = (DOCS / "nn", "nn/") if maalform == "nn" else (DOCS, "")
    skip = INTERNAL + OWN_PROJECTS if maalform == "nb" else ()
    pages = [*GENERATED_PAGES, *source_pages(docs, skip), *blog_pages(docs, maalform)]
    return [prefix + path for path in pages]


def built_pages(site: Path) -> list[str]:
    """URL paths of every HTML page in the built site (``index.html`` as its folder)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def maalform_of(path: str) -> str:
    """The målform of a page of the public site, from its place."""
    return "nn" if path.startswith("nn/") else "nb"


# The page's language and every aria-label and title, read in one call in the page's own script
# world (Playwright's selector calls would first inject its selector engine into each page).
LANG_AND_LABELS_JS = """() => ({
  lang: document.documentElement.getAttribute('lang'),
  labels: [...document.querySelectorAll('[aria-label], [title]')]
    .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title')]),
})"""


def english_labels(labels: list[str | None]) -> list[str]:
    """The aria-label and title values among these that Material leaves in English."""
    return sorted({label for label in labels if label in ENGLISH_LABELS})


def run_axe_preloaded(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations and those of two best-practice rules (naming of
    dialogs, unique landmarks), in one run; axe was loaded by an init script (CSP-proof)."""
    return axe_violations_in(page, axe_options(*BEST_PRACTICE_RULES))


def check_page(tab: Page, base_url: str, path: str) -> PageReport:
    """Open one page in the tab and report axe violations, foreign requests, console errors and
    a wrong ``lang``. The page's requests are followed until the network has been quiet for
    half a second (axe runs meanwhile), so a late request is seen too."""
    report = PageReport(path)
    log = RequestLog(tab, base_url)
    try:
        response = tab.goto(f"{base_url}/{path}", wait_until="load")
        if response is None or not response.ok:
            report.problems.append(f"HTTP {response.status if response else 'ingen svar'}")
        read = tab.evaluate(LANG_AND_LABELS_JS)
        if read["lang"] != maalform_of(path):
            report.problems.append(f"html lang er {read['lang']}, ikke {maalform_of(path)}")
        report.problems += [f"engelsk etikett: {label}" for label in english_labels(read["labels"])]
        report.violations = describe_violations(run_axe_preloaded(tab))
        tab.wait_for_load_state("networkidle")
    finally:
        log.stop()
    report.foreign = log.foreign
    report.console_errors = log.console_errors
    return report


def describe_report(report: PageReport) -> str:
    """A readable list of what failed on one page and why."""
    lines = [f"== /{report.path}"]
    lines += [f"  axe: {line}" for line in report.violations.splitlines()]
    lines += [f"  ekstern forespørsel: {url}" for url in report.foreign]
    lines += [f"  konsollfeil: {text}" for text in report.console_errors]
    lines += [f"  {problem}" for problem in report.problems]
    return "\n".join(lines)
