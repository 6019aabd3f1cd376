"""A letter to one person, as a standard ``EmailMessage`` with a plain-text and an HTML part."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


class AddressError(ValueError):
    """The address cannot be written into a mail header."""


@dataclass(frozen=True)
class Attachment:
    """A file sent with the letter."""

    filename: str
    content: bytes
    mime_type: str = "text/html"


@dataclass(frozen=True)
class Letter:
    """What to send: recipient, subject, text, optional HTML and attachments; ``reference`` names
    the matter (a melding id) in logs, never the person."""

    to: str
    subject: str
    text: str
    reference: str
    html: str = ""
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


def parse_address(text: str) -> Address:
    """One plain ``local@domain`` address; anything a header could be bent with is refused."""
    if any(char in text for char in '\r\n<>,;"()') or text.count("@") != 1:
        raise AddressError("ugyldig e-postadresse")
    local, domain = text.rsplit("@", 1)
    if not local or "." not in domain or domain.startswith(".") or domain.endswith("."):
        raise AddressError("ugyldig e-postadresse")
    try:
        return Address(addr_spec=text)
    except (ValueError, IndexError) as error:
        raise AddressError("ugyldig e-postadresse") from error


def to_message(letter: Letter, sender: str) -> EmailMessage:
    """The letter as a MIME message (UTF-8; the HTML as an alternative part)."""
    message = EmailMessage()
    message["From"] = parse_address(sender)
    message["To"] = parse_address(letter.to)
    message["Subject"] = " ".join(letter.subject.split())
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1])
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(letter.text)
    if letter.html:
        message.add_alternative(letter.html, subtype="html")
    for attachment in letter.attachments:
        attach(message, attachment)
    return message


def attach(message: EmailMessage, attachment: Attachment) -> None:
    """Add a file; a text file is sent as UTF-8 and says so, so every mail program reads it."""
    maintype, subtype = attachment.mime_type.split("/", 1)
    if maintype == "text":
        message.add_attachment(
            attachment.content.decode("utf-8"),
            subtype=subtype,
            charset="utf-8",
            filename=attachment.filename,
            disposition="attachment",
        )
        return
    message.add_attachment(
        attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename
    )
