"""The HTTP layer on its own: an unexpected failure is Norwegian JSON and logs no data."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import anyio
import httpx
import pytest

from kompetanse.receiver.app import create_app
from kompetanse.receiver.config import ReceiverConfig


class FailingIntake:
    """Raises with personal data in the message, as a bug might."""

    def receive(self, body: bytes, key: str | None) -> None:
        """Always fails."""
        raise KeyError("Kari Personvern, kari@example.no")


def test_an_unexpected_failure_is_a_500_in_json_without_the_details(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(
        ReceiverConfig(remote_url="/finnes/ikke", state_dir=tmp_path, public_url="http://mottak")
    )
    service = cast(Any, app.state.service)
    service.intake = FailingIntake()
    service.worker = SimpleNamespace(notify=lambda: None)

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://mottak") as client:
            headers = {"Content-Type": "application/json"}
            return await client.post("/api/behovsmeldinger", content=b"{}", headers=headers)

    with caplog.at_level(logging.INFO), ThreadPoolExecutor(1) as own_thread:
        response = own_thread.submit(anyio.run, post).result()
    assert response.status_code == 500
    assert response.json()["problems"][0]["code"] == "mottak-intern-feil"
    assert "Kari" not in response.text and "Kari" not in caplog.text
    assert "KeyError" in caplog.text
