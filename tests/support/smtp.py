"""A real SMTP server on loopback for the receiver's tests (aiosmtpd), and ways to make it refuse."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from kompetanse.mail.capture import CapturingHandler


class RefusingHandler(CapturingHandler):
    """Refuses recipients whose address starts with ``avvis`` (550), keeps the rest."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.refused: list[str] = []

    async def handle_RCPT(  # noqa: N802 (the name aiosmtpd calls)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        """550 for the refused addresses (counted, and waiters woken)."""
        if address.startswith("avvis"):
            with self.arrived:
                self.refused.append(address)
                self.arrived.notify_all()
            return "550 5.1.1 Mailbox does not exist"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def links_in(message: EmailMessage) -> list[str]:
    """The http(s) links in a message's plain-text part."""
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return [word for word in text.split() if word.startswith("http")]


def eml_files(folder: Path) -> list[Path]:
    """The .eml files the server wrote."""
    return sorted(folder.glob("*.eml"))
