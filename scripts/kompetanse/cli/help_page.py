"""MkDocs hook: fills ``utvikling/kommandoer.md`` with the help text of every CLI command."""

from __future__ import annotations

from typing import Any

from kompetanse.cli import iter_command_help

PAGE = "utvikling/kommandoer.md"
MARKER = "<!-- kommandoer -->"


def command_reference() -> str:
    """One section per command with its help text in a code block."""
    sections = []
    for name, help_text in iter_command_help():
        sections.append(f"## `kompetanse {name}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(sections)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace the marker on the command page with the generated reference."""
    if page.file.src_uri != PAGE:
        return markdown
    return markdown.replace(MARKER, command_reference())
