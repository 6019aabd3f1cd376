"""Run the benchmarks and print one table: ``python -m bench [--quick] [name ...]``.

The table is printed as Markdown and written to ``bench-data/bench.md`` in the project (not
committed).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

from bench import BENCHMARKS, QUICK
from bench.repo import PROJECT
from bench.table import Row, markdown_table, summary

OUTPUT = PROJECT / "bench-data" / "bench.md"


def measure_all(names: list[str], quick: bool) -> list[Row]:
    """The rows of every named benchmark, each in a scratch folder of its own."""
    rows: list[Row] = []
    for name in names:
        print(f"måler {name.rsplit('.', 1)[-1]} …", end="", file=sys.stderr, flush=True)
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="kompetanse-bench-") as scratch:
            module = importlib.import_module(name)
            rows.extend(module.rows(Path(scratch), **(QUICK[name] if quick else {})))
        print(f" {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return rows


def heading(quick: bool, seconds: float) -> str:
    """When, on what, and how long the whole run took."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    scale = " (--quick: mindre skala)" if quick else ""
    return (
        f"# make bench{scale}\n\n{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} kjerner, last {load}, hele kjøringen {seconds:.0f} s. "
        "CPU er prosessens og barnas (brukertid og systemtid); veggtiden vokser med lasten "
        "på maskinen, CPU-tiden mye mindre. Målene står i scripts/bench/targets.py.\n\n"
    )


def main(argv: list[str]) -> int:
    """Measure, print the table and write it to ``bench-data/`` (a missed target is marked in
    the table and named below it; the run still succeeds, since wall time depends on the load)."""
    quick = "--quick" in argv
    wanted = [arg for arg in argv if arg != "--quick"]
    names = [name for name in BENCHMARKS if not wanted or name.rsplit(".", 1)[-1] in wanted]
    start = time.perf_counter()
    rows = measure_all(names, quick)
    text = heading(quick, time.perf_counter() - start) + markdown_table(rows) + summary(rows)
    print(text, end="")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
