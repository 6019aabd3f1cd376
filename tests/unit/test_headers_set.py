"""The one header set: what each policy allows, the site's script hashes, the proxy's snippet,
and the 500 answer (which leaves the app outside the header layer) carrying it too."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import anyio
import httpx
import pytest

from kompetanse.receiver.app import create_app
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.headers import (
    API_POLICY,
    PAGE_POLICY,
    policy_for,
    security_headers,
    site_policy,
    site_script_hashes,
)
from kompetanse.receiver.nginx import nginx_snippet, nginx_value

REQUIRED = {"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"}


def directives(policy: str) -> dict[str, list[str]]:
    """A policy's directives and their sources."""
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.mark.parametrize("policy", [API_POLICY, PAGE_POLICY, site_policy(["'sha256-abc='"])])
def test_every_policy_forbids_framing_and_inline_scripts(policy: str) -> None:
    found = directives(policy)
    scripts = found.get("script-src", found["default-src"])
    assert found["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert set(security_headers(policy, behind_tls=False)) >= REQUIRED


def test_hsts_only_behind_tls() -> None:
    assert "Strict-Transport-Security" in security_headers(API_POLICY, behind_tls=True)
    assert "Strict-Transport-Security" not in security_headers(API_POLICY, behind_tls=False)


def test_the_policy_follows_what_is_served() -> None:
    site = site_policy([])
    assert policy_for("/api/helse", site) == API_POLICY
    assert policy_for("/bekreft/x", site) == policy_for("/mottak.css", site) == PAGE_POLICY
    assert policy_for("/meld-behov/", site) == site
    assert policy_for("/meld-behov/", None) == API_POLICY


def test_only_inline_javascript_is_hashed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text(
        '<script>var a=1</script><script type="application/json">{"b":2}</script>'
        '<script src="x.js"></script><script type="module">var c=3</script>',
        encoding="utf-8",
    )
    assert len(site_script_hashes(tmp_path)) == 2


def test_the_snippet_refuses_what_nginx_would_read_otherwise(tmp_path: Path) -> None:
    assert nginx_value("no-referrer") == '"no-referrer"'
    with pytest.raises(ValueError):
        nginx_value('a"b')
    with pytest.raises(ValueError):
        nginx_value("$host")
    assert "Strict-Transport-Security" not in nginx_snippet(tmp_path, behind_tls=False)


class FailingIntake:
    """Raises, as a bug might."""

    def receive(self, body: bytes, key: str | None) -> None:
        """Always fails."""
        raise KeyError("feil")


def test_a_500_carries_the_header_set(tmp_path: Path) -> None:
    config = ReceiverConfig(
        remote_url="/finnes/ikke", state_dir=tmp_path, public_url="https://mottak"
    )
    app = create_app(config)
    service = cast(Any, app.state.service)
    service.intake = FailingIntake()
    service.worker = SimpleNamespace(notify=lambda: None)

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="https://mottak") as client:
            headers = {"Content-Type": "application/json"}
            return await client.post("/api/behovsmeldinger", content=b"{}", headers=headers)

    with ThreadPoolExecutor(1) as own_thread:
        response = own_thread.submit(anyio.run, post).result()
    assert response.status_code == 500
    for name, value in security_headers(API_POLICY, behind_tls=True).items():
        assert response.headers[name] == value
