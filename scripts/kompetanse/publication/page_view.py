"""What an allocation page is written in: its målform and the year's egenandel rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kompetanse.text.catalogue import Maalform, word


@dataclass(frozen=True)
class PageView:
    """What a page is written in: its målform, and the year's minimum egenandel rate."""

    maalform: Maalform = "nb"
    egenandel_sats: Decimal | None = None

    def t(self, key: str, **params: object) -> str:
        """A catalogue text in this page's målform."""
        return word(key, self.maalform, **params)
