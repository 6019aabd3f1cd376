"""Every internal link and anchor in the built site points at something that exists.

``mkdocs build --strict`` checks links written in Markdown; this also covers links in raw HTML,
in the theme, and in pages the blog plugin generates (archive, categories, pagination).
"""

from __future__ import annotations

import posixpath
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "javascript", "data")


class LinkParser(HTMLParser):
    """Collects ``href`` values of links and every ``id`` in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record link targets and element ids."""
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href") is not None:
            self.hrefs.append(str(values["href"]))


@cache
def parse(path: Path) -> LinkParser:
    """The links and ids of one built page."""
    parser = LinkParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file a relative link leads to and its fragment; None for links to other sites."""
    parts = urlsplit(href)
    if parts.scheme in EXTERNAL_SCHEMES or parts.netloc:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    # Root-relative links (the 404 page uses them) start at the site, served at "/".
    joined = posixpath.join("/" if parts.path.startswith("/") else base, unquote(parts.path))
    target = site / posixpath.normpath(joined).lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def broken_links(site: Path, page: Path) -> list[str]:
    """Links on one page whose file or anchor does not exist."""
    problems = []
    for href in parse(page).hrefs:
        resolved = resolve(site, page, href)
        if resolved is None:
            continue
        target, fragment = resolved
        if not target.is_file():
            problems.append(f"{href} (finnes ikke)")
        elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
            problems.append(f"{href} (ankeret finnes ikke)")
    return problems


def test_no_internal_link_or_anchor_is_broken(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    report = {
        page.relative_to(built_site).as_posix(): problems
        for page in pages
        if (problems := broken_links(built_site, page))
    }
    assert not report, report


def test_the_checker_notices_a_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="her">x</h2><a href="../b/#der">b</a>')
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text('<a href="../a/#her">a</a><a href="../c/">c</a>')
    assert broken_links(tmp_path, tmp_path / "a" / "index.html") == [
        "../b/#der (ankeret finnes ikke)"
    ]
    assert broken_links(tmp_path, tmp_path / "b" / "index.html") == ["../c/ (finnes ikke)"]
