"""News posts: read their front matter, list the latest, and write the RSS 2.0 feed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data

from kompetanse.text.format import format_date_nb as date_nb
from kompetanse.text.inert import markdown_link

FEED_NAME = "feed.xml"
FEED_ITEMS = 30


@dataclass(frozen=True)
class NewsPost:
    """One news post as the front page, the Abonner page and the feed need it."""

    title: str
    date: dt.date
    description: str
    categories: tuple[str, ...]
    src_uri: str
    url: str = ""


def post_date(value: Any) -> dt.date:
    """The creation date of a post from its ``date`` front matter (date, datetime or dict)."""
    if isinstance(value, dict):
        value = value.get("created")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def post_title(markdown: str, meta: dict[str, Any]) -> str:
    """The title: ``title`` in front matter, else the first level-one heading."""
    if meta.get("title"):
        return str(meta["title"])
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def read_post(path: Path, docs_dir: Path) -> NewsPost:
    """One post file's front matter and title."""
    markdown, meta = get_data(path.read_text(encoding="utf-8"))
    return NewsPost(
        title=post_title(markdown, meta),
        date=post_date(meta.get("date")),
        description=str(meta.get("description") or ""),
        categories=tuple(meta.get("categories") or ()),
        src_uri=path.relative_to(docs_dir).as_posix(),
    )


def read_posts(docs_dir: Path, posts_dir: str) -> list[NewsPost]:
    """Every post under ``docs_dir/posts_dir``, newest first."""
    folder = docs_dir / posts_dir
    posts = [read_post(path, docs_dir) for path in folder.rglob("*.md")] if folder.is_dir() else []
    return sorted(posts, key=lambda post: (post.date, post.src_uri), reverse=True)


def latest_news(posts: list[NewsPost], count: int, from_uri: str) -> str:
    """A Markdown list of the newest posts with links relative to the page ``from_uri``."""
    depth = from_uri.count("/")
    prefix = "../" * depth
    lines = [
        f"- {markdown_link(post.title, prefix + post.src_uri)} ({date_nb(post.date)})"
        for post in posts[:count]
    ]
    return "\n".join(lines) or "Ingen nyheter ennå."


def text_element(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """A child element holding text."""
    child = ET.SubElement(parent, tag)
    child.text = text
    return child


def feed_item(channel: ET.Element, post: NewsPost) -> None:
    """One ``<item>`` for a post."""
    item = ET.SubElement(channel, "item")
    text_element(item, "title", post.title)
    text_element(item, "link", post.url)
    text_element(item, "guid", post.url).set("isPermaLink", "true")
    published = dt.datetime.combine(post.date, dt.time(12, 0), tzinfo=dt.UTC)
    text_element(item, "pubDate", format_datetime(published))
    text_element(item, "description", post.description)
    for category in post.categories:
        text_element(item, "category", category)


def build_feed(posts: list[NewsPost], title: str, link: str, description: str) -> bytes:
    """An RSS 2.0 document with the newest posts (which must carry absolute URLs)."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    text_element(channel, "title", title)
    text_element(channel, "link", link)
    text_element(channel, "description", description)
    text_element(channel, "language", "nb")
    newest = sorted(posts, key=lambda post: (post.date, post.url), reverse=True)[:FEED_ITEMS]
    if newest:
        published = dt.datetime.combine(newest[0].date, dt.time(12, 0), tzinfo=dt.UTC)
        text_element(channel, "lastBuildDate", format_datetime(published))
    for post in newest:
        feed_item(channel, post)
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"
