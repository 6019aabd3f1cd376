"""The floor for reading meldinger: ``json.load`` of every file named, nothing else.

``python -m bench.floor FILE ...`` (or ``--from LIST``, one path a line) runs as its own process,
so it is measured the way the commands it is compared with are: interpreter start included.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def load_all(paths: list[str]) -> int:
    """Parse every file; the number parsed."""
    for name in paths:
        with Path(name).open("rb") as handle:
            json.load(handle)
    return len(paths)


def main(argv: list[str]) -> int:
    """Read the files named on the command line or in the list after ``--from``."""
    if argv[:1] == ["--from"]:
        argv = Path(argv[1]).read_text(encoding="utf-8").split("\n")[:-1]
    print(load_all(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
