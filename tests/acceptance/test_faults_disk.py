"""Fault: the spool's disk is full (a small tmpfs filled to ENOSPC under a real ``kompetanse
serve``). The sender gets a clear Norwegian 503, no half file is left, and nothing accepted before
is lost: neither what is already on the remote nor what still waits for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kompetanse.receiver.tokens import Purpose, make_token
from tests.support import loopback
from tests.support.faults import (
    Gate,
    assert_one_clear_line,
    assert_remote_sound,
    assert_state_sound,
    fault_lines,
    fill,
    receiver_process,
    small_disk,
    tiltak_on_remote,
    wait_for,
)
from tests.support.receiver import (
    SECRET,
    Receiver,
    envelope,
    melding,
    seed_remote,
    wait_for_branches,
)

FULL = "køen kunne ikke lagre behovsmelding (ENOSPC)"
WORKER_FULL = "runden feilet (OSError ENOSPC)"


@pytest.fixture
def spool_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB tmpfs where the receiver's spool lives."""
    with small_disk(tmp_path / "a" / "state" / "spool") as disk:
        yield disk


def send(receiver: Receiver, number: int, maalform: str = "nb") -> httpx.Response:
    """Post melding ``number`` (in the given målform) with its own key."""
    document = melding(number) | {"maalform": maalform}
    return receiver.post(envelope(document), f"disk-{number:06d}")


def receipt(response: httpx.Response) -> dict[str, Any]:
    """The receipt of an accepted melding."""
    assert response.status_code == 201, response.text
    found: dict[str, Any] = response.json()["kvittering"]
    return found


def waiting(receiver: Receiver) -> int:
    """How many meldinger the receiver holds for the remote."""
    count: int = loopback.get(f"{receiver.url}/api/helse", timeout=30).json()["ventende"]
    return count


def test_a_full_spool_disk_refuses_clearly_and_loses_nothing_accepted(
    tmp_path: Path, spool_disk: Path
) -> None:
    remote = seed_remote(tmp_path)
    gate = Gate(remote)
    with receiver_process(tmp_path / "a", remote) as receiver:
        pushed = [receipt(send(receiver, number)) for number in range(3)]
        wait_for_branches(remote, {r["branch"] for r in pushed})
        wait_for(lambda: waiting(receiver) == 0, "en tom kø")
        gate.refuse()
        held = [receipt(send(receiver, number)) for number in range(3, 5)]
        filler = fill(spool_disk)
        refused = send(receiver, 5)
        assert refused.status_code == 503
        (problem,) = refused.json()["problems"]
        assert problem["code"] == "mottak-utilgjengelig"
        assert "ikke plass til å lagre innsendingen" in problem["message"]
        nynorsk = send(receiver, 6, "nn").json()["problems"][0]["message"]
        assert "ikkje plass til å lagre innsendinga" in nynorsk
        assert waiting(receiver) == 2
        gate.refuse(False)
        wait_for_branches(remote, {r["branch"] for r in held})
        wait_for(lambda: bool(fault_lines(receiver.log, WORKER_FULL)), "at den fulle disken logges")
        assert waiting(receiver) == 2
        filler.unlink()
        wait_for(lambda: waiting(receiver) == 0, "en tom kø etter at disken fikk plass")
        later = receipt(send(receiver, 5))
        wait_for_branches(remote, {later["branch"]})
        wait_for(lambda: waiting(receiver) == 0, "en tom kø")
    assert_remote_sound(remote, {melding(number)["tiltak"]["tittel"] for number in range(6)})
    assert tiltak_on_remote(remote)[melding(6)["tiltak"]["tittel"]] == 0
    assert len(fault_lines(receiver.log, FULL)) == 2  # one line for each refused send
    assert_one_clear_line(receiver.log, WORKER_FULL)
    assert_state_sound(receiver.state_dir)


def test_an_owners_change_on_a_full_spool_disk_is_a_clear_503_that_changes_nothing(
    tmp_path: Path, spool_disk: Path
) -> None:
    remote = seed_remote(tmp_path)
    with receiver_process(tmp_path / "a", remote) as receiver:
        sent = receipt(send(receiver, 20, "nn"))
        wait_for_branches(remote, {sent["branch"]})
        wait_for(lambda: waiting(receiver) == 0, "en tom kø")
        token = make_token(SECRET.encode(), Purpose.BEKREFT, sent["id"], 3600)
        filler = fill(spool_disk)
        refused = loopback.post(f"{receiver.url}/bekreft/{token}", timeout=60)
        assert refused.status_code == 503
        assert "mellombels utilgjengeleg" in refused.text and "Ingenting er endra" in refused.text
        filler.unlink()
        done = loopback.post(f"{receiver.url}/bekreft/{token}", timeout=60)
        assert done.status_code == 200 and "stadfesta" in done.text
    assert_one_clear_line(receiver.log, "endringen (bekreft) kunne ikke lagres (ENOSPC)")
    assert_state_sound(receiver.state_dir)
