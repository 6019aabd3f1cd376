"""The HTTP face of the receiver: ``POST /api/behovsmeldinger`` (and ``/api/rapporter``,
``/api/tilretteleggingssoknader``), ``GET /api/helse``, the owner's pages, the site.

Every answer is JSON in Norwegian, never a traceback. Limits are checked before the body is read
to the end: origin, content type, rate, size.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.documents import DOCUMENT_KINDS
from kompetanse.receiver.guards import BodyTooSlowError, layers, refusal_408
from kompetanse.receiver.headers import API_POLICY, security_headers
from kompetanse.receiver.intake import Intake, Outcome, refusal
from kompetanse.receiver.limits import (
    client_of,
    cors_headers,
    origin_allowed,
    own_origins,
    retry_after_header,
)
from kompetanse.receiver.owner_routes import OWNER_ROUTES
from kompetanse.receiver.service import ReceiverService

LOG = logging.getLogger("kompetanse.receiver")
NO_STORE = {"Cache-Control": "no-store"}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
    "Access-Control-Max-Age": "600",
}


class BodyTooLargeError(Exception):
    """The body passed the configured cap while it was being read."""


def from_allowed_origin(request: Request, origin: str | None) -> bool:
    """The site's origin, none, or the receiver's own as configured (its public address, else
    where it listens); never one made from the Host header, which a rebound DNS name controls."""
    allowed = request.app.state.service.config.allowed_origin
    return any(origin_allowed(origin, allowed, own) for own in request.app.state.own_origins)


def answer(
    outcome: Outcome, request: Request, config: ReceiverConfig, **extra: str
) -> JSONResponse:
    """The outcome as JSON with CORS headers (the security headers are added on the way out)."""
    headers = NO_STORE | cors_headers(request, config) | extra
    return JSONResponse(outcome.body, status_code=outcome.status, headers=headers)


async def read_capped(request: Request, cap: int) -> bytes:
    """The body, refusing to hold more than ``cap`` bytes."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise BodyTooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def is_json(request: Request) -> bool:
    """``Content-Type: application/json`` (a charset parameter is fine)."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return media_type == "application/json"


def declared_too_large(request: Request, cap: int) -> bool:
    """The Content-Length header already says the body is too large."""
    length = request.headers.get("content-length", "")
    return length.isdigit() and int(length) > cap


def too_large(cap: int) -> Outcome:
    """413 with a problem that states the limit."""
    return refusal(413, "fil-for-stor", "mottak.for-stor", grense=cap)


def gatekeeper(request: Request, service: ReceiverService) -> JSONResponse | None:
    """Origin, content type, rate and declared size; None when the request may be read."""
    config = service.config
    if not from_allowed_origin(request, request.headers.get("origin")):
        return answer(refusal(403, "mottak-opphav", "mottak.opphav"), request, config)
    if not is_json(request):
        outcome = refusal(415, "mottak-innholdstype", "mottak.innholdstype")
        return answer(outcome, request, config)
    wait = service.limiter.take(client_of(request, config))
    if wait > 0:
        outcome = refusal(429, "mottak-for-mange", "mottak.for-mange")
        return answer(outcome, request, config, **{"Retry-After": retry_after_header(wait)})
    if declared_too_large(request, config.max_body_bytes):
        return answer(too_large(config.max_body_bytes), request, config)
    return None


async def receive_behovsmelding(request: Request) -> Response:
    """``POST /api/behovsmeldinger``."""
    service: ReceiverService = request.app.state.service
    outcome = await receive_into(request, service, service.intake)
    if isinstance(outcome, Outcome) and outcome.status in (200, 201):
        outcome = with_link(outcome, service)
    return outcome if isinstance(outcome, Response) else answer(outcome, request, service.config)


def receiver_for(kind: str) -> Callable[[Request], Awaitable[Response]]:
    """``POST /api/<plural>`` for a kind after the vedtak (no owner's link: it has no status)."""

    async def receive(request: Request) -> Response:
        service: ReceiverService = request.app.state.service
        outcome = await receive_into(request, service, service.document_intakes.get(kind))
        return (
            outcome if isinstance(outcome, Response) else answer(outcome, request, service.config)
        )

    return receive


async def receive_into(
    request: Request, service: ReceiverService, intake: Intake | None
) -> Outcome | Response:
    """Gatekeeper, capped read and the intake's decision; the worker is woken on success."""
    refused = gatekeeper(request, service)
    if refused is not None:
        return refused
    try:
        body = await read_capped(request, service.config.max_body_bytes)
    except BodyTooLargeError:
        return too_large(service.config.max_body_bytes)
    assert intake is not None and service.worker is not None
    try:
        outcome = await run_in_threadpool(
            intake.receive, body, request.headers.get("idempotency-key")
        )
    except Exception as error:
        return await internal_error(request, error)
    if outcome.status in (200, 201):
        LOG.info("mottatt %s (%s)", outcome.body["kvittering"]["id"], outcome.status)
        service.worker.notify()
    return outcome


def with_link(outcome: Outcome, service: ReceiverService) -> Outcome:
    """The receipt with the melding's own secret link (made from the receipt, never stored)."""
    assert service.desk is not None
    receipt = outcome.body["kvittering"]
    return Outcome(
        outcome.status,
        outcome.body
        | {
            "kvittering": receipt
            | {"lenke": service.desk.link(receipt["id"], receipt.get("mottatt"))}
        },
    )


async def preflight(request: Request) -> Response:
    """CORS preflight: only for the allowed origin."""
    service: ReceiverService = request.app.state.service
    origin = request.headers.get("origin")
    if origin is None or not from_allowed_origin(request, origin):
        return answer(
            refusal(403, "mottak-opphav", "mottak.opphav"),
            request,
            service.config,
        )
    headers = PREFLIGHT_HEADERS | cors_headers(request, service.config)
    return Response(status_code=204, headers=headers)


async def health(request: Request) -> Response:
    """``GET /api/helse``: up, and how many meldinger wait for the remote."""
    service: ReceiverService = request.app.state.service
    body = {
        "status": "ok",
        "ventende": service.spool.count_pending(),
        "epost_ventende": service.postman.outbox.count(),
    }
    return JSONResponse(body, headers=NO_STORE)


async def http_error(request: Request, error: Exception) -> Response:
    """404, 405 and friends as Norwegian JSON."""
    status = error.status_code if isinstance(error, HTTPException) else 500
    key = {404: "mottak.ikke-funnet", 405: "mottak.metode"}.get(status, "mottak.ukjent-http")
    return JSONResponse(
        refusal(status, "mottak-http", key).body, status_code=status, headers=NO_STORE
    )


async def too_slow(request: Request, error: Exception) -> Response:
    """408 for a body that did not arrive in time; the connection closes."""
    outcome, headers = refusal_408()
    return JSONResponse(outcome.body, status_code=outcome.status, headers=headers)


async def client_gone(request: Request, error: Exception) -> Response:
    """The client left before its body was in: one line in the log, nothing to answer."""
    LOG.warning(
        "klienten brøt forbindelsen før hele forespørselen var mottatt (%s)", request.method
    )
    return Response(status_code=400, headers=NO_STORE)


async def internal_error(request: Request, error: Exception) -> Response:
    """Anything unexpected: logged by type only, answered in Norwegian (outside the header layer,
    so it carries the security headers itself)."""
    LOG.error("intern feil: %s", type(error).__name__)
    outcome = refusal(500, "mottak-intern-feil", "mottak.intern-feil")
    config: ReceiverConfig = request.app.state.service.config
    headers = NO_STORE | security_headers(API_POLICY, config.behind_tls)
    return JSONResponse(outcome.body, status_code=500, headers=headers)


def create_app(config: ReceiverConfig, listen: str = "") -> Starlette:
    """The ASGI application; the service starts and stops with it. ``listen`` is the
    ``host:port`` it is served on (its own origin when no public address is configured)."""
    service = ReceiverService(config)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(service.start)
        try:
            yield
        finally:
            await run_in_threadpool(service.stop)

    routes: list[Any] = [
        Route("/api/behovsmeldinger", receive_behovsmelding, methods=["POST"]),
        Route("/api/behovsmeldinger", preflight, methods=["OPTIONS"]),
        Route("/api/behovsmeldinger/rett/{token}", preflight, methods=["OPTIONS"]),
        Route("/api/helse", health, methods=["GET"]),
        *OWNER_ROUTES,
    ]
    for kind in DOCUMENT_KINDS:
        routes.append(Route(f"/api/{kind.plural}", receiver_for(kind.name), methods=["POST"]))
        routes.append(Route(f"/api/{kind.plural}", preflight, methods=["OPTIONS"]))
    if config.static_dir is not None:
        routes.append(Mount("/", app=StaticFiles(directory=config.static_dir, html=True)))
    handlers: dict[Any, Any] = {
        HTTPException: http_error,
        BodyTooSlowError: too_slow,
        ClientDisconnect: client_gone,
        Exception: internal_error,
    }
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers=handlers,
        middleware=layers(config, listen),
    )
    app.state.service = service
    app.state.own_origins = own_origins(config, listen)
    return app
