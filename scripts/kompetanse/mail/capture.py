"""A local SMTP server that keeps every message as an ``.eml`` file (``make demo`` and tests).

It speaks real SMTP on loopback (aiosmtpd); nothing leaves the machine. Each accepted message is
written to the folder as ``<n>-<id>.eml``, and waiters are woken.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from kompetanse.mail.outbox import write_atomically

logging.getLogger("mail.log").setLevel(logging.WARNING)


class CapturingHandler:
    """Writes each message to ``folder`` and remembers it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.messages: list[EmailMessage] = []
        self.files: list[Path] = []
        self.arrived = threading.Condition()

    async def handle_DATA(  # noqa: N802 (the name aiosmtpd calls)
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        """Store the message; ``250`` tells the sender it is delivered."""
        data = envelope.original_content or b""
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        assert isinstance(parsed, EmailMessage)
        with self.arrived:
            path = self.folder / f"{len(self.files) + 1:04d}-{threading.get_ident():x}.eml"
            write_atomically(path, data)
            self.messages.append(parsed)
            self.files.append(path)
            self.arrived.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float) -> list[EmailMessage]:
        """The messages once ``count`` have arrived (or what is there after ``timeout``)."""
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.messages) >= count, timeout)
            return list(self.messages)


@contextmanager
def capturing_server(
    folder: Path, handler: Any = None, host: str = "127.0.0.1", port: int = 0
) -> Iterator[tuple[Controller, Any]]:
    """Run the server on a free loopback port (``controller.port``) until the block ends."""
    chosen = handler if handler is not None else CapturingHandler(folder)
    controller = Controller(chosen, hostname=host, port=port or free_port(host))
    controller.start()
    try:
        yield controller, chosen
    finally:
        controller.stop()


def free_port(host: str) -> int:
    """A port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])
