"""``kompetanse import``: earlier vedtak from the office's own spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kompetanse.cli.common import EXIT_OK, EXIT_PROBLEMS, resolve_root, root_option
from kompetanse.text.plural import count_of

if TYPE_CHECKING:
    from kompetanse.repository.history_import import ImportResult


def outcome_line(result: ImportResult, dry_run: bool) -> str:
    """What the import did, in one line."""
    from kompetanse.validation.problems import Severity

    rows = f"{count_of(result.added, 'ny rad', 'nye rader')}, {result.replaced} erstattet"
    if result.failed:
        errors = sum(1 for p in result.problems if p.severity is Severity.ERROR)
        return f"Importen feilet: {count_of(errors, 'feil', 'feil')}. Ingenting er skrevet."
    if dry_run:
        return f"Prøvekjøring uten feil: {rows}. Ingenting er skrevet."
    return f"Skrev data/vedtak_historikk.csv: {rows}."


@click.command(name="import")
@click.argument(
    "spreadsheet", metavar="REGNEARK", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--mapping",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML-fil som sier hvilken kolonne i regnearket som fyller hver kolonne i tabellen.",
)
@click.option("--dry-run", is_flag=True, help="Kontroller alt, men skriv ingenting.")
@root_option
def import_command(spreadsheet: Path, mapping: Path, dry_run: bool, root: Path | None) -> None:
    """Les tidligere vedtak fra embetets eget regneark (CSV eller XLSX) inn i data/vedtak_historikk.csv.

    Oppsettet (--mapping) sier hvilken kolonne i regnearket som gir saksnummer, ordning, vedtaksår,
    eier, organisasjonsnummer, type eier, fylke, UH, tiltak og utbetalinger, og kan oversette
    verdier. Rader for en sak og et år som allerede står i tabellen, erstattes. Hele tabellen
    kontrolleres som med validate; problemene vises i samme form og peker på rad og kolonne i
    regnearket. Ved feil skrives ingenting, og kommandoen avslutter med 1.
    """
    from kompetanse.repository.history_import import import_history
    from kompetanse.review.check_report import format_problem_line

    result = import_history(resolve_root(root), spreadsheet, mapping, dry_run)
    for problem in result.problems:
        click.echo(format_problem_line(problem))
    click.echo(outcome_line(result, dry_run))
    sys.exit(EXIT_PROBLEMS if result.failed else EXIT_OK)
