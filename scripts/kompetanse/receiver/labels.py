"""The labels the receiver puts on pull requests, and the comments it writes (no personal data)."""

from __future__ import annotations

from typing import Any

from kompetanse.text.inert import markdown_text, on_one_line

UNCONFIRMED = "ikke bekreftet"
CONFIRMED = "bekreftet"
LATE = "sendt etter fristen"
WITHDRAWN = "trukket"


def labels_for_new(receipt: dict[str, Any]) -> list[str]:
    """Labels for a pull request just opened (none for a rapport or søknad, which has no e-mail
    confirmation)."""
    if "type" in receipt:
        return []
    return [UNCONFIRMED, *([LATE] if receipt.get("etter_fristen") else [])]


def withdrawal_comment(reason: str) -> str:
    """The comment that closes a withdrawn pull request."""
    stated = on_one_line(reason)[:500] if reason.strip() else "ingen begrunnelse oppgitt"
    return (
        "Eieren har trukket behovsmeldingen gjennom lenken sin. Grenen blir liggende.\n\n"
        f"Begrunnelse: {markdown_text(stated)}\n"
    )


CORRECTION_COMMENT = (
    "Eieren har rettet behovsmeldingen gjennom lenken sin (ny commit på grenen). "
    "Gjennomgangen viser hva som er endret.\n"
)
ADDRESS_CHANGED_COMMENT = "Kontaktpersonens e-postadresse er endret og må bekreftes på nytt.\n"
