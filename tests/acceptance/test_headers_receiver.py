"""Every kind of answer the real receiver gives carries the one header set
(kompetanse.receiver.headers): JSON, errors, the owner's pages, the site it serves."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kompetanse.receiver.headers import (
    API_POLICY,
    PAGE_POLICY,
    inline_script_hashes,
    security_headers,
    site_policy,
)
from tests.support import loopback
from tests.support.receiver import Receiver, running_receiver, seed_remote

INLINE = "document.documentElement.dataset.js = 'ja'"
PAGE = f"<!doctype html><title>Forside</title><script>{INLINE}</script><p>Hei</p>"


def built_site(folder: Path) -> Path:
    """A tiny built site: one page with an inline script, a stylesheet and a 404 page."""
    site = folder / "site"
    site.mkdir()
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "stil.css").write_text("p{color:#000}", encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Receiver, Receiver, str]]:
    """A receiver over plain http, and one that is reached over https (it says so)."""
    folder = tmp_path_factory.mktemp("hoder")
    remote = seed_remote(folder)
    site = str(built_site(folder))
    with (
        running_receiver(folder / "http", remote, static_dir=site) as plain,
        running_receiver(
            folder / "https", remote, static_dir=site, public_url="https://mottak.example"
        ) as behind_tls,
    ):
        yield plain, behind_tls, site_policy(inline_script_hashes(PAGE))


def answers(receiver: Receiver) -> dict[str, tuple[httpx.Response, str]]:
    """One answer of each kind, with the policy it must carry."""
    url = receiver.url
    json_type = {"Content-Type": "application/json"}
    preflight = {"Origin": "http://skjema.example", "Access-Control-Request-Method": "POST"}
    return {
        "helse": (loopback.get(f"{url}/api/helse"), API_POLICY),
        "400": (receiver.post(b"{}"), API_POLICY),
        "415": (receiver.post(b"{}", **{"Content-Type": "text/plain"}), API_POLICY),
        "413": (receiver.post(b"x" * 1_100_000), API_POLICY),
        "403-opphav": (receiver.post(b"{}", Origin="http://ondsinnet.example"), API_POLICY),
        "204-preflight": (
            loopback.options(f"{url}/api/behovsmeldinger", headers=preflight),
            API_POLICY,
        ),
        "404-api": (loopback.get(f"{url}/api/finnes-ikke"), API_POLICY),
        "405": (loopback.delete(f"{url}/api/behovsmeldinger", headers=json_type), API_POLICY),
        "403-vert": (
            loopback.get(f"{url}/api/helse", headers={"Host": "ondsinnet.example"}),
            API_POLICY,
        ),
        "side-404": (loopback.get(f"{url}/bekreft/ugyldig-lenke"), PAGE_POLICY),
        "side-json": (
            loopback.get(f"{url}/behovsmelding/ugyldig", headers={"Accept": "application/json"}),
            PAGE_POLICY,
        ),
        "stilark": (loopback.get(f"{url}/mottak.css"), PAGE_POLICY),
    }


def site_answers(receiver: Receiver, site: str) -> dict[str, tuple[httpx.Response, str]]:
    """The site's files and its 404."""
    url = receiver.url
    return {
        "forside": (loopback.get(f"{url}/"), site),
        "css": (loopback.get(f"{url}/stil.css"), site),
        "404-side": (loopback.get(f"{url}/finnes-ikke/"), site),
    }


def missing(response: httpx.Response, expected: dict[str, str]) -> dict[str, str | None]:
    """The expected headers the answer lacks or has otherwise."""
    return {
        name: response.headers.get(name)
        for name, value in expected.items()
        if response.headers.get(name) != value
    }


def test_every_answer_over_http_carries_the_header_set_without_hsts(
    sites: tuple[Receiver, Receiver, str],
) -> None:
    plain, _, site = sites
    found = answers(plain) | site_answers(plain, site)
    statuses = {kind: response.status_code for kind, (response, _) in found.items()}
    assert statuses == {
        "helse": 200, "400": 400, "415": 415, "413": 413, "403-opphav": 403,
        "204-preflight": 204, "404-api": 404, "405": 405, "403-vert": 403, "side-404": 404,
        "side-json": 404, "stilark": 200, "forside": 200, "css": 200, "404-side": 404,
    }  # fmt: skip
    wrong = {
        kind: missing(response, security_headers(policy, behind_tls=False))
        for kind, (response, policy) in found.items()
    }
    assert {kind: gaps for kind, gaps in wrong.items() if gaps} == {}
    assert all("strict-transport-security" not in r.headers for r, _ in found.values())


def test_every_answer_behind_tls_also_carries_hsts(sites: tuple[Receiver, Receiver, str]) -> None:
    _, behind_tls, site = sites
    found = answers(behind_tls) | site_answers(behind_tls, site)
    wrong = {
        kind: missing(response, security_headers(policy, behind_tls=True))
        for kind, (response, policy) in found.items()
    }
    assert {kind: gaps for kind, gaps in wrong.items() if gaps} == {}
    assert found["helse"][0].headers["strict-transport-security"].startswith("max-age=")


def test_the_sites_policy_allows_its_inline_script_by_hash_and_no_inline_script_else(
    sites: tuple[Receiver, Receiver, str],
) -> None:
    plain, _, _ = sites
    policy = loopback.get(f"{plain.url}/").headers["content-security-policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert set(inline_script_hashes(PAGE)) <= set(directives["script-src"])


def test_a_request_uvicorn_cannot_read_is_answered_with_the_header_set(
    sites: tuple[Receiver, Receiver, str],
) -> None:
    plain, _, _ = sites
    host, port = plain.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=60) as client:
        client.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
    assert head.startswith("http/1.1 400 ")
    for name, value in security_headers(API_POLICY, behind_tls=False).items():
        assert f"{name.lower()}: {value.lower()}" in head
