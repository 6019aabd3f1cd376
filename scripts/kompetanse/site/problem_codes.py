"""MkDocs hook: fills ``utvikling/problemkoder.md`` with every problem code and its meaning."""

from __future__ import annotations

from typing import Any

from kompetanse.validation.frictionless_meanings import FRICTIONLESS_MEANINGS
from kompetanse.validation.problems import PROBLEM_CODES, Severity

PAGE = "utvikling/problemkoder.md"
MARKER = "<!-- problemkoder -->"
SEVERITY_NB = {Severity.ERROR: "feil", Severity.WARNING: "advarsel"}


def problem_code_table() -> str:
    """Markdown tables: our codes, then the Frictionless codes kept as they are."""
    lines = ["| Kode | Alvor | Betydning |", "|---|---|---|"]
    lines += [
        f"| `{code}` | {SEVERITY_NB[info.severity]} | {info.meaning} |"
        for code, info in sorted(PROBLEM_CODES.items())
    ]
    lines += [
        "",
        "Feil i tabellene i `data/` har kodene fra Frictionless, uendret:",
        "",
        "| Kode | Alvor | Betydning |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{code}` | feil | {meaning} |"
        for code, meaning in sorted(FRICTIONLESS_MEANINGS.items())
    ]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace the marker on the problem-code page with the generated tables."""
    if page.file.src_uri != PAGE:
        return markdown
    return markdown.replace(MARKER, problem_code_table())
