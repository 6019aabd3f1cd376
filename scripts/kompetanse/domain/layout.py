"""The rows of the published count of behovsmeldinger, as each office writes them.

``data/fordeling_rader.csv`` lists the rows in the office's order with the label it uses. A row
takes either the owners of one fylke, the owners of one type wherever they are (the offices count
the fylkeskommuner apart, in a row «Fylkeskommunene»), or, with neither a fylke nor a type,
every owner no other row takes. Rows with the same label are one published row. A type row goes
before a fylke row, and a fylke row before the row for the rest. An owner that no row takes
cannot be counted: the allocation then refuses to publish rather than leave it out.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Radregel:
    """One line of the layout table."""

    etikett: str
    fylke: str | None
    eiertype: str | None


class CountLayout:
    """Which published row an owner is counted in, and the rows in the office's order."""

    def __init__(self, rules: Iterable[Radregel]) -> None:
        self.rules = tuple(rules)
        self._by_eiertype = {r.eiertype: r.etikett for r in reversed(self.rules) if r.eiertype}
        self._by_fylke = {
            r.fylke: r.etikett for r in reversed(self.rules) if r.fylke and not r.eiertype
        }
        self._rest = next((r.etikett for r in self.rules if not r.fylke and not r.eiertype), None)

    @classmethod
    def default(cls, fylker: Sequence[str]) -> CountLayout:
        """One row per fylke of the office, then a row for owners elsewhere."""
        rules = [Radregel(name, name, None) for name in fylker]
        return cls([*rules, Radregel("Andre fylker", None, None)])

    @property
    def labels(self) -> tuple[str, ...]:
        """The published rows in order, each once."""
        return tuple(dict.fromkeys(rule.etikett for rule in self.rules))

    def always_shown(self, existing: Container[str]) -> frozenset[str]:
        """Rows shown even when they count nothing: a type row, or a row of a fylke that exists
        in the year (Viken is not shown for 2025). The row for the rest is shown only when it
        counts."""
        return frozenset(
            r.etikett for r in self.rules if r.eiertype or (r.fylke and r.fylke in existing)
        )

    def label_for(self, eiertype: str, fylke: str | None) -> str | None:
        """The row an owner of this type in this fylke is counted in; None when no row takes it."""
        if eiertype in self._by_eiertype:
            return self._by_eiertype[eiertype]
        if fylke is not None and fylke in self._by_fylke:
            return self._by_fylke[fylke]
        return self._rest


@dataclass(frozen=True)
class Counted:
    """One owner to count: a melding of the year or an earlier vedtak made that year."""

    key: str
    eier: str
    eiertype: str
    fylke: str | None
    column: int


@dataclass(frozen=True)
class CountTable:
    """The counts per published row (one count per column), and the owners no row takes."""

    rows: tuple[tuple[str, tuple[int, ...]], ...]
    unplaced: tuple[Counted, ...]


def count_rows(
    layout: CountLayout, counted: Iterable[Counted], columns: int, existing: Container[str]
) -> CountTable:
    """Count each owner in its row; rows not always shown appear only when they count."""
    counts = {label: [0] * columns for label in layout.labels}
    unplaced = []
    for owner in counted:
        label = layout.label_for(owner.eiertype, owner.fylke)
        if label is None:
            unplaced.append(owner)
        else:
            counts[label][owner.column] += 1
    shown = layout.always_shown(existing)
    rows = tuple((label, tuple(row)) for label, row in counts.items() if label in shown or any(row))
    return CountTable(rows, tuple(unplaced))
