"""The demo's pieces: a seeded default remote on first run, settings for one origin, instructions."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kompetanse.cli.demo import demo_config, ensure_remote, instructions


def test_the_default_remote_is_made_once_from_the_project_files(tmp_path: Path) -> None:
    root = tmp_path / "prosjekt"
    (root / "schemas").mkdir(parents=True)
    (root / "schemas" / "a.json").write_text("{}\n")
    (root / "data").mkdir()
    (root / "data" / "b.csv").write_text("x\n1\n")
    remote = root / ".demo" / "remote.git"
    assert ensure_remote(root, remote) is True
    assert ensure_remote(root, remote) is False
    listed = subprocess.run(
        ["git", "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "main"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert listed == ["data/b.csv", "schemas/a.json"]


def test_site_and_api_share_one_loopback_origin(tmp_path: Path) -> None:
    config = demo_config(tmp_path, 8123)
    assert config.allowed_origin == "http://127.0.0.1:8123"
    assert config.static_dir == tmp_path / ".demo" / "site"
    assert config.forge == "none" and config.remote_url.endswith("remote.git")
    lines = instructions(tmp_path, 8123, created=True)
    assert "http://127.0.0.1:8123/" in lines[1]
    assert lines[-1].strip() == "git --git-dir .demo/remote.git log --all --oneline"
    assert any(".demo/epost/" in line for line in lines)
    assert demo_config(tmp_path, 8123, 2525).smtp_host == "127.0.0.1"
    assert config.smtp_host == ""
