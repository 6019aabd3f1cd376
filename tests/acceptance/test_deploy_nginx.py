"""The proxy's configuration: it sends every receiver route to the receiver and adds no header of
its own there, and the snippet it includes for the site is the receiver's header set, the same
headers a real receiver gives the same site."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kompetanse.receiver.config import load_config
from kompetanse.receiver.documents import DOCUMENT_KINDS
from kompetanse.receiver.owner_routes import OWNER_ROUTES
from tests.support import loopback
from tests.support.receiver import running_receiver, seed_remote

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "deploy/nginx/kompetanse.conf"
SETTINGS = ROOT / "deploy/kompetanse/mottak.toml"
SNIPPET = "/etc/nginx/snippets/kompetanse-headers.conf"
TOKEN = re.compile(r'"[^"]*"|[{};]|[^\s{};"]+')
PAGE = "<!doctype html><title>Forside</title><script>window.kompetanse = 1</script>"


@dataclass
class Block:
    """An nginx block: its directives (name, arguments) and the blocks inside it."""

    name: str
    args: list[str]
    directives: list[tuple[str, list[str]]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    def values(self, name: str) -> list[list[str]]:
        """The arguments of every directive called ``name`` in this block."""
        return [args for directive, args in self.directives if directive == name]

    def walk(self) -> list[Block]:
        """This block and every block inside it."""
        return [self, *(inner for block in self.blocks for inner in block.walk())]


def parse(text: str) -> Block:
    """nginx's configuration syntax: directives end with ``;``, blocks are in braces."""
    lines = [line.split("#", 1)[0] for line in text.splitlines()]
    tokens = TOKEN.findall("\n".join(lines))
    stack: list[Block] = [Block("main", [])]
    words: list[str] = []
    for token in tokens:
        if token == ";":
            stack[-1].directives.append((words[0], [w.strip('"') for w in words[1:]]))
            words = []
        elif token == "{":
            block = Block(words[0], words[1:])
            stack[-1].blocks.append(block)
            stack.append(block)
            words = []
        elif token == "}":
            stack.pop()
        else:
            words.append(token)
    assert len(stack) == 1 and not words
    return stack[0]


def headers_in(snippet: str) -> dict[str, str]:
    """The ``add_header`` lines of a snippet, each of them ``always``."""
    found = {}
    for name, args in parse(snippet).directives:
        assert name == "add_header" and args[2:] == ["always"], (name, args)
        found[args[0]] = args[1]
    return found


def site_server() -> Block:
    """The server block that serves the site over TLS."""
    servers = [b for b in parse(CONF.read_text(encoding="utf-8")).walk() if b.name == "server"]
    (found,) = [s for s in servers if s.values("root") and ["443", "ssl"] in s.values("listen")]
    return found


def locations() -> dict[str, Block]:
    """The site server's locations by their match."""
    return {" ".join(b.args): b for b in site_server().blocks if b.name == "location"}


def receiver_paths() -> list[str]:
    """A path of every route the receiver answers besides the site."""
    owner = [route.path.replace("{token}", "lenke") for route in OWNER_ROUTES]
    kinds = [f"/api/{kind.plural}" for kind in DOCUMENT_KINDS]
    return ["/api/behovsmeldinger", "/api/helse", *kinds, *owner]


def test_every_receiver_route_goes_to_the_receiver_and_the_rest_is_files() -> None:
    found = locations()
    (proxied,) = [b for b in found.values() if b.values("proxy_pass")]
    pattern = re.compile(proxied.args[1])
    assert proxied.args[0] == "~"
    assert all(pattern.search(path) for path in receiver_paths())
    assert not any(pattern.search(path) for path in ("/", "/meld-behov/", "/assets/x.js"))
    assert proxied.values("proxy_set_header").count(["X-Forwarded-For", "$remote_addr"]) == 1
    assert ["Host", "$host"] in proxied.values("proxy_set_header")
    assert found["/"].values("include") == [[SNIPPET]]


def test_the_proxy_adds_no_header_of_its_own_anywhere() -> None:
    blocks = parse(CONF.read_text(encoding="utf-8")).walk()
    assert [b.name for b in blocks if b.values("add_header")] == []


def test_a_name_the_proxy_does_not_serve_gets_no_answer() -> None:
    servers = [b for b in parse(CONF.read_text(encoding="utf-8")).walk() if b.name == "server"]
    (default,) = [s for s in servers if any("default_server" in a for a in s.values("listen"))]
    assert default.values("return") == [["444"]] and not default.values("server_name")


def test_the_proxy_waits_for_slow_clients_only_so_long() -> None:
    server = site_server()
    for name in ("client_header_timeout", "client_body_timeout", "client_max_body_size"):
        assert len(server.values(name)) == 1, name


def snippet_for(site: Path) -> str:
    """The snippet as the docs say to write it."""
    command = [sys.executable, "-m", "kompetanse.receiver.nginx", str(site)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_the_snippet_is_the_header_set_a_real_receiver_gives_the_same_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    expected = headers_in(snippet_for(site))
    settings: dict[str, Any] = {
        "static_dir": str(site),
        "public_url": "https://kompetanse.example.no",
    }
    with running_receiver(tmp_path / "mottak", seed_remote(tmp_path), **settings) as receiver:
        answer = loopback.get(f"{receiver.url}/", timeout=30)
    given = {name: answer.headers.get(name) for name in expected}
    assert given == expected
    assert "strict-transport-security" in {name.lower() for name in expected}
    assert "frame-ancestors 'none'" in expected["Content-Security-Policy"]


def proxied_address() -> str:
    """``host:port`` nginx passes the receiver's routes to."""
    (proxied,) = [b for b in locations().values() if b.values("proxy_pass")]
    ((target,),) = proxied.values("proxy_pass")
    return str(target.removeprefix("http://"))


def test_the_proxy_the_unit_and_the_settings_agree_on_the_address_and_the_trust() -> None:
    unit = (ROOT / "deploy/systemd/kompetanse-mottak.service").read_text(encoding="utf-8")
    host, port = proxied_address().split(":")
    assert f"--host {host} --port {port}" in unit
    config = load_config(SETTINGS, env={}, state_dir=Path("mottak"), forge="none")
    assert host in config.trusted_proxies
    assert config.behind_tls
    server_names = site_server().values("server_name")
    assert server_names == [[urlsplit(config.public_url).hostname]]
