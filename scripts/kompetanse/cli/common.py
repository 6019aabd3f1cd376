"""What every command shares: exit codes, the project root, progress on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

EXIT_OK, EXIT_PROBLEMS, EXIT_COULD_NOT_RUN = 0, 1, 2
PROGRESS_THRESHOLD = 200
MARKER = Path("schemas/behovsmelding.schema.json")
INSTALLED_FROM = Path(__file__).resolve().parents[3]


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds the behovsmelding schema.

    Outside any project (a caseworker checking a file in the home folder) it is the project the
    command was installed from, when it was installed from a clone (``pip install -e``).
    """
    for folder in [start, *start.parents, INSTALLED_FROM]:
        if (folder / MARKER).is_file():
            return folder
    return start


def root_option(function: click.decorators.FC) -> click.decorators.FC:
    """The shared ``--root`` option."""
    return click.option(
        "--root",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Prosjektets rotmappe (standard: nærmeste mappe med schemas/).",
    )(function)


def resolve_root(root: Path | None) -> Path:
    """The given root, or the one found from the current folder."""
    return (root or find_root(Path.cwd())).resolve()


def fail(message: str) -> None:
    """Print one clear line and exit with 'could not run' (git's several lines joined into one)."""
    line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    click.echo(f"kompetanse: {line}", err=True)
    sys.exit(EXIT_COULD_NOT_RUN)


def terminal_progress(items: Iterable[str]) -> Iterator[str]:
    """A progress bar on stderr when it is a terminal and there are many files."""
    listed = list(items)
    if len(listed) < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield from listed
        return
    with click.progressbar(listed, label="Kontrollerer", file=sys.stderr) as bar:
        yield from bar
