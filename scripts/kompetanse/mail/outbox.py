"""The outbox: every letter is on disk (written atomically) before anyone is told it is sent.

``ut/<name>.json`` holds the message and its state (reference, attempts, when to try next), in
one atomic write. A sent message is deleted; a permanently refused one leaves only a
note in ``avvist/`` (reference and SMTP code, no address), so the receiver can tell the owner.
A letter meant to go once (the confirmation of a melding just stored) leaves an empty mark in
``en-gang/`` when it is queued, so a step repeated after a crash does not queue it again.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import threading
import time
from dataclasses import asdict, dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

ONCE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


def write_atomically(target: Path, data: bytes) -> None:
    """Write a temporary file, fsync, rename into place, fsync the folder; a write the disk
    refuses leaves no temporary file behind."""
    temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
    descriptor = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass
class Envelope:
    """The state of one queued message."""

    name: str
    reference: str
    attempts: int = 0
    next_attempt: float = 0.0


class Outbox:
    """Queued messages in one folder; safe for request threads and one postman."""

    def __init__(self, root: Path) -> None:
        self.queue_dir, self.refused_dir = root / "ut", root / "avvist"
        self.once_dir = root / "en-gang"
        for folder in (self.queue_dir, self.refused_dir, self.once_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()

    def put(self, message: EmailMessage, reference: str) -> Envelope:
        """Queue a message durably; it is sent by the postman."""
        name = f"{time.time_ns():020d}-{secrets.token_hex(4)}"
        envelope = Envelope(name, reference)
        self.save(envelope, message.as_bytes())
        return envelope

    def put_once(self, message: EmailMessage, reference: str, once: str) -> Envelope | None:
        """Queue the message unless one with the mark ``once`` was queued before (then None).

        The mark is written after the message: a crash between the two sends it twice rather than
        never."""
        if not ONCE_PATTERN.match(once):
            raise ValueError("ugyldig merke")
        mark = self.once_dir / once
        if mark.exists():
            return None
        envelope = self.put(message, reference)
        write_atomically(mark, b"")
        return envelope

    def save(self, envelope: Envelope, message: bytes | None = None) -> None:
        """Write the message with its state (the message kept as it was when none is given)."""
        path = self.queue_dir / f"{envelope.name}.json"
        raw = message if message is not None else self.raw(envelope)
        record = asdict(envelope) | {"message": base64.b64encode(raw).decode("ascii")}
        write_atomically(path, json.dumps(record).encode("utf-8"))

    def raw(self, envelope: Envelope) -> bytes:
        """The stored message's bytes."""
        record = json.loads((self.queue_dir / f"{envelope.name}.json").read_bytes())
        return base64.b64decode(record["message"])

    def due(self, now: float) -> list[Envelope]:
        """Queued messages whose time has come, oldest first."""
        found = []
        for path in sorted(self.queue_dir.glob("*.json")):
            try:
                record = json.loads(path.read_bytes())
                record.pop("message")
                envelope = Envelope(**record)
            except (OSError, ValueError, TypeError, KeyError):
                continue
            if envelope.next_attempt <= now:
                found.append(envelope)
        return found

    def count(self) -> int:
        """How many messages wait."""
        return sum(1 for _ in self.queue_dir.glob("*.json"))

    def message(self, envelope: Envelope) -> EmailMessage:
        """The stored message."""
        parsed = BytesParser(policy=policy.default).parsebytes(self.raw(envelope))
        assert isinstance(parsed, EmailMessage)
        return parsed

    def done(self, envelope: Envelope) -> None:
        """Forget a sent message."""
        (self.queue_dir / f"{envelope.name}.json").unlink(missing_ok=True)

    def refuse(self, envelope: Envelope, reason: str) -> None:
        """Keep a note that the message was refused for good, and forget the message."""
        self.note_refused(envelope.reference, reason, envelope.name)
        self.done(envelope)

    def note_refused(self, reference: str, reason: str, name: str = "") -> None:
        """A note (reference and reason, no address) that a message could not be delivered."""
        note = {"reference": reference, "reason": reason, "time": time.time()}
        name = name or f"{time.time_ns():020d}-{secrets.token_hex(4)}"
        write_atomically(self.refused_dir / f"{name}.json", json.dumps(note).encode())

    def refused_references(self) -> set[str]:
        """References of messages that were refused for good."""
        found = set()
        for path in self.refused_dir.glob("*.json"):
            try:
                found.add(str(json.loads(path.read_bytes())["reference"]))
            except (OSError, ValueError, KeyError):
                continue
        return found
