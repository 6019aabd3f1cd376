"""Slow and vanishing clients against a real receiver: a head or body that does not arrive in
time is cut off (408, connection closed), and a client that leaves mid-body is one log line."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import loopback
from tests.support.receiver import Receiver, running_receiver, seed_remote

DEADLINE = 1.0
GUARD = 60.0  # only so a broken receiver cannot hang the suite


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    """A receiver with one-second deadlines for the head and the body."""
    folder = tmp_path_factory.mktemp("sakte")
    settings: dict[str, Any] = {
        "header_timeout_seconds": DEADLINE,
        "body_timeout_seconds": DEADLINE,
    }
    with running_receiver(folder / "mottak", seed_remote(folder), **settings) as running:
        yield running


def connect(receiver: Receiver) -> socket.socket:
    """A raw connection to the receiver."""
    host, port = receiver.url.removeprefix("http://").split(":")
    client = socket.create_connection((host, int(port)), timeout=GUARD)
    return client


def head(receiver: Receiver, length: int) -> bytes:
    """A complete request head for a JSON body of ``length`` bytes."""
    host = receiver.url.removeprefix("http://")
    return (
        f"POST /api/behovsmeldinger HTTP/1.1\r\nHost: {host}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def trickle_until_closed(client: socket.socket, piece: bytes, most: int = 400) -> bytes:
    """Send ``piece`` again and again, a little apart, until the receiver answers and closes;
    return all it sent back."""
    client.settimeout(0.2)
    received = b""
    for _ in range(most):
        try:
            client.sendall(piece)
        except OSError:
            break
        try:
            chunk = client.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    return received + rest_of(client)


def rest_of(client: socket.socket) -> bytes:
    """What is left to read, up to the closed connection."""
    client.settimeout(GUARD)
    received = b""
    try:
        while chunk := client.recv(65536):
            received += chunk
    except OSError:
        pass
    return received


def is_closed(client: socket.socket) -> bool:
    """The receiver has closed its side."""
    client.settimeout(GUARD)
    try:
        return client.recv(1) == b""
    except OSError:
        return True


def test_a_head_sent_one_line_at_a_time_is_cut_off_with_408(receiver: Receiver) -> None:
    host = receiver.url.removeprefix("http://")
    with connect(receiver) as client:
        client.sendall(f"POST /api/behovsmeldinger HTTP/1.1\r\nHost: {host}\r\n".encode())
        answer = trickle_until_closed(client, b"X-Sakte: ja\r\n")
        assert is_closed(client)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"frame-ancestors 'none'" in answer and b"nosniff" in answer
    assert b'"mottak-http"' in answer
    assert "for sakte fram" in answer.decode("utf-8")


def test_a_connection_that_never_sends_is_closed(receiver: Receiver) -> None:
    with connect(receiver) as client:
        assert rest_of(client) == b""


def test_a_body_sent_one_byte_at_a_time_is_cut_off_with_408(receiver: Receiver) -> None:
    with connect(receiver) as client:
        client.sendall(head(receiver, 5000) + b'{"behovsmelding": ')
        answer = trickle_until_closed(client, b" ")
        assert is_closed(client)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in answer.lower()
    assert b"frame-ancestors 'none'" in answer and b'"mottak-http"' in answer


def test_a_body_that_stops_coming_is_cut_off_with_408(receiver: Receiver) -> None:
    with connect(receiver) as client:
        client.sendall(head(receiver, 5000) + b"{")
        answer = rest_of(client)
    assert answer.startswith(b"HTTP/1.1 408 ")


def log_lines(receiver: Receiver) -> list[str]:
    """The receiver's log so far."""
    return receiver.log.read_text(encoding="utf-8").splitlines()


def test_a_client_leaving_mid_body_is_one_log_line_without_a_traceback(
    receiver: Receiver,
) -> None:
    before = len(log_lines(receiver))
    with connect(receiver) as client:
        client.sendall(head(receiver, 5000) + b'{"behovsmelding": {"aar": 2025')
    waited = time.monotonic() + GUARD
    while len(log_lines(receiver)) == before and time.monotonic() < waited:
        time.sleep(0.1)
    assert loopback.get(f"{receiver.url}/api/helse", timeout=30).status_code == 200
    new = log_lines(receiver)[before:]
    assert len(new) == 1, new
    assert "brøt forbindelsen" in new[0]
    assert "Traceback" not in receiver.log.read_text(encoding="utf-8")
    assert ".py" not in new[0] and "site-packages" not in new[0]


def test_the_receiver_still_answers_after_the_slow_clients(receiver: Receiver) -> None:
    answer = receiver.post(b"{}")
    assert answer.status_code == 400


def test_a_refused_body_then_silence_is_closed_after_one_answer(receiver: Receiver) -> None:
    host = receiver.url.removeprefix("http://")
    refused = (
        f"POST /api/behovsmeldinger HTTP/1.1\r\nHost: {host}\r\n"
        "Content-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
    ).encode()
    with connect(receiver) as client:
        client.sendall(refused)
        client.sendall(b"x" * 5000)
        answer = rest_of(client)
    assert answer.startswith(b"HTTP/1.1 415 ")
    assert answer.count(b"HTTP/1.1 ") == 1
