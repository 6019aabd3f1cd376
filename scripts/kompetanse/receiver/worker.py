"""The background worker: spooled records become branches on the remote and pull requests.

It runs in one thread per receiver process. A remote that cannot be reached leaves every record
in the spool; the worker tries again with a growing pause, and picks the spool up again after a
restart. A branch that already exists on the remote is compared with the record: the same file
means another receiver already stored this very melding (same idempotency key); a different file
is an id collision, and the record moves to a fresh id, so nothing is ever overwritten. An id whose
file is already on the base branch is never committed at all: it moves to a fresh id first. So
every branch the worker creates adds exactly one new file. Owners' changes (confirmation,
correction, withdrawal) follow in the same round (:mod:`kompetanse.receiver.applier`).

The confirmation letter is queued here, once the melding's branch is on the remote under its final
id, and not while the sender waits for the receipt: building and spooling a letter costs as much as
spooling the melding itself.
"""

from __future__ import annotations

import errno
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kompetanse.errors import GitError
from kompetanse.gitops.branches import (
    NewFile,
    PushOutcome,
    commit_new_files,
    delete_local_branch,
    fetch_base,
    local_branches,
    push_branches,
    remote_file,
)
from kompetanse.gitops.tracking import base_ids, fetch_submission_branches, tracked_branches
from kompetanse.receiver import labels
from kompetanse.receiver.applier import Applier
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.forge import Forge, ForgeError, PullRequest
from kompetanse.receiver.ids import fresh_id
from kompetanse.receiver.receipt import body_of, commit_message_of, title_of
from kompetanse.receiver.remote import RemoteState, Snapshot
from kompetanse.receiver.spool import Record, Spool

LOG = logging.getLogger("kompetanse.receiver")


def describe(error: Exception) -> str:
    """Our own errors by their message, anything else by its type only (it may carry data);
    a disk error also by its code (``OSError ENOSPC``)."""
    if isinstance(error, GitError | ForgeError):
        return str(error)
    code = errno.errorcode.get(error.errno or 0) if isinstance(error, OSError) else None
    return f"{type(error).__name__} {code}" if code else type(error).__name__


class Worker:
    """Pushes pending records; call :meth:`notify` after spooling one."""

    def __init__(
        self,
        config: ReceiverConfig,
        spool: Spool,
        forge: Forge,
        on_base: Callable[[Path], None],
        version: Callable[[], str] = lambda: "1",
    ) -> None:
        self.config, self.spool, self.forge, self.on_base = config, spool, forge, on_base
        self.version = version
        self.on_stored: Callable[[Record], None] = lambda record: None
        self.wake, self.stopping = threading.Event(), threading.Event()
        self.base_commit = ""
        self.remote = RemoteState(config.clone_dir, config.base_branch)
        self.applier = Applier(config.clone_dir, spool, forge, self.remote)
        self.rounds = threading.Condition()
        self.started = self.finished = 0
        self.trouble, self.failed_rounds = "", 0
        self.thread = threading.Thread(target=self.run, name="kompetanse-worker", daemon=True)

    def start(self) -> None:
        """Start the thread."""
        self.thread.start()

    def stop(self) -> None:
        """Finish the current round and stop."""
        self.stopping.set()
        self.wake.set()
        if self.thread.is_alive():
            self.thread.join()
        self.forge.close()

    def notify(self) -> None:
        """Something was spooled."""
        self.wake.set()

    def in_use(self, melding_id: str) -> bool:
        """The id is on the base, on a remote branch or in the spool."""
        return (
            self.remote.on_base(melding_id)
            or self.remote.has_branch(melding_id)
            or self.spool.holds(melding_id)
        )

    def wait_for_round(self, timeout: float) -> bool:
        """Wake the worker and wait until a round that started after this call has ended."""
        with self.rounds:
            target = self.started + 1
            self.wake.set()
            return self.rounds.wait_for(lambda: self.finished >= target, timeout)

    def counted_round(self) -> None:
        """One round, counted for :meth:`wait_for_round` (also when it fails)."""
        with self.rounds:
            self.started += 1
            number = self.started
        try:
            self.round()
        finally:
            with self.rounds:
                self.finished = max(self.finished, number)
                self.rounds.notify_all()

    def run(self) -> None:
        """Rounds until stopped; the pause grows while the remote or forge fails."""
        pause = self.config.retry_min_seconds
        while not self.stopping.is_set():
            self.wake.clear()
            try:
                self.counted_round()
            except Exception as error:
                self.note_trouble(describe(error), pause)
                self.stopping.wait(pause)
                pause = min(pause * 2, self.config.retry_max_seconds)
                continue
            self.note_recovery()
            pause = self.config.retry_min_seconds
            self.wake.wait(self.config.retry_max_seconds)

    def note_trouble(self, trouble: str, pause: float) -> None:
        """One warning for a fault, not one per round while it lasts (those go to debug); a fault
        is known by its words before the details in brackets (``fjernrepoet svarer ikke``)."""
        self.failed_rounds += 1
        kind = trouble.split(" (", 1)[0]
        if kind == self.trouble:
            LOG.debug("runden feilet igjen (%s)", trouble)
            return
        self.trouble = kind
        LOG.warning(
            "runden feilet (%s); prøver igjen om %.0f s og så lenge feilen varer", trouble, pause
        )

    def note_recovery(self) -> None:
        """A round went through after failed ones."""
        if self.failed_rounds:
            LOG.info("runden gikk igjen etter %d mislykkede forsøk", self.failed_rounds)
        self.trouble, self.failed_rounds = "", 0

    def refresh_base(self) -> None:
        """Fetch the base and the submission branches; reload reference data when the base moved."""
        clone = self.config.clone_dir
        commit = fetch_base(clone, self.config.base_branch)
        fetch_submission_branches(clone)
        if commit != self.base_commit:
            self.base_commit = commit
            self.on_base(clone)
        ids = base_ids(clone, self.config.base_branch)
        self.remote.replace(Snapshot(commit, ids, tracked_branches(clone)))

    def round(self) -> None:
        """One pass: commit and push what waits, open pull requests, then apply owners' changes."""
        self.refresh_base()
        records = [self.off_base(record) for record in self.spool.pending()]
        if records:
            self.new_meldinger(records)
        self.applier.round(self.version())

    def off_base(self, record: Record) -> Record:
        """The record, moved to a fresh id first if its file already exists on the base."""
        if record.pushed or not self.remote.on_base(record.id):
            return record
        return self.move_to_fresh_id(record)

    def new_meldinger(self, records: list[Record]) -> None:
        """Commit and push new meldinger, then open their pull requests."""
        waiting = [record for record in records if not record.pushed]
        self.commit(waiting)
        outcomes = push_branches(self.config.clone_dir, [record.branch for record in waiting])
        ready = [record for record in records if record.pushed]
        for record in waiting:
            if outcomes[record.branch] is PushOutcome.REFUSED:
                continue
            if self.settle(record, outcomes[record.branch]):
                self.on_stored(record)
                ready.append(replace(record, pushed=True))
        self.open_pull_requests(ready)
        if outcomes.refused():
            raise GitError(
                f"fjernrepoet avviste sendingen ({outcomes.reason}); innsendingene venter i køen"
            )

    def commit(self, records: list[Record]) -> None:
        """Make each record's branch in the clone unless it is there from an earlier round."""
        existing = local_branches(self.config.clone_dir)
        news = [
            NewFile(r.branch, r.relpath, r.content.encode("utf-8"), commit_message_of(r.receipt))
            for r in records
            if r.branch not in existing
        ]
        commit_new_files(self.config.clone_dir, self.base_commit, news)

    def settle(self, record: Record, outcome: PushOutcome) -> bool:
        """True when the branch is on the remote as ours; otherwise sort out the branch found there."""
        if outcome is not PushOutcome.REJECTED:
            LOG.info("sendt %s", record.branch)
            return True
        theirs = remote_file(self.config.clone_dir, record.branch, record.relpath)
        if theirs == record.content.encode("utf-8"):
            LOG.info("%s finnes allerede med samme innhold", record.branch)
            self.spool.finish(record)
        else:
            self.move_to_fresh_id(record)
        return False

    def move_to_fresh_id(self, record: Record) -> Record:
        """The id is taken on the remote by another melding: store this one under a new id."""
        prefix, year, _ = record.id.split("-")
        new_id = fresh_id(int(year), self.in_use, prefix)
        document = json.loads(record.content)
        document["id"] = new_id
        branch = f"{record.branch.split('/', 1)[0]}/{new_id}"
        receipt = record.receipt | {"id": new_id, "branch": branch}
        moved = replace(
            record,
            id=new_id,
            relpath=f"{record.relpath.rsplit('/', 1)[0]}/{new_id}.json",
            branch=branch,
            content=json.dumps(document, ensure_ascii=False, indent=2) + "\n",
            receipt=receipt,
            pushed=False,
        )
        self.spool.move(record, moved)
        if record.branch in local_branches(self.config.clone_dir):
            delete_local_branch(self.config.clone_dir, record.branch)
        LOG.warning("id-kollisjon: %s lagres som %s", record.id, new_id)
        self.wake.set()
        return moved

    def open_pull_requests(self, ready: list[Record]) -> None:
        """Open each pull request and finish the record; on a forge failure remember the pushes."""
        for index, record in enumerate(ready):
            try:
                url = self.open_pull_request(record)
                number = self.label_new(record) if url else None
            except ForgeError:
                for unfinished in ready[index:]:
                    self.spool.update(unfinished)
                raise
            receipt = record.receipt | {"pull_request_url": url}
            self.spool.finish(replace(record, receipt=receipt, pull_request=number))

    def label_new(self, record: Record) -> int | None:
        """Label a new pull request "ikke bekreftet" (and late ones); returns its number."""
        found = self.forge.find_pull_request(record.branch)
        if found is None:
            return None
        self.forge.set_labels(found.number, labels.labels_for_new(record.receipt), [])
        return found.number

    def open_pull_request(self, record: Record) -> str | None:
        """Open the pull request (None when no forge is configured)."""
        request = PullRequest(
            record.branch,
            self.config.base_branch,
            title_of(record.receipt),
            body_of(record.receipt),
        )
        url = self.forge.open_pull_request(request)
        if url is not None:
            LOG.info("pull request for %s: %s", record.branch, url)
        return url
