"""Who the client is, against a real receiver: the client table survives a flood of new
addresses, and X-Forwarded-For counts only when a configured proxy sends it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from kompetanse.receiver.limits import MAX_CLIENTS
from tests.support import loopback
from tests.support.raw_http import RawClient
from tests.support.receiver import Receiver, running_receiver, seed_remote

BURST = 2
API = "/api/behovsmeldinger"
NOT_A_PROXY = "127.0.0.2"  # loopback too, but not in trusted_proxies


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    """Two requests per client, then one a minute; 127.0.0.1 is the proxy; a body cap of one
    byte, so every send is counted and then refused before anything is read."""
    folder = tmp_path_factory.mktemp("klienter")
    settings: dict[str, Any] = {
        "rate_limit_per_minute": 1,
        "rate_limit_burst": BURST,
        "trusted_proxies": ["127.0.0.1"],
        "max_body_bytes": 1,
    }
    with running_receiver(folder / "mottak", seed_remote(folder), **settings) as running:
        yield running


def send(http: httpx.Client, forwarded: str) -> int:
    """One counted send with this X-Forwarded-For; its status."""
    headers = {"Content-Type": "application/json", "X-Forwarded-For": forwarded}
    return http.post(API, content=b"{}", headers=headers).status_code


def send_from(receiver: Receiver, forwarded: str, local: str = "127.0.0.1") -> int:
    """One send on a connection of its own from the local address ``local``."""
    transport = loopback.transport(local_address=local)
    with loopback.client(base_url=receiver.url, transport=transport, timeout=60) as http:
        return send(http, forwarded)


def flood(receiver: Receiver, addresses: list[str]) -> list[int]:
    """One send from each address (through the proxy), four connections at a time (a plain
    kept-alive client: the flood measures the receiver's table, not httpx)."""

    def share(part: list[str]) -> list[int]:
        with RawClient(receiver.url) as http:
            return [
                http.post(API, b"{}", {"Content-Type": "application/json", "X-Forwarded-For": a})
                for a in part
            ]

    with ThreadPoolExecutor(4) as pool:
        return [
            status
            for part in pool.map(share, [addresses[i::4] for i in range(4)])
            for status in part
        ]


def addresses(first: int, count: int) -> list[str]:
    """``count`` distinct addresses in 10.0.0.0/8."""
    return [
        f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in range(first, first + count)
    ]


def test_ten_thousand_new_clients_do_not_give_a_limited_client_a_fresh_burst(
    receiver: Receiver,
) -> None:
    limited = "192.0.2.10"
    assert [send_from(receiver, limited) for _ in range(BURST + 1)] == [413] * BURST + [429]
    first = flood(receiver, addresses(0, MAX_CLIENTS - 1))
    assert set(first) == {413}
    assert send_from(receiver, limited) == 429
    second = flood(receiver, addresses(MAX_CLIENTS, 1000))
    assert set(second) == {413}
    assert send_from(receiver, limited) == 429
    assert send_from(receiver, addresses(MAX_CLIENTS + 999, 1)[0]) == 413


def test_forwarded_for_from_a_configured_proxy_names_the_right_most_untrusted_hop(
    receiver: Receiver,
) -> None:
    client = "198.51.100.7"
    spoofed = [f"203.0.113.{n}, {client}" for n in range(BURST + 1)]
    assert [send_from(receiver, hops) for hops in spoofed] == [413] * BURST + [429]
    assert send_from(receiver, f"{client}, 127.0.0.1") == 429
    assert send_from(receiver, "198.51.100.8") == 413


def test_forwarded_for_from_anyone_else_is_ignored(receiver: Receiver) -> None:
    statuses = [send_from(receiver, f"198.18.0.{n}", NOT_A_PROXY) for n in range(BURST + 1)]
    assert statuses == [413] * BURST + [429]
    assert send_from(receiver, "198.18.1.1", NOT_A_PROXY) == 429


def test_a_forwarded_ipv6_client_is_counted_by_its_64_network(receiver: Receiver) -> None:
    hops = [f"2001:db8:1:2::{n:x}" for n in range(1, BURST + 2)]
    assert [send_from(receiver, hop) for hop in hops] == [413] * BURST + [429]
    assert send_from(receiver, "2001:db8:1:3::1") == 413
