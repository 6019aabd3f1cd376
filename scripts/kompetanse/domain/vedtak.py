"""Which vedtak a year's allocation shows: the one rule, used by the allocation and its reader."""

from __future__ import annotations

from collections.abc import Iterable

from kompetanse.domain.model import Vedtak


def counts_in_year(vedtak: Vedtak, aar: int) -> bool:
    """A vedtak made in the year, or an earlier vedtak that pays out in it."""
    return vedtak.vedtak_aar == aar or (vedtak.vedtak_aar < aar and vedtak.utbetaling_aar == aar)


def ids_in_view(vedtak: Iterable[Vedtak], aar: int) -> set[str]:
    """Ids of the behovsmeldinger whose vedtak the year's allocation shows."""
    return {v.behovsmelding_id for v in vedtak if counts_in_year(v, aar)}
