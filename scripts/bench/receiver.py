"""The receiver under load: 20 concurrent clients against a real ``kompetanse serve`` process.

Mail is on: confirmation letters go to a real aiosmtpd server on loopback, and every melding
becomes a branch on a local bare remote. The figures are accepted meldinger per second and the
POST's p50 and p95 latency, with the server's CPU time (its process and the git children it
waited for) over the load; beside them the same clients asking the same process for its health
endpoint as often, the floor of HTTP on this machine.
"""

from __future__ import annotations

import json
import random
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from statistics import quantiles
from typing import Any

import httpx

from bench.measure import Timing, process_cpu
from bench.repo import BIN, PROJECT
from bench.synthetic import make_melding
from bench.table import Row
from bench.targets import TARGETS
from kompetanse.gitops.seed import create_seeded_remote
from kompetanse.mail.capture import capturing_server, free_port
from kompetanse.repository.reference import load_reference_data

COUNT, CONCURRENCY = 400, 20
LIMITS = (
    "rate_limit_per_minute = 1000000\nrate_limit_burst = 1000000\n"
    "address_limit_per_hour = 1000000\naddress_limit_burst = 1000000\n"
)


def seed(workdir: Path) -> Path:
    """A bare remote with the project's schemas, data and submissions."""
    files = [
        path.relative_to(PROJECT).as_posix()
        for name in ("schemas", "data", "submissions")
        for path in (PROJECT / name).rglob("*")
        if path.is_file()
    ]
    remote = workdir / "mottak-remote.git"
    create_seeded_remote(remote, PROJECT, files)
    return remote


def write_config(workdir: Path, remote: Path, smtp_port: int) -> Path:
    """The receiver's configuration: limits opened up for the load, mail to ``smtp_port``."""
    config = workdir / "mottak.toml"
    config.write_text(
        f"[mottak]\nremote_url = {json.dumps(str(remote))}\n"
        f"state_dir = {json.dumps(str(workdir / 'mottak-state'))}\n{LIMITS}"
        f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\nsmtp_security = "none"\n'
        'mail_from = "ikke-svar@bench.invalid"\nretry_min_seconds = 0.2\nretry_max_seconds = 2.0\n',
        encoding="utf-8",
    )
    return config


@contextmanager
def serving(workdir: Path, config: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """``kompetanse serve`` running until the block ends."""
    command = [str(BIN / "kompetanse"), "serve", "--config", str(config), "--port", str(port)]
    with (workdir / "mottak.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_up(f"http://127.0.0.1:{port}")
            yield process
        finally:
            process.terminate()
            process.wait(timeout=60)


def wait_until_up(url: str) -> None:
    """Poll the health endpoint for up to a minute."""
    for _ in range(600):
        try:
            if httpx.get(f"{url}/api/helse", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("mottaket startet ikke")


def bodies(count: int) -> list[bytes]:
    """``count`` valid request bodies."""
    rng = random.Random(7)
    reference = load_reference_data(PROJECT)
    result = []
    for number in range(count):
        melding: dict[str, Any] = make_melding(rng, number, reference)
        del melding["id"]
        result.append(json.dumps({"behovsmelding": melding, "nettside": ""}).encode())
    return result


Request = Callable[[httpx.Client, bytes], httpx.Response]


def post(http: httpx.Client, body: bytes) -> httpx.Response:
    """Send one melding."""
    return http.post("/api/behovsmeldinger", content=body)


def health(http: httpx.Client, body: bytes) -> httpx.Response:
    """Ask for the health endpoint (the floor: HTTP and nothing else)."""
    return http.get("/api/helse")


def send_share(http: httpx.Client, share: list[bytes], request: Request) -> list[float]:
    """One client's requests in turn; the latency of each."""
    latencies = []
    for body in share:
        begin = time.perf_counter()
        response = request(http, body)
        latencies.append(time.perf_counter() - begin)
        if response.status_code not in (200, 201):
            raise SystemExit(f"uventet svar {response.status_code}: {response.text[:200]}")
    return latencies


def load(
    url: str, pid: int, payloads: list[bytes], request: Request
) -> tuple[Timing, dict[str, float]]:
    """``CONCURRENCY`` clients (made before the clock starts) send every payload: the server's
    wall and CPU time over the load, with the rate and the latency."""
    headers = {"Content-Type": "application/json"}
    clients = [httpx.Client(base_url=url, headers=headers, timeout=60) for _ in range(CONCURRENCY)]
    shares = [payloads[i::CONCURRENCY] for i in range(CONCURRENCY)]
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        wall, cpu = time.perf_counter(), process_cpu(pid)
        parts = list(
            pool.map(
                lambda pair: send_share(pair[0], pair[1], request),
                zip(clients, shares, strict=True),
            )
        )
        timing = Timing(time.perf_counter() - wall, process_cpu(pid) - cpu)
    for http in clients:
        http.close()
    cuts = quantiles([latency for part in parts for latency in part], n=100)
    extra = {
        "per_second": len(payloads) / timing.wall,
        "p50_ms": cuts[49] * 1000,
        "p95_ms": cuts[94] * 1000,
    }
    return timing, extra


def branch_count(remote: Path) -> int:
    """Submission branches on the remote."""
    command = ["git", "--git-dir", str(remote), "for-each-ref", "refs/heads/behovsmelding/"]
    return len(
        subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    )


def wait_for_branches(remote: Path, count: int) -> None:
    """Poll until ``count`` branches are on the remote (five minutes at most)."""
    for _ in range(3000):
        if branch_count(remote) >= count:
            return
        time.sleep(0.1)
    raise SystemExit("ikke alle grenene kom fram")


def wait_for_letters(mailbox: Any, count: int) -> None:
    """Wait until ``count`` confirmation letters have arrived (five minutes at most)."""
    if len(mailbox.wait_for(count, 300)) < count:
        raise SystemExit("ikke alle bekreftelsene kom fram")


def rows(workdir: Path, count: int = COUNT) -> list[Row]:
    """Meldinger per second and latency with mail on, beside the health endpoint; and the time
    until every melding is a branch on the remote and every confirmation letter delivered."""
    remote, port, payloads = seed(workdir), free_port("127.0.0.1"), bodies(count)
    url = f"http://127.0.0.1:{port}"
    with capturing_server(workdir / "epost") as (smtp, mailbox):
        config = write_config(workdir, remote, smtp.port)
        with serving(workdir, config, port) as process:
            base, _ = load(url, process.pid, payloads, health)
            wall, cpu = time.perf_counter(), process_cpu(process.pid)
            ours, extra = load(url, process.pid, payloads, post)
            wait_for_branches(remote, count)
            wait_for_letters(mailbox, count)
            delivered = Timing(time.perf_counter() - wall, process_cpu(process.pid) - cpu)
    scale = f"{count} behovsmeldinger, {CONCURRENCY} samtidige, e-post på"
    return [
        Row(
            "mottaket: POST /api/behovsmeldinger",
            scale,
            ours,
            TARGETS["receiver"],
            "GET /api/helse",
            base,
            extra,
        ),
        Row("mottaket: til grener og levert e-post", scale, delivered, ()),
    ]
