"""The owner's secret links: a melding id, an expiry time and 128 bits of HMAC-SHA256.

Nothing is stored: a token is checked by computing its MAC again with the receiver's secret, so
tokens are never in git, refs, the spool or the logs. The purpose (the melding's own page, or the
confirmation of the e-mail address) is part of what is signed, so one cannot stand in for the
other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from enum import StrEnum

from kompetanse.validation.paths import ID_PATTERN

MAC_BYTES = 16


class Purpose(StrEnum):
    """What a token opens."""

    LENKE = "lenke"
    BEKREFT = "bekreft"


class Verdict(StrEnum):
    """What a presented token turned out to be."""

    GYLDIG = "gyldig"
    UGYLDIG = "ugyldig"
    UTLOPT = "utlopt"


@dataclass(frozen=True)
class Checked:
    """A token's verdict and, when it was signed by us, the melding it names."""

    verdict: Verdict
    melding_id: str = ""


def _mac(secret: bytes, purpose: Purpose, melding_id: str, expires: int) -> str:
    message = f"kompetanse-token\0{purpose}\0{melding_id}\0{expires}".encode("ascii")
    digest = hmac.new(secret, message, hashlib.sha256).digest()[:MAC_BYTES]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def make_token(
    secret: bytes, purpose: Purpose, melding_id: str, valid_seconds: int, now: float | None = None
) -> str:
    """``<id>.<expires>.<mac>``, valid for ``valid_seconds`` from now."""
    expires = int(time.time() if now is None else now) + valid_seconds
    return f"{melding_id}.{expires}.{_mac(secret, purpose, melding_id, expires)}"


def check_token(secret: bytes, purpose: Purpose, token: str, now: float | None = None) -> Checked:
    """Whether ``token`` is ours for this purpose and still valid."""
    parts = token.split(".")
    if (
        len(parts) != 3
        or not ID_PATTERN.match(parts[0])
        or not (parts[1].isascii() and parts[1].isdigit())
    ):
        return Checked(Verdict.UGYLDIG)
    melding_id, expires = parts[0], int(parts[1])
    if not hmac.compare_digest(parts[2], _mac(secret, purpose, melding_id, expires)):
        return Checked(Verdict.UGYLDIG)
    if expires < (time.time() if now is None else now):
        return Checked(Verdict.UTLOPT, melding_id)
    return Checked(Verdict.GYLDIG, melding_id)
