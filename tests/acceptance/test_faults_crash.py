"""Fault: the receiver is killed with SIGKILL after the melding is spooled and before its push is
done. The remote's pre-receive hook holds the push until the test has killed the process, so the
window is certain. After a restart the melding is on the remote once: not lost, not twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.faults import (
    Gate,
    assert_one_clear_line,
    assert_remote_sound,
    assert_state_sound,
    fault_lines,
    kill,
    processes_in,
    receiver_process,
    wait_for,
)
from tests.support.receiver import (
    envelope,
    melding,
    remote_branches,
    remote_text,
    seed_remote,
    stored_content,
    wait_for_branches,
)


def pending_files(state_dir: Path) -> list[Path]:
    """The records the spool holds for the remote."""
    return sorted((state_dir / "spool" / "pending").glob("*.json"))


@pytest.mark.parametrize(
    "push_lands", [False, True], ids=["killed-with-its-push", "push-lands-after-the-kill"]
)
def test_a_receiver_killed_between_spool_and_push_pushes_the_melding_once(
    tmp_path: Path, push_lands: bool
) -> None:
    remote = seed_remote(tmp_path)
    gate = Gate(remote)
    folder = tmp_path / "a"
    with receiver_process(folder, remote) as receiver:
        gate.arm()
        response = receiver.post(envelope(melding(1)), "krasj-000001")
        assert response.status_code == 201, response.text
        receipt = response.json()["kvittering"]
        gate.wait_until_held()
        kill(receiver, with_children=not push_lands)
    clone = receiver.state_dir / "clone"
    if push_lands:
        gate.release(accept=True)
        wait_for(lambda: receipt["branch"] in remote_branches(remote), "grenen fra den drepte")
    else:
        gate.forget_held()
    wait_for(lambda: processes_in(clone) == [], "at ingen git-prosess er igjen i klonen")
    assert [path.stem for path in pending_files(receiver.state_dir)] == [receipt["id"]]
    assert (receipt["branch"] in remote_branches(remote)) is push_lands
    with receiver_process(folder, remote) as again:
        wait_for_branches(remote, {receipt["branch"]})
        wait_for(lambda: pending_files(again.state_dir) == [], "en tom kø etter omstarten")
        repeat = again.post(envelope(melding(1)), "krasj-000001")
        assert repeat.status_code == 200 and repeat.json()["kvittering"]["id"] == receipt["id"]
    relpath = f"submissions/2025/desentralisert/{receipt['id']}.json"
    assert remote_text(remote, receipt["branch"], relpath) == stored_content(
        melding(1), receipt["id"]
    )
    assert remote_branches(remote) == {receipt["branch"]}
    assert_remote_sound(remote, {melding(1)["tiltak"]["tittel"]})
    assert_state_sound(again.state_dir)
    assert_one_clear_line(again.log, "")
    (warning,) = fault_lines(again.log, "")
    assert warning.endswith("ikke stoppet ordentlig sist; 1 behovsmeldinger i køen sendes nå")
    done = json.loads((again.state_dir / "spool" / "done" / f"{receipt['id']}.json").read_bytes())
    assert done["id"] == receipt["id"] and done["content"] == ""
