"""The proxy's header snippet, written from the receiver's own header set, so the site behind
nginx and the receiver answer with the same headers (``deploy/nginx/kompetanse.conf`` includes it).

    python -m kompetanse.receiver.nginx /srv/kompetanse/site \\
        > /etc/nginx/snippets/kompetanse-headers.conf

Write it again after every build of the site: the policy names the hashes of the theme's inline
scripts, and a new page may bring a new one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompetanse.receiver.headers import security_headers, site_policy, site_script_hashes

FIRST_LINES = (
    "# Written by `python -m kompetanse.receiver.nginx` from kompetanse.receiver.headers;",
    "# do not edit (write it again after building the site).",
)


def nginx_value(value: str) -> str:
    """A header value as an nginx string (the set has no quote or variable sign)."""
    if any(sign in value for sign in ('"', "$", "\\", "\n")):
        raise ValueError(f"verdien kan ikke skrives i nginx: {value!r}")
    return f'"{value}"'


def nginx_snippet(site_dir: Path, behind_tls: bool = True) -> str:
    """``add_header`` lines (``always``: errors too) for the built site in ``site_dir``."""
    headers = security_headers(site_policy(site_script_hashes(site_dir)), behind_tls)
    lines = [f"add_header {name} {nginx_value(value)} always;" for name, value in headers.items()]
    return "\n".join([*FIRST_LINES, *lines]) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the snippet for a built site."""
    parser = argparse.ArgumentParser(description="Skriv nginx-snutten med sikkerhetshodene.")
    parser.add_argument("site_dir", type=Path, help="det bygde nettstedet (mappen nginx serverer)")
    parser.add_argument(
        "--uten-tls", action="store_true", help="uten Strict-Transport-Security (bare for test)"
    )
    arguments = parser.parse_args(argv)
    if not arguments.site_dir.is_dir():
        parser.error(f"{arguments.site_dir} finnes ikke (bygg nettstedet først)")
    sys.stdout.write(nginx_snippet(arguments.site_dir, not arguments.uten_tls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
