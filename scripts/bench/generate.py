"""Write a project of synthetic, valid behovsmeldinger: ``python -m bench.generate --out DIR``.

Schemas and reference data are copied from the project (the yearly tables carried to every year
asked for, the rammer raised to what the meldinger ask); vedtak are made for every year but the
last. The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.synthetic import YEARS, write_synthetic_repository

MARKER = Path("schemas/behovsmelding.schema.json")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line: count, seed, output folder and the project to copy from."""
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--count", type=int, default=10_000, help="Antall behovsmeldinger.")
    parser.add_argument("--seed", type=int, default=1, help="Samme frø gir de samme filene.")
    parser.add_argument("--out", type=Path, required=True, help="Mappen det skrives til.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="Prosjektet.")
    parser.add_argument(
        "--years", type=int, nargs="+", default=list(YEARS), help="Årene meldingene fordeles på."
    )
    return parser.parse_args(argv)


def generate(argv: list[str]) -> int:
    """Write the repository; print one line and return the exit code."""
    args = parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"generate: {args.out} finnes og er ikke tom", file=sys.stderr)
        return 2
    if not (args.root / MARKER).is_file():
        print(f"generate: finner ikke {MARKER} i {args.root}", file=sys.stderr)
        return 2
    try:
        written = write_synthetic_repository(
            args.out, args.count, args.seed, args.root, tuple(sorted(args.years))
        )
    except OSError as error:
        print(f"generate: kunne ikke skrive {args.out}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Skrev {len(written)} behovsmeldinger til {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(generate(sys.argv[1:]))
