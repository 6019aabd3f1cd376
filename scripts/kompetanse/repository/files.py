"""Write generated files whole or not at all (I/O only)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kompetanse.errors import KompetanseError


class OutputWriteError(KompetanseError):
    """A generated file could not be written (full disk, no permission, file size limit)."""


def write_atomically(path: Path, content: bytes) -> None:
    """Write the bytes to a temporary file beside ``path`` and move it into place.

    A reader never sees a half-written file: when writing fails, ``path`` keeps its old content
    (or stays absent) and the temporary file is removed.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputWriteError(f"kunne ikke skrive {path}: {error.strerror or error}") from error
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputWriteError(f"kunne ikke skrive {path}: {error.strerror or error}") from error
