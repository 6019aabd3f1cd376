"""Which vedtak a year's allocation shows: the one rule, used by the allocation and its reader."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kompetanse.domain.model import Vedtak


class PayoutYear(Protocol):
    """One payout year of a vedtak: made in the system (Vedtak) or from the office's records."""

    @property
    def vedtak_aar(self) -> int: ...

    @property
    def utbetaling_aar(self) -> int: ...


def counts_in_year(vedtak: PayoutYear, aar: int) -> bool:
    """A vedtak made in the year, or an earlier vedtak that pays out in it."""
    return vedtak.vedtak_aar == aar or (vedtak.vedtak_aar < aar and vedtak.utbetaling_aar == aar)


def ids_in_view(vedtak: Iterable[Vedtak], aar: int) -> set[str]:
    """Ids of the behovsmeldinger whose vedtak the year's allocation shows."""
    return {v.behovsmelding_id for v in vedtak if counts_in_year(v, aar)}


def ids_without_melding(
    vedtak: Iterable[Vedtak], known: Mapping[str, object], aar: int
) -> tuple[str, ...]:
    """Ids of meldinger that vedtak shown in the year point to but that have no file."""
    return tuple(sorted(i for i in ids_in_view(vedtak, aar) if i not in known))
