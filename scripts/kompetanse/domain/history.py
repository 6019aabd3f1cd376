"""Vedtak from before the system: the office's own records, one row per case and payout year.

An office that starts in the middle of a cycle has vedtak from earlier years that still pay out.
They are entered from its records (``data/vedtak_historikk.csv``) as they were made: the office's
case number, the eier as named then, the fylke as it was that year, the UH, the tiltak and the
payout of each year, with the eier/UH/koordinator split where it is known and otherwise only the
sum. No behovsmelding is invented for them; they count in Bundet opp and appear on the pages
beside the vedtak of meldinger made in the system.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kompetanse.domain.vedtak import counts_in_year

CASE_FIELDS = (
    "ordning",
    "vedtak_aar",
    "eier",
    "organisasjonsnummer",
    "eiertype",
    "fylke",
    "uh_id",
    "tiltak_tittel",
)
SHARE_FIELDS = ("eier_andel", "uh_andel", "koordinator_andel")


@dataclass(frozen=True)
class HistorikkRad:
    """One payout year of one earlier vedtak, as the office's records give it."""

    saksnummer: str
    ordning: str
    vedtak_aar: int
    eier: str
    organisasjonsnummer: str
    eiertype: str
    fylke: str
    uh_id: str
    tiltak_tittel: str
    utbetaling_aar: int
    eier_andel: int | None
    uh_andel: int | None
    koordinator_andel: int | None
    sum: int

    @property
    def given_shares(self) -> tuple[int | None, ...]:
        """The eier, UH and koordinator shares as written (None where a cell is empty)."""
        return tuple(getattr(self, name) for name in SHARE_FIELDS)

    @property
    def has_split(self) -> bool:
        """True when all three shares are known."""
        return None not in self.given_shares

    @property
    def eier_mottar(self) -> int:
        """What the eier receives: its share and the koordinator share, or the whole sum when
        the split is not known (the eier is the one the money is paid to)."""
        if not self.has_split:
            return self.sum
        return (self.eier_andel or 0) + (self.koordinator_andel or 0)

    @property
    def uh_mottar(self) -> int:
        """The UH's share (0 when the split is not known)."""
        return (self.uh_andel or 0) if self.has_split else 0

    def case(self) -> tuple[object, ...]:
        """The fields that are the same on every row of one case."""
        return tuple(getattr(self, name) for name in CASE_FIELDS)


def rows_of_case(rows: Iterable[HistorikkRad]) -> dict[str, list[HistorikkRad]]:
    """The rows grouped by case number, in the order they were written."""
    cases: dict[str, list[HistorikkRad]] = {}
    for row in rows:
        cases.setdefault(row.saksnummer, []).append(row)
    return cases


def payouts_in(rows: Iterable[HistorikkRad], aar: int) -> Iterator[HistorikkRad]:
    """The rows that pay out in ``aar``."""
    return (row for row in rows if row.utbetaling_aar == aar)


def bound_in(rows: Iterable[HistorikkRad], aar: int) -> int:
    """What earlier vedtak among ``rows`` pay out in ``aar`` (part of Bundet opp)."""
    return sum(row.sum for row in payouts_in(rows, aar) if row.vedtak_aar < aar)


def decided_in(rows: Iterable[HistorikkRad], aar: int) -> int:
    """What vedtak made in ``aar`` among ``rows`` pay out in it (part of Vedtatt)."""
    return sum(row.sum for row in payouts_in(rows, aar) if row.vedtak_aar == aar)


def cases_decided_in(rows: Iterable[HistorikkRad], aar: int) -> list[HistorikkRad]:
    """The first row of each case whose vedtak was made in ``aar``, by case number."""
    cases = rows_of_case(row for row in rows if row.vedtak_aar == aar)
    return [cases[number][0] for number in sorted(cases)]


def in_view(rows: Iterable[HistorikkRad], aar: int) -> list[HistorikkRad]:
    """Every row of the cases the year's lists show: made in the year or paying out in it."""
    listed = list(rows)
    shown = {row.saksnummer for row in listed if counts_in_year(row, aar)}
    return [row for row in listed if row.saksnummer in shown and row.vedtak_aar <= aar]
