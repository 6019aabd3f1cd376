"""A plain HTTP/1.1 client on one kept-alive socket, for tests that send thousands of requests.

httpx spends about a millisecond of the test's CPU on each request; here a request is one
``sendall`` and a few ``recv`` calls, so a flood of them measures the receiver, not the client.
It reads the status line, the headers and a ``Content-Length`` body, and opens a new connection
when the server closes the old one (as it does after refusing a body it did not read).
"""

from __future__ import annotations

import socket
from types import TracebackType
from urllib.parse import urlsplit

HEADER_END = b"\r\n\r\n"


class RawClient:
    """POST requests to one origin over one connection at a time."""

    def __init__(self, base_url: str, timeout: float = 60) -> None:
        parts = urlsplit(base_url)
        self.address = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.host = parts.netloc
        self.timeout = timeout
        self.connection: socket.socket | None = None
        self.buffer = b""

    def __enter__(self) -> RawClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the current connection, if any."""
        if self.connection is not None:
            self.connection.close()
        self.connection, self.buffer = None, b""

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        """Send one POST and read its whole answer; the status code."""
        lines = [f"POST {path} HTTP/1.1", f"Host: {self.host}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        if self.connection is None:
            self.connection = socket.create_connection(self.address, timeout=self.timeout)
        self.connection.sendall(request)
        status, closes = self.read_answer()
        if closes:
            self.close()
        return status

    def read_answer(self) -> tuple[int, bool]:
        """The status and whether the server closes the connection after this answer."""
        while HEADER_END not in self.buffer:
            self.receive()
        head, self.buffer = self.buffer.split(HEADER_END, 1)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in header_lines)
        }
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            self.receive()
        self.buffer = self.buffer[length:]
        return int(status_line.split(" ", 2)[1]), headers.get("connection", "").lower() == "close"

    def receive(self) -> None:
        """Read more of the answer (fails when the server closed the connection mid-answer)."""
        assert self.connection is not None
        chunk = self.connection.recv(65536)
        if not chunk:
            raise ConnectionError("tilkoblingen ble lukket midt i et svar")
        self.buffer += chunk
