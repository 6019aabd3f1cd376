"""The lock files pin every dependency of pyproject.toml, each with its hashes.

``make install`` (with uv, itself installed by pip from ``requirements-bootstrap.lock``) and CI
install with ``--require-hashes -r …`` and then the project with ``--no-deps --no-build-isolation``, so a dependency missing from a lock (added to
pyproject.toml without ``make lock``) would fail there; this says so at once, and by name.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
RUNTIME_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
BOOTSTRAP_LOCK = ROOT / "requirements-bootstrap.lock"
UV_VERSION = re.compile(r"^UV_VERSION := (\S+)$", re.MULTILINE)


def read_lock(path: Path) -> dict[str, tuple[str, int]]:
    """Package name -> (pinned version, number of hashes) for one lock file."""
    pins: dict[str, tuple[str, int]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name = canonicalize_name(match["name"])
            pins[name] = (match["version"], 0)
        elif name and HASH.search(line):
            version, hashes = pins[name]
            pins[name] = (version, hashes + len(HASH.findall(line)))
    return pins


def declared() -> tuple[list[Requirement], list[Requirement], list[Requirement]]:
    """The runtime, dev and build requirements of pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = [Requirement(text) for text in project["project"]["dependencies"]]
    dev = [Requirement(text) for text in project["project"]["optional-dependencies"]["dev"]]
    build = [Requirement(text) for text in project["build-system"]["requires"]]
    return runtime, dev, build


def unmet(requirements: list[Requirement], pins: dict[str, tuple[str, int]]) -> list[str]:
    """The requirements a lock does not pin, or pins at a version outside their range."""
    missing = []
    for requirement in requirements:
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or not requirement.specifier.contains(pinned[0], prereleases=True):
            missing.append(f"{requirement} (låst: {pinned[0] if pinned else 'mangler'})")
    return missing


@pytest.mark.parametrize("lock", [RUNTIME_LOCK, DEV_LOCK], ids=lambda path: path.name)
def test_every_pin_has_hashes(lock: Path) -> None:
    pins = read_lock(lock)
    assert len(pins) > 20
    assert [package for package, (_, hashes) in pins.items() if hashes == 0] == []


def test_the_installer_is_locked_with_hashes_at_the_makefiles_version() -> None:
    wanted = UV_VERSION.search((ROOT / "Makefile").read_text(encoding="utf-8"))
    assert wanted is not None
    pins = read_lock(BOOTSTRAP_LOCK)
    assert set(pins) == {"uv"}
    version, hashes = pins["uv"]
    assert version == wanted.group(1) and hashes > 0


def test_the_runtime_lock_pins_every_runtime_and_build_requirement() -> None:
    runtime, _, build = declared()
    assert unmet([*runtime, *build], read_lock(RUNTIME_LOCK)) == []


def test_the_dev_lock_pins_every_requirement() -> None:
    runtime, dev, build = declared()
    assert unmet([*runtime, *dev, *build], read_lock(DEV_LOCK)) == []


def test_the_check_finds_a_missing_and_a_stale_pin() -> None:
    pins = {"click": ("8.1.0", 2)}
    requirements = [Requirement("click>=8.2"), Requirement("rich>=13")]
    assert unmet(requirements, pins) == [
        "click>=8.2 (låst: 8.1.0)",
        "rich>=13 (låst: mangler)",
    ]


def test_the_runtime_pins_are_the_dev_pins() -> None:
    runtime = read_lock(RUNTIME_LOCK)
    dev = read_lock(DEV_LOCK)
    differ = {name: (pin[0], dev.get(name, ("mangler",))[0]) for name, pin in runtime.items()}
    assert {name: pair for name, pair in differ.items() if pair[0] != pair[1]} == {}
