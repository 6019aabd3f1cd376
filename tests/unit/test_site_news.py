"""News posts: front matter, the latest list, and the RSS feed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from kompetanse.site import news


def write_post(folder: Path, name: str, front: str, body: str) -> None:
    """A post file under docs/nyheter/posts/."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")


def test_posts_are_read_newest_first_with_titles_from_the_heading(tmp_path: Path) -> None:
    posts_dir = tmp_path / "nyheter" / "posts"
    write_post(posts_dir, "a.md", "date: 2024-03-18\ncategories: [Fordeling]", "# Gammel")
    write_post(posts_dir, "b.md", "date:\n  created: 2024-10-03", "# Ny & <fin>")
    posts = news.read_posts(tmp_path, "nyheter/posts")
    assert [p.title for p in posts] == ["Ny & <fin>", "Gammel"]
    assert posts[0].date == dt.date(2024, 10, 3)
    assert posts[1].categories == ("Fordeling",)
    assert posts[1].src_uri == "nyheter/posts/a.md"


def test_latest_news_links_relative_to_the_page(tmp_path: Path) -> None:
    post = news.NewsPost("Tittel", dt.date(2024, 3, 18), "", (), "nyheter/posts/a.md")
    assert news.latest_news([post], 3, "index.md") == (
        "- [Tittel](nyheter/posts/a.md) (18. mars 2024)"
    )
    assert "(../nyheter/posts/a.md)" in news.latest_news([post], 3, "kontakt/index.md")
    assert news.latest_news([], 3, "index.md") == "Ingen nyheter ennå."


def test_feed_is_valid_rss_with_escaped_text_newest_first() -> None:
    old = news.NewsPost("Gammel", dt.date(2024, 3, 18), "Om <ting> & sånn", ("Fordeling",), "a")
    new = dataclasses.replace(old, title="Ny", date=dt.date(2024, 10, 3), url="https://x/ny/")
    old = dataclasses.replace(old, url="https://x/gammel/")
    root = ET.fromstring(news.build_feed([old, new], "Nyheter", "https://x/", "Alt"))
    items = root.findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["Ny", "Gammel"]
    assert items[1].findtext("description") == "Om <ting> & sånn"
    assert items[1].findtext("category") == "Fordeling"
    assert items[0].findtext("pubDate") == "Thu, 03 Oct 2024 12:00:00 +0000"
    assert root.findtext("./channel/language") == "nb"


def test_feed_is_capped(tmp_path: Path) -> None:
    posts = [
        news.NewsPost(f"P{i}", dt.date(2020, 1, 1) + dt.timedelta(days=i), "", (), "x", f"u{i}")
        for i in range(news.FEED_ITEMS + 5)
    ]
    root = ET.fromstring(news.build_feed(posts, "t", "l", "d"))
    assert len(root.findall("./channel/item")) == news.FEED_ITEMS
