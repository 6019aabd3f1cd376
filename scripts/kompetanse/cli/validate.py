"""``kompetanse validate``: check meldinger and tables, print every problem, exit once."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kompetanse.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    resolve_root,
    root_option,
    terminal_progress,
)
from kompetanse.errors import KompetanseError
from kompetanse.gitops.diff import changed_paths_since
from kompetanse.publication.letter_checks import template_problems
from kompetanse.publication.letter_template import TEMPLATE_DIR
from kompetanse.repository.check import check_repository
from kompetanse.repository.submissions import SUBMISSIONS_DIR
from kompetanse.repository.tables import load_package_descriptor
from kompetanse.review.check_report import RENDERERS
from kompetanse.validation.checker import Selection
from kompetanse.validation.tables import table_paths

RULE_FOLDERS = ("schemas/", "data/")


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


def given_relpaths(root: Path, paths: tuple[Path, ...]) -> dict[str, Path]:
    """Each given path relative to the project; a path outside it is refused."""
    given: dict[str, Path] = {}
    for path in paths:
        absolute = path.resolve()
        if not absolute.is_relative_to(root):
            raise KompetanseError(f"{path} ligger utenfor prosjektet {root}")
        given[absolute.relative_to(root).as_posix()] = path
    return given


def relative_selection(root: Path, paths: tuple[Path, ...], changed_since: str | None) -> Selection:
    """Which files to check: the given paths, those changed since a ref, or everything.

    A change under schemas/ or data/ can make any melding invalid (a new rate, a UH removed from
    the register), so then every file is checked.
    """
    given = given_relpaths(root, paths)
    if "." in given or (not paths and changed_since is None):
        return Selection()
    chosen = {require_checkable(root, path, relpath) for relpath, path in given.items()}
    if changed_since is not None:
        changed = changed_paths_since(root, changed_since)
        if any(path.startswith(RULE_FOLDERS) for path in changed):
            return Selection()
        chosen |= changed
    return Selection(frozenset(chosen))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--changed-since",
    metavar="REF",
    help="Kontroller bare det som er endret siden en git-ref (alt når schemas/ eller data/ er endret).",
)
@click.option(
    "-o",
    "--output",
    type=click.Choice(sorted(RENDERERS)),
    default="text",
    show_default=True,
    help="Utformat: tekst, JSON eller Markdown.",
)
@root_option
def validate(
    paths: tuple[Path, ...], changed_since: str | None, output: str, root: Path | None
) -> None:
    """Kontroller behovsmeldinger og tabeller: skjema, regler og sammenheng mellom filer.

    Uten PATHS kontrolleres hele prosjektet. Avslutter med 0 uten feil, 1 ved feil og 2 når
    kontrollen ikke kunne kjøres. Advarsler gir aldri feil.
    """
    project = resolve_root(root)
    selection = relative_selection(project, paths, changed_since)
    result = check_repository(project, selection, terminal_progress)
    if selection.includes(TEMPLATE_DIR):
        result.problems.extend(template_problems(project))
    click.echo(RENDERERS[output](result), nl=False)
    sys.exit(EXIT_PROBLEMS if result.failed else EXIT_OK)
