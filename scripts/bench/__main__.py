"""Run every benchmark in turn: ``python -m bench [name ...]``."""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

from bench import BENCHMARKS


def main(argv: list[str]) -> None:
    """Run the named benchmarks (all when none are named) in a scratch folder."""
    chosen = [name for name in BENCHMARKS if not argv or name.rsplit(".", 1)[-1] in argv]
    with tempfile.TemporaryDirectory(prefix="kompetanse-bench-") as scratch:
        for name in chosen:
            print(f"== {name.rsplit('.', 1)[-1]} ==", flush=True)
            importlib.import_module(name).run(Path(scratch))


if __name__ == "__main__":
    main(sys.argv[1:])
