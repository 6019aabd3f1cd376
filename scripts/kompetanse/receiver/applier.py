"""The worker's second job: owners' changes become commits on their branches, then forge steps.

A change waits until its melding's branch is on the remote. The new file is committed on the
fetched tip and pushed without force; a rejected push (the branch moved) is tried again after the
next fetch. Forge steps (labels, a comment, closing) follow once the commit is on the remote.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from kompetanse.errors import GitError
from kompetanse.gitops.branches import PushOutcome, push_branches
from kompetanse.gitops.tracking import commit_on_branch
from kompetanse.receiver import labels
from kompetanse.receiver.forge import Forge
from kompetanse.receiver.receipt import BRANCH_PREFIX
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Spool, Update
from kompetanse.receiver.updates import (
    CONFIRM,
    CORRECT,
    WITHDRAW,
    apply_update,
    commit_message,
)

LOG = logging.getLogger("kompetanse.receiver")


class Applier:
    """Applies queued updates, one pass per worker round."""

    def __init__(self, clone: Path, spool: Spool, forge: Forge, remote: RemoteState) -> None:
        self.clone, self.spool, self.forge, self.remote = clone, spool, forge, remote

    def round(self, version: str) -> None:
        """Every update whose melding is on the remote."""
        for update in self.spool.updates():
            record = self.spool.find(update.id)
            if record is None or self.spool.is_pending(update.id):
                continue
            if not update.pushed and not self.push(update, record.relpath, version):
                continue
            self.forge_steps(replace(update, pushed=True), record.pull_request)
            self.spool.finish_update(update)

    def push(self, update: Update, relpath: str, version: str) -> bool:
        """Commit and push the change; True once it is on the remote (or was already)."""
        tip = self.remote.tip(update.id)
        current = self.remote.branch_file(update.id, relpath)
        if tip is None or current is None:
            LOG.warning(
                "grenen for %s finnes ikke lenger; endringen (%s) droppes", update.id, update.action
            )
            self.spool.finish_update(update)
            return False
        new = apply_update(current, update, version)
        if new != current:
            branch = BRANCH_PREFIX + update.id
            commit_on_branch(self.clone, branch, tip, relpath, new, commit_message(update))
            outcomes = push_branches(self.clone, [branch])
            if outcomes[branch] is PushOutcome.REFUSED:
                raise GitError(f"fjernrepoet avviste endringen ({outcomes.reason}); den venter")
            if outcomes[branch] is PushOutcome.REJECTED:
                LOG.info("%s flyttet seg; prøver endringen igjen", branch)
                return False
        self.spool.save_update(replace(update, pushed=True))
        LOG.info("endring (%s) lagret for %s", update.action, update.id)
        return True

    def forge_steps(self, update: Update, number: int | None) -> None:
        """Labels, comment and closing for the change (nothing without a forge)."""
        if number is None:
            found = self.forge.find_pull_request(BRANCH_PREFIX + update.id)
            number = found.number if found else None
        if number is None:
            return
        if update.action == CONFIRM:
            self.forge.set_labels(number, [labels.CONFIRMED], [labels.UNCONFIRMED])
        elif update.action == CORRECT:
            self.forge.comment(number, labels.CORRECTION_COMMENT)
            if update.ny_adresse:
                self.forge.set_labels(number, [labels.UNCONFIRMED], [labels.CONFIRMED])
        elif update.action == WITHDRAW:
            self.forge.comment(number, labels.withdrawal_comment(update.grunn))
            self.forge.set_labels(number, [labels.WITHDRAWN], [])
            self.forge.close_pull_request(number)
