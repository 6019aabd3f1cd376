"""Deadlines and dates: the table on the Frister page, the next deadline, and the iCalendar file.

Dates come from ``data/innstillinger.csv`` (form opens, deadline, decision by, per year and
ordning) and ``data/kalender.csv`` (other dated events). Where a calendar row falls on the same
day as a deadline from the settings, the calendar row wins, so no date appears twice.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass

from kompetanse.domain.model import Innstilling
from kompetanse.repository.site_data import SiteData
from kompetanse.text.format import format_date_nb as date_nb
from kompetanse.text.format import table
from kompetanse.text.inert import markdown_text

ICS_NAME = "frister.ics"
KINDS = (
    ("skjema_aapner", "Skjemaet for behovsmeldinger for {aar} åpner"),
    ("frist", "Frist for behovsmeldinger for {aar}"),
    ("vedtak_innen", "Vedtak om tildeling for {aar} fattes innen denne datoen"),
)


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event."""

    uid: str
    dato: dt.date
    tittel: str
    beskrivelse: str


def build_date() -> dt.date:
    """Today, or the day in ``SOURCE_DATE_EPOCH`` when set (for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def settings_by_year(data: SiteData) -> dict[int, list[Innstilling]]:
    """The settings rows grouped by year, years ascending."""
    grouped: dict[int, list[Innstilling]] = defaultdict(list)
    for innstilling in data.innstillinger:
        grouped[innstilling.aar].append(innstilling)
    return dict(sorted(grouped.items()))


def deadline_events(data: SiteData) -> list[CalendarEvent]:
    """One event per year, kind of date and distinct date (an ordning named when they differ)."""
    events = []
    for aar, rows in settings_by_year(data).items():
        for kind, title in KINDS:
            dates = sorted({getattr(row, kind) for row in rows})
            for dato in dates:
                names = [data.ordning_navn(r.ordning) for r in rows if getattr(r, kind) == dato]
                suffix = "" if len(dates) == 1 else f" ({', '.join(names)})"
                uid = f"{kind}-{aar}-{dato.isoformat()}"
                events.append(CalendarEvent(uid, dato, title.format(aar=aar) + suffix, ""))
    return events


def calendar_events(data: SiteData) -> list[CalendarEvent]:
    """Every dated event, by date: the calendar rows plus deadlines on other days."""
    events = [
        CalendarEvent(h.hendelse_id, h.dato, h.tittel, h.beskrivelse or "") for h in data.hendelser
    ]
    taken = {event.dato for event in events}
    events += [event for event in deadline_events(data) if event.dato not in taken]
    return sorted(events, key=lambda event: (event.dato, event.uid))


def deadline_rows(data: SiteData) -> list[tuple[str, ...]]:
    """Rows for the deadline table: one per year, or per ordning (named) when dates differ."""
    rows: list[tuple[str, ...]] = []
    for aar, settings in settings_by_year(data).items():
        uniform = len({(s.skjema_aapner, s.frist, s.vedtak_innen) for s in settings}) == 1
        for s in settings[:1] if uniform else settings:
            who = f"{aar}" if uniform else f"{aar}: {markdown_text(data.ordning_navn(s.ordning))}"
            rows.append(
                (who, date_nb(s.skjema_aapner), f"**{date_nb(s.frist)}**", date_nb(s.vedtak_innen))
            )
    return rows


def deadline_table(data: SiteData) -> str:
    """The deadlines per year as a Markdown table, newest year first."""
    header = ("Midler for", "Skjemaet åpner", "Frist", "Vedtak innen")
    return table(header, list(reversed(deadline_rows(data))))


def event_item(event: CalendarEvent) -> str:
    """One dated event as a Markdown list item."""
    line = f"- **{date_nb(event.dato)}**: {markdown_text(event.tittel)}"
    return line + (f"  \n  {markdown_text(event.beskrivelse)}" if event.beskrivelse else "")


def event_lists(data: SiteData, today: dt.date) -> str:
    """Coming dates first, then earlier ones in a collapsed block."""
    events = calendar_events(data)
    coming = [event_item(e) for e in events if e.dato >= today]
    past = [event_item(e) for e in reversed(events) if e.dato < today]
    parts = ["### Kommende datoer", "\n".join(coming) or "Ingen nye datoer er fastsatt ennå."]
    if past:
        indented = "\n".join("    " + line for item in past for line in item.splitlines())
        parts.append(f'??? note "Tidligere datoer"\n\n{indented}')
    return "\n\n".join(parts)


def next_deadline(data: SiteData, today: dt.date) -> str:
    """A sentence about the next deadline for behovsmeldinger, seen from ``today``."""
    upcoming = sorted((s.frist, s.skjema_aapner, s.aar) for s in data.innstillinger)
    for frist, aapner, aar in upcoming:
        if frist < today:
            continue
        state = "Skjemaet er åpent." if aapner <= today else f"Skjemaet åpner {date_nb(aapner)}."
        return (
            f"Neste frist for behovsmeldinger er **{date_nb(frist)}** (midler for {aar}). {state}"
        )
    return "Neste frist er ikke fastsatt ennå. Følg med på nyhetene."
