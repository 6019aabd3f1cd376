"""Shared fixtures: the project, the fixture office, a built site, a loopback server and Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from playwright.sync_api import Browser, Page

from tests.support.browser import launch_chromium, new_page_with_axe
from tests.support.form import build_site
from tests.support.office import ROOT, copy_office, copy_site_project
from tests.support.servers import serve_directory
from tests.support.shared import built_once, session_folder

# A test that reaches the live data (data/, submissions/, the published allocation) fails.
pytest_plugins = ["tests.support.live_guard"]
TESTS = Path(__file__).resolve().parent
UNIT = TESTS / "unit"
SHARED_SCOPES = frozenset({"module", "class", "package"})
MARKERS = {
    "browser": "drives real Chromium",
    "repository": "reads a repository: the fixture office (or, once, the live project)",
    "unit": "a unit test (under tests/unit)",
}
BROWSER_FIXTURES = frozenset({"browser", "axe_tab"})
REPOSITORY_FIXTURES = frozenset(
    {
        "project_root",
        "fixture_office",
        "copy_of_project",
        "fixture_project",
        "built_site",
        "internal_site",
    }
)


# Speed belongs in `make bench`: Hypothesis's per-example deadline would make a test's verdict
# depend on how busy the machine is (two workers share two cores), so the suite sets none.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers that are set from each test's place and fixtures."""
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning} (set automatically)")
    if not config.pluginmanager.hasplugin("xdist"):
        # Without pytest-xdist (``-p no:xdist``) the group marks it reads are kept, unused.
        config.addinivalue_line("markers", "xdist_group(name): tests that share one worker")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests by what they use (``-m browser`` runs the browser tests alone), and keep
    each module with a fixture of its own on one xdist worker."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if BROWSER_FIXTURES & fixtures:
            item.add_marker(pytest.mark.browser)
        if REPOSITORY_FIXTURES & fixtures:
            item.add_marker(pytest.mark.repository)
        if item.path.is_relative_to(UNIT):
            item.add_marker(pytest.mark.unit)
        if shares_a_module_fixture(item):
            item.add_marker(pytest.mark.xdist_group(item.path.relative_to(TESTS).as_posix()))


def shares_a_module_fixture(item: pytest.Item) -> bool:
    """True when the test uses a fixture set up once per module or class: with ``--dist
    loadgroup`` the module's tests then run on one worker, which sets the fixture up once."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info is not None else ()
    return any(d.scope in SHARED_SCOPES for defs in definitions for d in defs)


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
def shared_folder(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The session's folder that every xdist worker sees: what is built there is built once."""
    return session_folder(tmp_path_factory, pytestconfig)


@pytest.fixture(scope="session")
def fixture_project(shared_folder: Path) -> Path:
    """A scratch copy of the project with the fixture office that can build the site.

    Made once per session and shared by the workers, so read-only.
    """
    return built_once(shared_folder / "prosjekt" / "repo", copy_site_project)


@pytest.fixture(scope="session")
def built_site(fixture_project: Path, shared_folder: Path) -> Path:
    """The fixture project's site, built once per session with ``mkdocs build --strict``."""
    return built_once(shared_folder / "site", lambda target: build_site(fixture_project, target))


@pytest.fixture(scope="session")
def internal_site(fixture_project: Path, shared_folder: Path) -> Path:
    """The internal site (caseworkers' and developers' pages), built once per session."""
    return built_once(
        shared_folder / "intern",
        lambda target: build_site(fixture_project, target, config="mkdocs.intern.yml"),
    )


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


@pytest.fixture(scope="session")
def axe_tab(browser: Browser) -> Iterator[Page]:
    """One tab, shared by the session's page checks, where axe-core is loaded by an init script
    before any page script runs (the page's Content-Security-Policy does not govern it)."""
    page = new_page_with_axe(browser)
    yield page
    page.context.close()
