"""Find and read behovsmelding files (I/O only)."""

from __future__ import annotations

import errno
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
    """The file's bytes, at most ``limit`` (enough to know it is too large).

    The read is sized from ``fstat``: asking for ``limit`` bytes up front would allocate a
    megabyte for every small file. A symbolic link is refused (an OSError), so a pull request
    cannot make a check read, and quote, a file outside the repository.
    """
    try:
        fd = os.open(f"{root}/{relpath}", os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OSError(
                errno.ELOOP, "filen er en symbolsk lenke, og slike følges ikke"
            ) from error
        raise
    try:
        size = os.fstat(fd).st_size
        return os.read(fd, min(size + 1, limit))
    finally:
        os.close(fd)
