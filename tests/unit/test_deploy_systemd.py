"""The receiver's systemd unit: systemd itself finds nothing wrong with it, it runs as no one in
particular with private state, and its sandbox leaves little exposed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy/systemd/kompetanse-mottak.service"
ANALYZE = "/usr/bin/systemd-analyze"
EXPOSURE = re.compile(r"Overall exposure level for \S+: (\d+\.\d+)")


def service() -> dict[str, list[str]]:
    """The [Service] section, each setting with all its values."""
    values: dict[str, list[str]] = {}
    section = ""
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Service" and "=" in line and not line.startswith("#"):
            name, value = line.split("=", 1)
            values.setdefault(name.strip(), []).append(value.strip())
    return values


def installable_copy(folder: Path) -> Path:
    """The unit with its ExecStart pointing at a program that exists here (verify checks it)."""
    program = folder / "kompetanse"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    text = UNIT.read_text(encoding="utf-8")
    copy = folder / UNIT.name
    copy.write_text(text.replace("/opt/kompetanse/.venv/bin/kompetanse", str(program)), "utf-8")
    return copy


def test_systemd_analyze_verify_finds_nothing(tmp_path: Path) -> None:
    copy = installable_copy(tmp_path)
    result = subprocess.run(
        [ANALYZE, "verify", "--man=no", str(copy)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_sandbox_leaves_little_exposed(tmp_path: Path) -> None:
    copy = installable_copy(tmp_path)
    result = subprocess.run(
        [ANALYZE, "security", "--offline=yes", "--no-pager", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = EXPOSURE.search(result.stdout)
    assert found is not None, result.stdout
    assert float(found.group(1)) <= 2.0


def test_it_runs_as_a_user_of_its_own_with_private_state_and_restarts_on_failure() -> None:
    settings = service()
    assert settings["DynamicUser"] == ["yes"] and "User" not in settings
    assert settings["StateDirectory"] == ["kompetanse-mottak"]
    assert settings["StateDirectoryMode"] == ["0700"]
    assert settings["Restart"] == ["on-failure"]
    assert "/var/lib/kompetanse-mottak" in " ".join(settings["Environment"])


def test_it_is_locked_down() -> None:
    settings = service()
    expected = {
        "ProtectSystem": ["strict"],
        "ProtectHome": ["yes"],
        "PrivateTmp": ["yes"],
        "NoNewPrivileges": ["yes"],
        "CapabilityBoundingSet": [""],
        "RestrictAddressFamilies": ["AF_INET AF_INET6 AF_UNIX"],
    }
    assert {name: settings.get(name) for name in expected} == expected
    assert settings["SystemCallFilter"][0] == "@system-service"


def test_it_listens_on_loopback_only_behind_the_proxy() -> None:
    (command,) = service()["ExecStart"]
    assert "--host 127.0.0.1" in command and "--port 8000" in command
