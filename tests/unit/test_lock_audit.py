"""``make audit`` says plainly when it knows nothing: an advisory service that cannot be reached,
or that fails, is never reported as "no known vulnerabilities".

The service is a real HTTP server on loopback speaking OSV's query API (or a closed port), and
the lock is a one-package excerpt of the project's own, hashes included.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "scripts" / "lock_audit.py"
PACKAGE = "idna"
ADVISORY_ID = "PYSEC-0000-0001"
ADVISORY: dict[str, Any] = {
    "id": ADVISORY_ID,
    "summary": "Et oppdiktet varsel for testen",
    "affected": [
        {
            "package": {"name": PACKAGE, "ecosystem": "PyPI"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}],
        }
    ],
}


class OsvStandIn(BaseHTTPRequestHandler):
    """Answers every OSV query with the status and body the test set."""

    status: ClassVar[int] = 200
    body: ClassVar[dict[str, Any]] = {}

    def do_POST(self) -> None:
        """One query: read it, answer with the chosen status and body."""
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        payload = json.dumps(self.body).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean."""


@contextmanager
def osv_service(status: int, body: dict[str, Any]) -> Iterator[str]:
    """An OSV stand-in on loopback; yields its query URL."""
    handler = type("Answer", (OsvStandIn,), {"status": status, "body": body})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/query"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1/query"


@pytest.fixture
def small_lock(tmp_path: Path) -> Path:
    """One package of the project's dev lock, with its pinned version and hashes."""
    lines = (ROOT / "requirements-dev.lock").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{PACKAGE}=="))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.lstrip().startswith("--hash="):
            break
        block.append(line)
    path = tmp_path / "requirements.lock"
    path.write_text("\n".join(block).rstrip(" \\") + "\n", encoding="utf-8")
    return path


def audit(lock: Path, url: str) -> tuple[int, str]:
    """Run the audit of a lock against one advisory service; exit code and output."""
    done = subprocess.run(
        [sys.executable, str(AUDIT), str(lock), "--osv-url", url],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr


def test_an_unreachable_service_is_said_plainly_and_is_no_pass(small_lock: Path) -> None:
    code, output = audit(small_lock, closed_port_url())
    assert code == 2
    assert "NO ADVISORY DATA" in output and "not a clean result" in output
    assert "no known" not in output.lower()


def test_a_failing_service_is_no_pass_either(small_lock: Path) -> None:
    with osv_service(503, {}) as url:
        code, output = audit(small_lock, url)
    assert code == 2
    assert "NO ADVISORY DATA" in output and "no known" not in output.lower()


def test_a_service_that_answers_gives_a_clean_result(small_lock: Path) -> None:
    with osv_service(200, {}) as url:
        code, output = audit(small_lock, url)
    assert code == 0
    assert "all 1 locked packages were checked" in output and "no known advisories" in output


def test_a_known_advisory_fails_and_is_named(small_lock: Path) -> None:
    with osv_service(200, {"vulns": [ADVISORY]}) as url:
        code, output = audit(small_lock, url)
    assert code == 1
    assert f"{PACKAGE} " in output and ADVISORY_ID in output
