"""The problem codes the package can emit, found by reading its source (not its catalogue)."""

from __future__ import annotations

import re
from pathlib import Path

from kompetanse.validation.schema import CODE_BY_KEYWORD

PACKAGE = Path(__file__).resolve().parents[2] / "scripts" / "kompetanse"
CODE = r'"([a-z]+(?:-[a-z0-9]+)+)"'
EMITTING_CALL = re.compile(
    r"(?:make_problem|ctx\.problem|_InputError|Problem|refusal|say)\([^)]*?" + CODE, re.S
)
# A code named once and passed on: ``code = "…"`` or ``code, key = "…", "…"``.
NAMED_CODE = re.compile(r"\bcode(?:, key)? = " + CODE)
FALLBACK_CODE = re.compile(r"CODE_BY_KEYWORD\.get\([^)]*?" + CODE, re.S)


def emitted_codes() -> set[str]:
    """Codes passed to make_problem / ctx.problem / say / _InputError / refusal in the package
    source (directly or named as ``code``), the schema keywords' codes and the code a keyword
    without its own falls back to."""
    found: set[str] = set(CODE_BY_KEYWORD.values())
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(EMITTING_CALL.findall(text)) | set(FALLBACK_CODE.findall(text))
        found |= set(NAMED_CODE.findall(text))
    return found
