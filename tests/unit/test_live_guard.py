"""The runtime guard fails a test that reaches the live data, in its own process or a child's.

A scratch test module is run by its own pytest with the guard's plugin: three of its tests reach
the project's ``data/`` (one directly, one through a child process in the project folder, one
through a chain of symbolic links), one
reads the fixture office, and one reaches the live data with the ``live_data`` mark.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.live_guard_site import sitecustomize as site_hook
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


def test_opens_the_live_data_through_a_chain_of_links(tmp_path):
    (tmp_path / "lenke").symlink_to(os.path.join(ROOT, "data"))
    (tmp_path / "lenke-til-lenke").symlink_to(tmp_path / "lenke")
    open(tmp_path / "lenke-til-lenke" / "rammer.csv").close()


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
    # Its own temporary folder: in the shared one its pytest would remove earlier sessions'.
    command += ["--basetemp", str(tmp_path / "midlertidig")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "3 errors" in output and "5 passed" in output, output
    assert f"os.listdir {ROOT / 'data'}" in output, output
    assert f"os.listdir {ROOT / 'submissions'}" in output, output
    assert f"open {ROOT / 'data' / 'rammer.csv'}" in output, output
    assert "Testen rørte prosjektets levende data" in output, output


def test_the_guard_resolves_paths_exactly_as_realpath(tmp_path: Path) -> None:
    folder = tmp_path / "mappe"
    folder.mkdir()
    (folder / "fil.txt").write_text("x", encoding="utf-8")
    (tmp_path / "lenke").symlink_to(folder)
    (tmp_path / "lenke-til-lenke").symlink_to(tmp_path / "lenke")
    (tmp_path / "blindlenke").symlink_to(tmp_path / "finnes-ikke")
    (tmp_path / "løkke-a").symlink_to(tmp_path / "løkke-b")
    (tmp_path / "løkke-b").symlink_to(tmp_path / "løkke-a")
    paths = [
        folder / "fil.txt",
        tmp_path / "lenke-til-lenke" / "fil.txt",
        tmp_path / "lenke" / ".." / "mappe" / "fil.txt",
        tmp_path / "lenke-til-lenke" / "ny-fil.txt",
        tmp_path / "blindlenke",
        tmp_path / "løkke-a",
        tmp_path / "finnes-ikke" / "heller-ikke",
        Path("relativ") / "sti.txt",
    ]
    for path in paths:
        assert site_hook.real_path(str(path)) == os.path.realpath(path), path
