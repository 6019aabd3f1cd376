"""Validation at scale: synthetic meldinger against the ``json.load`` floor and check-jsonschema.

Every figure is a process run as a user runs it (``kompetanse validate``, ``check-jsonschema``,
``python -m bench.floor``), so wall and CPU time include the interpreter's start for each.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.measure import Timing, command_timing
from bench.repo import BENCH_HOME, BIN, PROJECT, commit_all
from bench.synthetic import write_synthetic_repository
from bench.table import Row
from bench.targets import TARGETS
from kompetanse.repository.submissions import iter_submission_relpaths

COUNT = 10_000
RUNS = 3


def floor(root: Path, listing: Path) -> Timing:
    """``json.load`` of every submission, in a process of its own."""
    command = [str(BIN / "python"), "-m", "bench.floor", "--from", str(listing)]
    return command_timing(RUNS, command, BENCH_HOME)


def peer(root: Path, relpaths: list[str]) -> Timing:
    """check-jsonschema with the behovsmelding schema on the same files (one run: it is slow)."""
    schema = root / "schemas" / "behovsmelding.schema.json"
    return command_timing(
        1, [str(BIN / "check-jsonschema"), "--schemafile", str(schema), *relpaths], root
    )


def change_one(root: Path, relpath: str) -> None:
    """Change one melding after the commit, as a pull request would."""
    doc = json.loads((root / relpath).read_text(encoding="utf-8"))
    doc["tiltak"]["antall_deltakere"] += 1
    (root / relpath).write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def incremental(root: Path, relpath: str, count: int) -> Row:
    """``validate --changed-since HEAD`` with one changed file, beside the command's own start."""
    change_one(root, relpath)
    kompetanse = str(BIN / "kompetanse")
    ours = command_timing(
        RUNS, [kompetanse, "validate", "--root", str(root), "--changed-since", "HEAD"], root
    )
    start = command_timing(RUNS, [kompetanse, "--version"], root)
    return Row(
        "validate --changed-since (én endret fil)",
        f"1 av {count}",
        ours,
        TARGETS["validation-changed"],
        "kompetanse --version",
        start,
    )


def rows(workdir: Path, count: int = COUNT) -> list[Row]:
    """Full validation beside its floor and its peer, and the incremental check."""
    root = workdir / "validation"
    write_synthetic_repository(root, count, seed=1, source=PROJECT)
    relpaths = list(iter_submission_relpaths(root))
    listing = workdir / "validation-files.txt"
    listing.write_text("".join(f"{root / p}\n" for p in relpaths), encoding="utf-8")
    ours = command_timing(RUNS, [str(BIN / "kompetanse"), "validate", "--root", str(root)], root)
    scale = f"{count} behovsmeldinger"
    commit_all(root)
    return [
        Row(
            "kompetanse validate (alt)",
            scale,
            ours,
            TARGETS["validation-floor"],
            "json.load",
            floor(root, listing),
        ),
        Row(
            "kompetanse validate (alt)",
            scale,
            ours,
            TARGETS["validation-peer"],
            "check-jsonschema",
            peer(root, relpaths),
        ),
        incremental(root, relpaths[0], count),
    ]
