"""The ``kompetanse`` command line. Each command parses, calls one function, maps to an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from kompetanse.check import CheckResult, Selection, check_repository
from kompetanse.cli.norsk import NorwegianGroup
from kompetanse.errors import KompetanseError
from kompetanse.gitops.diff import changed_paths_since
from kompetanse.reporting import RENDERERS
from kompetanse.submissions import SUBMISSIONS_DIR
from kompetanse.synthetic import write_synthetic_repository
from kompetanse.validation.tables import load_package_descriptor, table_paths

EXIT_OK, EXIT_PROBLEMS, EXIT_COULD_NOT_RUN = 0, 1, 2
PROGRESS_THRESHOLD = 200
MARKER = Path("schemas/behovsmelding.schema.json")
RULE_FOLDERS = ("schemas/", "data/")


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds the behovsmelding schema."""
    for folder in [start, *start.parents]:
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


def require_checkable(root: Path, path: Path, relpath: str) -> str:
    """The path, when it is (or holds) a behovsmelding under submissions/ or a data table."""
    tables = table_paths(load_package_descriptor(root))
    inside = relpath == SUBMISSIONS_DIR or relpath.startswith(f"{SUBMISSIONS_DIR}/")
    if inside or any(t == relpath or t.startswith(f"{relpath}/") for t in tables):
        return relpath
    raise KompetanseError(
        f"{path} er verken en behovsmelding under {SUBMISSIONS_DIR}/ eller en tabell i "
        "datapakken, så den kan ikke kontrolleres"
    )


def relative_selection(root: Path, paths: tuple[Path, ...], changed_since: str | None) -> Selection:
    """Which files to check: the given paths, those changed since a ref, or everything.

    A change under schemas/ or data/ can make any melding invalid (a new rate, a UH removed from
    the register), so then every file is checked.
    """
    given: dict[str, Path] = {}
    for path in paths:
        absolute = path.resolve()
        if not absolute.is_relative_to(root):
            raise KompetanseError(f"{path} ligger utenfor prosjektet {root}")
        given[absolute.relative_to(root).as_posix()] = path
    if "." in given:
        return Selection()
    chosen = {require_checkable(root, path, relpath) for relpath, path in given.items()}
    if changed_since is not None:
        changed = changed_paths_since(root, changed_since)
        if any(path.startswith(RULE_FOLDERS) for path in changed):
            return Selection()
        chosen |= changed
    if not paths and changed_since is None:
        return Selection()
    return Selection(frozenset(chosen))


@click.group(cls=NorwegianGroup)
@click.version_option(package_name="kompetanse", help="Vis versjonen og avslutt.")
def main() -> None:
    """Behovsmeldinger, validering og fordeling for lokal kompetanseutvikling."""


def iter_command_help() -> Iterator[tuple[str, str]]:
    """Each command's name and its full ``--help`` text, for the docs."""
    context = main.context_class(main, info_name="kompetanse")
    for name in sorted(main.list_commands(context)):
        command = main.get_command(context, name)
        if command is not None:
            with command.context_class(command, info_name=name, parent=context) as sub:
                yield name, command.get_help(sub)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--changed-since",
    metavar="REF",
    help="Kontroller bare det som er endret siden en git-ref (alt når schemas/ eller data/ er endret).",
)
@click.option(
    "-o", "--output", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True
)
@root_option
def validate(
    paths: tuple[Path, ...], changed_since: str | None, output: str, root: Path | None
) -> None:
    """Kontroller behovsmeldinger og tabeller: skjema, regler og sammenheng mellom filer.

    Uten PATHS kontrolleres hele prosjektet. Avslutter med 0 uten feil, 1 ved feil og 2 når
    kontrollen ikke kunne kjøres. Advarsler gir aldri feil.
    """
    result = CheckResult()
    try:
        project = resolve_root(root)
        selection = relative_selection(project, paths, changed_since)
        result = check_repository(project, selection, terminal_progress)
    except KompetanseError as error:
        fail(str(error))
    click.echo(RENDERERS[output](result), nl=False)
    sys.exit(EXIT_PROBLEMS if result.failed else EXIT_OK)


@main.command()
@click.option("--count", type=click.IntRange(1, 1_000_000), default=10_000, show_default=True)
@click.option(
    "--seed", type=int, default=1, show_default=True, help="Samme frø gir de samme filene."
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@root_option
def generate(count: int, seed: int, out: Path, root: Path | None) -> None:
    """Lag et prosjekt med syntetiske, gyldige behovsmeldinger (for ytelsesmålinger).

    Skjemaer og referansedata kopieres fra prosjektet; vedtak lages for alle år unntatt det siste.
    """
    if out.exists() and any(out.iterdir()):
        fail(f"{out} finnes og er ikke tom")
    project = resolve_root(root)
    if not (project / MARKER).is_file():
        fail(f"finner ikke {MARKER} i {project}; oppgi prosjektet med --root")
    try:
        written = write_synthetic_repository(out, count, seed, project)
    except OSError as error:
        fail(f"kunne ikke skrive {out}: {error.strerror or error}")
    click.echo(f"Skrev {len(written)} behovsmeldinger til {out}")


from kompetanse.cli.serve import register as register_receiver_commands  # noqa: E402

register_receiver_commands(main)
from kompetanse.cli import caseworker  # noqa: E402, F401
