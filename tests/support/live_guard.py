"""The runtime guard: a test that opens, lists or copies the project's live data fails.

The live data is ``data/``, ``submissions/`` and what publish makes from them (``docs/fordeling/``,
``docs/nn/fordeling/``). An audit hook sees every path the test process reaches there, and the
same hook runs in every Python process a test starts (``live_guard_site/sitecustomize.py`` on
``PYTHONPATH``), so a test that reads the live data directly, through a default root, through the
working directory or through a child process fails with the paths it reached. The one test of the
live data says so with ``@pytest.mark.live_data``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.live_guard_site import sitecustomize as site_hook
from tests.support.office import ROOT

SITE_FOLDER = Path(site_hook.__file__).parent
LIVE_FOLDERS = tuple(
    str((ROOT / name).resolve())
    for name in ("data", "submissions", "docs/fordeling", "docs/nn/fordeling")
)
MARKER = "live_data"
SHOWN = 8


class Reaches:
    """The live paths reached in this process and, through the log, in its children."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.own: list[str] = []

    def note(self, event: str, path: str) -> None:
        self.own.append(f"{event} {path}")

    def take(self) -> list[str]:
        """What was reached since the last call (this process first), and forget it."""
        found, self.own = self.own, []
        if self.log.exists():
            found += [f"{line} (underprosess)" for line in self.log.read_text("utf-8").splitlines()]
            self.log.unlink()
        return found


def describe(found: list[str]) -> str:
    """The guard's message: what was reached, the first few paths."""
    lines = sorted(set(found))
    shown = "\n".join(f"  {line}" for line in lines[:SHOWN])
    more = f"\n  … og {len(lines) - SHOWN} til" if len(lines) > SHOWN else ""
    return (
        "Testen rørte prosjektets levende data (data/, submissions/ eller de publiserte "
        f"fordelingssidene); bruk fixture-kontoret i stedet:\n{shown}{more}"
    )


REACHES = pytest.StashKey["Reaches"]()


def pytest_configure(config: pytest.Config) -> None:
    """Install the hook here and in every Python process started from now on (one log file
    per process of the session: each xdist worker has its own)."""
    config.addinivalue_line("markers", f"{MARKER}: reads the project's live data on purpose")
    log = Path(tempfile.gettempdir()) / f"kompetanse-levende-data-{os.getpid()}.log"
    log.unlink(missing_ok=True)
    inherited = sys.modules.get("sitecustomize")
    if getattr(inherited, "LOG_VARIABLE", None) == site_hook.LOG_VARIABLE:
        inherited.silence()  # type: ignore[union-attr]
    reaches = Reaches(log)
    site_hook.install_hook(LIVE_FOLDERS, reaches.note)
    os.environ[site_hook.FOLDERS_VARIABLE] = os.pathsep.join(LIVE_FOLDERS)
    os.environ[site_hook.LOG_VARIABLE] = str(log)
    paths = [str(SITE_FOLDER), *filter(None, [os.environ.get("PYTHONPATH")])]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    config.stash[REACHES] = reaches


def pytest_collection_finish(session: pytest.Session) -> None:
    """A test module that reads the live data when it is imported stops the session."""
    if found := session.config.stash[REACHES].take():
        raise pytest.UsageError(describe(found))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A session fixture that reached the live data after the last test fails the session."""
    if found := session.config.stash[REACHES].take():
        print("\n" + describe(found))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def live_data_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test when it, its fixtures or its subprocesses reached the live data."""
    yield
    found = request.config.stash[REACHES].take()
    if found and request.node.get_closest_marker(MARKER) is None:
        pytest.fail(describe(found), pytrace=False)
