"""The receiver's picture of the remote: ids on the base branch, submission branches and tips.

The worker refreshes it each round (see :mod:`kompetanse.receiver.worker`); request threads read
it and the clone's objects, never fetching themselves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from kompetanse.gitops.tracking import Commit, branch_commits, first_change, read_file
from kompetanse.receiver.receipt import BRANCH_PREFIX


@dataclass(frozen=True)
class Snapshot:
    """One fetch of the remote."""

    base_commit: str = ""
    base_ids: frozenset[str] = frozenset()
    tips: dict[str, str] = field(default_factory=dict)


class RemoteState:
    """The latest snapshot, and reads of files at its refs."""

    def __init__(self, clone: Path, base: str) -> None:
        self.clone, self.base = clone, base
        self.snapshot = Snapshot()
        self.lock = threading.Lock()

    def replace(self, snapshot: Snapshot) -> None:
        """Take a new snapshot (the worker, after a fetch)."""
        with self.lock:
            self.snapshot = snapshot

    def on_base(self, melding_id: str) -> bool:
        """The id is a file on the base branch."""
        return melding_id in self.snapshot.base_ids

    def has_branch(self, melding_id: str) -> bool:
        """The id's branch is on the remote."""
        return BRANCH_PREFIX + melding_id in self.snapshot.tips

    def tip(self, melding_id: str) -> str | None:
        """The commit at the tip of the id's branch."""
        return self.snapshot.tips.get(BRANCH_PREFIX + melding_id)

    def branch_file(self, melding_id: str, relpath: str) -> bytes | None:
        """The file at the tip of the id's branch."""
        tip = self.tip(melding_id)
        return None if tip is None else read_file(self.clone, tip, relpath)

    def base_file(self, relpath: str) -> bytes | None:
        """A file on the base branch as last fetched."""
        commit = self.snapshot.base_commit
        return read_file(self.clone, commit, relpath) if commit else None

    def commits(self, melding_id: str) -> list[Commit]:
        """The branch's own commits, oldest first."""
        if not self.has_branch(melding_id):
            return []
        return branch_commits(self.clone, BRANCH_PREFIX + melding_id, self.base)

    def arrived_on_base(self, relpath: str, needle: str = "") -> str | None:
        """When a file (or a line naming ``needle``) first appeared on the base."""
        return (
            first_change(self.clone, self.base, relpath, needle)
            if self.snapshot.base_commit
            else None
        )
