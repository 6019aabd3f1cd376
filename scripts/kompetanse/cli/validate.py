"""``kompetanse validate``: check meldinger and tables, print every problem, exit once."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kompetanse.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    resolve_root,
    root_option,
    terminal_progress,
)
from kompetanse.errors import KompetanseError
from kompetanse.text.catalogue import MAALFORMER

if TYPE_CHECKING:
    from kompetanse.text.catalogue import Maalform
    from kompetanse.validation.checker import CheckResult, Selection

RULE_FOLDERS = ("schemas/", "data/")
OUTPUT_FORMATS = {"tekst": "text", "json": "json", "markdown": "markdown"}


def is_checkable(root: Path, relpath: str) -> bool:
    """True for a path that is (or holds) a behovsmelding under submissions/ or a data table."""
    from kompetanse.repository.submissions import SUBMISSIONS_DIR
    from kompetanse.repository.tables import load_package_descriptor
    from kompetanse.validation.tables import table_paths

    tables = table_paths(load_package_descriptor(root))
    inside = relpath == SUBMISSIONS_DIR or relpath.startswith(f"{SUBMISSIONS_DIR}/")
    return inside or any(t == relpath or t.startswith(f"{relpath}/") for t in tables)


def refuse(path: Path) -> KompetanseError:
    """Why a path cannot be checked."""
    return KompetanseError(
        f"{path} er verken en behovsmelding (en .json-fil) eller en tabell i datapakken, så den "
        "kan ikke kontrolleres"
    )


def sort_paths(root: Path, paths: tuple[Path, ...]) -> tuple[dict[str, Path], list[Path]]:
    """The given paths inside the repository (by relative path), and the meldinger elsewhere.

    A .json file that is not under submissions/ (in the home folder, a download folder, anywhere
    in the project) is checked as a melding at its own path; any other path must be checkable.
    """
    inside: dict[str, Path] = {}
    outside: list[Path] = []
    for path in paths:
        absolute = path.resolve()
        relpath = absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else None
        if relpath is not None and (relpath == "." or is_checkable(root, relpath)):
            inside[relpath] = path
        elif absolute.is_file() and absolute.suffix == ".json":
            outside.append(path)
        else:
            raise refuse(path)
    return inside, outside


def relative_selection(
    root: Path, inside: dict[str, Path], whole: bool, changed_since: str | None
) -> Selection | None:
    """Which repository files to check: those given, those changed since a ref, or everything.

    None when only files outside the repository were given. A change under schemas/ or data/ can
    make any melding invalid (a new rate, a UH removed from the register), so then every file is
    checked.
    """
    from kompetanse.validation.checker import Selection

    if "." in inside or (whole and changed_since is None):
        return Selection()
    if not inside and changed_since is None:
        return None
    chosen = set(inside)
    if changed_since is not None:
        from kompetanse.gitops.diff import changed_paths_since

        changed = changed_paths_since(root, changed_since)
        if any(path.startswith(RULE_FOLDERS) for path in changed):
            return Selection()
        chosen |= changed
    return Selection(frozenset(chosen))


@click.command()
@click.argument(
    "paths", nargs=-1, metavar="[STIER]...", type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "--changed-since",
    metavar="REFERANSE",
    help="Kontroller bare det som er endret siden en git-referanse (alt når schemas/ eller data/ er endret).",
)
@click.option(
    "-o",
    "--output",
    type=click.Choice(sorted(OUTPUT_FORMATS)),
    default="tekst",
    show_default=True,
    help="Utformat: tekst, JSON eller Markdown.",
)
@click.option(
    "--lang",
    "maalform",
    type=click.Choice(MAALFORMER),
    default="nb",
    show_default=True,
    help="Målformen meldingene skrives på: nb (bokmål) eller nn (nynorsk).",
)
@root_option
def validate(
    paths: tuple[Path, ...],
    changed_since: str | None,
    output: str,
    maalform: Maalform,
    root: Path | None,
) -> None:
    """Kontroller behovsmeldinger og tabeller: skjema, regler og sammenheng mellom filer.

    Uten STIER kontrolleres hele prosjektet. En behovsmelding som ligger et annet sted på disken
    (for eksempel en fil en eier har sendt på e-post) kontrolleres som om den lå på sin egen plass
    under submissions/, også mot filene og registrene i prosjektet. Avslutter med 0 uten feil, 1
    ved feil og 2 når kontrollen ikke kunne kjøres. Advarsler gir aldri feil.
    """
    from kompetanse.review.check_report import RENDERERS

    project = resolve_root(root)
    inside, outside = sort_paths(project, paths)
    selection = relative_selection(project, inside, not paths, changed_since)
    result = check_selection(project, selection, outside)
    click.echo(RENDERERS[OUTPUT_FORMATS[output]](result, maalform), nl=False)
    sys.exit(EXIT_PROBLEMS if result.failed else EXIT_OK)


def check_selection(project: Path, selection: Selection | None, outside: list[Path]) -> CheckResult:
    """Check the chosen repository files and the meldinger elsewhere, and the letter templates
    when they are chosen."""
    from kompetanse.publication.template_dir import TEMPLATE_DIR
    from kompetanse.repository.standalone import check_paths

    result = check_paths(project, selection, outside, terminal_progress)
    if selection is not None and selection.includes(TEMPLATE_DIR):
        from kompetanse.publication.letter_checks import template_problems

        result.problems.extend(template_problems(project))
    return result
