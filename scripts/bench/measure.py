"""Wall and CPU time of what a benchmark runs: this process and the children it waited for."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    """Seconds on the clock and seconds of CPU (user and system) for one measured run."""

    wall: float
    cpu: float


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and by every child it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action: Callable[[], object]) -> Timing:
    """Wall and CPU time of one call."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    action()
    return Timing(time.perf_counter() - wall, cpu_seconds() - cpu)


def best_of(runs: int, action: Callable[[], object]) -> Timing:
    """The run with the least wall time of ``runs`` calls."""
    return min((timed(action) for _ in range(runs)), key=lambda timing: timing.wall)


def run_command(args: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a command to its end and return its output; a failure stops the bench with its text."""
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(args[:3])} … feilet ({result.returncode}):\n{result.stderr[-3000:]}"
        )
    return result.stdout


def command_timing(runs: int, args: Sequence[str], cwd: Path) -> Timing:
    """The best of ``runs`` runs of a command, as a user runs it."""
    return best_of(runs, lambda: run_command(args, cwd))


def process_cpu(pid: int) -> float:
    """CPU seconds of a running process and the children it has waited for (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    ticks = sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")
