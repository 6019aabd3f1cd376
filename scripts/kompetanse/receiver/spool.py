"""The spool: accepted meldinger on disk, written atomically before the sender gets a receipt.

``pending/<id>.json`` waits for the worker; ``done/<id>.json`` is pushed (and has its pull request
when a forge is configured) and keeps only the receipt, not the melding with its contact person;
``aliases/<id>`` points an id that collided on the remote to the id the melding was finally stored
under; ``updates/<name>.json`` holds an owner's confirmation, correction or withdrawal until it is
a commit on the melding's branch (see :mod:`kompetanse.receiver.updates`). Every write is a temporary file, fsync, rename, fsync of the
folder, so a crash leaves either the old state or the new one; a write the disk refuses (full,
read-only) leaves no temporary file behind, and a new melding it refuses is a
:class:`SpoolWriteError`, never half a record.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from kompetanse.errors import KompetanseError
from kompetanse.validation.paths import ANY_ID_PATTERN


class SpoolWriteError(KompetanseError):
    """The spool's disk refused to store a new melding (full, read-only); nothing was stored."""

    def __init__(self, error: OSError) -> None:
        super().__init__(errno.errorcode.get(error.errno or 0, "OSError"))


@dataclass
class Record:
    """One accepted melding and what has happened to it."""

    id: str
    relpath: str
    branch: str
    content: str
    receipt: dict[str, Any]
    key_hash: str = ""
    pushed: bool = False
    body_hash: str = ""
    received_at: float = 0.0
    pull_request: int | None = None

    def to_bytes(self) -> bytes:
        """The record as UTF-8 JSON."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Record:
        """A record read back from the spool."""
        return cls(**json.loads(data.decode("utf-8")))


@dataclass
class Update:
    """An owner's change to a melding already received: ``bekreft``, ``rett`` or ``trekk``."""

    name: str
    id: str
    action: str
    created: str
    melding: dict[str, Any] | None = None
    grunn: str = ""
    pushed: bool = False
    ny_adresse: bool = False

    def to_bytes(self) -> bytes:
        """The update as UTF-8 JSON."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Update:
        """An update read back from the spool."""
        return cls(**json.loads(data.decode("utf-8")))


def write_temporary(target: Path, data: bytes) -> Path:
    """A durable temporary file beside ``target`` (written and fsynced, not yet in place)."""
    temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_atomically(target: Path, data: bytes) -> None:
    """Write, fsync, rename into place, fsync the folder."""
    temporary = write_temporary(target, data)
    try:
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def record_name(melding_id: str) -> str:
    """The file name of the record with this id; a ValueError for anything but an id."""
    if not ANY_ID_PATTERN.match(melding_id):
        raise ValueError("ugyldig id")
    return f"{melding_id}.json"


class Spool:
    """Pending and done records in one folder; safe for the request threads and one worker."""

    def __init__(self, root: Path) -> None:
        self.pending_dir, self.done_dir, self.alias_dir, self.update_dir = (
            root / "pending",
            root / "done",
            root / "aliases",
            root / "updates",
        )
        for folder in (self.pending_dir, self.done_dir, self.alias_dir, self.update_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()

    def _path(self, folder: Path, melding_id: str) -> Path:
        return folder / record_name(melding_id)

    def find(self, melding_id: str) -> Record | None:
        """The record stored under this id (following an alias), pending or done."""
        alias = self.alias_dir / melding_id
        if alias.is_file():
            melding_id = alias.read_text(encoding="ascii").strip()
        for folder in (self.done_dir, self.pending_dir):
            path = self._path(folder, melding_id)
            try:
                return Record.from_bytes(path.read_bytes())
            except FileNotFoundError:
                continue
        return None

    def holds(self, melding_id: str) -> bool:
        """True if the id is in use here (pending, done or aliased).

        Asked for every id the receiver hands out, so it looks with plain strings, not paths."""
        name = record_name(melding_id)
        places = (
            f"{self.alias_dir}/{melding_id}",
            f"{self.pending_dir}/{name}",
            f"{self.done_dir}/{name}",
        )
        return any(os.path.isfile(place) for place in places)  # noqa: PTH113 (see the docstring)

    def accept(self, record: Record) -> Record:
        """Store a new record durably; if the id is already here, return the stored one.

        The slow part (writing and fsyncing the file) happens outside the lock, so concurrent
        sends wait for the disk side by side; under the lock the file is only linked into place,
        which never overwrites. A disk that refuses is a :class:`SpoolWriteError`.
        """
        try:
            return self.link_new(record)
        except OSError as error:
            raise SpoolWriteError(error) from error

    def link_new(self, record: Record) -> Record:
        """Write the record beside its place and link it in unless the id is already here."""
        target = self._path(self.pending_dir, record.id)
        temporary = write_temporary(target, record.to_bytes())
        try:
            with self.lock:
                existing = self.find(record.id)
                if existing is not None:
                    return existing
                os.link(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        fsync_folder(self.pending_dir)
        return record

    def pending(self) -> list[Record]:
        """Records waiting for the worker, oldest first."""
        paths = sorted(self.pending_dir.glob("*.json"), key=lambda p: (p.stat().st_mtime, p.name))
        return [Record.from_bytes(path.read_bytes()) for path in paths]

    def count_pending(self) -> int:
        """How many records wait."""
        return sum(1 for _ in self.pending_dir.glob("*.json"))

    def update(self, record: Record) -> None:
        """Rewrite a pending record (for example after the push)."""
        write_atomically(self._path(self.pending_dir, record.id), record.to_bytes())

    def finish(self, record: Record) -> None:
        """Move a record from pending to done, keeping the receipt but not the melding itself.

        The unlink is not fsynced: if a crash undoes it, the record is pushed again, finds its own
        branch on the remote, and is finished again.
        """
        done = replace(record, content="")
        write_atomically(self._path(self.done_dir, record.id), done.to_bytes())
        self._path(self.pending_dir, record.id).unlink(missing_ok=True)

    def move(self, record: Record, new: Record) -> None:
        """Store ``new`` (a fresh id) in place of ``record`` and leave an alias behind."""
        with self.lock:
            write_atomically(self._path(self.pending_dir, new.id), new.to_bytes())
            write_atomically(self.alias_dir / record.id, new.id.encode("ascii"))
            self._path(self.pending_dir, record.id).unlink(missing_ok=True)
            fsync_folder(self.pending_dir)

    def is_pending(self, melding_id: str) -> bool:
        """The record still waits to be pushed or to get its pull request."""
        return self._path(self.pending_dir, self.resolve(melding_id)).is_file()

    def resolve(self, melding_id: str) -> str:
        """The id a melding was finally stored under (following an alias)."""
        alias = self.alias_dir / melding_id
        return alias.read_text(encoding="ascii").strip() if alias.is_file() else melding_id

    def add_update(self, update: Update) -> None:
        """Store an owner's change durably."""
        write_atomically(self.update_dir / f"{update.name}.json", update.to_bytes())

    def updates(self, melding_id: str | None = None) -> list[Update]:
        """Changes waiting to become commits, oldest first (for one melding when named)."""
        found = [Update.from_bytes(p.read_bytes()) for p in sorted(self.update_dir.glob("*.json"))]
        return [u for u in found if melding_id is None or u.id == melding_id]

    def save_update(self, update: Update) -> None:
        """Rewrite an update (for example once its commit is pushed)."""
        self.add_update(update)

    def finish_update(self, update: Update) -> None:
        """Forget an update whose commit and forge steps are done."""
        (self.update_dir / f"{update.name}.json").unlink(missing_ok=True)

    def record_pull_request(self, melding_id: str, number: int | None, url: str | None) -> None:
        """Note the pull request of a finished record."""
        with self.lock:
            record = self.find(melding_id)
            if record is None:
                return
            done = replace(
                record, pull_request=number, receipt=record.receipt | {"pull_request_url": url}
            )
            write_atomically(self._path(self.done_dir, record.id), done.to_bytes())
