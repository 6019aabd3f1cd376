"""Run the receiver under uvicorn, with logging that carries ids and never personal data."""

from __future__ import annotations

import logging

import uvicorn
from starlette.applications import Starlette

from kompetanse.receiver.app import create_app
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.service import ReceiverService
from kompetanse.receiver.timeouts import protocol_for

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging() -> None:
    """One line per event on stderr; uvicorn's access log stays off (it would log every client)."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    logging.getLogger("httpx").setLevel(logging.WARNING)


def serve(config: ReceiverConfig, host: str, port: int) -> None:
    """Start the service (errors surface here, before uvicorn), then serve until interrupted."""
    configure_logging()
    app = create_app(config, listen=listen_address(host, port))
    service: ReceiverService = app.state.service
    service.start()
    try:
        run_uvicorn(app, host, port)
    finally:
        service.stop()


def listen_address(host: str, port: int) -> str:
    """``host:port`` as a Host header names it (IPv6 in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def run_uvicorn(app: Starlette, host: str, port: int) -> None:
    """uvicorn with its access log, server header and proxy headers off, and the head deadline."""
    config: ReceiverConfig = app.state.service.config
    uvicorn.run(
        app,
        http=protocol_for(config),
        host=host,
        port=port,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        log_config=None,
        timeout_graceful_shutdown=10,
    )
