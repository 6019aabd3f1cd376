"""Running the ``kompetanse`` CLI in-process and git in scratch repositories, for tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from click.testing import CliRunner

from kompetanse.cli import main

REGIONAL = "submissions/2025/regional/bm-2025-a0250001.json"


def invoke(*args: str) -> tuple[int, str]:
    """Run ``kompetanse ARGS`` in-process; the exit code and everything it printed."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def git(root: Path, *args: str) -> str:
    """Run git in a scratch repository with a fixed identity; its standard output."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout
