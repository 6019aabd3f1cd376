"""Run the receiver under uvicorn, with logging that carries ids and never personal data."""

from __future__ import annotations

import logging

import uvicorn

from kompetanse.receiver.app import create_app
from kompetanse.receiver.config import ReceiverConfig

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging() -> None:
    """One line per event on stderr; uvicorn's access log stays off (it would log every client)."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    logging.getLogger("httpx").setLevel(logging.WARNING)


def serve(config: ReceiverConfig, host: str, port: int) -> None:
    """Serve until interrupted."""
    configure_logging()
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        log_config=None,
        timeout_graceful_shutdown=10,
    )
