"""Fault: the SMTP server refuses connections (nothing listens on its port), then comes back (a
real aiosmtpd on that port). Each confirmation letter waits in the outbox and is sent once; the
meldinger themselves are on the remote once."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from kompetanse.mail.capture import capturing_server
from tests.support import loopback
from tests.support.faults import (
    assert_one_clear_line,
    assert_remote_sound,
    assert_state_sound,
    fault_lines,
    receiver_process,
    wait_for,
)
from tests.support.receiver import (
    Receiver,
    envelope,
    free_port,
    melding,
    seed_remote,
    wait_for_branches,
)
from tests.support.smtp import eml_files

DOWN = "SMTP-tjeneren tok ikke imot e-posten nå (ConnectionRefusedError)"
COUNT = 4


def health(receiver: Receiver) -> dict[str, int]:
    """The receiver's queues: meldinger for the remote, letters for the SMTP server."""
    found: dict[str, int] = loopback.get(f"{receiver.url}/api/helse", timeout=30).json()
    return found


def empty(queues: dict[str, int]) -> bool:
    """Nothing waits for the remote or for the SMTP server."""
    return queues["ventende"] == 0 and queues["epost_ventende"] == 0


def queued_subjects(state_dir: Path) -> list[str]:
    """The subject line of each letter the outbox holds (each file parses whole)."""
    subjects = []
    for path in sorted((state_dir / "epost" / "ut").glob("*.json")):
        raw = base64.b64decode(json.loads(path.read_bytes())["message"])
        subjects += [line for line in raw.decode().splitlines() if line.startswith("Subject:")]
    return subjects


def test_letters_wait_while_smtp_is_down_and_go_once_when_it_is_back(tmp_path: Path) -> None:
    remote, port = seed_remote(tmp_path), free_port()
    settings: dict[str, Any] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "smtp_timeout_seconds": 5.0,
        "mail_from": "post@sf.example",
        "mail_retry_max_seconds": 1.0,
        "public_url": "http://mottak.example",
    }
    with receiver_process(tmp_path / "a", remote, **settings) as receiver:
        receipts = []
        for number in range(COUNT):
            response = receiver.post(envelope(melding(number)), f"smtp-{number:06d}")
            assert response.status_code == 201, response.text
            receipts.append(response.json()["kvittering"])
        wait_for_branches(remote, {r["branch"] for r in receipts})
        wait_for(lambda: health(receiver)["epost_ventende"] == COUNT, "fire brev i utboksen")
        wait_for(lambda: bool(fault_lines(receiver.log, DOWN)), "at SMTP-feilen logges")
        subjects = queued_subjects(receiver.state_dir)
        assert sorted(s.split()[-1] for s in subjects) == sorted(r["id"] for r in receipts)
        with capturing_server(tmp_path / "boks", port=port) as (_, box):
            box.wait_for(COUNT, 120)
            wait_for(lambda: empty(health(receiver)), "tomme køer")
            assert len(box.messages) == COUNT
        ids = sorted(str(message["Subject"]).split()[-1] for message in box.messages)
    assert ids == sorted(r["id"] for r in receipts)
    assert len(eml_files(tmp_path / "boks")) == COUNT
    assert_remote_sound(remote, {melding(number)["tiltak"]["tittel"] for number in range(COUNT)})
    assert_one_clear_line(receiver.log, DOWN)
    assert "SMTP-tjeneren tar imot e-post igjen" in receiver.log.read_text(encoding="utf-8")
    assert_state_sound(receiver.state_dir)
