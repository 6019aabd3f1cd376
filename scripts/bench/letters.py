"""The year's answer letters: ``kompetanse letters`` for 250 eiere, each as tagged PDF and HTML.

Beside it the PDF engine's floor: WeasyPrint writing as many one-line letters, in a process of
its own (``python -m bench.pdf_floor``).
"""

from __future__ import annotations

from pathlib import Path

from bench.measure import command_timing
from bench.repo import BENCH_HOME, BIN, PROJECT
from bench.synthetic import YEARS, write_synthetic_repository
from bench.table import Row
from bench.targets import TARGETS

EIERE = 250


def rows(workdir: Path, eiere: int = EIERE) -> list[Row]:
    """One run of ``letters`` for the first year, which has a vedtak for each of ``eiere``."""
    root = workdir / "letters"
    write_synthetic_repository(root, eiere * len(YEARS), seed=4, source=PROJECT)
    out = workdir / "brev"
    command = [str(BIN / "kompetanse"), "letters", "--year", str(YEARS[0]), "--output", str(out)]
    ours = command_timing(1, [*command, "--root", str(root)], root)
    written = len(list(out.rglob("*.pdf")))
    floor = [
        str(BIN / "python"),
        "-m",
        "bench.pdf_floor",
        str(written),
        str(workdir / "tomme-brev"),
    ]
    base = command_timing(1, floor, BENCH_HOME)
    scale = f"{written} eiere (PDF og HTML)"
    return [
        Row(
            "kompetanse letters",
            scale,
            ours,
            TARGETS["letters"],
            f"WeasyPrint, {written} enlinjes PDF",
            base,
        )
    ]
