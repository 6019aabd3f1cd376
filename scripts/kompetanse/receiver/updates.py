"""An owner's changes to a received melding, applied by the worker to the file on its branch.

Each change is a function of the file as it is on the branch tip, so a confirmation and a
correction queued together both survive; applying one twice changes nothing the second time.
"""

from __future__ import annotations

import json
from typing import Any

from kompetanse.receiver.spool import Update
from kompetanse.receiver.stored import CONFIRMED, UNCONFIRMED, file_content, prepare_document

CONFIRM, CORRECT, WITHDRAW = "bekreft", "rett", "trekk"
SUBJECT_BY_ACTION = {
    CONFIRM: "e-postadressen er bekreftet av kontaktpersonen",
    CORRECT: "rettet av eieren",
    WITHDRAW: "trukket av eieren",
}


def contact_address(document: dict[str, Any]) -> str:
    """The contact person's address, compared without case."""
    kontakt = document.get("kontaktperson") or {}
    return str(kontakt.get("epost", "")).strip().lower()


def confirmed(document: dict[str, Any], when: str) -> dict[str, Any]:
    """The address is confirmed (the first time counts)."""
    state = dict(document.get("innsending") or {})
    if state.get("epost") != CONFIRMED:
        state |= {"epost": CONFIRMED, "bekreftet": when}
    return document | {"innsending": state}


def withdrawn(document: dict[str, Any], when: str) -> dict[str, Any]:
    """The owner has withdrawn the melding (the first time counts)."""
    state = dict(document.get("innsending") or {})
    state.setdefault("trukket", when)
    return document | {"innsending": state}


def corrected(document: dict[str, Any], melding: dict[str, Any], version: str) -> dict[str, Any]:
    """The owner's new fields; a new address must be confirmed again."""
    state = dict(document.get("innsending") or {"epost": UNCONFIRMED})
    if contact_address(melding) != contact_address(document):
        state = {k: v for k, v in state.items() if k != "bekreftet"} | {"epost": UNCONFIRMED}
    return prepare_document(melding, document["id"], version, state)


def apply_update(content: bytes, update: Update, version: str) -> bytes:
    """The file after the change."""
    document = json.loads(content)
    if update.action == CONFIRM:
        changed = confirmed(document, update.created)
    elif update.action == WITHDRAW:
        changed = withdrawn(document, update.created)
    else:
        changed = corrected(document, update.melding or {}, version)
    return file_content(changed).encode("utf-8")


def commit_message(update: Update) -> str:
    """A title without personal data."""
    return f"Behovsmelding {update.id}: {SUBJECT_BY_ACTION[update.action]}\n"
