"""A draft vedtak for a year without vedtak: what the samarbeidsforum starts from.

For each ordning, the behovsmeldinger of the year that have no vedtak yet share what is left of
Disponibelt (Disponibelt − Vedtatt). When their requests for the year fit, each gets what it asked
for; otherwise the requests are scaled pro rata to whole kroner by the largest-remainder method,
ties broken by id (:func:`kompetanse.domain.largest_remainder.scale_to`), so the sum equals what is left exactly.
Each granted amount is split over eier, UH and koordinator in the proportions of the request, by
the same method. Later years of a multi-year melding are proposed as requested: they bind next
years' rammer and are settled when those are known.

The draft is written to ``data/vedtak_forslag.csv`` (columns of vedtak.csv plus ``innmeldt``),
replacing any earlier draft; caseworkers edit it in a pull request and ``validate`` checks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from kompetanse.domain.allocation import AllocationInput, build_allocation
from kompetanse.domain.largest_remainder import scale_to
from kompetanse.domain.model import Behovsmelding, Budsjettaar, Vedtak
from kompetanse.repository.files import write_atomically
from kompetanse.repository.table_schema import table_columns
from kompetanse.text.inert import csv_text

PROPOSAL_FILE = "data/vedtak_forslag.csv"
DRAFT_TABLE = "vedtak_forslag"


@dataclass(frozen=True)
class ForslagRow:
    """One proposed payout and what was asked for it."""

    vedtak: Vedtak
    innmeldt: int


def split_shares(year: Budsjettaar, amount: int) -> tuple[int, int, int]:
    """``amount`` split over eier, UH and koordinator in the proportions of the budget line."""
    parts = {"eier": year.eier_andel, "koordinator": year.koordinator_andel, "uh": year.uh_andel}
    if sum(parts.values()) <= 0:
        return amount, 0, 0
    shares = scale_to(parts, amount)
    return shares["eier"], shares["uh"], shares["koordinator"]


def row_for(melding: Behovsmelding, aar: int, year: Budsjettaar, amount: int) -> ForslagRow:
    """The proposed payout for one budget line."""
    eier, uh, koordinator = split_shares(year, amount)
    vedtak = Vedtak(melding.id, aar, year.aar, eier, uh, koordinator)
    return ForslagRow(vedtak, year.sum)


def undecided(data: AllocationInput, ordning: str) -> list[Behovsmelding]:
    """The year's meldinger in one ordning that have no vedtak row, sorted by id."""
    decided = {v.behovsmelding_id for v in data.vedtak}
    return sorted(
        (
            m
            for m in data.meldinger.values()
            if m.aar == data.aar and m.ordning == ordning and m.id not in decided
        ),
        key=lambda m: m.id,
    )


def propose_ordning(data: AllocationInput, ordning: str, available: int) -> list[ForslagRow]:
    """Rows for one ordning: this year's lines scaled to ``available``, later lines as asked."""
    meldinger = undecided(data, ordning)
    granted = scale_to({m.id: m.requested_in(data.aar) for m in meldinger}, available)
    rows = []
    for melding in meldinger:
        for year in sorted(melding.budsjett, key=lambda y: y.aar):
            amount = granted[melding.id] if year.aar == data.aar else max(0, year.sum)
            if year.aar >= data.aar:
                rows.append(row_for(melding, data.aar, year, amount))
    return rows


def propose(data: AllocationInput) -> list[ForslagRow]:
    """The draft for every ordning of ``data.aar``, sorted by id and payout year."""
    allocation = build_allocation(data)
    rows = [
        row
        for line in allocation.lines
        if line.ordning is not None
        for row in propose_ordning(data, line.ordning, line.gjenstaar)
    ]
    return sorted(rows, key=lambda r: (r.vedtak.behovsmelding_id, r.vedtak.utbetaling_aar))


def proposal_csv(rows: Iterable[ForslagRow], columns: Sequence[str]) -> str:
    """The draft as CSV text in the columns of its table schema (vedtak.csv's, plus innmeldt)."""
    cells = [asdict(row.vedtak) | {"innmeldt": row.innmeldt} for row in rows]
    return csv_text([tuple(columns), *([record[name] for name in columns] for record in cells)])


def write_proposal(root: Path, rows: Iterable[ForslagRow]) -> Path:
    """Write the draft to ``data/vedtak_forslag.csv`` and return its path."""
    path = root / PROPOSAL_FILE
    columns = [name for name, _ in table_columns(root, DRAFT_TABLE)]
    write_atomically(path, proposal_csv(rows, columns).encode("utf-8"))
    return path
