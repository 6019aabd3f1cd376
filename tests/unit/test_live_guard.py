"""The runtime guard fails a test that reaches the live data, in its own process or a child's.

A scratch test module is run by its own pytest with the guard's plugin: two of its tests reach
the project's ``data/`` (one directly, one through a child process in the project folder), one
reads the fixture office, and one reaches the live data with the ``live_data`` mark.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.office import ROOT

SCRATCH_TESTS = """
import os, subprocess, sys
import pytest

ROOT = {root!r}


def test_lists_the_live_data():
    os.listdir(os.path.join(ROOT, "data"))


def test_starts_a_child_that_reads_the_live_data():
    child = "import os; os.listdir('submissions')"
    subprocess.run([sys.executable, "-c", child], cwd=ROOT, check=True)


def test_reads_the_fixture_office():
    os.listdir(os.path.join(ROOT, "tests", "fixtures", "office", "data"))


@pytest.mark.live_data
def test_says_it_reads_the_live_data():
    os.listdir(os.path.join(ROOT, "data"))
"""


@pytest.mark.live_data
def test_the_guard_fails_exactly_the_tests_that_reach_the_live_data(tmp_path: Path) -> None:
    module = tmp_path / "test_scratch.py"
    module.write_text(SCRATCH_TESTS.format(root=str(ROOT)), encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["-p", "tests.support.live_guard", "--rootdir", str(tmp_path), str(module)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "2 errors" in output and "4 passed" in output, output
    assert f"os.listdir {ROOT / 'data'}" in output, output
    assert f"os.listdir {ROOT / 'submissions'}" in output, output
    assert "Testen rørte prosjektets levende data" in output, output
