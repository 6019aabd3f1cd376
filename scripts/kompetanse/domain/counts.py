"""What the year's tables count besides money: owners per published row, the binding years.

Both the meldinger of the year and the earlier vedtak made in the year (from the office's
records) are counted, so a year from before the system shows its cases like a year within it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from kompetanse.domain.fylker import Fylke, fylker_in
from kompetanse.domain.history import HistorikkRad, cases_decided_in
from kompetanse.domain.layout import Counted, CountLayout, CountTable, count_rows
from kompetanse.domain.model import Behovsmelding, Ordning, Vedtak


def counted_owners(
    meldinger: Iterable[Behovsmelding], historikk: Iterable[HistorikkRad], aar: int
) -> Iterator[Counted]:
    """The owner of each melding of the year and of each earlier vedtak made in the year."""
    columns = list(Ordning)
    for m in meldinger:
        eier = m.eier
        yield Counted(m.id, eier.navn, eier.eiertype.value, eier.fylke, columns.index(m.ordning))
    for row in cases_decided_in(historikk, aar):
        column = columns.index(Ordning(row.ordning))
        yield Counted(f"sak {row.saksnummer}", row.eier, row.eiertype, row.fylke, column)


def count_owners(
    layout: CountLayout | None,
    fylker: Sequence[Fylke],
    meldinger: Iterable[Behovsmelding],
    historikk: Iterable[HistorikkRad],
    aar: int,
) -> CountTable:
    """The owners per published row, one count per ordning (in Ordning order).

    Without a layout of its own the office gets one row per fylke it had in the year.
    """
    existing = fylker_in(fylker, aar)
    office = [f.fylke for f in fylker if f.i_embetet and f.valid_in(aar)]
    rows = layout or CountLayout.default(office)
    owners = counted_owners(meldinger, historikk, aar)
    return count_rows(rows, owners, len(Ordning), frozenset(existing))


def binding_years(
    vedtak: Sequence[Vedtak], historikk: Sequence[HistorikkRad], aar: int
) -> tuple[int, ...]:
    """The years of the vedtak that bind money in ``aar`` (what Bundet opp comes from)."""
    years = {v.vedtak_aar for v in vedtak if v.utbetaling_aar == aar and v.vedtak_aar < aar}
    years |= {r.vedtak_aar for r in historikk if r.utbetaling_aar == aar and r.vedtak_aar < aar}
    return tuple(sorted(years))
