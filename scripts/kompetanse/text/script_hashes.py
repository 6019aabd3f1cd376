"""The CSP hashes of a page's inline JavaScript, for the form page's own policy and for the
headers the receiver and the reverse proxy send with the site."""

from __future__ import annotations

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
JS_TYPES = frozenset({"", "text/javascript", "module", "application/javascript"})


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions (``'sha256-…'``) for the page's inline JavaScript, sorted (data
    blocks such as ``type="application/json"`` are not run, so they need none)."""
    found = set()
    for match in INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        kind = SCRIPT_TYPE.search(attrs)
        if "src=" in attrs or (kind and kind.group(1).lower() not in JS_TYPES):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        found.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(found)
