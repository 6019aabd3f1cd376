"""What the workers of one test session build once and share: the fixture project and its sites.

With pytest-xdist every worker has its own session and its own temporary folder; the folder above
those is the session's. The first worker to need a thing builds it there under a file lock, and
the others wait for it and then read the same files (they never change them).
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DONE_SUFFIX = ".ferdig"
LOCK_SUFFIX = ".lås"


def session_folder(tmp_path_factory: pytest.TempPathFactory, config: pytest.Config) -> Path:
    """The temporary folder every worker of this session can see (the session's own without
    xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


@contextmanager
def locked(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on a file for as long as the block runs (other workers wait)."""
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def built_once(target: Path, build: Callable[[Path], object]) -> Path:
    """``target``, built by ``build(target)`` by the first worker that asks; the others reuse it.

    A build that failed half-way leaves no mark, so the next worker starts it again from scratch
    (and fails the same way, with the build's own message).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    done = target.with_name(target.name + DONE_SUFFIX)
    with locked(target.with_name(target.name + LOCK_SUFFIX)):
        if not done.exists():
            if target.exists():
                shutil.rmtree(target)
            build(target)
            done.touch()
    return target
