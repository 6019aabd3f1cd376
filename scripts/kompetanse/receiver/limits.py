"""Per-client rate limit (token bucket) and the origin rule for browsers."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.requests import Request

    from kompetanse.receiver.config import ReceiverConfig

MAX_CLIENTS = 10_000


class RateLimiter:
    """``per_minute`` requests per client on average, ``burst`` at once."""

    def __init__(
        self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead, otherwise the seconds to wait."""
        with self.lock:
            now = self.clock()
            tokens, last = self.buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._remember(client, (tokens - 1.0, now))
                return 0.0
            self._remember(client, (tokens, now))
            return (1.0 - tokens) / self.rate

    def waiting(self, client: str) -> float:
        """Like :meth:`take`, but only looks: 0 when a request would go ahead now."""
        with self.lock:
            now = self.clock()
            tokens, last = self.buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def _remember(self, client: str, state: tuple[float, float]) -> None:
        if len(self.buckets) >= MAX_CLIENTS and client not in self.buckets:
            self.buckets.clear()
        self.buckets[client] = state


def retry_after_header(seconds: float) -> str:
    """Whole seconds, at least 1, for the Retry-After header."""
    return str(max(1, math.ceil(seconds)))


def origin_allowed(origin: str | None, allowed: str, own: str) -> bool:
    """No Origin (not a browser), the configured site, or the receiver's own origin."""
    if origin is None:
        return True
    return origin != "null" and (origin == allowed.rstrip("/") or origin == own)


def cors_headers(request: Request, config: ReceiverConfig) -> dict[str, str]:
    """Allow the configured site (only it) to read the answer; no credentials."""
    origin = request.headers.get("origin")
    if origin is None or origin != config.allowed_origin.rstrip("/"):
        return {}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
