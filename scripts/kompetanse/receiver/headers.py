"""The security headers: one set for everything the receiver serves, and for the site behind the
proxy (``deploy/nginx/``, whose snippet :mod:`kompetanse.receiver.nginx` writes from this module).

Three policies, by what is served: the API's JSON (nothing may load or frame it), the owner's pages
(their own stylesheet and forms, nothing else) and the built site (its own files, the theme's inline
scripts by hash, never ``'unsafe-inline'`` for scripts). Every one says ``frame-ancestors 'none'``,
which a ``<meta>`` policy cannot: only a header keeps the form out of another site's frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kompetanse.text.script_hashes import inline_script_hashes

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
HSTS = {"Strict-Transport-Security": "max-age=31536000"}
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
# The owner's pages and their stylesheet; the API is under /api/; everything else is the site.
PAGE_PREFIXES = ("/behovsmelding/", "/bekreft/", "/mottak.css")
API_PREFIX = "/api/"


def site_policy(script_hashes: Iterable[str]) -> str:
    """The built site's policy: its own origin, the theme's inline scripts by their hashes.

    Style attributes are allowed (the charts size themselves with one); style elements and
    stylesheets only from the site.
    """
    scripts = " ".join(["'self'", *sorted(set(script_hashes))])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def site_script_hashes(site_dir: Path) -> list[str]:
    """The hashes of every inline script in the built site's pages."""
    found: set[str] = set()
    for page in sorted(site_dir.rglob("*.html")):
        found.update(inline_script_hashes(page.read_text(encoding="utf-8", errors="replace")))
    return sorted(found)


def security_headers(policy: str, behind_tls: bool) -> dict[str, str]:
    """The whole set for one answer."""
    return COMMON_HEADERS | {"Content-Security-Policy": policy} | (HSTS if behind_tls else {})


def policy_for(path: str, site: str | None) -> str:
    """The policy for an answer at ``path`` (``site`` is the site's policy when one is served)."""
    if path.startswith(PAGE_PREFIXES):
        return PAGE_POLICY
    if path.startswith(API_PREFIX) or site is None:
        return API_POLICY
    return site
