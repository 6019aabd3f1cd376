"""Allocate and publish at scale: the real commands on a synthetic repository of 10,000 meldinger.

Both must read every melding, so each is set beside the ``json.load`` floor of the same files.
"""

from __future__ import annotations

from pathlib import Path

from bench.measure import Timing, command_timing
from bench.repo import BENCH_HOME, BIN, PROJECT, commit_all
from bench.synthetic import YEARS, write_synthetic_repository
from bench.table import Row
from bench.targets import TARGETS
from kompetanse.repository.submissions import iter_submission_relpaths

COUNT = 10_000
RUNS = 3


def floor(root: Path, workdir: Path) -> Timing:
    """``json.load`` of every submission of ``root``, in a process of its own."""
    listing = workdir / "allocation-files.txt"
    listing.write_text(
        "".join(f"{root / p}\n" for p in iter_submission_relpaths(root)), encoding="utf-8"
    )
    command = [str(BIN / "python"), "-m", "bench.floor", "--from", str(listing)]
    return command_timing(RUNS, command, BENCH_HOME)


def kompetanse(root: Path, *args: str) -> list[str]:
    """A ``kompetanse`` command line on ``root``."""
    return [str(BIN / "kompetanse"), *args, "--root", str(root)]


def rows(workdir: Path, count: int = COUNT) -> list[Row]:
    """``allocate --year`` for the last year, and ``publish --commit`` of every year."""
    root = workdir / "allocation"
    write_synthetic_repository(root, count, seed=2, source=PROJECT)
    commit_all(root)
    base = floor(root, workdir)
    published = command_timing(1, kompetanse(root, "publish", "--commit"), root)
    allocated = command_timing(RUNS, kompetanse(root, "allocate", "--year", str(YEARS[-1])), root)
    scale = f"{count} behovsmeldinger, {len(YEARS)} år"
    return [
        Row(
            f"allocate --year {YEARS[-1]}", scale, allocated, TARGETS["allocate"], "json.load", base
        ),
        Row("publish --commit (alle år)", scale, published, TARGETS["publish"], "json.load", base),
    ]
