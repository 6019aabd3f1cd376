"""Deadlines from the settings and the calendar table: merging, the next deadline, iCalendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import icalendar
import pytest

from kompetanse.repository.site_data import Hendelse, SiteData, load_site_data
from kompetanse.site import calendar, ics


@pytest.fixture(scope="module")
def data(fixture_office: Path) -> SiteData:
    """The fixture office's data."""
    return load_site_data(fixture_office)


def test_every_date_appears_once_and_calendar_titles_win(data: SiteData) -> None:
    events = calendar.calendar_events(data)
    dates = [event.dato for event in events]
    assert len(dates) == len(set(dates))
    frist_2027 = next(event for event in events if event.dato == dt.date(2027, 2, 1))
    assert frist_2027.tittel == "Frist for behovsmeldinger for 2027"
    assert frist_2027.uid == "behovsmelding-2027-frist"


def test_settings_dates_without_a_calendar_row_become_events(data: SiteData) -> None:
    titles = {event.tittel for event in calendar.calendar_events(data)}
    assert "Frist for behovsmeldinger for 2024" in titles
    assert "Skjemaet for behovsmeldinger for 2025 åpner" in titles


def test_differing_deadlines_name_the_ordning(data: SiteData) -> None:
    changed = [
        dataclasses.replace(s, frist=dt.date(2027, 2, 15))
        if s.aar == 2027 and s.ordning == "kompetanseloftet"
        else s
        for s in data.innstillinger
    ]
    varied = dataclasses.replace(data, innstillinger=tuple(changed), hendelser=())
    titles = {event.tittel for event in calendar.deadline_events(varied)}
    assert any("2027" in t and "Kompetanseløftet" in t and t.startswith("Frist") for t in titles)
    rows = calendar.deadline_rows(varied)
    assert sum(1 for row in rows if row[0].startswith("2027: ")) == 3
    assert [row[0] for row in rows if row[0].startswith("2026")] == ["2026"]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (
            dt.date(2026, 9, 1),
            "**1. februar 2027** (midler for 2027). Skjemaet åpner 1. oktober 2026.",
        ),
        (dt.date(2026, 11, 27), "**1. februar 2027** (midler for 2027). Skjemaet er åpent."),
        (dt.date(2027, 2, 1), "**1. februar 2027**"),
        (dt.date(2027, 2, 2), "ikke fastsatt ennå"),
    ],
)
def test_next_deadline_depends_on_the_day(data: SiteData, today: dt.date, expected: str) -> None:
    assert expected in calendar.next_deadline(data, today)


def test_build_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert calendar.build_date() == dt.date(2023, 11, 14)


def test_ics_parses_and_keeps_text_with_special_characters() -> None:
    event = calendar.CalendarEvent(
        "x-1", dt.date(2027, 2, 1), "Frist; for alle, også «Østfold»", "Linje 1\nLinje 2 " * 10
    )
    text = ics.build_ics(
        [event], "Frister, Østfold", "sf.test", dt.date(2026, 11, 27), "https://x/"
    )
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    (vevent,) = parsed.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.tittel
    assert str(vevent["DESCRIPTION"]) == event.beskrivelse
    assert vevent.decoded("DTSTART") == dt.date(2027, 2, 1)
    assert str(vevent["UID"]) == "x-1@sf.test"


def test_calendar_rows_keep_their_description(data: SiteData) -> None:
    extra = Hendelse("konferanse", dt.date(2030, 5, 5), "Konferanse", "Om partnerskap")
    events = calendar.calendar_events(dataclasses.replace(data, hendelser=(extra,)))
    assert events[-1].beskrivelse == "Om partnerskap"


def test_event_lists_put_coming_dates_first_and_fold_the_past(data: SiteData) -> None:
    text = calendar.event_lists(data, dt.date(2027, 1, 1))
    coming, past = text.split("??? note")
    assert "**15. januar 2027**" in coming
    assert "**1. oktober 2026**" not in coming
    assert "    - **1. oktober 2026**" in past
