"""When forked worker processes pay off: many items, several cores, a single-threaded process."""

from __future__ import annotations

import os
import threading


def can_fork_workers(count: int, at_least: int) -> bool:
    """Use worker processes only for at least ``at_least`` items, on several cores, from a
    single-threaded process (``multiprocessing`` is imported only then: a one-file command
    starts without it)."""
    if count < at_least:
        return False
    import multiprocessing

    return (
        (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )
