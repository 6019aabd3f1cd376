"""``make demo``: the built site and the receiver on one loopback port, against a local remote.

Everything lives under ``.demo/``: ``site/`` (rebuilt each run), ``remote.git`` (a bare repository
made on the first run from the project's current files), ``mottak/`` (the receiver's clone and
spool), ``epost/`` (every letter the receiver sends, as ``.eml`` files written by a local SMTP
server on loopback). Site and API share one origin, so the form works without CORS.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from kompetanse.errors import KompetanseError
from kompetanse.gitops.seed import create_seeded_remote, list_project_files
from kompetanse.mail.capture import capturing_server
from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.server import serve

DEMO_DIR = ".demo"
HOST = "127.0.0.1"


class SiteBuildError(KompetanseError):
    """``mkdocs build --strict`` failed."""


def build_site(root: Path, target: Path) -> None:
    """Build the site strictly into ``target``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise SiteBuildError(f"mkdocs build --strict feilet:\n{tail}")


def ensure_remote(root: Path, remote: Path) -> bool:
    """Create the bare remote from the project's files unless it exists; True if created now."""
    if remote.is_dir():
        return False
    files = [name for name in list_project_files(root) if not name.startswith(DEMO_DIR + "/")]
    create_seeded_remote(remote, root, files)
    return True


def demo_config(root: Path, port: int, smtp_port: int = 0) -> ReceiverConfig:
    """The receiver's settings for the demo: no forge, the site on the same port, local mail."""
    demo = root / DEMO_DIR
    return ReceiverConfig(
        smtp_host=HOST if smtp_port else "",
        smtp_port=smtp_port,
        smtp_security="none",
        mail_from="ikke-svar@demo.invalid",
        remote_url=str((demo / "remote.git").resolve()),
        state_dir=demo / "mottak",
        allowed_origin=f"http://{HOST}:{port}",
        static_dir=demo / "site",
        rate_limit_per_minute=120,
        rate_limit_burst=30,
    )


def instructions(root: Path, port: int, created: bool) -> list[str]:
    """What to tell the person who started the demo."""
    remote = (root / DEMO_DIR / "remote.git").relative_to(root)
    first = f"Laget {remote} med prosjektets filer." if created else f"Bruker {remote}."
    return [
        first,
        f"Nettstedet og mottaket kjører på http://{HOST}:{port}/ (Ctrl+C stopper).",
        f"E-postene mottaket sender, havner som .eml-filer i {DEMO_DIR}/epost/ "
        "(åpne lenkene i e-posten i nettleseren).",
        "Send en behovsmelding fra skjemaet, og se den nye grenen med:",
        f"  git --git-dir {remote} log --all --oneline",
    ]


def run_demo(root: Path, port: int, echo: Callable[[str], None]) -> None:
    """Build, seed on first run, print how to look, and serve until interrupted."""
    demo = root / DEMO_DIR
    echo("Bygger nettstedet (mkdocs build --strict) …")
    build_site(root, demo / "site")
    created = ensure_remote(root, demo / "remote.git")
    for line in instructions(root, port, created):
        echo(line)
    with capturing_server(demo / "epost") as (smtp, _):
        serve(demo_config(root, port, smtp.port), HOST, port)
