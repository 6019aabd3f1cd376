"""Owner text made inert for the outputs it reaches.

Owner and caseworker text (names, titles, file paths, JSON keys) is never trusted: before it
goes into Markdown, HTML or a terminal it passes through one of the functions here.
"""

from __future__ import annotations

SAFE_PUNCTUATION = frozenset(" .,")


def escape_markdown(value: str) -> str:
    """Text that Markdown and HTML show literally."""
    return "".join(
        char if char.isalnum() or char in SAFE_PUNCTUATION else f"&#{ord(char)};"
        for char in value.replace("\n", " ").replace("\r", " ")
    )


MARKDOWN_PUNCTUATION = frozenset("\\*_[]()!~#")
CELL_REPLACEMENTS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "|": "\\|",
    "\n": " ",
    "\r": " ",
    "`": "\\`",
}


def escape_markdown_cell(text: str) -> str:
    """Owner text shown literally in a Markdown table cell: no HTML, links, images, emphasis,
    pipes or line breaks."""
    return "".join(
        f"\\{char}" if char in MARKDOWN_PUNCTUATION else CELL_REPLACEMENTS.get(char, char)
        for char in text
    )
