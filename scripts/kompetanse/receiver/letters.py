"""The letters the receiver sends: the confirmation of the contact person's address, with the
melding's own link and a copy of the receipt attached."""

from __future__ import annotations

from typing import Any

from kompetanse.mail.letter import Attachment, Letter
from kompetanse.receiver.pages import kroner, receipt_copy
from kompetanse.receiver.words import maalform_of_document, word


def contact_address(document: dict[str, Any]) -> str:
    """Where the letter goes."""
    return str((document.get("kontaktperson") or {}).get("epost", "")).strip()


def confirmation_letter(
    document: dict[str, Any],
    receipt: dict[str, Any],
    office: str,
    links: tuple[str, str],
    new_address: bool = False,
) -> Letter:
    """The double opt-in letter: a confirmation link, the melding's link, the receipt."""
    confirm_url, page_url = links
    eier = document.get("eier") or {}
    maalform = maalform_of_document(document)
    text = word(
        "epost.bekreft.tekst",
        maalform,
        kontor=office,
        id=document["id"],
        eier=" ".join(str(eier.get("navn", "")).split())[:200],
        ordning=document.get("ordning", ""),
        aar=document.get("aar", ""),
        sum=kroner(sum(int(y.get("sum", 0)) for y in document.get("budsjett") or [])),
        bekreft=confirm_url,
        lenke=page_url,
    )
    subject_key = "epost.ny.emne" if new_address else "epost.bekreft.emne"
    copy = receipt_copy(document, receipt, office).encode("utf-8")
    return Letter(
        to=contact_address(document),
        subject=word(subject_key, maalform, id=document["id"]),
        text=text,
        reference=document["id"],
        attachments=(Attachment(f"kvittering-{document['id']}.html", copy, "text/html"),),
    )
