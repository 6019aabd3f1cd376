"""Running the ``kompetanse`` CLI in-process and git in scratch repositories, for tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def python_json(script: str, cwd: Path, *args: str) -> dict[str, Any]:
    """Run a Python script in a fresh interpreter, which has one thread (a test worker may have a
    server thread running, and then nothing is forked); the JSON object it printed."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))
