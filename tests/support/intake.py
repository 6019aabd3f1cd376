"""The receiver's intake in-process, without a server: what the corpus and the fuzz tests send to."""

from __future__ import annotations

from pathlib import Path

from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.receiver.documents import DocumentIntake
from kompetanse.receiver.intake import Intake, IntakeLimits
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Spool
from kompetanse.validation.checker import Validator


def intake_for(validator: Validator, folder: Path, kind: Kind, secret: bytes, sends: int) -> Intake:
    """The receiver's intake of the kind, spooling under ``folder``, that lets one client send
    ``sends`` documents before it limits them."""
    limits = IntakeLimits(3600.0, RateLimiter(sends, sends))
    remote = RemoteState(folder / "klon", "main")
    spool = Spool(folder / "spool")
    if kind is BEHOVSMELDING:
        return Intake(validator, spool, remote, secret, limits)
    return DocumentIntake(validator, spool, remote, secret, limits, kind)
