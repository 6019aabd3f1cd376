"""Faults made real for the acceptance tests: a remote whose pre-receive hook refuses or holds a
push until the test lets it go, a receiver process that can be killed with SIGKILL, a small tmpfs
for a disk that fills up, and the checks every fault test ends with (nothing lost, nothing twice,
every JSON file whole and valid, one clear log line for the fault and no traceback)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.cli import invoke
from tests.support.receiver import (
    Receiver,
    git,
    remote_branches,
    started_receiver,
)

PATIENCE = 120.0  # the upper bound for anything a test waits for; polls end as soon as it holds
HOOK = """#!/bin/sh
gate='{gate}'
cat > /dev/null
if [ -e "$gate/refuse" ]; then echo "fjernrepoet tar ikke imot nå" >&2; exit 1; fi
if mv "$gate/armed" "$gate/held" 2>/dev/null; then
  read answer < "$gate/fifo"
  rm -f "$gate/held"
  [ "$answer" = ja ] || exit 1
fi
exit 0
"""


def wait_for(holds: Callable[[], bool], what: str, timeout: float = PATIENCE) -> None:
    """Poll real state until ``holds()`` is true; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not holds():
        if time.monotonic() > deadline:
            raise AssertionError(f"ventet forgjeves på: {what}")
        time.sleep(0.1)


class Gate:
    """The remote's pre-receive hook: let pushes in, refuse them, or hold the next one."""

    def __init__(self, remote: Path) -> None:
        self.folder = remote.parent / f"{remote.name}-port"
        self.folder.mkdir(exist_ok=True)
        self.fifo = self.folder / "fifo"
        if not self.fifo.exists():
            os.mkfifo(self.fifo)
        hook = remote / "hooks" / "pre-receive"
        hook.write_text(HOOK.format(gate=self.folder), encoding="utf-8")
        hook.chmod(0o755)

    def refuse(self, refusing: bool = True) -> None:
        """Every push is declined (the hook exits 1) until called with False."""
        flag = self.folder / "refuse"
        flag.touch() if refusing else flag.unlink(missing_ok=True)

    def arm(self) -> None:
        """The next push waits in the hook until :meth:`release`."""
        (self.folder / "armed").touch()

    def wait_until_held(self) -> None:
        """A push is waiting in the hook."""
        wait_for((self.folder / "held").exists, "en push som venter i kroken")

    def release(self, accept: bool) -> None:
        """Let the held push finish: accepted, or declined by the hook."""
        with self.fifo.open("w", encoding="ascii") as writer:
            writer.write("ja\n" if accept else "nei\n")
        wait_for(lambda: not (self.folder / "held").exists(), "at kroken slapp pushen")

    def forget_held(self) -> None:
        """The held push was killed with its process: the hook left its mark behind."""
        (self.folder / "held").unlink(missing_ok=True)


@contextmanager
def receiver_process(
    folder: Path, remote: Path, *, env: dict[str, str] | None = None, **settings: Any
) -> Iterator[Receiver]:
    """``kompetanse serve`` in its own process group (so a SIGKILL can take its git children
    too), on a free loopback port, logging to ``folder/mottak.log``."""
    with started_receiver(folder, remote, env, settings, own_session=True) as receiver:
        yield receiver


def kill(receiver: Receiver, with_children: bool) -> None:
    """SIGKILL the receiver (and the git processes it started, when asked); wait until it is gone."""
    if with_children:
        os.killpg(receiver.process.pid, signal.SIGKILL)
    else:
        receiver.process.send_signal(signal.SIGKILL)
    receiver.process.wait(timeout=60)


def processes_in(folder: Path) -> list[int]:
    """Processes whose working folder is ``folder`` (git runs in the receiver's clone)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "cwd").resolve() == folder.resolve():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@contextmanager
def small_disk(mountpoint: Path, size: str = "512k") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``mountpoint`` (the spool), unmounted at the end."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mountpoint)], check=True
    )
    try:
        yield mountpoint
    finally:
        if subprocess.run(["umount", str(mountpoint)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mountpoint)], check=True)


def fill(disk: Path) -> Path:
    """Write a filler file until the disk says ENOSPC; return it (delete it to make room)."""
    filler = disk / "fyll"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == 28, error
    return filler


def fault_lines(log: Path, needle: str) -> list[str]:
    """The log's warnings and errors that contain ``needle``."""
    lines = log.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if (" WARNING " in line or " ERROR " in line) and needle in line]


def assert_one_clear_line(log: Path, needle: str) -> None:
    """Exactly one warning or error names the fault, and nothing in the log is a traceback."""
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text, text
    assert len(fault_lines(log, needle)) == 1, text


def tiltak_on_remote(remote: Path) -> Counter[str]:
    """How many submission branches hold each tiltak title (each branch adds one file)."""
    found: Counter[str] = Counter()
    for branch in remote_branches(remote, ""):
        if "/" not in branch or branch == "main":
            continue
        for relpath in git(remote, "diff", "--name-only", f"main...{branch}").split():
            document = json.loads(git(remote, "show", f"{branch}:{relpath}"))
            found[document["tiltak"]["tittel"]] += 1
    return found


def assert_remote_sound(remote: Path, titles: set[str]) -> None:
    """Each accepted melding on exactly one branch, and main with every branch's file validates."""
    counted = tiltak_on_remote(remote)
    assert {title: counted[title] for title in titles} == dict.fromkeys(titles, 1), counted
    with tempfile.TemporaryDirectory(prefix="fjern-") as scratch:
        root = Path(scratch)
        export(remote, "main", root)
        for branch in remote_branches(remote, ""):
            if "/" in branch:
                for relpath in git(remote, "diff", "--name-only", f"main...{branch}").split():
                    (root / relpath).parent.mkdir(parents=True, exist_ok=True)
                    (root / relpath).write_text(git(remote, "show", f"{branch}:{relpath}"), "utf-8")
        code, output = invoke("validate", "--root", str(root))
        assert code == 0, output


def export(remote: Path, ref: str, target: Path) -> None:
    """The tree of ``ref`` written out under ``target``."""
    archive = subprocess.run(
        ["git", "--git-dir", str(remote), "archive", ref], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)


def assert_state_sound(state_dir: Path) -> None:
    """Every JSON file the receiver keeps parses, and no temporary file is left behind."""
    kept = [path for path in state_dir.rglob("*") if path.is_file() and "clone" not in path.parts]
    assert [path for path in kept if path.name.endswith(".tmp")] == []
    for path in kept:
        if path.suffix == ".json":
            json.loads(path.read_bytes())
