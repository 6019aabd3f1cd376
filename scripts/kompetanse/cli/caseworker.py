"""The caseworkers' report on a pull request: ``kompetanse review``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kompetanse.cli.common import EXIT_OK, resolve_root, root_option

if TYPE_CHECKING:
    from kompetanse.review.build import Review

# The review's renderers by name, listed here so that ``--help`` need not import the review
# (tests/unit/test_cli_startup.py checks that they are the renderers the review has).
REVIEW_FORMAT_NAMES = ("json", "kommentar", "markdown")


def review_formats() -> dict[str, Callable[[Review], str]]:
    """The review's renderers by name: the full report in Markdown or JSON, or the comment."""
    from kompetanse.review.report import RENDERERS
    from kompetanse.review.summary import render_comment

    return {**RENDERERS, "kommentar": render_comment}


@click.command()
@click.option(
    "--base", required=True, metavar="REFERANSE", help="Git-referansen det sammenlignes med."
)
@click.option(
    "-o",
    "--output",
    type=click.Choice(REVIEW_FORMAT_NAMES),
    default="markdown",
    show_default=True,
    help="Utformat: hele rapporten i Markdown eller JSON, eller kommentaren (et sammendrag).",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Skriv rapporten (Markdown og JSON), kommentaren og jobbsammendraget (i deler) som "
    "filer i denne mappen i stedet for å skrive rapporten ut.",
)
@root_option
def review(base: str, output: str, output_dir: Path | None, root: Path | None) -> None:
    """Lag en rapport for saksbehandlere om behovsmeldinger som er nye eller endret siden REFERANSE.

    For hver behovsmelding: vurdering (klar til behandling, har advarsler, har feil), eier, ordning,
    periode, nettverk, UH, budsjett, egenandel, koordinatorandel, feil og advarsler, og hva som er
    endret. Rapporten viser aldri kontaktpersoner. Kommentaren til pull requesten er et sammendrag
    som holder seg under grensen til GitHub og GitLab uansett hvor mange filer som er endret; med
    --output-dir skrives også hele rapporten delt i biter på høyst 1 MiB for jobbsammendraget.
    Avslutter med 0 når rapporten ble laget.
    """
    from kompetanse.review.collect import build_review
    from kompetanse.review.files import write_review_files

    report = build_review(resolve_root(root), base)
    if output_dir is None:
        click.echo(review_formats()[output](report), nl=False)
    else:
        click.echo("\n".join(f"Skrev {path}" for path in write_review_files(report, output_dir)))
    sys.exit(EXIT_OK)
