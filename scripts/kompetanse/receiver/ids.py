"""Ids nobody can aim at: 64 bits keyed with the server's secret, or drawn from ``secrets``.

A sender's Idempotency-Key alone never decides an id: the key goes through HMAC-SHA256 with the
receiver's secret, so the id of a repeated send is stable (and the same on every receiver that
shares the secret), while nobody without the secret can choose a key that lands on a given id.
An id already used on the base branch is never handed out again, whatever the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from kompetanse.kinds import BEHOVSMELDING

SUFFIX_HEX = 16
MAX_DRAWS = 50


class NoFreeIdError(RuntimeError):
    """Fifty random draws all hit ids in use (it does not happen with 64 bits)."""


def keyed_suffix(secret: bytes, key: str) -> str:
    """Sixteen hex digits from the idempotency key, keyed with the server's secret."""
    digest = hmac.new(secret, b"kompetanse-id\0" + key.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:SUFFIX_HEX]


def random_suffix() -> str:
    """Sixteen hex digits from the operating system's random source."""
    return secrets.token_hex(SUFFIX_HEX // 2)


def format_id(year: int, suffix: str, prefix: str = BEHOVSMELDING.id_prefix) -> str:
    """``bm-<år>-<suffix>`` (another kind's prefix for its documents)."""
    return f"{prefix}-{year:04d}-{suffix}"


def fresh_id(
    year: int, in_use: Callable[[str], bool], prefix: str = BEHOVSMELDING.id_prefix
) -> str:
    """A random id that ``in_use`` does not know."""
    for _ in range(MAX_DRAWS):
        candidate = format_id(year, random_suffix(), prefix)
        if not in_use(candidate):
            return candidate
    raise NoFreeIdError("fant ingen ledig id")


def keyed_id(year: int, key: str, secret: bytes, prefix: str = BEHOVSMELDING.id_prefix) -> str:
    """The id a send with this key gets, unless that id is already used on the base branch."""
    return format_id(year, keyed_suffix(secret, key), prefix)
