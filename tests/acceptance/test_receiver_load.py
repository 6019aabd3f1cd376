"""Nothing is lost: two receivers on one remote under load, a remote that goes away, a restart."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.support import loopback
from tests.support.receiver import (
    Receiver,
    envelope,
    melding,
    remote_branches,
    remote_text,
    running_receiver,
    seed_remote,
    stored_content,
    wait_for_branches,
)

COUNT, CLIENTS = 200, 20


def send(receiver: Receiver, number: int, key: str | None = None) -> dict[str, Any]:
    """Post melding ``number`` and return the receipt (asserting it was accepted)."""
    response = receiver.post(envelope(melding(number)), key)
    assert response.status_code in (200, 201), response.text
    receipt: dict[str, Any] = response.json()["kvittering"]
    return receipt


def send_all(receivers: list[Receiver], numbers: range) -> dict[int, dict[str, Any]]:
    """Send each number, alternating receivers, from ``CLIENTS`` concurrent clients."""

    def one(number: int) -> tuple[int, dict[str, Any]]:
        return number, send(receivers[number % len(receivers)], number, f"last-{number:06d}")

    with ThreadPoolExecutor(CLIENTS) as pool:
        return dict(pool.map(one, numbers))


def assert_files(remote: Path, receipts: dict[int, dict[str, Any]]) -> None:
    """Each receipt's branch holds exactly its melding."""
    for number, receipt in receipts.items():
        relpath = f"submissions/2025/desentralisert/{receipt['id']}.json"
        text = remote_text(remote, receipt["branch"], relpath)
        assert text == stored_content(melding(number), receipt["id"])


def pending(receiver: Receiver) -> int:
    """How many meldinger the receiver still holds for the remote."""
    count: int = loopback.get(f"{receiver.url}/api/helse").json()["ventende"]
    return count


def wait_for_empty_queue(receiver: Receiver, timeout: float = 120.0) -> int:
    """Poll until the receiver holds nothing for the remote; returns what is left."""
    deadline = time.monotonic() + timeout
    while pending(receiver) and time.monotonic() < deadline:
        time.sleep(0.2)
    return pending(receiver)


def test_two_receivers_and_twenty_clients_give_exactly_one_branch_per_melding(
    tmp_path: Path,
) -> None:
    remote = seed_remote(tmp_path)
    with (
        running_receiver(tmp_path / "a", remote) as first,
        running_receiver(tmp_path / "b", remote) as second,
    ):
        receipts = send_all([first, second], range(COUNT))
        repeats = [send(second if n % 2 == 0 else first, n, f"last-{n:06d}") for n in range(0, 20)]
        expected = {receipt["branch"] for receipt in receipts.values()}
        assert len(expected) == COUNT
        assert wait_for_branches(remote, expected) == expected
        assert [r["id"] for r in repeats] == [receipts[n]["id"] for n in range(0, 20)]
        assert wait_for_empty_queue(first) == 0 and wait_for_empty_queue(second) == 0
    assert "finnes allerede med samme innhold" in (tmp_path / "a" / "mottak.log").read_text(
        encoding="utf-8"
    ) + (tmp_path / "b" / "mottak.log").read_text(encoding="utf-8")
    assert remote_branches(remote) == expected
    assert_files(remote, receipts)


def test_a_remote_that_goes_away_loses_nothing_also_across_a_restart(tmp_path: Path) -> None:
    remote = seed_remote(tmp_path)
    away = tmp_path / "borte.git"
    with running_receiver(tmp_path / "a", remote) as receiver:
        before = send_all([receiver], range(10))
        wait_for_branches(remote, {r["branch"] for r in before.values()})
        remote.rename(away)
        during = send_all([receiver], range(10, 40))
        assert pending(receiver) > 0
        away.rename(remote)
        arrived = wait_for_branches(remote, {r["branch"] for r in during.values()})
        assert {r["branch"] for r in during.values()} <= arrived
        remote.rename(away)
        last = send_all([receiver], range(40, 50))
    spool = tmp_path / "a" / "state" / "spool" / "pending"
    assert len(list(spool.glob("bm-*.json"))) == 10
    away.rename(remote)
    with running_receiver(tmp_path / "a", remote):
        expected = {r["branch"] for r in (before | during | last).values()}
        assert wait_for_branches(remote, expected) == expected
    assert_files(remote, before | during | last)
    assert (
        json.loads(
            remote_text(
                remote, last[45]["branch"], f"submissions/2025/desentralisert/{last[45]['id']}.json"
            )
        )["tiltak"]["antall_deltakere"]
        == 55
    )
