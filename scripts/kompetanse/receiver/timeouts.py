"""The deadline for a request's head, in uvicorn's own HTTP/1.1 protocol.

uvicorn waits for a request's headers as long as bytes keep coming (and for the first byte of a new
connection forever), so a client sending one header line now and then holds a connection open. Here
the head must be complete within ``header_timeout_seconds`` of the connection (or of the previous
answer); a client that sent part of one gets a 408 with the security headers, and the connection is
closed either way.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.envelope import Outcome, refusal
from kompetanse.receiver.guards import json_bytes, refusal_408
from kompetanse.receiver.headers import API_POLICY, security_headers


class HeadDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's head."""

    header_timeout = 10.0
    too_slow = b""
    bad_request = b""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.head_timer: asyncio.TimerHandle | None = None
        self.head_begun = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the clock for the first request's head."""
        super().connection_made(transport)
        self.arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        """Nothing more to wait for."""
        self.disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Bytes between requests are the start of the next head (the rest of a body the answer
        did not wait for is not)."""
        if self.waiting_for_head() and self.conn.their_state is h11.IDLE:
            self.head_begun = True
        super().data_received(data)

    def handle_events(self) -> None:
        """A new request cycle means the head is complete."""
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:
            self.disarm_head_timer()

    def on_response_complete(self) -> None:
        """The next request's head gets the same time (armed first: a pipelined one disarms)."""
        self.arm_head_timer()
        super().on_response_complete()

    def send_400_response(self, msg: str) -> None:
        """A request h11 cannot read: the Norwegian answer with the security headers, then close."""
        self.transport.write(self.bad_request)
        self.transport.close()

    def waiting_for_head(self) -> bool:
        """No request is being answered."""
        return self.cycle is None or self.cycle.response_complete

    def arm_head_timer(self) -> None:
        """(Re)start the clock."""
        self.disarm_head_timer()
        self.head_begun = False
        self.head_timer = self.loop.call_later(self.header_timeout, self.head_too_slow)

    def disarm_head_timer(self) -> None:
        """Stop the clock."""
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None

    def head_too_slow(self) -> None:
        """408 to a client that began a head, then close (an idle one is just closed)."""
        self.head_timer = None
        if self.transport.is_closing() or not self.waiting_for_head():
            return
        if self.head_begun:
            self.transport.write(self.too_slow)
        self.transport.close()


def answer_bytes(
    status: str, outcome: Outcome, extra: dict[str, str], config: ReceiverConfig
) -> bytes:
    """A whole answer as bytes, for when no request could be read (h11 cannot answer one then)."""
    body = json_bytes(outcome)
    headers = (
        {"Content-Type": "application/json", "Content-Length": str(len(body))}
        | extra
        | security_headers(API_POLICY, config.behind_tls)
    )
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode("latin-1") + body


def protocol_for(config: ReceiverConfig) -> type[HeadDeadlineProtocol]:
    """The protocol class with this configuration's deadline and answers."""
    outcome, extra = refusal_408()
    unreadable = refusal(400, "mottak-http", "mottak.ukjent-http")
    answers = {
        "header_timeout": config.header_timeout_seconds,
        "too_slow": answer_bytes("408 Request Timeout", outcome, extra, config),
        "bad_request": answer_bytes("400 Bad Request", unreadable, extra, config),
    }
    return type("ConfiguredHeadDeadlineProtocol", (HeadDeadlineProtocol,), answers)
