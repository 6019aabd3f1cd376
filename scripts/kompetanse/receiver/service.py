"""The parts of a running receiver wired together: clone, validator, spool, intake, worker,
the postman for mail and the owner's desk."""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

from kompetanse.errors import GitError, KompetanseError
from kompetanse.gitops.branches import ensure_clone
from kompetanse.mail.outbox import Outbox
from kompetanse.mail.postman import Postman
from kompetanse.mail.settings import SmtpSettings
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.documents import DocumentIntake, document_intakes
from kompetanse.receiver.forge import make_forge
from kompetanse.receiver.intake import Intake, IntakeLimits
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.owner import OwnerDesk
from kompetanse.receiver.secret import load_secret
from kompetanse.receiver.spool import Spool
from kompetanse.receiver.worker import Worker
from kompetanse.repository.check import load_validator
from kompetanse.validation.checker import Validator

LOG = logging.getLogger("kompetanse.receiver")
RUNNING_MARK = "kjorer"


class StateDirBusyError(KompetanseError):
    """Another receiver process already uses this state folder."""


class ReceiverService:
    """Owns the state folder for the life of the process."""

    def __init__(self, config: ReceiverConfig) -> None:
        self.config = config
        self.limiter = RateLimiter(config.rate_limit_per_minute, config.rate_limit_burst)
        self.spool = Spool(config.spool_dir)
        self.per_address = RateLimiter(
            config.address_limit_per_hour / 60, config.address_limit_burst
        )
        self.postman = Postman(
            smtp_settings(config),
            Outbox(config.mail_dir),
            config.retry_min_seconds,
            config.mail_retry_max_seconds,
        )
        self.lock_handle: int | None = None
        self.intake: Intake | None = None
        self.document_intakes: dict[str, DocumentIntake] = {}
        self.worker: Worker | None = None
        self.desk: OwnerDesk | None = None

    def start(self) -> None:
        """Lock the state folder, clone (or reuse the clone), load the validator, start the worker.

        Starting twice is harmless: the second call does nothing.
        """
        if self.worker is not None:
            return
        self.lock_state_dir()
        config = self.config
        ensure_clone(config.remote_url, config.clone_dir, config.base_branch)
        secret = load_secret(config.state_dir, config.secret)
        forge = make_forge(config)
        worker = Worker(config, self.spool, forge, self.reload_validator, self.current_version)
        try:
            worker.refresh_base()
        except GitError as error:
            LOG.warning(
                "fjernrepoet svarer ikke ved oppstart (%s); bruker klonen som den er", error
            )
        desk = OwnerDesk(
            config,
            self.spool,
            worker.remote,
            forge,
            secret,
            self.validator,
            worker.wait_for_round,
            self.postman,
        )
        desk.address_limiter = self.per_address
        limits = IntakeLimits(config.idempotency_hours * 3600, self.per_address)
        self.intake = Intake(
            load_validator(config.clone_dir),
            self.spool,
            worker.remote,
            secret,
            limits,
        )
        worker.on_stored = desk.confirm_stored
        self.document_intakes = document_intakes(
            self.intake.validator, self.spool, worker.remote, secret, limits
        )
        self.worker, self.desk = worker, desk
        self.note_unclean_stop()
        worker.start()
        self.postman.start()
        LOG.info("mottaket er klart; %d behovsmeldinger venter i køen", self.spool.count_pending())

    def note_unclean_stop(self) -> None:
        """Warn once when the last process on this state folder did not stop (killed, a crash):
        what it had spooled is pushed now. The mark lives while a receiver runs."""
        running = self.config.state_dir / RUNNING_MARK
        if running.exists():
            LOG.warning(
                "mottaket ble ikke stoppet ordentlig sist; %d behovsmeldinger i køen sendes nå",
                self.spool.count_pending(),
            )
        running.touch()

    def validator(self) -> Validator:
        """The validator in use."""
        assert self.intake is not None
        return self.intake.validator

    def current_version(self) -> str:
        """The schema version new files get."""
        return self.intake.version if self.intake is not None else "1"

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
        self.postman.stop()
        if self.lock_handle is not None:
            (self.config.state_dir / RUNNING_MARK).unlink(missing_ok=True)
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


def smtp_settings(config: ReceiverConfig) -> SmtpSettings:
    """The mail settings from the receiver's configuration."""
    return SmtpSettings(
        host=config.smtp_host,
        port=config.smtp_port,
        security=config.smtp_security,
        user=config.smtp_user,
        sender=config.mail_from,
        timeout_seconds=config.smtp_timeout_seconds,
        ca_file=config.smtp_ca_file,
        password=config.smtp_password,
    )
