"""Per-client rate limit (token bucket), who the client is behind a proxy, and the origin rules."""

from __future__ import annotations

import functools
import ipaddress
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from starlette.requests import Request

    from kompetanse.receiver.config import ReceiverConfig

MAX_CLIENTS = 10_000
IPV6_PREFIX = 64  # one household or server gets a /64: counting per address would be no limit
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
DEFAULT_PORT_BY_SCHEME = {"http": "80", "https": "443"}
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class RateLimiter:
    """``per_minute`` requests per client on average, ``burst`` at once.

    At most ``capacity`` clients are remembered; a new one beyond that pushes out the client seen
    longest ago, so a flood of new addresses never gives the others a fresh burst.
    """

    def __init__(
        self,
        per_minute: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        capacity: int = MAX_CLIENTS,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.capacity = capacity
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self.lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead, otherwise the seconds to wait."""
        with self.lock:
            now = self.clock()
            tokens = self._tokens(client, now)
            if tokens >= 1.0:
                self._remember(client, (tokens - 1.0, now))
                return 0.0
            self._remember(client, (tokens, now))
            return (1.0 - tokens) / self.rate

    def waiting(self, client: str) -> float:
        """Like :meth:`take`, but only looks: 0 when a request would go ahead now."""
        with self.lock:
            tokens = self._tokens(client, self.clock())
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def _tokens(self, client: str, now: float) -> float:
        tokens, last = self.buckets.get(client, (self.burst, now))
        return min(self.burst, tokens + (now - last) * self.rate)

    def _remember(self, client: str, state: tuple[float, float]) -> None:
        self.buckets[client] = state
        self.buckets.move_to_end(client)
        while len(self.buckets) > self.capacity:
            self.buckets.popitem(last=False)


def retry_after_header(seconds: float) -> str:
    """Whole seconds, at least 1, for the Retry-After header."""
    return str(max(1, math.ceil(seconds)))


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (``10.0.0.5``, ``10.0.0.0/24``, ``::1``); ValueError on others."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


@functools.cache
def proxy_networks(values: tuple[str, ...]) -> tuple[Network, ...]:
    """The configured proxies, parsed once."""
    return parse_networks(values)


def as_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address in ``text``, or None when it is not one."""
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted(address: str, proxies: tuple[Network, ...]) -> bool:
    """The address is one of the configured proxies."""
    parsed = as_address(address)
    return parsed is not None and any(parsed in network for network in proxies)


def forwarded_client(peer: str, forwarded: str, proxies: tuple[Network, ...]) -> str:
    """The right-most hop in ``X-Forwarded-For`` that is not a trusted proxy (the hops to its
    left were written by the client and prove nothing); the peer when no hop can be used."""
    if not is_trusted(peer, proxies):
        return peer
    for hop in reversed([hop.strip() for hop in forwarded.split(",")]):
        if as_address(hop) is None:
            return peer
        if not is_trusted(hop, proxies):
            return hop
    return peer


def client_key(address: str) -> str:
    """What the rate limit counts: the address, or its /64 for IPv6."""
    parsed = as_address(address)
    if parsed is None or parsed.version == 4:
        return address
    return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))


def client_of(request: Request, config: ReceiverConfig) -> str:
    """The client's address: the peer, or behind a configured proxy the hop it names."""
    peer = request.client.host if request.client else "ukjent"
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and config.trusted_proxies:
        peer = forwarded_client(peer, forwarded, proxy_networks(config.trusted_proxies))
    return client_key(peer)


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of an absolute URL, lower case, default port left out."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme.lower()}://{host_of(parts.netloc, parts.scheme)}"


def host_of(netloc: str, scheme: str = "") -> str:
    """``host[:port]`` lower case, without the scheme's default port."""
    host = netloc.lower().rsplit("@", 1)[-1]
    default = DEFAULT_PORT_BY_SCHEME.get(scheme.lower())
    if default and host.endswith(f":{default}") and not host.endswith("]"):
        return host[: -len(default) - 1]
    return host


def origin_allowed(origin: str | None, allowed: str, own: str) -> bool:
    """No Origin (not a browser), the configured site, or the receiver's own origin."""
    if origin is None:
        return True
    return origin != "null" and (origin == allowed.rstrip("/") or (own != "" and origin == own))


def host_allowed(host: str | None, config: ReceiverConfig, listen: str) -> bool:
    """The Host header names the receiver as configured (its public address, the site's, or the
    address it listens on); anything else may be a rebound DNS name."""
    if not host:
        return False
    names = {host_of(urlsplit(url).netloc, urlsplit(url).scheme) for url in own_urls(config)}
    given = host.lower()
    return (
        host_of(given, "http") in names
        or host_of(given, "https") in names
        or (given in listen_hosts(listen))
    )


def listen_hosts(listen: str) -> set[str]:
    """The Host values that name the address the receiver listens on (``host:port``): itself, and
    on loopback its other loopback names (no rebound name can be one of them)."""
    if not listen:
        return set()
    host, _, port = listen.lower().rpartition(":")
    if host in LOOPBACK_NAMES:
        return {f"{name}:{port}" for name in LOOPBACK_NAMES}
    return {listen.lower()}


def own_origins(config: ReceiverConfig, listen: str) -> tuple[str, ...]:
    """The receiver's own origins: its public address, else the names it listens on; never
    made from a request."""
    if config.own_origin:
        return (config.own_origin,)
    return tuple(sorted(f"http://{host}" for host in listen_hosts(listen))) or ("",)


def own_urls(config: ReceiverConfig) -> list[str]:
    """The configured addresses the receiver answers on."""
    return [url for url in (config.public_url, config.allowed_origin) if url]


def cors_headers(request: Request, config: ReceiverConfig) -> dict[str, str]:
    """Allow the configured site (only it) to read the answer; no credentials."""
    origin = request.headers.get("origin")
    if origin is None or origin != config.allowed_origin.rstrip("/"):
        return {}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
