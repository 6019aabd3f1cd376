"""The contact person's address as the receiver checks it: for the per-address limit and mail."""

from __future__ import annotations

from typing import Any

from kompetanse.mail.letter import AddressError, parse_address
from kompetanse.receiver.envelope import Outcome, refusal


def address_of(melding: dict[str, Any]) -> str:
    """The contact person's address, lower case, for the per-address limit (never logged)."""
    kontakt = melding.get("kontaktperson")
    epost = kontakt.get("epost") if isinstance(kontakt, dict) else None
    return epost.strip().lower() if isinstance(epost, str) else ""


def address_unusable() -> Outcome:
    """422 for an address the schema lets through but no mail server could take."""
    message = (
        "E-postadressen til kontaktpersonen kan ikke brukes: den har tegn som ikke kan stå i en "
        "e-postadresse. Skriv en vanlig adresse, for eksempel ola.nordmann@kommune.no."
    )
    return refusal(422, "mottak-ugyldig-epost", message, "$.kontaktperson.epost")


def can_take_mail(melding: dict[str, Any]) -> bool:
    """The contact person's address can be written into a letter."""
    kontakt = melding.get("kontaktperson")
    epost = kontakt.get("epost") if isinstance(kontakt, dict) else None
    try:
        parse_address(epost.strip() if isinstance(epost, str) else "")
    except AddressError:
        return False
    return True


def address_limited() -> Outcome:
    """429 for too many meldinger to one address."""
    message = "For mange behovsmeldinger med samme e-postadresse på kort tid. Prøv igjen senere."
    return refusal(429, "mottak-for-mange-til-adressen", message, "$.kontaktperson.epost")
