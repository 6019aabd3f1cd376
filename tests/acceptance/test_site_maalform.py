"""Bokmål and nynorsk side by side in the built site, the statements on every page, and the
internal pages kept out of the public site and its search.
"""

from __future__ import annotations

import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from tests.acceptance.site_browsing import built_pages

INTERNAL_PREFIXES = ("saksbehandling/", "utvikling/")
STATEMENTS = ("tilgjengelighet/", "personvern/")
FOOTER_LINK = re.compile(r'<nav class="erklaeringer"[^>]*>(.*?)</nav>', re.S)


class PageFacts(HTMLParser):
    """The language, the målform switch and the links of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.switch: tuple[str, str] | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the page's language, its switch (href and hreflang) and every link."""
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.lang = values.get("lang", "")
        if tag == "a" and "maalform-bytte__lenke" in values.get("class", ""):
            self.switch = (values.get("href", ""), values.get("hreflang", ""))
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])


def facts(site: Path, path: str) -> PageFacts:
    """The facts of the page at a site path."""
    parser = PageFacts()
    file = site / path / "index.html" if not path.endswith(".html") else site / path
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def resolve(path: str, href: str) -> str:
    """The site path a link on the page at ``path`` leads to."""
    if href.startswith("/"):
        return href.lstrip("/")
    folder = path if path.endswith("/") or not path else posixpath.dirname(path) + "/"
    joined = posixpath.normpath(posixpath.join(folder or ".", href))
    return "" if joined == "." else joined + ("/" if href.endswith("/") else "")


def pages(site: Path, maalform: str) -> list[str]:
    """The built pages of one målform (the allocation years included)."""
    every = built_pages(site)
    if maalform == "nn":
        return [path for path in every if path.startswith("nn/")]
    return [path for path in every if not path.startswith("nn/")]


def test_every_public_bokmaal_page_has_a_nynorsk_twin_and_back(built_site: Path) -> None:
    bokmaal = set(pages(built_site, "nb"))
    nynorsk = {path.removeprefix("nn/") for path in pages(built_site, "nn")}
    assert len(bokmaal) > 25
    assert bokmaal == nynorsk


def test_every_page_names_its_maalform_and_switches_to_its_twin(built_site: Path) -> None:
    wrong = {}
    for maalform, other, twin_of in (
        ("nb", "nn", lambda p: "nn/" + p),
        ("nn", "nb", lambda p: p.removeprefix("nn/")),
    ):
        for path in pages(built_site, maalform):
            page = facts(built_site, path)
            if path.endswith("404.html"):
                continue
            switch = page.switch or ("", "")
            target = resolve(path, switch[0])
            if page.lang != maalform or switch[1] != other or target != twin_of(path):
                wrong[path] = (page.lang, switch, target)
    assert wrong == {}


def test_the_news_posts_exist_in_both(built_site: Path) -> None:
    posts = [p for p in pages(built_site, "nb") if re.match(r"^nyheter/\d{4}/\d\d/\d\d/", p)]
    assert len(posts) >= 4
    for path in posts:
        assert facts(built_site, "nn/" + path).lang == "nn", path


def test_the_two_statements_are_linked_from_every_public_page_in_both(built_site: Path) -> None:
    missing = {}
    for maalform in ("nb", "nn"):
        for path in pages(built_site, maalform):
            if path.endswith("404.html"):
                continue
            html = (built_site / path / "index.html").read_text(encoding="utf-8")
            footer = FOOTER_LINK.search(html)
            hrefs = re.findall(r'href="([^"]+)"', footer.group(1)) if footer else []
            home = "nn/" if maalform == "nn" else ""
            targets = {resolve(path, href) for href in hrefs}
            if targets != {home + statement for statement in STATEMENTS}:
                missing[path] = sorted(targets)
    assert missing == {}


def search_locations(site: Path) -> list[str]:
    """The locations in a site's search index."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [doc["location"] for doc in index["docs"]]


def test_no_internal_page_is_in_the_public_search_or_site(built_site: Path) -> None:
    for site in (built_site, built_site / "nn"):
        locations = search_locations(site)
        assert len(locations) > 25
        assert [loc for loc in locations if loc.startswith(INTERNAL_PREFIXES)] == []
        index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
        assert "Problemkoder" not in index and "kompetanse validate" not in index
    assert [p for p in built_pages(built_site) if p.startswith(INTERNAL_PREFIXES)] == []


def test_each_maalform_has_its_own_search_index(built_site: Path) -> None:
    nynorsk = (built_site / "nn" / "search" / "search_index.json").read_text(encoding="utf-8")
    bokmaal = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Eigenandel" in nynorsk and "Eigenandel" not in bokmaal
    assert json.loads(nynorsk)["config"]["lang"] == ["no"]


def test_the_internal_site_holds_the_caseworker_and_developer_pages_only(
    internal_site: Path,
) -> None:
    built = built_pages(internal_site)
    assert {"", "saksbehandling/", "utvikling/problemkoder/", "utvikling/maalform/"} <= set(built)
    public = [p for p in built if p and not p.startswith((*INTERNAL_PREFIXES, "404"))]
    assert public == []
    locations = search_locations(internal_site)
    assert any(loc.startswith("utvikling/problemkoder/") for loc in locations)
