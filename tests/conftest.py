"""Shared fixtures: the project root, a built site, a loopback server and real Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.browser import launch_chromium
from tests.support.servers import serve_directory

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The checked-out project."""
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built once per test session with ``mkdocs build --strict`` (never ``-q``)."""
    target = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, (
        f"mkdocs build --strict feilet:\n{result.stdout}\n{result.stderr}"
    )
    return target


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on loopback."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, shared by the session."""
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture
def copy_of_project(tmp_path: Path) -> Path:
    """A scratch copy of the project's data, schemas and submissions to change freely."""
    target = tmp_path / "repo"
    for name in ("schemas", "data", "submissions"):
        shutil.copytree(ROOT / name, target / name)
    return target
