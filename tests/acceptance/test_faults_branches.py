"""Fault: a pull request branch is force-pushed (a caseworker rebases it onto a newer main) while
the receiver's push of the owner's correction is held by the remote's pre-receive hook. The
receiver's push finds the branch moved (one clear line), it builds on the new tip, and the melding is on its branch once, with
the correction and the rebase both kept."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from tests.support import loopback
from tests.support.cli import git as work_git
from tests.support.faults import (
    Gate,
    assert_remote_sound,
    assert_state_sound,
    fault_lines,
    receiver_process,
    wait_for,
)
from tests.support.receiver import envelope, git, melding, seed_remote, wait_for_branches

MOVED = "flyttet seg; prøver endringen igjen"
JSON = {"Content-Type": "application/json"}


def melding_2027(number: int) -> dict[str, Any]:
    """A valid melding for 2027, whose deadline has not passed, so the owner may correct it."""
    document = melding(number)
    document["aar"] = 2027
    for offset, year in enumerate(document["budsjett"]):
        year["aar"] = 2027 + offset
    return document


def rebase_onto_newer_main(remote: Path, branch: str, work: Path) -> str:
    """Another person moves main on and force-pushes the branch rebased onto it; the new tip."""
    work_git(work.parent, "clone", "-q", str(remote), work.name)
    (work / "NOTAT.md").write_text("Notat fra saksbehandleren.\n", encoding="utf-8")
    work_git(work, "add", "NOTAT.md")
    work_git(work, "commit", "-q", "-m", "Notat på main")
    work_git(work, "push", "-q", "origin", "main")
    work_git(work, "checkout", "-q", "-b", "pr", f"origin/{branch}")
    work_git(work, "rebase", "-q", "main")
    work_git(work, "push", "-q", "--force", "origin", f"pr:{branch}")
    return work_git(work, "rev-parse", "pr").strip()


def deltakere(remote: Path, branch: str, relpath: str) -> int:
    """The number of participants in the file on the remote's branch."""
    count: int = json.loads(git(remote, "show", f"{branch}:{relpath}"))["tiltak"][
        "antall_deltakere"
    ]
    return count


def test_a_correction_held_while_its_branch_is_force_pushed_lands_on_the_new_tip(
    tmp_path: Path,
) -> None:
    remote = seed_remote(tmp_path)
    gate = Gate(remote)
    with receiver_process(tmp_path / "a", remote, public_url="http://mottak.example") as receiver:
        response = receiver.post(envelope(melding_2027(1)), "tvang-000001")
        assert response.status_code == 201, response.text
        receipt = response.json()["kvittering"]
        branch, melding_id = receipt["branch"], receipt["id"]
        wait_for_branches(remote, {branch})
        token = receipt["lenke"].rsplit("/", 1)[1]
        api = f"{receiver.url}/api/behovsmeldinger/rett/{token}"
        opened = loopback.get(api, timeout=30).json()["behovsmelding"]
        changed = opened | {"tiltak": opened["tiltak"] | {"antall_deltakere": 99}}
        gate.arm()
        with ThreadPoolExecutor(1) as pool:
            answer = pool.submit(
                httpx.post, api, content=envelope(changed), headers=JSON, timeout=60
            )
            gate.wait_until_held()
            rebased = rebase_onto_newer_main(remote, branch, tmp_path / "saksbehandler")
            gate.release(accept=True)
            assert answer.result().status_code == 200
        relpath = f"submissions/2027/desentralisert/{melding_id}.json"
        wait_for(lambda: deltakere(remote, branch, relpath) == 99, "rettingen på grenen")
    subjects = git(remote, "log", "--format=%s", f"main..{branch}").splitlines()
    assert len(subjects) == 2 and subjects[0].endswith("rettet av eieren")
    assert git(remote, "rev-parse", f"{branch}~1").strip() == rebased
    assert git(remote, "diff", "--name-only", f"main...{branch}").split() == [relpath]
    assert (
        git(remote, "merge-base", "main", branch).strip()
        == git(remote, "rev-parse", "main").strip()
    )
    assert_remote_sound(remote, {melding(1)["tiltak"]["tittel"]})
    text = receiver.log.read_text(encoding="utf-8")
    assert "Traceback" not in text and fault_lines(receiver.log, "") == []
    assert text.count(MOVED) == 1 and f"{branch} {MOVED}" in text
    assert_state_sound(receiver.state_dir)
