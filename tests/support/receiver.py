"""Receiver test helpers: a seeded bare remote, real ``kompetanse serve`` processes, meldinger."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from kompetanse.gitops.seed import create_seeded_remote
from tests.support import loopback
from tests.support.office import FIXTURE_OFFICE, copy_office, repository_files
from tests.support.waiting import poll_until

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests/examples/valid/desentralisert-minimal.json"
KOMPETANSE = Path(sys.executable).parent / "kompetanse"
CONTACT = {
    "navn": "Kari Personvern",
    "epost": "kari.personvern@example.no",
    "telefon": "+47 99 88 77 66",
}
PERSONAL = tuple(CONTACT.values())
START_TIMEOUT = 60.0
# Receivers sharing one remote share the secret, so a repeated send gets the same id on each.
SECRET = "en-felles-hemmelighet-for-mottakene-i-testene"


def seed_remote(folder: Path) -> Path:
    """A bare repository with the schemas and the fixture office on ``main``."""
    remote = folder / "remote.git"
    with tempfile.TemporaryDirectory(prefix="kontor-") as scratch:
        office = copy_office(Path(scratch) / "repo")
        create_seeded_remote(remote, office, repository_files(office))
    return remote


def melding(number: int = 0) -> dict[str, Any]:
    """A valid desentralisert melding (no id), made distinct by ``number``."""
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del document["id"]
    document["tiltak"]["tittel"] = f"Lesing i alle fag, tiltak {number}"
    document["tiltak"]["antall_deltakere"] = 10 + number
    document["kontaktperson"] = copy.deepcopy(CONTACT)
    return document


def envelope(document: dict[str, Any], nettside: str = "") -> bytes:
    """The request body the form sends."""
    return json.dumps(
        {"behovsmelding": document, "nettside": nettside}, ensure_ascii=False
    ).encode()


def deadline(aar: int, ordning: str) -> dt.date:
    """The deadline in the fixture office's settings."""
    with (FIXTURE_OFFICE / "data/innstillinger.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (int(row["aar"]), row["ordning"]) == (aar, ordning):
                return dt.date.fromisoformat(row["frist"])
    raise KeyError((aar, ordning))


def stored_state(document: dict[str, Any]) -> dict[str, Any]:
    """What the receiver records about a melding just received."""
    late = dt.datetime.now(ZoneInfo("Europe/Oslo")).date() > deadline(
        document["aar"], document["ordning"]
    )
    return {"epost": "ikke_bekreftet", **({"etter_fristen": True} if late else {})}


def stored_content(document: dict[str, Any], melding_id: str) -> str:
    """The exact file the receiver must commit for this melding and id."""
    stored = {
        "schema_version": "1",
        "id": melding_id,
        **document,
        "innsending": stored_state(document),
    }
    return json.dumps(stored, ensure_ascii=False, indent=2) + "\n"


def free_port() -> int:
    """A port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Receiver:
    """A running ``kompetanse serve`` process."""

    url: str
    state_dir: Path
    log: Path
    process: subprocess.Popen[bytes]

    def post(self, body: bytes, key: str | None = None, **headers: str) -> httpx.Response:
        """POST to the API with JSON content type (headers may override it)."""
        sent = {"Content-Type": "application/json"} | headers
        if key is not None:
            sent["Idempotency-Key"] = key
        return loopback.post(
            f"{self.url}/api/behovsmeldinger", content=body, headers=sent, timeout=60
        )


def write_config(path: Path, remote: Path, state_dir: Path, **settings: Any) -> Path:
    """A TOML file with the receiver's settings."""
    values = {
        "remote_url": str(remote),
        "state_dir": str(state_dir),
        "allowed_origin": "http://skjema.example",
        "rate_limit_per_minute": 100_000,
        "rate_limit_burst": 100_000,
        "address_limit_per_hour": 100_000,
        "address_limit_burst": 100_000,
        "retry_min_seconds": 0.2,
        "retry_max_seconds": 1.0,
    } | settings
    lines = ["[mottak]"] + [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def health(url: str, process: subprocess.Popen[bytes]) -> str:
    """The receiver's state: ``up`` (the health endpoint answers), ``stopped`` or ``starting``."""
    if process.poll() is not None:
        return "stopped"
    try:
        return (
            "up" if loopback.get(f"{url}/api/helse", timeout=2).status_code == 200 else "starting"
        )
    except httpx.HTTPError:
        return "starting"


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Ask the health endpoint until it answers (or the process stops)."""
    state = poll_until(lambda: health(url, process), lambda s: s != "starting", START_TIMEOUT)
    if state == "stopped":
        raise RuntimeError(f"mottaket stoppet:\n{log.read_text(encoding='utf-8')}")
    if state != "up":
        raise RuntimeError(f"mottaket startet ikke:\n{log.read_text(encoding='utf-8')}")


@contextmanager
def running_receiver(
    folder: Path, remote: Path, env: dict[str, str] | None = None, **settings: Any
) -> Iterator[Receiver]:
    """Start ``kompetanse serve`` on a loopback port with its own state folder: a free port, or
    ``listen_port`` when the settings name one (the owner's links must know it beforehand)."""
    with started_receiver(folder, remote, env, settings, own_session=False) as receiver:
        yield receiver


@contextmanager
def started_receiver(
    folder: Path,
    remote: Path,
    env: dict[str, str] | None,
    settings: dict[str, Any],
    *,
    own_session: bool,
) -> Iterator[Receiver]:
    """:func:`running_receiver`; with ``own_session`` in a process group of its own, so a
    SIGKILL can take its git children too. A receiver a test has killed is left as it is."""
    folder.mkdir(parents=True, exist_ok=True)
    port = int(settings.pop("listen_port", 0)) or free_port()
    config = write_config(folder / "mottak.toml", remote, folder / "state", **settings)
    log = folder / "mottak.log"
    command = [str(KOMPETANSE), "serve", "--config", str(config), "--port", str(port)]
    with log.open("ab") as handle:
        process = subprocess.Popen(
            command,
            stdout=handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, "KOMPETANSE_SECRET": SECRET, **(env or {})},
            start_new_session=own_session,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process, log)
        yield Receiver(url, folder / "state", log, process)
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=60)


def git(remote: Path, *args: str) -> str:
    """Run git against the bare remote and return its output."""
    result = subprocess.run(
        ["git", "--git-dir", str(remote), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def remote_branches(remote: Path, prefix: str = "behovsmelding/") -> set[str]:
    """Submission branches on the remote (those of one kind: ``<kind>/``)."""
    output = git(remote, "for-each-ref", "--format=%(refname:short)", f"refs/heads/{prefix}")
    return set(output.split())


def remote_text(remote: Path, branch: str, relpath: str) -> str:
    """A file's text on a branch of the remote."""
    return git(remote, "show", f"refs/heads/{branch}:{relpath}")


def wait_for_branches(
    remote: Path, expected: set[str], timeout: float = 120.0, prefix: str = "behovsmelding/"
) -> set[str]:
    """Look until every expected branch is on the remote (or the time is up); returns what is there."""
    return poll_until(
        lambda: remote_branches(remote, prefix), lambda found: expected <= found, timeout
    )
