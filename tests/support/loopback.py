"""Plain HTTP to the servers the tests start on 127.0.0.1.

A one-off ``httpx.get`` makes a new TLS context for its client, loading the whole CA bundle: about
20 ms of CPU for every request, even one to ``http://``. The tests' own servers speak plain HTTP
on loopback, so every request here shares one context, made once per process.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

SHARED_TLS = ssl.create_default_context()


def get(url: str, **options: Any) -> httpx.Response:
    """``httpx.get`` with the shared context."""
    return httpx.get(url, verify=SHARED_TLS, **options)


def post(url: str, **options: Any) -> httpx.Response:
    """``httpx.post`` with the shared context."""
    return httpx.post(url, verify=SHARED_TLS, **options)


def options(url: str, **options: Any) -> httpx.Response:
    """``httpx.options`` with the shared context."""
    return httpx.options(url, verify=SHARED_TLS, **options)


def delete(url: str, **options: Any) -> httpx.Response:
    """``httpx.delete`` with the shared context."""
    return httpx.delete(url, verify=SHARED_TLS, **options)


def client(**options: Any) -> httpx.Client:
    """An ``httpx.Client`` with the shared context."""
    return httpx.Client(verify=SHARED_TLS, **options)


def transport(**options: Any) -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` with the shared context."""
    return httpx.HTTPTransport(verify=SHARED_TLS, **options)
