"""Markdown as the site (Python-Markdown) and GitHub (cmark-gfm) render it, and what the HTML holds."""

from __future__ import annotations

from html.parser import HTMLParser

import cmarkgfm  # type: ignore[import-untyped]
import markdown  # type: ignore[import-untyped]
from cmarkgfm.cmark import Options  # type: ignore[import-untyped]

SITE_EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
]


def site_html(text: str) -> str:
    """The Markdown rendered with the site's extensions (raw HTML passes, as in MkDocs)."""
    return str(markdown.markdown(text, extensions=SITE_EXTENSIONS))


def github_html(text: str) -> str:
    """The Markdown rendered by GitHub's cmark-gfm with its extensions and raw HTML allowed."""
    return str(cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE))


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(html: str) -> TagCollector:
    """The tags and text of an HTML fragment."""
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector


def tag_names(html: str) -> list[str]:
    """The start tags of the fragment, in order."""
    return [tag for tag, _ in parse_html(html).tags]


def event_handlers(html: str) -> list[str]:
    """Attributes such as ``onmouseover`` on any element."""
    return [name for _, attrs in parse_html(html).tags for name in attrs if name.startswith("on")]


def link_targets(html: str) -> list[str]:
    """The ``href`` of every link."""
    return [str(attrs.get("href")) for tag, attrs in parse_html(html).tags if tag == "a"]


def text_of(html: str) -> str:
    """The text a reader sees (entities decoded)."""
    return "".join(parse_html(html).text)
