"""From request body to a spooled record or a problem list: the receiver's one decision.

The melding is checked with the same :class:`~kompetanse.validation.checker.Validator` as CI. The
id is made here (see :mod:`kompetanse.receiver.ids`), never taken from the sender: keyed with the
server's secret when the send has an Idempotency-Key, and never one that is already used.

A repeated key within its lifetime (``idempotency_hours``) with the same melding gets the first
receipt (200); with another melding it is refused (409), so nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.receiver.deadline import deadline_problem, is_late
from kompetanse.receiver.envelope import (
    Outcome,
    envelope_problems,
    maalform_of,
    parse_body,
    problem_outcome,
    refusal,
)
from kompetanse.receiver.ids import fresh_id, keyed_id
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.receipt import build_receipt
from kompetanse.receiver.refusals import (
    address_limited,
    address_of,
    address_unusable,
    can_take_mail,
    key_conflict,
    key_refused,
)
from kompetanse.receiver.spool import Record, Spool, SpoolWriteError
from kompetanse.receiver.stored import (
    body_hash,
    file_content,
    new_state,
    now_stamp,
    prepare_document,
    relabel,
    relpath_of,
    sender_warnings,
    year_of,
)
from kompetanse.validation.checker import Validator
from kompetanse.validation.json_input import too_deep_problem
from kompetanse.validation.problems import Problem, Severity

__all__ = ["Intake", "Outcome", "RemoteView", "refusal"]

LOG = logging.getLogger("kompetanse.receiver")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,200}$")


class RemoteView(Protocol):
    """What the receiver knows of the remote (kept fresh by the worker)."""

    def on_base(self, melding_id: str) -> bool:
        """The id is a file on the base branch."""
        ...

    def branch_file(self, melding_id: str, relpath: str) -> bytes | None:
        """The file on the id's branch; None when there is no such branch (or file)."""
        ...

    def has_branch(self, melding_id: str) -> bool:
        """The id's branch is on the remote."""
        ...


@dataclass
class IntakeLimits:
    """How long a key is remembered, and the per-address limit."""

    key_seconds: float
    per_address: RateLimiter


def hash_key(key: str | None) -> str:
    """What the spool keeps of an idempotency key: enough to recognise it, not the key."""
    return "" if key is None else hashlib.sha256(f"kompetanse-nokkel:{key}".encode()).hexdigest()


class Intake:
    """Checks a request body and spools what is accepted.

    This intake takes behovsmeldinger; the kinds after the vedtak subclass it (documents.py) and
    change only where the file goes, what is stored and what the receipt says.
    """

    kind: Kind = BEHOVSMELDING

    def __init__(
        self,
        validator: Validator,
        spool: Spool,
        remote: RemoteView,
        secret: bytes,
        limits: IntakeLimits,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.validator, self.spool, self.remote, self.secret = validator, spool, remote, secret
        self.limits = limits
        self.clock = clock or time.time

    @property
    def version(self) -> str:
        """The schema version a new melding is stored with: the current one."""
        return self.validator.schema.current.version

    def receive(self, body: bytes, key: str | None) -> Outcome:
        """201 with a receipt, 200 for a repeat, 409 for a reused key, 400/422/429 with problems.

        Every answer after the body is read is in the målform of the form that sent it."""
        label = self.kind.name
        if key is not None and not KEY_PATTERN.match(key):
            return key_refused()
        if self.validator.reference is None:
            return refusal(503, "mottak-utilgjengelig", "mottak.utilgjengelig", label=label)
        parsed = parse_body(body, label)
        if parsed.document is None:
            return problem_outcome(400, [parsed.problem] if parsed.problem else [])
        maalform = maalform_of(parsed.document, label)
        problems = envelope_problems(parsed.document, self.kind)
        if problems:
            return problem_outcome(400, problems, maalform)
        if parsed.document.get("nettside"):
            return refusal(400, "mottak-avvist", "mottak.avvist", maalform, label=label)
        melding: dict[str, Any] = parsed.document[label]
        deep = too_deep_problem(melding, label)
        if deep is not None:
            return problem_outcome(400, [deep], maalform)
        return self.check_and_spool(melding, key, parsed.has_float)

    def check_and_spool(self, melding: dict[str, Any], key: str | None, has_float: bool) -> Outcome:
        """Validate; on success store the record and answer with its receipt."""
        maalform = maalform_of({self.kind.name: melding}, self.kind.name)
        key_hash, fingerprint = hash_key(key), body_hash(melding)
        repeat = self.repeat_of(melding, key, key_hash, fingerprint)
        if repeat is not None:
            return repeat
        late = self.is_late(melding)
        refused = deadline_problem(melding, self.validator.settings) if late else None
        if refused is not None:
            return problem_outcome(422, [refused], maalform)
        if self.limits.per_address.waiting(address_of(melding)) > 0:
            return address_limited(maalform)
        document = self.prepare(melding, self.choose_id(melding, key), late)
        checked = self.validator.check_document(document, self.relpath_of(document), has_float)
        problems = sender_warnings(relabel(checked, self.kind.name))
        if any(p.severity is Severity.ERROR for p in problems):
            return problem_outcome(422, problems, maalform)
        if not can_take_mail(melding):
            return address_unusable(maalform)
        if self.limits.per_address.take(address_of(melding)) > 0:
            return address_limited(maalform)
        try:
            return self.store(document, melding, problems, key_hash, fingerprint)
        except SpoolWriteError as error:
            LOG.error("køen kunne ikke lagre %s (%s); svarte 503", self.kind.name, error)
            return refusal(
                503, "mottak-utilgjengelig", "mottak.lager-fullt", maalform, label=self.kind.name
            )

    def repeat_of(
        self, melding: dict[str, Any], key: str | None, key_hash: str, fingerprint: str
    ) -> Outcome | None:
        """The answer for a key seen within its lifetime (200 or 409); None for a new send."""
        if key is None:
            return None
        earlier = self.spool.find(keyed_id(year_of(melding), key, self.secret, self.kind.id_prefix))
        if earlier is None or earlier.key_hash != key_hash or self.expired(earlier):
            return None
        if earlier.body_hash not in ("", fingerprint):
            return key_conflict(maalform_of({self.kind.name: melding}, self.kind.name))
        return Outcome(200, {"status": "ok", "kvittering": earlier.receipt})

    def expired(self, record: Record) -> bool:
        """The record's key is older than the configured lifetime."""
        return record.received_at + self.limits.key_seconds < self.clock()

    def choose_id(self, melding: dict[str, Any], key: str | None) -> str:
        """Keyed when the key's id is free here and on the base branch; otherwise random."""
        year = year_of(melding)
        if key is not None:
            candidate = keyed_id(year, key, self.secret, self.kind.id_prefix)
            if not self.spool.holds(candidate) and not self.remote.on_base(candidate):
                return candidate
        return fresh_id(year, self.in_use, self.kind.id_prefix)

    def in_use(self, melding_id: str) -> bool:
        """The id is on the base branch, on a branch of the remote, or in the spool."""
        return (
            self.spool.holds(melding_id)
            or self.remote.on_base(melding_id)
            or self.remote.has_branch(melding_id)
        )

    def is_late(self, melding: dict[str, Any]) -> bool:
        """The melding came after the deadline of its year."""
        return is_late(melding, self.validator.settings)

    def relpath_of(self, document: dict[str, Any]) -> str:
        """Where the file would go (checked by the validator before anything is written)."""
        return relpath_of(document)

    def prepare(self, melding: dict[str, Any], melding_id: str, late: bool) -> dict[str, Any]:
        """The document to store under this id."""
        return prepare_document(melding, melding_id, self.version, new_state(late))

    def receipt_of(self, document: dict[str, Any], warnings: list[Problem]) -> dict[str, Any]:
        """The receipt for an accepted melding."""
        receipt = build_receipt(document, self.validator, now_stamp(), warnings)
        receipt["etter_fristen"] = bool(document["innsending"].get("etter_fristen"))
        return receipt

    def store(
        self,
        document: dict[str, Any],
        melding: dict[str, Any],
        warnings: list[Problem],
        key_hash: str,
        fingerprint: str,
    ) -> Outcome:
        """Spool the record, under a fresh id when its id turns out to be taken by another melding."""
        record = self.make_record(document, warnings, key_hash, fingerprint)
        if self.remote.has_branch(record.id):
            theirs = self.remote.branch_file(record.id, record.relpath)
            if theirs == record.content.encode("utf-8"):
                LOG.info("%s finnes allerede med samme innhold", record.branch)
                return Outcome(200, {"status": "ok", "kvittering": record.receipt})
            record = self.make_record(
                self.moved(document, melding), warnings, key_hash, fingerprint
            )
        stored = self.spool.accept(record)
        if stored is not record:
            if stored.key_hash == key_hash and stored.body_hash == fingerprint:
                return Outcome(200, {"status": "ok", "kvittering": stored.receipt})
            stored = self.spool.accept(
                self.make_record(self.moved(document, melding), warnings, key_hash, fingerprint)
            )
        return Outcome(201, {"status": "ok", "kvittering": stored.receipt})

    def moved(self, document: dict[str, Any], melding: dict[str, Any]) -> dict[str, Any]:
        """The document under a fresh random id."""
        fresh = fresh_id(year_of(melding), self.in_use, self.kind.id_prefix)
        moved = self.prepare(melding, fresh, False)
        if "innsending" in document:
            moved["innsending"] = document["innsending"]
        return moved

    def make_record(
        self, document: dict[str, Any], warnings: list[Problem], key_hash: str, fingerprint: str
    ) -> Record:
        """The spool record: exact file content and the receipt."""
        receipt = self.receipt_of(document, warnings)
        return Record(
            document["id"],
            self.relpath_of(document),
            receipt["branch"],
            file_content(document),
            receipt,
            key_hash,
            body_hash=fingerprint,
            received_at=self.clock(),
        )
