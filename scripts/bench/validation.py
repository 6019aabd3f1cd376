"""Validation at scale: 10,000 synthetic meldinger against the json.load floor and check-jsonschema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import write_synthetic_repository
from kompetanse.repository.check import check_repository
from kompetanse.repository.submissions import iter_submission_relpaths

COUNT = 10_000
PROJECT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest wall time in seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def json_load_floor(root: Path) -> None:
    """Read and parse every submission with the standard library, nothing else."""
    for relpath in iter_submission_relpaths(root):
        with (root / relpath).open("rb") as handle:
            json.load(handle)


def run_command(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command and return its result (output captured)."""
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


def git(root: Path, *args: str) -> None:
    """Run git in the synthetic repository, quietly, with a fixed identity."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def changed_since_run(root: Path) -> float:
    """Commit everything, touch one file, and time ``validate --changed-since HEAD``."""
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "synthetic")
    first = next(iter_submission_relpaths(root))
    doc = json.loads((root / first).read_text(encoding="utf-8"))
    doc["tiltak"]["antall_deltakere"] += 1
    (root / first).write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    command = [str(BIN / "kompetanse"), "validate", "--root", str(root), "--changed-since", "HEAD"]
    return best_of(3, lambda: run_command(command, root))


def run(workdir: Path) -> None:
    """Print the validation figures for 10,000 synthetic meldinger."""
    root = workdir / "validation"
    write_synthetic_repository(root, COUNT, seed=1, source=PROJECT)
    print(f"{COUNT} syntetiske behovsmeldinger i {root}")
    floor = best_of(3, lambda: json_load_floor(root))
    in_process = best_of(3, lambda: check_repository(root))
    cli = [str(BIN / "kompetanse"), "validate", "--root", str(root)]
    cli_time = best_of(3, lambda: run_command(cli, root))
    print(f"json.load (gulvet):                 {floor:6.2f} s")
    print(
        f"full validering (i prosessen):      {in_process:6.2f} s  ({in_process / floor:.1f} × gulvet)"
    )
    print(
        f"kompetanse validate (hele kommandoen): {cli_time:6.2f} s  ({cli_time / floor:.1f} × gulvet)"
    )
    files = [str(root / p) for p in iter_submission_relpaths(root)]
    peer = [
        str(BIN / "check-jsonschema"),
        "--schemafile",
        str(PROJECT / "schemas/behovsmelding.schema.json"),
        *files,
    ]
    peer_time = best_of(1, lambda: run_command(peer, root))
    print(
        f"check-jsonschema (samme skjema):    {peer_time:6.2f} s  ({peer_time / cli_time:.1f} × tregere enn kompetanse)"
    )
    print(f"validate --changed-since (én fil):  {changed_since_run(root):6.2f} s")
