"""The koordinator level: how large a share of a year's sum the coordinator part may be."""

from __future__ import annotations

from decimal import Decimal


def koordinator_over_limit(koordinator_andel: int, total: int, limit: Decimal) -> bool:
    """True when the coordinator part is more than ``limit`` of a positive year's sum."""
    return total > 0 and Decimal(koordinator_andel) > limit * total


def koordinator_share(koordinator_andel: int, total: int) -> Decimal:
    """The coordinator part as a percentage of the sum (0 for an empty year)."""
    return Decimal(koordinator_andel * 100) / total if total > 0 else Decimal(0)
