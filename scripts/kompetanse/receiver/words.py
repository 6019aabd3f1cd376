"""The words of the receiver's own pages and letters, in the melding's målform.

The texts live in the keyed catalogues (``eierside.*`` in :mod:`kompetanse.text.words`); this
module only names the area and picks the målform a stored melding records.
"""

from __future__ import annotations

from typing import Any

from kompetanse.text.catalogue import Maalform, maalform_or_default
from kompetanse.text.catalogue import word as catalogue_word

AREA = "eierside."


def word(key: str, maalform: Maalform = "nb", /, **fields: object) -> str:
    """The text for ``key`` of the owner's pages in ``maalform``, with its fields filled in."""
    return catalogue_word(AREA + key, maalform, **fields)


def status_key(status: str) -> str:
    """The catalogue's name for a status: ``til behandling`` → ``til-behandling``."""
    return status.replace(" ", "-")


def status_word(status: str, maalform: Maalform = "nb") -> str:
    """A status (``til behandling``) as the owner reads it."""
    return word("status." + status_key(status), maalform)


def maalform_of_document(document: dict[str, Any]) -> Maalform:
    """The målform the melding was sent in (bokmål when it records none)."""
    return maalform_or_default(document.get("maalform"))
