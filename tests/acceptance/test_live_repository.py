"""The live repository's own test: its data/ and submissions/ pass ``kompetanse validate``.

This is the one test that reads the live data. Every other test uses the fixture office
(tests/fixtures/office), so a caseworker's change to the data can turn only this test red, and
only when the data is wrong.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

KOMPETANSE = Path(sys.executable).parent / "kompetanse"
pytestmark = pytest.mark.live_data


def test_the_console_script_finds_no_errors_in_the_live_repository(project_root: Path) -> None:
    done = subprocess.run(
        [str(KOMPETANSE), "validate"],
        cwd=project_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Ingen feil.")
    assert "0 feil" in done.stdout
