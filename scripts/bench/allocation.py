"""Allocation at scale: allocate and publish over 10,000 synthetic meldinger (target < 2 s)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import YEARS, write_synthetic_repository
from kompetanse.publication.fordeling import write_all, write_year
from kompetanse.repository.year_data import RepositoryData

COUNT = 10_000
PROJECT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
TARGET_SECONDS = 2.0


def timed(action: Callable[[], object]) -> float:
    """Wall time in seconds of one call."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` calls."""
    return min(timed(action) for _ in range(runs))


def git(root: Path, *args: str) -> None:
    """Run git quietly with a fixed identity."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def allocate_once(root: Path, aar: int) -> None:
    """What ``kompetanse allocate --year`` does: load, compute and write one year."""
    write_year(RepositoryData.load(root), aar)


def run_cli(root: Path, *args: str) -> float:
    """Time one ``kompetanse`` command run as a user runs it."""
    command = [str(BIN / "kompetanse"), *args, "--root", str(root)]
    return timed(lambda: subprocess.run(command, cwd=root, check=True, capture_output=True))


def run(workdir: Path) -> None:
    """Print the allocation and publish figures for 10,000 synthetic meldinger."""
    root = workdir / "allocation"
    write_synthetic_repository(root, COUNT, seed=2, source=PROJECT)
    print(f"{COUNT} syntetiske behovsmeldinger i {root}")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "synthetic")
    first, again = run_cli(root, "publish", "--commit"), run_cli(root, "publish", "--commit")
    last = YEARS[-1]
    in_process = best_of(3, lambda: allocate_once(root, last))
    cli = min(run_cli(root, "allocate", "--year", str(last)) for _ in range(3))
    verdict = "innenfor" if cli < TARGET_SECONDS else "OVER"
    print(f"allocate {last} (i prosessen):          {in_process:6.2f} s")
    print(
        f"kompetanse allocate --year {last}:      {cli:6.2f} s  ({verdict} målet på {TARGET_SECONDS:.0f} s)"
    )
    print(
        f"publish, alle {len(YEARS)} år (i prosessen):    {best_of(3, lambda: write_all(root)):6.2f} s"
    )
    print(f"kompetanse publish --commit (ny commit): {first:6.2f} s")
    print(f"kompetanse publish --commit (uendret):   {again:6.2f} s")
