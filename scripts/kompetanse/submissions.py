"""Find and read behovsmelding files (I/O only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

SUBMISSIONS_DIR = "submissions"
IGNORED_NAMES = frozenset({".gitkeep", ".DS_Store"})
READ_LIMIT = 1_000_001


def iter_submission_relpaths(root: Path) -> Iterator[str]:
    """Every file under submissions/, as a POSIX path relative to the root, sorted."""
    base = root / SUBMISSIONS_DIR
    found: list[str] = []
    for directory, subdirs, files in os.walk(base):
        subdirs.sort()
        rel = Path(directory).relative_to(root).as_posix()
        found.extend(f"{rel}/{name}" for name in files if name not in IGNORED_NAMES)
    yield from sorted(found)


def read_submission_bytes(root: Path, relpath: str, limit: int = READ_LIMIT) -> bytes:
    """The first ``limit`` bytes of a file (enough to know it is too large)."""
    with (root / relpath).open("rb") as handle:
        return handle.read(limit)
