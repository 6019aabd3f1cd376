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
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.documents import DOCUMENT_KINDS
from kompetanse.receiver.intake import Intake, Outcome, refusal
from kompetanse.receiver.limits import cors_headers, origin_allowed, retry_after_header
from kompetanse.receiver.owner_routes import OWNER_ROUTES
from kompetanse.receiver.service import ReceiverService

LOG = logging.getLogger("kompetanse.receiver")
SECURITY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
    "Access-Control-Max-Age": "600",
}


class BodyTooLargeError(Exception):
    """The body passed the configured cap while it was being read."""


def own_origin(request: Request) -> str:
    """``scheme://host[:port]`` as the browser addressed this server."""
    return f"{request.url.scheme}://{request.headers.get('host', '')}"


def answer(
    outcome: Outcome, request: Request, config: ReceiverConfig, **extra: str
) -> JSONResponse:
    """The outcome as JSON with security and CORS headers."""
    headers = SECURITY_HEADERS | cors_headers(request, config) | extra
    return JSONResponse(outcome.body, status_code=outcome.status, headers=headers)


def client_of(request: Request, config: ReceiverConfig) -> str:
    """The client's address (the proxy's last hop when configured to trust it)."""
    forwarded = request.headers.get("x-forwarded-for")
    if config.trust_forwarded_for and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.client.host if request.client else "ukjent"


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
    return refusal(413, "fil-for-stor", f"Innsendingen er større enn grensen på {cap} byte.")


def gatekeeper(request: Request, service: ReceiverService) -> JSONResponse | None:
    """Origin, content type, rate and declared size; None when the request may be read."""
    config = service.config
    if not origin_allowed(
        request.headers.get("origin"), config.allowed_origin, own_origin(request)
    ):
        return answer(
            refusal(403, "mottak-opphav", "Skjemaet må sendes fra nettstedet."), request, config
        )
    if not is_json(request):
        outcome = refusal(
            415, "mottak-innholdstype", "Innsendingen må ha Content-Type: application/json."
        )
        return answer(outcome, request, config)
    wait = service.limiter.take(client_of(request, config))
    if wait > 0:
        outcome = refusal(
            429, "mottak-for-mange", "For mange innsendinger på kort tid. Vent litt og prøv igjen."
        )
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
    if origin is None or not origin_allowed(
        origin, service.config.allowed_origin, own_origin(request)
    ):
        return answer(
            refusal(403, "mottak-opphav", "Skjemaet må sendes fra nettstedet."),
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
    return JSONResponse(body, headers=SECURITY_HEADERS)


async def http_error(request: Request, error: Exception) -> Response:
    """404, 405 and friends as Norwegian JSON."""
    status = error.status_code if isinstance(error, HTTPException) else 500
    message = {404: "Fant ikke adressen.", 405: "Metoden er ikke tillatt her."}.get(
        status, "Forespørselen kunne ikke behandles."
    )
    return JSONResponse(
        refusal(status, "mottak-http", message).body, status_code=status, headers=SECURITY_HEADERS
    )


async def internal_error(request: Request, error: Exception) -> Response:
    """Anything unexpected: logged by type only, answered in Norwegian."""
    LOG.error("intern feil: %s", type(error).__name__)
    message = "Noe gikk galt hos oss, og behovsmeldingen ble ikke tatt imot. Prøv igjen senere."
    return JSONResponse(
        refusal(500, "mottak-intern-feil", message).body, status_code=500, headers=SECURITY_HEADERS
    )


def create_app(config: ReceiverConfig) -> Starlette:
    """The ASGI application; the service starts and stops with it."""
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
    handlers: dict[Any, Any] = {HTTPException: http_error, Exception: internal_error}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.state.service = service
    return app
