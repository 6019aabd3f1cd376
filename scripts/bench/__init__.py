"""Benchmarks for ``make bench``: synthetic data at the stated scale, one table of figures.

Each module in ``BENCHMARKS`` has a ``rows(workdir: Path, ...) -> list[Row]`` that measures and
returns its rows of the table; ``QUICK`` holds the smaller scales of ``python -m bench --quick``.
"""

BENCHMARKS: tuple[str, ...] = (
    "bench.validation",
    "bench.allocation",
    "bench.site",
    "bench.receiver",
    "bench.letters",
)
QUICK: dict[str, dict[str, int]] = {
    "bench.validation": {"count": 1000},
    "bench.allocation": {"count": 1000},
    "bench.site": {"posts": 30, "per_year": 25},
    "bench.receiver": {"count": 100},
    "bench.letters": {"eiere": 20},
}
