"""MkDocs hook for the internal site (``mkdocs.intern.yml``): its front page.

The internal site is made of ``docs/saksbehandling/`` and ``docs/utvikling/``; the root page of
``docs/`` is the public front page (left out by ``exclude_docs``), so this hook puts the internal
site's own front page there: what the site is and where to start.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, InclusionLevel

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
    public_front_page = files.get_file_from_path(FRONT_PAGE)
    if public_front_page is not None:
        files.remove(public_front_page)
    page = File.generated(config, FRONT_PAGE, content=front_page())
    page.inclusion = InclusionLevel.INCLUDED
    files.append(page)
    return files
