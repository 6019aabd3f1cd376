"""What the year's tables count besides money: owners per published row, the binding years.

Both the meldinger of the year and the earlier vedtak made in the year (from the office's
records) are counted, so a year from before the system shows its cases like a year within it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from kompetanse.domain.fylker import Fylke, fylker_in
from kompetanse.domain.history import HistorikkRad, cases_decided_in
from kompetanse.domain.layout import Counted, CountLayout, CountTable, count_rows
from kompetanse.domain.model import Behovsmelding, Vedtak
from kompetanse.domain.ordninger import OrdningRegister


def counted_owners(
    ordninger: OrdningRegister,
    meldinger: Iterable[Behovsmelding],
    historikk: Iterable[HistorikkRad],
    aar: int,
) -> Iterator[Counted]:
    """The owner of each melding of the year and of each earlier vedtak made in the year, in the
    column of its ordning (one the register does not know has no column; validation says so)."""
    for m in meldinger:
        column = ordninger.position(m.ordning)
        if column is not None:
            yield Counted(m.id, m.eier.navn, m.eier.eiertype.value, m.eier.fylke, column)
    for row in cases_decided_in(historikk, aar):
        column = ordninger.position(row.ordning)
        if column is not None:
            yield Counted(f"sak {row.saksnummer}", row.eier, row.eiertype, row.fylke, column)


def count_owners(
    layout: CountLayout | None,
    fylker: Sequence[Fylke],
    ordninger: OrdningRegister,
    meldinger: Iterable[Behovsmelding],
    historikk: Iterable[HistorikkRad],
    aar: int,
) -> CountTable:
    """The owners per published row, one count per ordning (in the register's order).

    Without a layout of its own the office gets one row per fylke it had in the year.
    """
    existing = fylker_in(fylker, aar)
    office = [f.fylke for f in fylker if f.i_embetet and f.valid_in(aar)]
    rows = layout or CountLayout.default(office)
    owners = counted_owners(ordninger, meldinger, historikk, aar)
    return count_rows(rows, owners, len(ordninger), frozenset(existing))


def binding_years(
    vedtak: Sequence[Vedtak], historikk: Sequence[HistorikkRad], aar: int
) -> tuple[int, ...]:
    """The years of the vedtak that bind money in ``aar`` (what Bundet opp comes from)."""
    years = {v.vedtak_aar for v in vedtak if v.utbetaling_aar == aar and v.vedtak_aar < aar}
    years |= {r.vedtak_aar for r in historikk if r.utbetaling_aar == aar and r.vedtak_aar < aar}
    return tuple(sorted(years))
