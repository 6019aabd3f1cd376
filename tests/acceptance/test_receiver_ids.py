"""Through HTTP and real git: sender-chosen keys against a remote that already holds meldinger
made from those very keys never touch an existing file; a spooled id that appeared on the base
is moved before anything is written."""

from __future__ import annotations

import json
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kompetanse.receiver.ids import keyed_id
from kompetanse.receiver.spool import Record, Spool
from tests.support.receiver import (
    SECRET,
    Receiver,
    envelope,
    git,
    melding,
    remote_branches,
    running_receiver,
    seed_remote,
    stored_content,
    wait_for_branches,
)

EARLIER, LATER = 20, 200


def send(receiver: Receiver, number: int, key: str) -> str:
    """Post melding ``number`` with ``key``; its id."""
    response = receiver.post(envelope(melding(number)), key)
    assert response.status_code in (200, 201), response.text
    return str(response.json()["kvittering"]["id"])


def merge_all(remote: Path, scratch: Path) -> None:
    """Merge every submission branch into main, as a caseworker would."""
    subprocess.run(["git", "clone", "-q", str(remote), str(scratch)], check=True)

    def run(*args: str) -> None:
        subprocess.run(["git", "-C", str(scratch), *args], check=True, capture_output=True)

    run("config", "user.name", "Saksbehandler")
    run("config", "user.email", "sak@sf.example")
    for branch in sorted(remote_branches(remote)):
        run("merge", "-q", "--no-edit", f"origin/{branch}")
    run("push", "-q", "origin", "main")


def wait_for_any_branch(remote: Path, timeout: float = 60.0) -> set[str]:
    """The submission branches once there is at least one."""
    deadline = time.monotonic() + timeout
    while not remote_branches(remote) and time.monotonic() < deadline:
        time.sleep(0.1)
    return remote_branches(remote)


def files_on_main(remote: Path) -> dict[str, str]:
    """Every submission file on main with its blob."""
    listed = git(remote, "ls-tree", "-r", "main", "--", "submissions").splitlines()
    return {line.split("\t")[1]: line.split()[2] for line in listed}


def test_keys_aimed_at_existing_meldinger_never_modify_them(tmp_path: Path) -> None:
    remote = seed_remote(tmp_path)
    keys = [f"valgt-av-avsender-{n:05d}" for n in range(LATER)]
    with running_receiver(tmp_path / "a", remote) as first:
        earlier = [send(first, n, keys[n]) for n in range(EARLIER)]
        wait_for_branches(remote, {f"behovsmelding/{i}" for i in earlier})
    merge_all(remote, tmp_path / "saksbehandler")
    before_files, before_branches = files_on_main(remote), remote_branches(remote)
    existing = {Path(path).stem for path in before_files}
    assert set(earlier) <= existing and {keyed_id(2025, keys[0], SECRET.encode())} <= existing
    with running_receiver(tmp_path / "b", remote) as second:
        with ThreadPoolExecutor(8) as pool:
            later = list(pool.map(lambda n: send(second, 1000 + n, keys[n]), range(LATER)))
        expected = {f"behovsmelding/{i}" for i in later}
        assert wait_for_branches(remote, before_branches | expected) >= expected
    assert not set(later) & existing and len(set(later)) == LATER
    assert files_on_main(remote) == before_files
    for number, melding_id in enumerate(later):
        relpath = f"submissions/2025/desentralisert/{melding_id}.json"
        changes = git(
            remote, "diff", "--name-status", "main", f"behovsmelding/{melding_id}"
        ).split()
        assert changes == ["A", relpath]
        text = git(remote, "show", f"behovsmelding/{melding_id}:{relpath}")
        assert text == stored_content(melding(1000 + number), melding_id)


def test_a_spooled_id_that_is_now_on_the_base_moves_before_anything_is_written(
    tmp_path: Path,
) -> None:
    remote = seed_remote(tmp_path)
    taken = "bm-2025-a0250002"
    relpath = f"submissions/2025/desentralisert/{taken}.json"
    before = git(remote, "show", f"main:{relpath}")
    content = stored_content(melding(1), taken)
    spool = Spool(tmp_path / "a" / "state" / "spool")
    receipt: dict[str, Any] = {"id": taken, "branch": f"behovsmelding/{taken}", "advarsler": []}
    receipt |= {
        "ordning": "desentralisert",
        "aar": 2025,
        "eier": {"organisasjonsnummer": "1", "navn": "x"},
    }
    receipt |= {"periode_aar": 2, "sum_total": 1}
    spool.accept(Record(taken, relpath, f"behovsmelding/{taken}", content, receipt))
    with running_receiver(tmp_path / "a", remote) as receiver:
        (arrived,) = wait_for_any_branch(remote)
        moved = arrived.removeprefix("behovsmelding/")
        assert Spool(receiver.state_dir / "spool").resolve(taken) == moved
    assert moved != taken and remote_branches(remote) == {arrived}
    assert git(remote, "show", f"main:{relpath}") == before
    new = f"submissions/2025/desentralisert/{moved}.json"
    assert json.loads(git(remote, "show", f"behovsmelding/{moved}:{new}"))["id"] == moved
    assert git(remote, "diff", "--name-status", "main", f"behovsmelding/{moved}").split() == [
        "A",
        new,
    ]
