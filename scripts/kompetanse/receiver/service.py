"""The parts of a running receiver wired together: clone, validator, spool, intake, worker."""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

from kompetanse.errors import GitError, KompetanseError
from kompetanse.gitops.branches import ensure_clone, fetch_base
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.documents import DocumentIntake, document_intakes
from kompetanse.receiver.forge import make_forge
from kompetanse.receiver.intake import Intake
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.spool import Spool
from kompetanse.receiver.worker import Worker
from kompetanse.repository.check import load_validator

LOG = logging.getLogger("kompetanse.receiver")


class StateDirBusyError(KompetanseError):
    """Another receiver process already uses this state folder."""


class ReceiverService:
    """Owns the state folder for the life of the process."""

    def __init__(self, config: ReceiverConfig) -> None:
        self.config = config
        self.limiter = RateLimiter(config.rate_limit_per_minute, config.rate_limit_burst)
        self.spool = Spool(config.spool_dir)
        self.lock_handle: int | None = None
        self.intake: Intake | None = None
        self.document_intakes: dict[str, DocumentIntake] = {}
        self.worker: Worker | None = None

    def start(self) -> None:
        """Lock the state folder, clone (or reuse the clone), load the validator, start the worker.

        Starting twice is harmless: the second call does nothing.
        """
        if self.worker is not None:
            return
        self.lock_state_dir()
        ensure_clone(self.config.remote_url, self.config.clone_dir, self.config.base_branch)
        try:
            fetch_base(self.config.clone_dir, self.config.base_branch)
        except GitError as error:
            LOG.warning(
                "fjernrepoet svarer ikke ved oppstart (%s); bruker klonen som den er", error
            )
        worker = Worker(self.config, self.spool, make_forge(self.config), self.reload_validator)
        self.intake = Intake(load_validator(self.config.clone_dir), self.spool, worker.taken)
        self.document_intakes = document_intakes(self.intake.validator, self.spool, worker.taken)
        self.worker = worker
        worker.start()
        LOG.info("mottaket er klart; %d behovsmeldinger venter i køen", self.spool.count_pending())

    def reload_validator(self, clone: Path) -> None:
        """New reference data from the base branch; broken data keeps the validator in use."""
        if self.intake is None:
            return
        try:
            fresh = load_validator(clone)
        except KompetanseError as error:
            LOG.warning("beholder forrige kontroll: %s", error)
            return
        if fresh.reference is None and self.intake.validator.reference is not None:
            LOG.warning("beholder forrige kontroll: referansedataene på basisgrenen kan ikke leses")
            return
        self.intake.validator = fresh
        for intake in self.document_intakes.values():
            intake.validator = fresh

    def stop(self) -> None:
        """Stop the worker and release the state folder."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        if self.lock_handle is not None:
            os.close(self.lock_handle)
            self.lock_handle = None

    def lock_state_dir(self) -> None:
        """One receiver per state folder: each process needs its own clone and spool."""
        self.config.state_dir.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.config.state_dir / "lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            os.close(handle)
            raise StateDirBusyError(f"{self.config.state_dir} brukes av et annet mottak") from error
        self.lock_handle = handle
