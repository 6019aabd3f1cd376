"""A melding's status for its owner, from git facts: the branch, its file, the base branch's
vedtak rows, the pull request's state, and the owner's changes not yet pushed.

mottatt → bekreftet → til behandling → vedtatt / ikke innvilget → utbetalt, or trukket.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

from kompetanse.receiver.forge import PullInfo
from kompetanse.receiver.words import maalform_of_document, status_key, word
from kompetanse.text.catalogue import Maalform

VEDTAK_TABLE = "data/vedtak.csv"
SHARES = ("eier_andel", "uh_andel", "koordinator_andel")


@dataclass(frozen=True)
class Event:
    """One step in the history: status, date (ISO) and a sentence."""

    status: str
    dato: str
    tekst: str

    def as_dict(self) -> dict[str, str]:
        """JSON form."""
        return {"status": self.status, "dato": self.dato, "tekst": self.tekst}


@dataclass(frozen=True)
class Facts:
    """What is known about one melding."""

    melding_id: str
    mottatt: str
    document: dict[str, Any]
    pushed: bool
    on_base_since: str | None
    pull: PullInfo | None
    vedtak_table: bytes | None
    vedtak_since: str | None
    pending: tuple[tuple[str, str], ...] = ()


def event(status: str, dato: str | None, maalform: Maalform, tekst: str | None = None) -> Event:
    """An event with the usual sentence in the melding's målform."""
    usual = word("hendelse." + status_key(status), maalform)
    return Event(status, (dato or "")[:10], tekst or usual)


def vedtak_rows(table: bytes | None, melding_id: str) -> list[dict[str, str]]:
    """The vedtak rows for this melding on the base branch."""
    if not table:
        return []
    reader = csv.DictReader(io.StringIO(table.decode("utf-8-sig")))
    return [row for row in reader if row.get("behovsmelding_id") == melding_id]


def granted(row: dict[str, str]) -> int:
    """Kroner granted in one vedtak row."""
    return sum(int(row.get(name) or 0) for name in SHARES)


def decision_events(facts: Facts, today: dt.date) -> list[Event]:
    """vedtatt or ikke innvilget, then utbetalt for each payout year reached."""
    rows = vedtak_rows(facts.vedtak_table, facts.melding_id)
    if not rows:
        return []
    maalform = maalform_of_document(facts.document)
    total = sum(granted(row) for row in rows)
    if total == 0:
        return [event("ikke innvilget", facts.vedtak_since, maalform)]
    kroner = f"{total:,}".replace(",", "\u00a0") + " kr"
    granted_text = word("hendelse.vedtatt.sum", maalform, kroner=kroner)
    events = [event("vedtatt", facts.vedtak_since, maalform, granted_text)]
    for aar in sorted({int(row["utbetaling_aar"]) for row in rows if granted(row) > 0}):
        if aar <= today.year:
            paid = word("hendelse.utbetalt.aar", maalform, aar=aar)
            events.append(event("utbetalt", f"{aar}-01-01", maalform, paid))
    return events


def state_events(facts: Facts) -> list[Event]:
    """Confirmation and withdrawal as the file (and waiting changes) record them."""
    state = facts.document.get("innsending") or {}
    pending = dict(facts.pending)
    maalform = maalform_of_document(facts.document)
    events = []
    confirmed = state.get("bekreftet") or pending.get("bekreft")
    if state.get("epost") == "bekreftet" or "bekreft" in pending:
        events.append(event("bekreftet", confirmed, maalform))
    withdrawn = state.get("trukket") or pending.get("trekk")
    if withdrawn:
        events.append(event("trukket", withdrawn, maalform))
    return events


def history(facts: Facts, today: dt.date) -> list[Event]:
    """Every step so far, oldest first."""
    maalform = maalform_of_document(facts.document)
    events = [event("mottatt", facts.mottatt, maalform)]
    states = state_events(facts)
    events += [e for e in states if e.status == "bekreftet"]
    pull = facts.pull
    if (facts.pushed and (pull is None or pull.state == "open")) or facts.on_base_since:
        events.append(event("til behandling", facts.mottatt, maalform))
    if (
        pull is not None
        and pull.state == "closed"
        and not any(e.status == "trukket" for e in states)
    ):
        ended = word("hendelse.avsluttet", maalform)
        events.append(event("ikke innvilget", pull.closed_at, maalform, ended))
    events += [e for e in states if e.status == "trukket"]
    events += decision_events(facts, today)
    return events


def is_withdrawn(facts: Facts) -> bool:
    """The owner has withdrawn it (recorded or waiting to be)."""
    return any(e.status == "trukket" for e in state_events(facts))


def is_confirmed(facts: Facts) -> bool:
    """The address is confirmed (recorded or waiting to be)."""
    return any(e.status == "bekreftet" for e in state_events(facts))


def is_open(facts: Facts) -> bool:
    """Still with the owner's hand on it: not on the base, not closed or merged, not withdrawn."""
    closed = facts.pull is not None and facts.pull.state != "open"
    return not (facts.on_base_since or closed or is_withdrawn(facts))


def status_json(facts: Facts, today: dt.date) -> dict[str, Any]:
    """``{"id": …, "status": …, "historikk": [...]}``."""
    events = history(facts, today)
    return {
        "id": facts.melding_id,
        "status": events[-1].status,
        "historikk": [e.as_dict() for e in events],
    }


def load_document(content: bytes | None) -> dict[str, Any]:
    """The melding file as JSON (empty when there is none)."""
    return json.loads(content) if content else {}
