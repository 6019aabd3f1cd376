"""When forked worker processes pay off: many items, several cores, a single-threaded process;
and one task run in a forked child beside the work of this process."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

Result = TypeVar("Result")
Other = TypeVar("Other")


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


def run_beside(
    task: Callable[[], Result], meanwhile: Callable[[], Other], *, fork: bool
) -> tuple[Result, Other]:
    """``task`` in a forked child while this process does ``meanwhile``, when ``fork``; else one
    after the other. An exception of the task is raised here, as if it had run here; a child
    that ends without an answer (killed) has its task run here instead."""
    if not fork:
        return task(), meanwhile()
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_send_outcome, args=(task, sending), daemon=True)
    child.start()
    sending.close()
    try:
        other = meanwhile()
        outcome = _receive_outcome(receiving)
    finally:
        receiving.close()
        if child.is_alive():
            child.terminate()
        child.join()
    if outcome is None:
        return task(), other
    succeeded, value = outcome
    if not succeeded:
        raise value
    return value, other


def _send_outcome(task: Callable[[], Any], sending: Any) -> None:
    try:
        outcome = (True, task())
    except Exception as error:  # sent back and raised in the parent
        outcome = (False, error)
    sending.send(outcome)
    sending.close()


def _receive_outcome(receiving: Any) -> tuple[bool, Any] | None:
    try:
        outcome: tuple[bool, Any] = receiving.recv()
        return outcome
    except EOFError:
        return None
