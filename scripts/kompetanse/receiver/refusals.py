"""The receiver's refusals that follow from the contact person's address and the idempotency key,
in the målform of the form that sent (see :mod:`kompetanse.receiver.envelope`)."""

from __future__ import annotations

from typing import Any

from kompetanse.mail.letter import AddressError, parse_address
from kompetanse.receiver.envelope import Outcome, refusal
from kompetanse.text.catalogue import Maalform


def address_of(melding: dict[str, Any]) -> str:
    """The contact person's address, lower case, for the per-address limit (never logged)."""
    kontakt = melding.get("kontaktperson")
    epost = kontakt.get("epost") if isinstance(kontakt, dict) else None
    return epost.strip().lower() if isinstance(epost, str) else ""


def key_refused() -> Outcome:
    """400 for a key of the wrong form."""
    return refusal(400, "mottak-ugyldig-nokkel", "mottak.ugyldig-nokkel")


def key_conflict(maalform: Maalform = "nb") -> Outcome:
    """409: the key was used for another melding."""
    return refusal(409, "mottak-nokkel-brukt", "mottak.nokkel-brukt", maalform)


def address_unusable(maalform: Maalform = "nb") -> Outcome:
    """422 for an address the schema lets through but no mail server could take."""
    code, key = "mottak-ugyldig-epost", "mottak.ugyldig-epost"
    return refusal(422, code, key, maalform, location="$.kontaktperson.epost")


def can_take_mail(melding: dict[str, Any]) -> bool:
    """The contact person's address can be written into a letter."""
    kontakt = melding.get("kontaktperson")
    epost = kontakt.get("epost") if isinstance(kontakt, dict) else None
    try:
        parse_address(epost.strip() if isinstance(epost, str) else "")
    except AddressError:
        return False
    return True


def address_limited(maalform: Maalform = "nb") -> Outcome:
    """429 for too many meldinger to one address."""
    code, key = "mottak-for-mange-til-adressen", "mottak.for-mange-til-adressen"
    return refusal(429, code, key, maalform, location="$.kontaktperson.epost")
