"""Write an iCalendar (RFC 5545) file of all-day events, without third-party code."""

from __future__ import annotations

import datetime as dt

from kompetanse.site.calendar import CalendarEvent
from kompetanse.text.inert import ics_text

LINE_OCTETS = 75


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    current = ""
    for char in line:
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return "\r\n ".join(parts)


def event_lines(event: CalendarEvent, domain: str, stamp: str, url: str) -> list[str]:
    """The content lines of one VEVENT."""
    end = event.dato + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}@{domain}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.dato:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        f"SUMMARY:{ics_text(event.tittel)}",
    ]
    if event.beskrivelse:
        lines.append(f"DESCRIPTION:{ics_text(event.beskrivelse)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def build_ics(
    events: list[CalendarEvent], name: str, domain: str, today: dt.date, url: str = ""
) -> str:
    """A whole VCALENDAR with one all-day VEVENT per event, CRLF line endings."""
    stamp = f"{today:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{ics_text(domain)}//Lokal kompetanseutvikling//NB",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_text(name)}",
        "X-WR-TIMEZONE:Europe/Oslo",
    ]
    for event in events:
        lines += event_lines(event, domain, stamp, url)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
