"""Where the bench finds the project and its commands, and the git it runs in scratch copies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH_HOME = Path(__file__).resolve().parents[1]
PROJECT = BENCH_HOME.parent
BIN = Path(sys.executable).parent
IDENTITY = {
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.invalid",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.invalid",
}


def git(root: Path, *args: str) -> None:
    """Run git quietly in ``root`` with a fixed identity."""
    env = {**os.environ, **IDENTITY}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def commit_all(root: Path) -> None:
    """Make ``root`` a git repository with everything in one commit."""
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "synthetic")
