"""The receiver's own origin comes from its configuration, never from the Host header: a rebound
DNS name (foreign Host and Origin alike) is refused, a configured address is not."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support import loopback
from tests.support.receiver import Receiver, running_receiver, seed_remote

PUBLIC = "http://mottak.example"


@pytest.fixture(scope="module")
def receivers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Receiver, Receiver]]:
    """One known only by the address it listens on, one with a public address."""
    folder = tmp_path_factory.mktemp("opphav")
    remote = seed_remote(folder)
    with (
        running_receiver(folder / "lokal", remote) as local,
        running_receiver(folder / "offentlig", remote, public_url=PUBLIC) as public,
    ):
        yield local, public


def rebound(receiver: Receiver) -> str:
    """The same port under a name an attacker's DNS points at loopback."""
    return "rebind.example:" + receiver.url.rsplit(":", 1)[1]


def refused_as_origin(response: httpx.Response) -> bool:
    """403 with the origin problem."""
    return response.status_code == 403 and response.json()["problems"][0]["code"] == "mottak-opphav"


def test_a_rebound_name_in_host_and_origin_is_refused(receivers: tuple[Receiver, Receiver]) -> None:
    local, _ = receivers
    name = rebound(local)
    sent = local.post(b"{}", Host=name, Origin=f"http://{name}")
    assert refused_as_origin(sent)
    assert refused_as_origin(loopback.get(f"{local.url}/api/helse", headers={"Host": name}))


def test_an_origin_matching_only_the_host_header_is_refused(
    receivers: tuple[Receiver, Receiver],
) -> None:
    _, public = receivers
    own_host = public.url.removeprefix("http://")
    assert refused_as_origin(public.post(b"{}", Origin=f"http://{own_host}"))


def test_the_address_it_listens_on_is_its_own_origin_when_no_public_one_is_set(
    receivers: tuple[Receiver, Receiver],
) -> None:
    local, _ = receivers
    assert local.post(b"{}", Origin=local.url).status_code == 400
    other_name = local.url.replace("127.0.0.1", "localhost")
    assert local.post(b"{}", Origin=other_name, Host=other_name[7:]).status_code == 400


def test_the_configured_public_address_is_its_own_origin_and_host(
    receivers: tuple[Receiver, Receiver],
) -> None:
    _, public = receivers
    assert public.post(b"{}", Origin=PUBLIC, Host="mottak.example").status_code == 400
    assert (
        loopback.get(f"{public.url}/api/helse", headers={"Host": "mottak.example"}).status_code
        == 200
    )
    assert refused_as_origin(public.post(b"{}", Origin="http://ondsinnet.example"))


def test_the_sites_origin_may_still_send(receivers: tuple[Receiver, Receiver]) -> None:
    local, _ = receivers
    assert local.post(b"{}", Origin="http://skjema.example").status_code == 400
