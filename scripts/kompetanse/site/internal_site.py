"""MkDocs hook for the internal site (``mkdocs.intern.yml``): its front page.

The internal site is made of ``docs/saksbehandling/`` and ``docs/utvikling/``; it has no page of
its own at the root, so this hook adds one that says what the site is and where to start.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File

from kompetanse.text.catalogue import word

FRONT_PAGE = "index.md"


def front_page() -> str:
    """The internal site's front page in Markdown."""
    return "\n".join(
        [
            f"# {word('intern.tittel')}",
            "",
            word("intern.ingress"),
            "",
            f"- [{word('intern.saksbehandling')}](saksbehandling/index.md)",
            f"- [{word('intern.utvikling')}](utvikling/validering.md)",
            "",
        ]
    )


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """Add the front page."""
    if files.get_file_from_path(FRONT_PAGE) is None:
        files.append(File.generated(config, FRONT_PAGE, content=front_page()))
    return files
