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
from kompetanse.repository.site_data import Hendelse, SiteData
from kompetanse.text.catalogue import Maalform, in_maalform, word
from kompetanse.text.format import format_date, table
from kompetanse.text.inert import markdown_text

ICS_NAME = "frister.ics"
KINDS = ("skjema_aapner", "frist", "vedtak_innen")


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


def deadline_events(data: SiteData, maalform: Maalform = "nb") -> list[CalendarEvent]:
    """One event per year, kind of date and distinct date (an ordning named when they differ)."""
    events = []
    for aar, rows in settings_by_year(data).items():
        for kind in KINDS:
            dates = sorted({getattr(row, kind) for row in rows})
            for dato in dates:
                names = [
                    data.ordning_navn(r.ordning, maalform) for r in rows if getattr(r, kind) == dato
                ]
                suffix = "" if len(dates) == 1 else f" ({', '.join(names)})"
                title = word(f"frist.{kind}", maalform, aar=aar) + suffix
                events.append(CalendarEvent(f"{kind}-{aar}-{dato.isoformat()}", dato, title, ""))
    return events


def calendar_row_event(hendelse: Hendelse, maalform: Maalform = "nb") -> CalendarEvent:
    """One row of kalender.csv as an event in ``maalform``."""
    title = in_maalform(maalform, hendelse.tittel, hendelse.tittel_nn)
    description = in_maalform(maalform, hendelse.beskrivelse or "", hendelse.beskrivelse_nn)
    return CalendarEvent(hendelse.hendelse_id, hendelse.dato, title, description)


def calendar_events(data: SiteData, maalform: Maalform = "nb") -> list[CalendarEvent]:
    """Every dated event, by date: the calendar rows plus deadlines on other days."""
    events = [calendar_row_event(hendelse, maalform) for hendelse in data.hendelser]
    taken = {event.dato for event in events}
    events += [event for event in deadline_events(data, maalform) if event.dato not in taken]
    return sorted(events, key=lambda event: (event.dato, event.uid))


def deadline_row(data: SiteData, s: Innstilling, uniform: bool, m: Maalform) -> tuple[str, ...]:
    """One row of the deadline table (the ordning named when its dates differ from the others)."""
    who = f"{s.aar}" if uniform else f"{s.aar}: {markdown_text(data.ordning_navn(s.ordning, m))}"
    dates = (format_date(s.skjema_aapner, m), f"**{format_date(s.frist, m)}**")
    return (who, *dates, format_date(s.vedtak_innen, m))


def deadline_rows(data: SiteData, maalform: Maalform = "nb") -> list[tuple[str, ...]]:
    """Rows for the deadline table: one per year, or per ordning (named) when dates differ."""
    rows: list[tuple[str, ...]] = []
    for settings in settings_by_year(data).values():
        uniform = len({(s.skjema_aapner, s.frist, s.vedtak_innen) for s in settings}) == 1
        rows += [
            deadline_row(data, s, uniform, maalform) for s in settings[: 1 if uniform else None]
        ]
    return rows


def deadline_table(data: SiteData, maalform: Maalform = "nb") -> str:
    """The deadlines per year as a Markdown table, newest year first."""
    columns = ("midler-for", "aapner", "frist", "vedtak")
    header = tuple(word(f"frist.kolonne.{column}", maalform) for column in columns)
    return table(header, list(reversed(deadline_rows(data, maalform))))


def event_item(event: CalendarEvent, maalform: Maalform = "nb") -> str:
    """One dated event as a Markdown list item."""
    line = f"- **{format_date(event.dato, maalform)}**: {markdown_text(event.tittel)}"
    return line + (f"  \n  {markdown_text(event.beskrivelse)}" if event.beskrivelse else "")


def event_lists(data: SiteData, today: dt.date, maalform: Maalform = "nb") -> str:
    """Coming dates first, then earlier ones in a collapsed block."""
    events = calendar_events(data, maalform)
    coming = [event_item(e, maalform) for e in events if e.dato >= today]
    past = [event_item(e, maalform) for e in reversed(events) if e.dato < today]
    parts = [
        f"### {word('frist.kommende', maalform)}",
        "\n".join(coming) or word("frist.ingen-kommende", maalform),
    ]
    if past:
        indented = "\n".join("    " + line for item in past for line in item.splitlines())
        parts.append(f'??? note "{word("frist.tidligere", maalform)}"\n\n{indented}')
    return "\n\n".join(parts)


def next_deadline(data: SiteData, today: dt.date, maalform: Maalform = "nb") -> str:
    """A sentence about the next deadline for behovsmeldinger, seen from ``today``."""
    upcoming = sorted((s.frist, s.skjema_aapner, s.aar) for s in data.innstillinger)
    for frist, aapner, aar in upcoming:
        if frist < today:
            continue
        state = (
            word("frist.skjema-aapent", maalform)
            if aapner <= today
            else word("frist.skjema-aapner", maalform, dato=format_date(aapner, maalform))
        )
        dato = format_date(frist, maalform)
        return word("frist.neste", maalform, dato=dato, aar=aar, tilstand=state)
    return word("frist.ingen-neste", maalform)
