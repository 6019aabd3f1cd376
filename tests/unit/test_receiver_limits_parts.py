"""The receiver's limits on their own: the client table, who the client is behind a proxy, the
addresses it answers on, and the settings for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompetanse.receiver.config import ConfigError, ReceiverConfig, build_config, load_config
from kompetanse.receiver.limits import (
    RateLimiter,
    client_key,
    forwarded_client,
    host_allowed,
    listen_hosts,
    origin_of,
    own_origins,
    parse_networks,
)

PROXIES = parse_networks(["127.0.0.1", "10.0.0.0/24"])


def test_a_full_table_forgets_the_client_seen_longest_ago_not_everyone() -> None:
    limiter = RateLimiter(per_minute=1, burst=1, clock=lambda: 0.0, capacity=3)
    assert [limiter.take(c) for c in ("a", "b")] == [0.0, 0.0]
    assert limiter.take("a") > 0
    assert [limiter.take(c) for c in ("c", "d")] == [0.0, 0.0]
    assert list(limiter.buckets) == ["a", "c", "d"]
    assert limiter.take("a") > 0 and limiter.take("c") > 0
    assert limiter.take("b") == 0.0


def test_ten_thousand_and_one_clients_keep_the_latest_ten_thousand() -> None:
    limiter = RateLimiter(per_minute=1, burst=1, clock=lambda: 0.0)
    for number in range(10_001):
        limiter.take(f"klient-{number}")
    assert len(limiter.buckets) == 10_000 and "klient-0" not in limiter.buckets
    assert limiter.take("klient-1") > 0 and limiter.take("klient-10000") > 0


def test_the_right_most_untrusted_hop_is_the_client() -> None:
    assert forwarded_client("127.0.0.1", "1.1.1.1, 198.51.100.7", PROXIES) == "198.51.100.7"
    assert forwarded_client("127.0.0.1", "198.51.100.7, 10.0.0.9", PROXIES) == "198.51.100.7"
    assert forwarded_client("127.0.0.1", "10.0.0.8, 10.0.0.9", PROXIES) == "127.0.0.1"
    assert forwarded_client("127.0.0.1", "1.1.1.1, ikke-en-adresse", PROXIES) == "127.0.0.1"


def test_forwarded_for_from_a_peer_that_is_no_proxy_is_ignored() -> None:
    assert forwarded_client("192.0.2.4", "198.51.100.7", PROXIES) == "192.0.2.4"
    assert forwarded_client("10.0.1.1", "198.51.100.7", PROXIES) == "10.0.1.1"


def test_ipv6_clients_are_counted_per_64() -> None:
    assert (
        client_key("2001:db8:1:2::7") == client_key("2001:db8:1:2:ffff::1") == "2001:db8:1:2::/64"
    )
    assert client_key("192.0.2.4") == "192.0.2.4"


def test_the_hosts_it_answers_are_configured_ones() -> None:
    config = ReceiverConfig(
        remote_url="r", state_dir=Path("s"), public_url="https://Mottak.Example:443/sti"
    )
    assert host_allowed("mottak.example", config, "127.0.0.1:8000")
    assert host_allowed("127.0.0.1:8000", config, "127.0.0.1:8000")
    assert not host_allowed("rebind.example", config, "127.0.0.1:8000")
    assert not host_allowed(None, config, "127.0.0.1:8000")
    assert config.own_origin == origin_of("https://mottak.example/") == "https://mottak.example"


def test_proxies_come_as_a_list_or_from_the_environment(tmp_path: Path) -> None:
    env = {
        "KOMPETANSE_REMOTE_URL": "r",
        "KOMPETANSE_STATE_DIR": str(tmp_path),
        "KOMPETANSE_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/24",
    }
    assert load_config(None, env=env).trusted_proxies == ("127.0.0.1", "10.0.0.0/24")
    values = {"remote_url": "r", "state_dir": str(tmp_path), "trusted_proxies": ["::1"]}
    assert build_config(values, {}).trusted_proxies == ("::1",)


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        ("trusted_proxies", ["alle"], "trusted_proxies"),
        ("header_timeout_seconds", 0, "positive"),
        ("body_timeout_seconds", -1, "positive"),
        ("public_url", "mottak.example", "hel adresse"),
    ],
)
def test_settings_that_cannot_work_are_refused(
    tmp_path: Path, setting: str, value: object, said: str
) -> None:
    values = {"remote_url": "r", "state_dir": str(tmp_path), setting: value}
    with pytest.raises(ConfigError, match=said):
        build_config(values, {})


def test_the_old_trust_everyone_setting_names_its_replacement(tmp_path: Path) -> None:
    path = tmp_path / "mottak.toml"
    path.write_text('[mottak]\nremote_url = "r"\ntrust_forwarded_for = true\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="erstattet av trusted_proxies"):
        load_config(path, env={})
    with pytest.raises(ConfigError, match="erstattet av trusted_proxies"):
        load_config(None, env={"KOMPETANSE_TRUST_FORWARDED_FOR": "1"})


def test_on_loopback_every_loopback_name_is_the_receivers_own() -> None:
    config = ReceiverConfig(remote_url="r", state_dir=Path("s"))
    assert listen_hosts("127.0.0.1:8000") == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}
    assert listen_hosts("192.0.2.5:8000") == {"192.0.2.5:8000"}
    assert host_allowed("LOCALHOST:8000", config, "127.0.0.1:8000")
    assert not host_allowed("localhost:8001", config, "127.0.0.1:8000")
    assert "http://localhost:8000" in own_origins(config, "127.0.0.1:8000")
    public = ReceiverConfig(remote_url="r", state_dir=Path("s"), public_url="https://m.example")
    assert own_origins(public, "127.0.0.1:8000") == ("https://m.example",)
