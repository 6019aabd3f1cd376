"""The tilretteleggingsmidler set aside from a ramme: the one rule, used by the published table
and by the share-out of the søknader."""

from __future__ import annotations

from kompetanse.domain.model import Ramme
from kompetanse.domain.money import share_of


def set_aside_of(ramme: Ramme) -> int:
    """``tilrettelegging_sats`` of the ramme, rounded up to whole kroner (money.py's rule)."""
    return share_of(ramme.tildelt_fra_udir, ramme.tilrettelegging_sats)
