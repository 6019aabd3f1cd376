"""Fault: the remote refuses every push (its pre-receive hook exits 1), then disappears, then
comes back. A real ``kompetanse serve``, a real bare remote; nothing accepted is lost or twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support import loopback
from tests.support.faults import (
    Gate,
    assert_one_clear_line,
    assert_remote_sound,
    assert_state_sound,
    fault_lines,
    receiver_process,
    tiltak_on_remote,
    wait_for,
)
from tests.support.receiver import Receiver, envelope, melding, seed_remote, wait_for_branches

REFUSED = "avviste sendingen (pre-receive hook declined)"
GONE = "fjernrepoet svarer ikke"


def send(receiver: Receiver, number: int) -> dict[str, Any]:
    """Post melding ``number`` with its own key; the receipt of a 201 or a repeat's 200."""
    response = receiver.post(envelope(melding(number)), f"feil-{number:06d}")
    assert response.status_code in (200, 201), response.text
    receipt: dict[str, Any] = response.json()["kvittering"]
    return receipt


def waiting(receiver: Receiver) -> int:
    """How many meldinger the receiver holds for the remote."""
    count: int = loopback.get(f"{receiver.url}/api/helse", timeout=30).json()["ventende"]
    return count


def test_a_remote_that_refuses_vanishes_and_returns_gets_every_melding_once(
    tmp_path: Path,
) -> None:
    remote, away = seed_remote(tmp_path), tmp_path / "borte.git"
    gate = Gate(remote)
    with receiver_process(tmp_path / "a", remote) as receiver:
        receipts = {number: send(receiver, number) for number in range(3)}
        wait_for_branches(remote, {r["branch"] for r in receipts.values()})
        gate.refuse()
        receipts |= {number: send(receiver, number) for number in range(3, 8)}
        wait_for(lambda: bool(fault_lines(receiver.log, REFUSED)), "at avvisningen logges")
        assert send(receiver, 5)["id"] == receipts[5]["id"]
        assert waiting(receiver) == 5
        remote.rename(away)
        receipts |= {number: send(receiver, number) for number in range(8, 12)}
        wait_for(lambda: bool(fault_lines(receiver.log, GONE)), "at det borte fjernrepoet logges")
        assert tiltak_on_remote(away).total() == 3 and waiting(receiver) == 9
        away.rename(remote)
        gate.refuse(False)
        expected = {r["branch"] for r in receipts.values()}
        assert wait_for_branches(remote, expected) >= expected
        wait_for(lambda: waiting(receiver) == 0, "en tom kø")
    assert_remote_sound(remote, {melding(number)["tiltak"]["tittel"] for number in range(12)})
    assert_one_clear_line(receiver.log, REFUSED)
    assert_one_clear_line(receiver.log, GONE)
    assert "runden gikk igjen" in receiver.log.read_text(encoding="utf-8")
    assert_state_sound(receiver.state_dir)
