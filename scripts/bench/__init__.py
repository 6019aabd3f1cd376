"""Benchmarks for ``make bench``: synthetic data at the stated scale, figures printed.

Each module in ``BENCHMARKS`` has a ``run(workdir: Path) -> None`` that prints its figures.
"""

BENCHMARKS: tuple[str, ...] = (
    "bench.validation",
    "bench.receiver",
    "bench.allocation",
    "bench.site",
)
