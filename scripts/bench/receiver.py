"""The receiver under load: 20 concurrent clients against a real ``kompetanse serve`` process.

Reports accepted meldinger per second, p50 and p95 latency of the POST, and how long it took until
every melding was a branch on the (local, bare) remote and every confirmation letter was delivered
to a local SMTP server. Target: at least 20 per second, p95 under 1 s, with mail on.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from statistics import quantiles
from typing import Any

import httpx

from bench.synthetic import make_melding
from kompetanse.gitops.seed import create_seeded_remote
from kompetanse.mail.capture import capturing_server
from kompetanse.repository.reference import load_reference_data

COUNT, CONCURRENCY = 400, 20
PROJECT = Path(__file__).resolve().parents[2]
KOMPETANSE = Path(sys.executable).parent / "kompetanse"


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


def free_port() -> int:
    """A port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(workdir: Path, remote: Path, port: int, smtp_port: int) -> subprocess.Popen[bytes]:
    """``kompetanse serve`` with limits opened up for the load, sending mail to ``smtp_port``."""
    config = workdir / "mottak.toml"
    config.write_text(
        "[mottak]\n"
        f"remote_url = {json.dumps(str(remote))}\n"
        f"state_dir = {json.dumps(str(workdir / 'mottak-state'))}\n"
        "rate_limit_per_minute = 1000000\nrate_limit_burst = 1000000\n"
        "address_limit_per_hour = 1000000\naddress_limit_burst = 1000000\n"
        f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\nsmtp_security = "none"\n'
        'mail_from = "ikke-svar@bench.invalid"\n'
        "retry_min_seconds = 0.2\nretry_max_seconds = 2.0\n",
        encoding="utf-8",
    )
    command = [str(KOMPETANSE), "serve", "--config", str(config), "--port", str(port)]
    log = (workdir / "mottak.log").open("wb")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


def wait_until_up(url: str) -> None:
    """Poll the health endpoint."""
    for _ in range(600):
        try:
            if httpx.get(f"{url}/api/helse", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("mottaket startet ikke")


def bodies() -> list[bytes]:
    """``COUNT`` valid request bodies."""
    rng = random.Random(7)
    reference = load_reference_data(PROJECT)
    result = []
    for number in range(COUNT):
        melding: dict[str, Any] = make_melding(rng, number, reference)
        del melding["id"]
        result.append(json.dumps({"behovsmelding": melding, "nettside": ""}).encode())
    return result


def send_all(url: str, payloads: list[bytes]) -> list[float]:
    """Post everything from ``CONCURRENCY`` clients; latency of each accepted POST."""
    headers = {"Content-Type": "application/json"}

    def client(share: list[bytes]) -> list[float]:
        latencies = []
        with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
            for body in share:
                begin = time.perf_counter()
                response = http.post("/api/behovsmeldinger", content=body)
                latencies.append(time.perf_counter() - begin)
                if response.status_code != 201:
                    raise RuntimeError(f"uventet svar {response.status_code}")
        return latencies

    shares = [payloads[i::CONCURRENCY] for i in range(CONCURRENCY)]
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        return [latency for part in pool.map(client, shares) for latency in part]


def branch_count(remote: Path) -> int:
    """Submission branches on the remote."""
    command = ["git", "--git-dir", str(remote), "for-each-ref", "refs/heads/behovsmelding/"]
    return (
        len(subprocess.run(command, capture_output=True, text=True, check=True).stdout.split("\n"))
        - 1
    )


def wait_for_branches(remote: Path, count: int) -> None:
    """Poll until ``count`` branches are on the remote."""
    for _ in range(3000):
        if branch_count(remote) >= count:
            return
        time.sleep(0.1)
    raise RuntimeError("ikke alle grenene kom fram")


def run(workdir: Path) -> None:
    """Measure and print."""
    remote, port = seed(workdir), free_port()
    url = f"http://127.0.0.1:{port}"
    payloads = bodies()
    with capturing_server(workdir / "epost") as (smtp, mailbox):
        process = start(workdir, remote, port, smtp.port)
        try:
            wait_until_up(url)
            begin = time.perf_counter()
            latencies = send_all(url, payloads)
            accepted = time.perf_counter() - begin
            wait_for_branches(remote, COUNT)
            pushed = time.perf_counter() - begin
            letters = len(mailbox.wait_for(COUNT, 300))
            mailed = time.perf_counter() - begin
        finally:
            process.terminate()
            process.wait(timeout=60)
    cuts = quantiles(latencies, n=100)
    print(f"mottak: {COUNT} behovsmeldinger, {CONCURRENCY} samtidige klienter")
    print(f"  mottatt:  {COUNT / accepted:7.1f} behovsmeldinger/s (mål: minst 20)")
    print(
        f"  latens:   p50 {cuts[49] * 1000:6.1f} ms, p95 {cuts[94] * 1000:6.1f} ms (mål: p95 under 1 s)"
    )
    print(f"  på grener i fjernrepoet etter {pushed:.1f} s ({COUNT / pushed:.1f} per sekund)")
    print(f"  e-post: {letters} av {COUNT} bekreftelser levert etter {mailed:.1f} s")
