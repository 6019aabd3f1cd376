"""The melding as the receiver stores it: system fields first, the sender's fields, the state.

``innsending`` is written only by the receiver (a sender's own is dropped, like ``id``): whether
the contact person has confirmed the e-mail address, whether the melding came after the deadline,
and whether the owner has withdrawn it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from kompetanse.validation.paths import expected_path
from kompetanse.validation.problems import Problem, Severity

SYSTEM_KEYS = ("schema_version", "id", "innsending")
UNCONFIRMED = "ikke_bekreftet"
CONFIRMED = "bekreftet"
# Facts about the submission itself: the receipt states them in words, not as warnings.
STATE_CODES = frozenset({"epost-ikke-bekreftet", "sendt-etter-fristen", "behovsmelding-trukket"})


def now_stamp() -> str:
    """The current time as ``2026-01-10T12:05:00Z``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def year_of(melding: dict[str, Any]) -> int:
    """The stated year when it can go into an id, otherwise 0 (the schema reports it)."""
    aar = melding.get("aar")
    return aar if isinstance(aar, int) and not isinstance(aar, bool) and 0 <= aar <= 9999 else 0


def sender_fields(melding: dict[str, Any]) -> dict[str, Any]:
    """The fields the sender decides (system fields dropped)."""
    return {key: value for key, value in melding.items() if key not in SYSTEM_KEYS}


def body_hash(melding: dict[str, Any]) -> str:
    """A fingerprint of what the sender sent, to tell a repeat from another melding."""
    text = json.dumps(sender_fields(melding), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare_document(
    melding: dict[str, Any], melding_id: str, version: str, innsending: dict[str, Any]
) -> dict[str, Any]:
    """The melding as it will be stored: system id, schema version, the sender's fields, state.

    A sender that states no version gets the current one; a stated version is kept, so that an
    unknown one is reported rather than silently replaced.
    """
    version_stated = melding.get("schema_version", version)
    return {
        "schema_version": version_stated,
        "id": melding_id,
        **sender_fields(melding),
        "innsending": innsending,
    }


def new_state(late: bool) -> dict[str, Any]:
    """The state of a melding just received."""
    return {"epost": UNCONFIRMED, "etter_fristen": True} if late else {"epost": UNCONFIRMED}


def relpath_of(document: dict[str, Any]) -> str:
    """Where the file would go (checked by the validator before anything is written)."""
    return expected_path(document.get("aar", 0), str(document.get("ordning", "")), document["id"])


def file_content(document: dict[str, Any]) -> str:
    """The exact bytes of the file, as text."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def relabel(problems: list[Problem], label: str) -> list[Problem]:
    """Problems named after the form, path problems dropped when the sender's fields caused them."""
    has_other_errors = any(
        p.severity is Severity.ERROR and not p.code.startswith("filsti-") for p in problems
    )
    kept = [p for p in problems if not (has_other_errors and p.code.startswith("filsti-"))]
    return [replace(p, file=label) for p in kept]


def sender_warnings(problems: list[Problem]) -> list[Problem]:
    """The problems a sender should see (facts about the submission are told otherwise)."""
    return [p for p in problems if p.code not in STATE_CODES]
