"""``kompetanse serve`` refuses to run with one clear line (exit 2) when it cannot work."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.support.receiver import KOMPETANSE, free_port, running_receiver, seed_remote


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``kompetanse serve`` and wait for it to give up."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KOMPETANSE_")}
    command = [str(KOMPETANSE), "serve", "--port", str(free_port()), *args]
    return subprocess.run(
        command, env=clean | (env or {}), capture_output=True, text=True, timeout=120, check=False
    )


def test_missing_settings_are_one_line_and_exit_2() -> None:
    result = serve()
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith("kompetanse: mangler innstillingen remote_url")
    )


def test_an_unreachable_remote_on_first_start_is_one_line(tmp_path: Path) -> None:
    env = {
        "KOMPETANSE_REMOTE_URL": str(tmp_path / "finnes-ikke.git"),
        "KOMPETANSE_STATE_DIR": str(tmp_path / "s"),
    }
    result = serve(env=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "kompetanse: kunne ikke klone fjernrepoet" in result.stderr


def test_a_second_process_on_the_same_state_folder_is_refused(tmp_path: Path) -> None:
    remote = seed_remote(tmp_path)
    with running_receiver(tmp_path / "a", remote) as receiver:
        result = serve("--config", str(tmp_path / "a" / "mottak.toml"))
        assert receiver.process.poll() is None
    assert result.returncode == 2
    assert "brukes av et annet mottak" in result.stderr
