"""The receiver's secret: keys the ids and the owners' links.

Given in the environment (``KOMPETANSE_SECRET``), which receivers sharing one remote must do so
that a repeated send gets the same id on each of them; otherwise made once from ``secrets`` and
kept in the state folder, readable by its owner only. It is never logged.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kompetanse.errors import KompetanseError

SECRET_FILE = "hemmelighet"
MIN_LENGTH = 32


class SecretError(KompetanseError):
    """The configured secret is too short, or the stored one cannot be read."""


def load_secret(state_dir: Path, configured: str) -> bytes:
    """The configured secret, or the one kept in the state folder (made on first start)."""
    if configured:
        if len(configured) < MIN_LENGTH:
            raise SecretError(f"KOMPETANSE_SECRET må være minst {MIN_LENGTH} tegn")
        return configured.encode("utf-8")
    path = state_dir / SECRET_FILE
    if not path.exists():
        create_secret(path)
    try:
        return path.read_bytes().strip()
    except OSError as error:
        raise SecretError(f"kan ikke lese {path}: {error.strerror}") from error


def create_secret(path: Path) -> None:
    """Write 256 random bits, readable by the owner only; a racing writer loses quietly."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(handle, "w", encoding="ascii") as stream:
        stream.write(secrets.token_hex(32) + "\n")
        stream.flush()
        os.fsync(stream.fileno())
