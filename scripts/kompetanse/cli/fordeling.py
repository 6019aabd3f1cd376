"""The allocation commands: allocate, propose and publish, and the refusals they share."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kompetanse.cli.common import EXIT_OK, EXIT_PROBLEMS, resolve_root, root_option
from kompetanse.text.plural import count_of

if TYPE_CHECKING:
    from kompetanse.domain.allocation import Allocation
    from kompetanse.publication.fordeling import CheckedYear

YEAR_RANGE = click.IntRange(2000, 2100)


def allocation_summary(allocation: Allocation) -> str:
    """The per-ordning table for the terminal: aligned columns under headers, the total last."""
    from kompetanse.cli.terminal import aligned_table
    from kompetanse.domain.money import format_kroner
    from kompetanse.publication.headers import ordning_headers

    rows = []
    for line in (*allocation.lines, allocation.total):
        name = allocation.ordninger.kortnavn(line.ordning) if line.ordning else "Totalt"
        figures = (line.tildelt, line.bundet_opp, line.disponibelt, line.innmeldte_behov)
        rows.append([name, *(format_kroner(v) for v in (*figures, line.vedtatt, line.gjenstaar))])
    return aligned_table(f"Fordeling {allocation.aar}", ordning_headers(allocation), rows)


@contextmanager
def refusals() -> Iterator[None]:
    """A refused allocation: every problem in the format of validate, and exit code 1."""
    from kompetanse.publication.fordeling import PublishRefusedError
    from kompetanse.review.check_report import format_problem_line

    try:
        yield
    except PublishRefusedError as error:
        for problem in error.problems:
            click.echo(format_problem_line(problem))
        errors = count_of(len(error.problems), "feil", "feil")
        click.echo(f"Fordelingen ble ikke skrevet: {errors}. Ingen filer er endret.")
        sys.exit(EXIT_PROBLEMS)


def refuse_if_problems(checked: CheckedYear) -> None:
    """Stop with the year's problems when it may not be allocated."""
    from kompetanse.publication.fordeling import PublishRefusedError

    if checked.problems:
        raise PublishRefusedError(checked.problems)


def note_waiting(waiting: tuple[CheckedYear, ...]) -> None:
    """Name the years that are not published because their rammer are not in yet."""
    for checked in waiting:
        click.echo(
            f"kompetanse: {checked.allocation.aar} publiseres ikke ennå: rammen fra Udir mangler "
            "(se data/rammer.csv).",
            err=True,
        )


@click.command()
@click.option(
    "--year", "aar", type=YEAR_RANGE, required=True, metavar="ÅR", help="Året som fordeles."
)
@root_option
def allocate(aar: int, root: Path | None) -> None:
    """Beregn og skriv fordelingen for ett år under docs/fordeling/<år>/.

    Skriver CSV-filer med tabellskjema, et regneark og siden med tabeller og diagram. Skriver
    ingenting og avslutter med 1 når tabellen ville bli feil eller ufullstendig: en ordning med
    behovsmeldinger eller vedtak uten ramme, negativt disponibelt, vedtak over det disponible,
    eller en behovsmelding, et vedtak eller en eier som tabellene måtte utelate.
    """
    from kompetanse.publication.fordeling import write_year
    from kompetanse.repository.year_data import RepositoryData

    data = RepositoryData.load(resolve_root(root))
    with refusals():
        written = write_year(data, data.require_year(aar))
    click.echo(allocation_summary(written.allocation))


@click.command()
@click.option(
    "--year", "aar", type=YEAR_RANGE, required=True, metavar="ÅR", help="Året forslaget gjelder."
)
@root_option
def propose(aar: int, root: Path | None) -> None:
    """Skriv et forslag til vedtak for året i data/vedtak_forslag.csv.

    Gjelder behovsmeldinger for året som ikke har vedtak. Er behovene større enn det som er
    disponibelt, skaleres de forholdsmessig til hele kroner (største rest), så summen blir lik
    det disponible beløpet. Året må kunne fordeles (se allocate); ellers skrives ingenting.
    """
    from kompetanse.domain.money import format_kroner
    from kompetanse.publication.fordeling import check_year
    from kompetanse.publication.proposal import propose as build_proposal
    from kompetanse.publication.proposal import write_proposal
    from kompetanse.repository.year_data import RepositoryData

    data = RepositoryData.load(resolve_root(root))
    with refusals():
        refuse_if_problems(check_year(data, data.require_year(aar)))
    rows = build_proposal(data.allocation_input(aar))
    path = write_proposal(data.root, rows)
    total = sum(row.vedtak.total for row in rows if row.vedtak.utbetaling_aar == aar)
    written = count_of(len(rows), "rad", "rader")
    click.echo(f"Skrev {written} til {path} ({format_kroner(total)} for {aar})")


def regenerate(project: Path, aar: int | None) -> int:
    """Write one year, or every year that may be published (naming those that wait); how many."""
    from kompetanse.publication.fordeling import write_all, write_year
    from kompetanse.repository.year_data import RepositoryData

    if aar is not None:
        data = RepositoryData.load(project)
        write_year(data, data.require_year(aar))
        return 1
    published = write_all(project)
    note_waiting(published.waiting)
    return len(published.written)


def say_waiting() -> None:
    """One line while another publish in the same repository finishes first."""
    click.echo("Venter på en annen publisering i det samme repoet …", err=True)


@click.command(name="publish")
@click.option(
    "--year", "aar", type=YEAR_RANGE, metavar="ÅR", help="Publiser bare dette året (og oversikten)."
)
@click.option("--commit", is_flag=True, help="Lag en commit hvis noe er endret.")
@click.option("--push", is_flag=True, help="Send commiten til origin (gir også --commit).")
@click.option("--branch", metavar="GREN", help="Grenen det sendes til (standard: gjeldende).")
@root_option
def publish_command(
    aar: int | None, commit: bool, push: bool, branch: str | None, root: Path | None
) -> None:
    """Lag alt som genereres på nytt (fordeling for alle år og oversikten over årene).

    Et år uten rammer fra Udir venter (det nevnes, men skrives ikke); med --year må året kunne
    publiseres. Er noe annet galt i et år (se allocate), skrives ingenting, og kommandoen avslutter
    med 1. Med --commit lages en commit bare når noe er endret, med fast avsender og merket
    [generert] og [skip ci]. Med --push sendes den, og flyttet grenen seg imens, bygges det videre
    på den nye toppen og prøves på nytt.
    """
    from kompetanse.gitops.publish import current_branch, publish
    from kompetanse.publication.fordeling import GENERATED_PATHS

    project = resolve_root(root)
    with refusals():
        if not (commit or push):
            years = regenerate(project, aar)
            click.echo(f"Skrev fordelingen for {count_of(years, 'år', 'år')}.")
            sys.exit(EXIT_OK)
        target = (branch or current_branch(project)) if push else None
        outcome = publish(
            project, lambda: regenerate(project, aar), GENERATED_PATHS, target, on_wait=say_waiting
        )
    click.echo("Ny commit laget." if outcome.committed else "Ingen endringer å committe.")
    if outcome.pushed:
        click.echo(f"Sendt til origin etter {outcome.attempts} forsøk.")
