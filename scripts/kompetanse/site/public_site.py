"""MkDocs hook for the public site: data from ``data/`` rendered into pages at build time.

A page asks for data with a marker such as ``<!-- kompetanse:kontakter -->``; the markers are
listed in ``MARKERS`` (an unknown marker is a warning, so ``mkdocs build --strict`` fails). The
hook also adds ``frister.ics`` (every date from the settings and the calendar) and ``feed.xml``
(RSS 2.0 of the news posts), puts the office's name in the footer, and lists the published
allocation years under Fordeling in the navigation.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

from kompetanse.repository.site_data import SiteData, load_site_data
from kompetanse.site import calendar, data_markdown, ics, news
from kompetanse.text.inert import html_text, markdown_link, markdown_text

log = logging.getLogger("mkdocs.plugins.kompetanse.public_site")

MARKER = re.compile(r"<!-- kompetanse:([a-z0-9:_-]+) -->")
FORDELING_NAV = "Fordeling"
YEAR_PAGE = re.compile(r"^fordeling/([0-9]{4})/index\.md$")
POSTS_DIR = "nyheter/posts"
LATEST_COUNT = 3


class State:
    """What the hook read in ``on_config`` and uses later in the same build."""

    data: SiteData
    docs_dir: Path


STATE = State()
Render = Callable[[str], str]


def egenandel_rate(data: SiteData) -> str:
    """The newest year's minimum egenandel, as ``30 %``."""
    rates = sorted((s.aar, s.egenandel_sats) for s in data.innstillinger if s.egenandel_sats)
    rate = rates[-1][1] if rates else Decimal(0)
    return f"{(rate * 100).normalize():f} %"


def link(url: str, text: str) -> str:
    """A Markdown link to an address from data."""
    return markdown_link(text, url)


def news_posts() -> list[news.NewsPost]:
    """The news posts, newest first."""
    return news.read_posts(STATE.docs_dir, POSTS_DIR)


MARKERS: dict[str, Render] = {
    "embete": lambda _: markdown_text(STATE.data.embete.navn),
    "kontakter": lambda _: data_markdown.contact_cards(STATE.data),
    "uh": lambda _: data_markdown.uh_sections(STATE.data),
    "lenker": lambda _: data_markdown.link_sections(STATE.data),
    "dokumenter": lambda _: data_markdown.document_list(STATE.data),
    "frister": lambda _: calendar.deadline_table(STATE.data),
    "kalender": lambda _: calendar.event_lists(STATE.data, calendar.build_date()),
    "neste-frist": lambda _: calendar.next_deadline(STATE.data, calendar.build_date()),
    "egenandel-sats": lambda _: egenandel_rate(STATE.data),
    "siste-nytt": lambda uri: news.latest_news(news_posts(), LATEST_COUNT, uri),
    "nettside": lambda _: link(STATE.data.embete.nettside, "Statsforvalterens egen side"),
    "abonnement": lambda _: link(
        STATE.data.embete.abonnement_url, f"Nyhetsvarsel på e-post fra {STATE.data.embete.navn}"
    ),
}


CONTACT_MARKER = "kontakt:"


def find_renderer(name: str) -> Render | None:
    """The renderer of a marker: a fixed one, or ``kontakt:<ordning>`` for an ordning in the
    register; None for anything else."""
    ordning = name.removeprefix(CONTACT_MARKER)
    if name.startswith(CONTACT_MARKER) and ordning in STATE.data.ordninger:
        return lambda _: data_markdown.contact_for_ordning(STATE.data, ordning)
    return MARKERS.get(name)


def render_markers(markdown: str, src_uri: str) -> str:
    """Replace every known marker; warn about unknown ones."""

    def replace(match: re.Match[str]) -> str:
        render = find_renderer(match[1])
        if render is None:
            log.warning("%s: ukjent markør '%s'", src_uri, match[1])
            return match[0]
        return render(src_uri)

    return MARKER.sub(replace, markdown)


def year_pages(docs_dir: Path) -> list[dict[str, str]]:
    """Nav entries for the allocation years under docs/fordeling/, newest first."""
    found = [p.relative_to(docs_dir).as_posix() for p in docs_dir.glob("fordeling/*/index.md")]
    years = sorted((m[1], uri) for uri in found if (m := YEAR_PAGE.match(uri)))
    return [{f"Fordeling {year}": uri} for year, uri in reversed(years)]


def add_year_pages(nav: list[Any], docs_dir: Path) -> None:
    """Put the allocation years into the Fordeling section of the navigation."""
    for item in nav:
        if isinstance(item, dict) and isinstance(item.get(FORDELING_NAV), list):
            section = item[FORDELING_NAV]
            listed = {str(entry) for entry in section}
            section += [entry for entry in year_pages(docs_dir) if str(entry) not in listed]


def on_config(config: Any, **_: Any) -> Any:
    """Read the data once per build; name the office in the footer; list allocation years."""
    STATE.docs_dir = Path(config["docs_dir"])
    STATE.data = load_site_data(STATE.docs_dir.resolve().parent)
    config["copyright"] = f"Innholdet forvaltes av {html_text(STATE.data.embete.navn)}"
    if config.get("nav"):
        add_year_pages(config["nav"], STATE.docs_dir)
    return config


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """Add the calendar file and a feed file (its content is filled in ``on_env``)."""
    name = f"Frister – lokal kompetanseutvikling – {STATE.data.embete.kortnavn}"
    page_url = str(config["site_url"] or "") + "behovsmelding/frister/"
    events = calendar.calendar_events(STATE.data)
    content = ics.build_ics(
        events, name, f"{STATE.data.embete.embete_id}.kompetanse", calendar.build_date(), page_url
    )
    files.append(File.generated(config, calendar.ICS_NAME, content=content))
    files.append(File.generated(config, news.FEED_NAME, content=b""))
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Fill the data markers of a page."""
    return render_markers(markdown, page.file.src_uri)


def on_env(env: Any, config: Any, files: Any, **_: Any) -> Any:
    """Write the RSS feed, now that the blog has given every post its final address."""
    site_url = str(config["site_url"] or "")
    posts = []
    for post in news_posts():
        file = files.get_file_from_path(post.src_uri)
        url = site_url + file.url if file is not None else ""
        posts.append(dataclasses.replace(post, url=url))
    feed = files.get_file_from_path(news.FEED_NAME)
    feed.content_bytes = news.build_feed(
        posts,
        title=f"Nyheter – lokal kompetanseutvikling – {STATE.data.embete.kortnavn}",
        link=site_url + "nyheter/",
        description="Nyheter om tilskuddsordningen for lokal kompetanseutvikling.",
    )
    return env
