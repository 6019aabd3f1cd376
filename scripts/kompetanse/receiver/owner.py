"""The owner's way back after Send: links, status, confirmation, correction and withdrawal.

No HTTP here (see :mod:`kompetanse.receiver.owner_routes`). A change is stored in the spool at
once and becomes a commit on the melding's branch in the worker's next round; the answer waits a
few seconds for that round, so the owner usually sees the change made.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kompetanse.kinds import BEHOVSMELDING
from kompetanse.mail.postman import Postman
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.deadline import today_in_norway
from kompetanse.receiver.forge import Forge
from kompetanse.receiver.letters import confirmation_letter
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.receipt import BRANCH_PREFIX
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Record, Spool, SpoolWriteError, Update
from kompetanse.receiver.status import VEDTAK_TABLE, Facts, load_document
from kompetanse.receiver.stored import now_stamp
from kompetanse.receiver.tokens import Checked, Purpose, check_token, make_token
from kompetanse.text.catalogue import Maalform, in_maalform
from kompetanse.validation.checker import Validator
from kompetanse.validation.paths import expected_path

LOG = logging.getLogger("kompetanse.receiver")
DAY = 86_400
WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class Reply:
    """A short answer for a page: HTTP status, a word key, and whether something changed."""

    status: int
    key: str


class OwnerDesk:
    """Everything the owner's links can do."""

    def __init__(
        self,
        config: ReceiverConfig,
        spool: Spool,
        remote: RemoteState,
        forge: Forge,
        secret: bytes,
        validator: Callable[[], Validator],
        wait: Callable[[float], bool],
        postman: Postman,
    ) -> None:
        self.config, self.spool, self.remote, self.forge = config, spool, remote, forge
        self.secret, self.validator, self.wait, self.postman = secret, validator, wait, postman
        self.address_limiter = RateLimiter(
            config.address_limit_per_hour / 60, config.address_limit_burst
        )

    def page_path(self, melding_id: str, issued: float | None = None) -> str:
        """``/behovsmelding/<token>``: the melding's own page, valid ``link_valid_days`` from
        ``issued`` (now when not given)."""
        token = make_token(
            self.secret, Purpose.LENKE, melding_id, self.config.link_valid_days * DAY, issued
        )
        return f"/behovsmelding/{token}"

    def link(self, melding_id: str, mottatt: str | None = None) -> str:
        """The melding's own page as a full address; from the receipt's ``mottatt`` time when
        given, so that a repeated send gets the very same receipt."""
        issued = dt.datetime.fromisoformat(mottatt).timestamp() if mottatt else None
        return self.config.link_base + self.page_path(melding_id, issued)

    def correction_link(self, melding_id: str) -> str:
        """The form, opened with the melding (the token travels in the fragment, not to a server)."""
        token = make_token(
            self.secret, Purpose.LENKE, melding_id, self.config.link_valid_days * DAY
        )
        return f"{self.config.form_address}#rett={token}"

    def confirm_link(self, melding_id: str) -> str:
        """The confirmation page, valid ``confirmation_valid_days``."""
        valid = self.config.confirmation_valid_days * DAY
        token = make_token(self.secret, Purpose.BEKREFT, melding_id, valid)
        return f"{self.config.link_base}/bekreft/{token}"

    def check(self, purpose: Purpose, token: str) -> Checked:
        """The token's verdict (a log line names neither token nor person)."""
        checked = check_token(self.secret, purpose, token)
        if checked.verdict != "gyldig":
            LOG.info("lenke avvist (%s, %s)", purpose, checked.verdict)
        return checked

    def office(self, maalform: Maalform = "nb") -> str:
        """The office's name in ``maalform``, for pages and letters."""
        reference = self.validator().reference
        if reference is None:
            return "Statsforvaltaren" if maalform == "nn" else "Statsforvalteren"
        return in_maalform(maalform, reference.embete.navn, reference.embete.navn_nn)

    def send_confirmation(
        self, record: Record, document: dict[str, Any], new: bool = False, once: str = ""
    ) -> None:
        """Queue the confirmation letter (nothing when mail is off; nothing when ``once`` marks
        a letter already queued)."""
        letter = confirmation_letter(
            document,
            record.receipt,
            self.office(),
            (self.confirm_link(record.id), self.link(record.id, record.receipt.get("mottatt", ""))),
            new,
        )
        if self.postman.post(letter, once):
            LOG.info("bekreftelse lagt i kø for %s", record.id)

    def confirm_stored(self, record: Record) -> None:
        """Queue the confirmation letter for a behovsmelding whose branch is now on the remote
        (the documents after the vedtak have no confirmation step), once: a worker round repeated
        after a crash finds the mark and queues no second letter."""
        if record.id.startswith(f"{BEHOVSMELDING.id_prefix}-"):
            self.send_confirmation(record, json.loads(record.content), once=f"mottatt-{record.id}")

    def mail_refused(self, melding_id: str) -> bool:
        """A letter about the melding was refused for good (a bounce, or an unusable address)."""
        return melding_id in self.postman.outbox.refused_references()

    def relpath_of(self, melding_id: str) -> str | None:
        """Where the melding's file is: from the spool, else looked up on the remote."""
        record = self.spool.find(melding_id)
        if record is not None:
            return record.relpath
        aar = int(melding_id.split("-")[1])
        reference = self.validator().reference
        for ordning in reference.ordninger.slugs() if reference else ():
            relpath = expected_path(aar, ordning, melding_id)
            if self.remote.branch_file(melding_id, relpath) or self.remote.base_file(relpath):
                return relpath
        return None

    def facts(self, melding_id: str) -> Facts | None:
        """Everything known about the melding; None when nothing is."""
        record = self.spool.find(melding_id)
        relpath = self.relpath_of(melding_id)
        if relpath is None:
            return None
        content = self.current_content(melding_id, relpath, record)
        if content is None:
            return None
        pushed = self.remote.has_branch(melding_id)
        on_base = self.remote.on_base(melding_id)
        vedtak = self.remote.base_file(VEDTAK_TABLE)
        since = (
            self.remote.arrived_on_base(VEDTAK_TABLE, melding_id)
            if vedtak and melding_id.encode() in vedtak
            else None
        )
        mottatt = record.receipt.get("mottatt", "") if record else ""
        return Facts(
            melding_id,
            mottatt or self.first_commit_time(melding_id),
            load_document(content),
            pushed,
            self.remote.arrived_on_base(relpath) if on_base else None,
            self.forge.find_pull_request(BRANCH_PREFIX + melding_id) if pushed else None,
            vedtak,
            since,
            tuple((u.action, u.created) for u in self.spool.updates(melding_id)),
        )

    def current_content(self, melding_id: str, relpath: str, record: Record | None) -> bytes | None:
        """The file on its branch, else on the base, else still in the spool."""
        found = self.remote.branch_file(melding_id, relpath) or self.remote.base_file(relpath)
        if found is None and record is not None and record.content:
            return record.content.encode("utf-8")
        return found

    def first_commit_time(self, melding_id: str) -> str:
        """When the branch's first commit was made."""
        commits = self.remote.commits(melding_id)
        return commits[0].when if commits else ""

    def deadline(self, document: dict[str, Any]) -> dt.date | None:
        """The deadline for the melding's year and ordning."""
        ordning, aar = document.get("ordning"), document.get("aar")
        if not isinstance(ordning, str) or not isinstance(aar, int):
            return None
        innstilling = self.validator().settings.innstilling(aar, ordning)
        return innstilling.frist if innstilling else None

    def before_deadline(self, document: dict[str, Any]) -> bool:
        """The deadline has not passed (Norwegian time)."""
        frist = self.deadline(document)
        return frist is not None and today_in_norway() <= frist

    def queue(self, melding_id: str, action: str, **fields: Any) -> bool:
        """Store the change and wait a little for the worker to commit it."""
        name = f"{time.time_ns():020d}-{secrets.token_hex(4)}"
        try:
            self.spool.add_update(Update(name, melding_id, action, now_stamp(), **fields))
        except OSError as error:
            raise SpoolWriteError(error) from error
        LOG.info("endring (%s) tatt imot for %s", action, melding_id)
        return self.wait(WAIT_SECONDS)

    def contact(self, document: dict[str, Any]) -> dict[str, str] | None:
        """The office's contact for the melding's ordning (from data/kontakter.csv)."""
        table = self.remote.base_file("data/kontakter.csv")
        if not table:
            return None
        for row in csv.DictReader(io.StringIO(table.decode("utf-8-sig"))):
            if row.get("rolle") == "ordning" and row.get("ordning") == document.get("ordning"):
                return {key: row.get(key, "") for key in ("navn", "epost", "telefon")}
        return None
