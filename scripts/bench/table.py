"""One bench table: each figure beside its floor or peer from the same run, checked against a target.

A row holds what was measured (wall and CPU seconds), what it is set beside, and the targets it
is held to (from ``bench.targets``). A row that misses a target, or lacks the figure a target
names, is marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bench.measure import Timing

MISSED = "✗ bommet"
MET = "✓"
UNIT_BY_KEY = {
    "wall": "s vegg",
    "cpu": "s CPU",
    "ratio_wall": "× vegg",
    "ratio_cpu": "× CPU",
    "per_second": "per s",
    "p95_ms": "ms p95",
}
HEADER = (
    "Hva",
    "Skala",
    "Vegg s",
    "CPU s",
    "Gulv eller likemann",
    "Dens vegg s",
    "Dens CPU s",
    "Forhold vegg",
    "Forhold CPU",
    "Mål",
    "Målt",
    "",
)


@dataclass(frozen=True)
class Target:
    """A limit on one figure of a row: at most (or at least) ``limit``."""

    key: str
    limit: float
    at_most: bool = True

    def met(self, value: float) -> bool:
        """True when ``value`` is within the limit."""
        return value <= self.limit if self.at_most else value >= self.limit

    def describe(self) -> str:
        """The target as the table shows it, e.g. ``≤ 10 × vegg``."""
        return f"{'≤' if self.at_most else '≥'} {self.limit:g} {UNIT_BY_KEY[self.key]}"


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    what: str
    scale: str
    ours: Timing
    targets: tuple[Target, ...]
    against: str = ""
    other: Timing | None = None
    extra: Mapping[str, float] = field(default_factory=dict)

    def ratio(self, attribute: str) -> float | None:
        """Ours divided by the floor's or peer's, for ``wall`` or ``cpu``."""
        if self.other is None or getattr(self.other, attribute) <= 0:
            return None
        return float(getattr(self.ours, attribute) / getattr(self.other, attribute))

    def figures(self) -> dict[str, float]:
        """Every figure a target may name."""
        ratios = {f"ratio_{name}": self.ratio(name) for name in ("wall", "cpu")}
        present = {key: value for key, value in ratios.items() if value is not None}
        return {"wall": self.ours.wall, "cpu": self.ours.cpu, **present, **self.extra}

    def misses(self) -> list[Target]:
        """The targets not met, a target whose figure is missing among them."""
        figures = self.figures()
        return [t for t in self.targets if t.key not in figures or not t.met(figures[t.key])]


def number(value: float | None) -> str:
    """A figure for a cell: two decimals below 10, one below 1000, else whole."""
    if value is None:
        return "–"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 1000 else f"{value:.0f}"


def measured(row: Row) -> str:
    """The figures the targets look at (and p50 beside p95), as the table shows them."""
    figures = row.figures()
    keys = [t.key for t in row.targets] + (["p50_ms"] if "p50_ms" in figures else [])
    unit_by_key = {**UNIT_BY_KEY, "p50_ms": "ms p50"}
    return "; ".join(f"{number(figures.get(key))} {unit_by_key[key]}" for key in keys) or "–"


def cells(row: Row) -> tuple[str, ...]:
    """The cells of one row."""
    other = row.other
    return (
        row.what,
        row.scale,
        number(row.ours.wall),
        number(row.ours.cpu),
        row.against or "–",
        number(other.wall if other else None),
        number(other.cpu if other else None),
        number(row.ratio("wall")),
        number(row.ratio("cpu")),
        "; ".join(t.describe() for t in row.targets) or "–",
        measured(row),
        MISSED if row.misses() else MET if row.targets else "–",
    )


def markdown_table(rows: Iterable[Row]) -> str:
    """The rows as one Markdown table."""
    lines = [HEADER, tuple("---" for _ in HEADER), *(cells(row) for row in rows)]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines) + "\n"


def summary(rows: list[Row]) -> str:
    """One line under the table: the rows that missed a target, or that none did."""
    missed = [row.what for row in rows if row.misses()]
    if not missed:
        return "\nAlle mål nådd.\n"
    return f"\n{len(missed)} av {len(rows)} rader bommet på målet: {'; '.join(missed)}.\n"
