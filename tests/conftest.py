"""Shared fixtures: the project, the fixture office, a built site, a loopback server and Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.browser import launch_chromium
from tests.support.form import build_site
from tests.support.office import ROOT, copy_office, copy_site_project
from tests.support.servers import serve_directory

UNIT = Path(__file__).resolve().parent / "unit"
MARKERS = {
    "browser": "drives real Chromium",
    "repository": "reads a repository: the fixture office (or, once, the live project)",
    "unit": "a unit test (under tests/unit)",
}
BROWSER_FIXTURES = frozenset({"browser"})
REPOSITORY_FIXTURES = frozenset(
    {"project_root", "fixture_office", "copy_of_project", "fixture_project", "built_site"}
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers that are set from each test's place and fixtures."""
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning} (set automatically)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests by what they use, so the swapped-data run can choose without a list."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if BROWSER_FIXTURES & fixtures:
            item.add_marker(pytest.mark.browser)
        if REPOSITORY_FIXTURES & fixtures:
            item.add_marker(pytest.mark.repository)
        if item.path.is_relative_to(UNIT):
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The checked-out project: its code, schemas and docs (never its live data)."""
    return ROOT


@pytest.fixture(scope="session")
def fixture_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository of the fixture office (the schemas with tests/fixtures/office's files).

    Shared by the session, so read-only: a test that changes files uses ``copy_of_project``.
    """
    return copy_office(tmp_path_factory.mktemp("kontor") / "repo")


@pytest.fixture
def copy_of_project(tmp_path: Path) -> Path:
    """A scratch repository to change freely: the schemas with the fixture office's files."""
    return copy_office(tmp_path / "repo")


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch copy of the project with the fixture office that can build the site."""
    return copy_site_project(tmp_path_factory.mktemp("prosjekt") / "repo")


@pytest.fixture(scope="session")
def built_site(fixture_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture project's site, built once per session with ``mkdocs build --strict``."""
    return build_site(fixture_project, tmp_path_factory.mktemp("site"))


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
