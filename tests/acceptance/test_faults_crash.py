"""Fault: the receiver is killed with SIGKILL after the melding is spooled and before its push is
done. The remote's pre-receive hook holds the push until the test has killed the process, so the
window is certain. After a restart the melding is on the remote once: not lost, not twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kompetanse.mail.capture import capturing_server
from tests.support.faults import (
    PATIENCE,
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
from tests.support.tls import silent_server


def pending_files(state_dir: Path) -> list[Path]:
    """The records the spool holds for the remote."""
    return sorted((state_dir / "spool" / "pending").glob("*.json"))


def outbox_empty(state_dir: Path) -> bool:
    """No letter waits for the SMTP server."""
    return not list((state_dir / "epost" / "ut").glob("*.json"))


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


def test_a_receiver_killed_after_the_letter_and_before_the_pull_request_sends_one_letter(
    tmp_path: Path,
) -> None:
    remote = seed_remote(tmp_path)
    folder = tmp_path / "a"
    mail: dict[str, Any] = {
        "smtp_host": "127.0.0.1",
        "smtp_security": "none",
        "mail_from": "post@sf.example",
        "public_url": "http://mottak.example",
    }
    with capturing_server(tmp_path / "boks") as (smtp, box):
        mail["smtp_port"] = smtp.port
        with silent_server() as (forge_port, forge_asked):
            forge = {
                "forge": "github",
                "forge_api_url": f"http://127.0.0.1:{forge_port}",
                "forge_repo": "sf/kompetanse",
            }
            env = {"KOMPETANSE_FORGE_TOKEN": "forge-token-krasj"}
            with receiver_process(folder, remote, env=env, **mail, **forge) as receiver:
                response = receiver.post(envelope(melding(2)), "krasj-000002")
                assert response.status_code == 201, response.text
                receipt = response.json()["kvittering"]
                assert len(box.wait_for(1, PATIENCE)) == 1
                wait_for(lambda: outbox_empty(receiver.state_dir), "at brevet er sendt og glemt")
                wait_for(forge_asked.is_set, "at forgen blir spurt om en pull request")
                kill(receiver, with_children=True)
        record = json.loads(pending_files(receiver.state_dir)[0].read_bytes())
        assert record["id"] == receipt["id"] and record["pushed"] is False
        with receiver_process(folder, remote, **mail) as again:
            wait_for(lambda: pending_files(again.state_dir) == [], "en tom kø etter omstarten")
            wait_for(lambda: outbox_empty(again.state_dir), "en tom utboks")
        assert [message["Subject"].split()[-1] for message in box.messages] == [receipt["id"]]
    assert remote_branches(remote) == {receipt["branch"]}
    assert_remote_sound(remote, {melding(2)["tiltak"]["tittel"]})
    assert_state_sound(again.state_dir)
    (warning,) = fault_lines(again.log, "")
    assert warning.endswith("ikke stoppet ordentlig sist; 1 behovsmeldinger i køen sendes nå")
    assert "Traceback" not in again.log.read_text(encoding="utf-8")
