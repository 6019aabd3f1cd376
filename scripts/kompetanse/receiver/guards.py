"""ASGI layers around the receiver's routes: the security headers on every answer, the Host rule
(a rebound DNS name is refused) and the deadline for a request's body."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.envelope import Outcome, refusal
from kompetanse.receiver.headers import (
    policy_for,
    security_headers,
    site_policy,
    site_script_hashes,
)
from kompetanse.receiver.limits import host_allowed


class BodyTooSlowError(Exception):
    """The body did not arrive before the configured deadline."""


def raw_headers(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """Headers as ASGI wants them."""
    return [
        (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()
    ]


def json_bytes(outcome: Outcome) -> bytes:
    """An outcome's body as the answers write it."""
    return json.dumps(outcome.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class SecurityHeaders:
    """Adds the header set (:mod:`kompetanse.receiver.headers`) to every answer."""

    def __init__(self, app: ASGIApp, config: ReceiverConfig, site_policy: str | None) -> None:
        self.app = app
        self.tls = config.behind_tls
        self.site_policy = site_policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = raw_headers(security_headers(policy_for(scope["path"], self.site_policy), self.tls))
        names = {name for name, _ in extra}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
                message = {**message, "headers": kept + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostGuard:
    """Refuses a request whose Host header is not an address the receiver is configured for."""

    def __init__(self, app: ASGIApp, config: ReceiverConfig, listen: str) -> None:
        self.app = app
        self.config = config
        self.listen = listen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or host_allowed(host_header(scope), self.config, self.listen):
            await self.app(scope, receive, send)
            return
        outcome = refusal(403, "mottak-opphav", "mottak.opphav")
        await send_outcome(send, outcome, {"Cache-Control": "no-store"})


def host_header(scope: Scope) -> str | None:
    """The request's Host header, if any."""
    for name, value in scope.get("headers", []):
        if name == b"host":
            return str(value.decode("latin-1"))
    return None


async def send_outcome(send: Send, outcome: Outcome, headers: dict[str, str]) -> None:
    """A JSON answer straight to the client (the security headers are added on the way out)."""
    body = json_bytes(outcome)
    sent = {"Content-Type": "application/json", "Content-Length": str(len(body))} | headers
    await send(
        {"type": "http.response.start", "status": outcome.status, "headers": raw_headers(sent)}
    )
    await send({"type": "http.response.body", "body": body})


class BodyDeadline:
    """The whole body must arrive within ``seconds`` of the request's head; after that the read
    raises :class:`BodyTooSlowError` (answered 408, and the connection is closed)."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        complete = False

        async def timed_receive() -> Message:
            nonlocal complete
            if complete:
                return await receive()
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise BodyTooSlowError from None
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        await self.app(scope, timed_receive, send)


def too_slow_headers() -> dict[str, str]:
    """A 408 closes the connection: the rest of the body is not waited for."""
    return {"Connection": "close", "Cache-Control": "no-store"}


def refusal_408() -> tuple[Outcome, dict[str, Any]]:
    """The answer to a request too slow to arrive."""
    return refusal(408, "mottak-http", "mottak.for-sakte"), too_slow_headers()


def layers(config: ReceiverConfig, listen: str) -> list[Middleware]:
    """Security headers, the Host rule and the body deadline, outermost first."""
    site = site_policy(site_script_hashes(config.static_dir)) if config.static_dir else None
    return [
        Middleware(SecurityHeaders, config=config, site_policy=site),
        Middleware(HostGuard, config=config, listen=listen),
        Middleware(BodyDeadline, seconds=config.body_timeout_seconds),
    ]
