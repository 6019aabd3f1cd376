"""Waiting for another process to reach a state, by asking for the state itself.

The first looks come quickly (most states arrive within milliseconds: a receiver that is up, a
branch that was pushed), later ones less often, so a slow machine is not flooded with requests
and a fast one is not kept waiting for a fixed sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
FIRST_PAUSE = 0.005
LONGEST_PAUSE = 0.2


def poll_until(look: Callable[[], T], done: Callable[[T], bool], timeout: float) -> T:
    """Look until ``done(look())`` holds or ``timeout`` seconds have passed; the last look."""
    deadline = time.monotonic() + timeout
    pause = FIRST_PAUSE
    seen = look()
    while not done(seen) and time.monotonic() < deadline:
        time.sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE)
        seen = look()
    return seen
