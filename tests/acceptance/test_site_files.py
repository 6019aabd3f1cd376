"""The built site's RSS feed and iCalendar file hold the news posts and every date in data/."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar

from tests.support.office import read_table

NEWS_DATES = {
    dt.date(2024, 3, 18),
    dt.date(2024, 3, 22),
    dt.date(2024, 8, 13),
    dt.date(2024, 10, 3),
}
SETTINGS_DATE_COLUMNS = ("skjema_aapner", "frist", "vedtak_innen")


def feed_items(site: Path) -> list[ET.Element]:
    """The ``<item>`` elements of the built feed."""
    root = ET.parse(site / "feed.xml").getroot()
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.findall("./channel/item")


def calendar_events(site: Path) -> list[icalendar.Component]:
    """The VEVENTs of the built calendar file."""
    calendar = icalendar.Calendar.from_ical((site / "frister.ics").read_bytes())
    return calendar.walk("VEVENT")


def test_feed_holds_the_news_posts_with_dates_and_links(built_site: Path) -> None:
    items = feed_items(built_site)
    dates = {
        dt.datetime.strptime(item.findtext("pubDate") or "", "%a, %d %b %Y %H:%M:%S %z").date()
        for item in items
    }
    assert dates >= NEWS_DATES
    titles = [item.findtext("title") for item in items]
    assert "Fordelingen av kompetansemidlene for 2024 er klar" in titles
    for item in items:
        link = item.findtext("link") or ""
        relative = link.split("://", 1)[1].split("/", 1)[1]
        assert (built_site / relative / "index.html").is_file(), link


def test_feed_is_advertised_on_every_page(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/rss+xml"' in html
    assert "feed.xml" in html


def test_calendar_holds_every_date_from_settings_and_calendar(
    built_site: Path, fixture_office: Path
) -> None:
    events = calendar_events(built_site)
    starts = {event.decoded("DTSTART") for event in events}
    settings_dates = {
        dt.date.fromisoformat(row[column])
        for row in read_table(fixture_office, "innstillinger")
        for column in SETTINGS_DATE_COLUMNS
    }
    calendar_dates = {
        dt.date.fromisoformat(row["dato"]) for row in read_table(fixture_office, "kalender")
    }
    assert settings_dates | calendar_dates <= starts


def test_calendar_events_are_whole_days_with_unique_ids(built_site: Path) -> None:
    events = calendar_events(built_site)
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert not isinstance(start, dt.datetime)
        assert end - start == dt.timedelta(days=1)
        assert str(event["SUMMARY"])


def test_calendar_keeps_the_titles_from_the_calendar_table(
    built_site: Path, fixture_office: Path
) -> None:
    summaries = {str(event["SUMMARY"]) for event in calendar_events(built_site)}
    titles = {row["tittel"] for row in read_table(fixture_office, "kalender")}
    assert titles <= summaries


def test_front_page_shows_the_next_deadline_and_the_latest_news(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Neste frist for behovsmeldinger er" in html or "Neste frist er ikke fastsatt" in html
    assert 'href="nyheter/2024/10/03/rekruttering-og-kompetanse-i-barnehager/"' in html
    assert "Statsforvalteren i Prøvelandet" in html


def test_pages_show_data_not_typed_text(built_site: Path, fixture_office: Path) -> None:
    contact = (built_site / "kontakt" / "index.html").read_text(encoding="utf-8")
    for row in read_table(fixture_office, "kontakter"):
        assert f'href="mailto:{row["epost"]}"' in contact
    uh = (built_site / "kontakt" / "uh-partnere" / "index.html").read_text(encoding="utf-8")
    for row in read_table(fixture_office, "uh"):
        assert f'href="{row["nettside"]}"' in uh
    links = (built_site / "kontakt" / "lenker-og-dokumenter" / "index.html").read_text("utf-8")
    for row in read_table(fixture_office, "lenker"):
        assert row["url"] in links
