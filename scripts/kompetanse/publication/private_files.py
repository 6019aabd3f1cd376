"""Where files for the office alone go: letters, payout lists, the list of missing rapporter.

They are written under ``build/`` unless another folder is named, and never under ``docs/``,
which the public site publishes in full.
"""

from __future__ import annotations

from pathlib import Path

from kompetanse.errors import KompetanseError

PRIVATE_DIR = "build"
PUBLIC_DIR = "docs"


class PrivateFolderError(KompetanseError):
    """Files for the office alone were asked to be written where the public site publishes."""


def outside_site(root: Path, folder: Path) -> Path:
    """The folder, resolved; a PrivateFolderError when it lies in the site's docs/."""
    resolved = (root / folder).resolve()
    public = (root / PUBLIC_DIR).resolve()
    if resolved == public or public in resolved.parents:
        message = f"filene er bare for embetet og skal ikke skrives under {PUBLIC_DIR}/, der nettstedet publiserer alt"
        raise PrivateFolderError(message)
    return resolved
