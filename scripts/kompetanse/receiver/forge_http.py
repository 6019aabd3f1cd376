"""What both forge clients share: guarded HTTP that turns every failure into a ForgeError."""

from __future__ import annotations

import httpx

from kompetanse.receiver.forge_records import ForgeError

TIMEOUT = httpx.Timeout(20.0)


def post_or_fail(
    client: httpx.Client, url: str, payload: dict[str, object], name: str
) -> httpx.Response:
    try:
        return client.post(url, json=payload)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def get_or_fail(
    client: httpx.Client, url: str, params: dict[str, str], name: str
) -> httpx.Response:
    try:
        return client.get(url, params=params)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def send_or_fail(
    client: httpx.Client, method: str, url: str, payload: dict[str, object] | None, name: str
) -> httpx.Response:
    try:
        return client.request(method, url, json=payload)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def expect(response: httpx.Response, accepted: tuple[int, ...], name: str) -> None:
    if response.status_code not in accepted:
        raise ForgeError(f"{name} svarte {response.status_code}")


def json_list(response: httpx.Response, name: str) -> list[dict[str, object]]:
    if response.status_code != 200:
        raise ForgeError(f"{name} svarte {response.status_code} på oppslag")
    data = response.json()
    return data if isinstance(data, list) else []


def text_or_none(value: object) -> str | None:
    return str(value) if value else None
