"""The caseworkers' commands: review, allocate, propose and publish."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kompetanse.cli.common import EXIT_OK, resolve_root, root_option
from kompetanse.domain.allocation import Allocation
from kompetanse.domain.money import format_kroner
from kompetanse.gitops.publish import current_branch, publish
from kompetanse.publication.fordeling import GENERATED_PATHS, write_all, write_year
from kompetanse.publication.proposal import propose as build_proposal
from kompetanse.publication.proposal import write_proposal
from kompetanse.repository.year_data import RepositoryData
from kompetanse.review.collect import build_review
from kompetanse.review.report import RENDERERS


def allocation_summary(allocation: Allocation) -> str:
    """The per-ordning table as plain text for the terminal."""
    lines = [f"Fordeling {allocation.aar}: tildelt, bundet opp, disponibelt, innmeldt, vedtatt"]
    for line in (*allocation.lines, allocation.total):
        name = allocation.ordninger.kortnavn(line.ordning) if line.ordning else "Totalt"
        figures = (line.tildelt, line.bundet_opp, line.disponibelt, line.innmeldte_behov)
        amounts = "  ".join(format_kroner(v) for v in (*figures, line.vedtatt))
        lines.append(f"  {name}: {amounts}")
    return "\n".join(lines)


def warn_skipped(data: RepositoryData) -> None:
    """Name the files that could not be read as meldinger (run validate for the reasons)."""
    for relpath in data.skipped:
        click.echo(f"kompetanse: hoppet over {relpath} (ugyldig; se kompetanse validate)", err=True)


@click.command()
@click.option("--base", required=True, metavar="REF", help="Git-referansen det sammenlignes med.")
@click.option(
    "-o", "--output", type=click.Choice(sorted(RENDERERS)), default="markdown", show_default=True
)
@root_option
def review(base: str, output: str, root: Path | None) -> None:
    """Lag en rapport for saksbehandlere om behovsmeldinger som er nye eller endret siden REF.

    For hver behovsmelding: vurdering (klar til behandling, har advarsler, har feil), eier, ordning,
    periode, nettverk, UH, budsjett, egenandel, koordinatorandel, feil og advarsler, og hva som er
    endret. Rapporten viser aldri kontaktpersoner. Avslutter med 0 når rapporten ble laget.
    """
    report = build_review(resolve_root(root), base)
    click.echo(RENDERERS[output](report), nl=False)
    sys.exit(EXIT_OK)


@click.command()
@click.option("--year", "aar", type=click.IntRange(2000, 2100), required=True)
@root_option
def allocate(aar: int, root: Path | None) -> None:
    """Beregn og skriv fordelingen for ett år under docs/fordeling/<år>/.

    Skriver CSV-filer med tabellskjema, et regneark og siden med tabeller og diagram.
    """
    data = RepositoryData.load(resolve_root(root))
    written = write_year(data, data.require_year(aar))
    warn_skipped(data)
    click.echo(allocation_summary(written.allocation))


@click.command()
@click.option("--year", "aar", type=click.IntRange(2000, 2100), required=True)
@root_option
def propose(aar: int, root: Path | None) -> None:
    """Skriv et forslag til vedtak for året i data/vedtak_forslag.csv.

    Gjelder behovsmeldinger for året som ikke har vedtak. Er behovene større enn det som er
    disponibelt, skaleres de forholdsmessig til hele kroner (største rest), så summen blir lik
    det disponible beløpet.
    """
    data = RepositoryData.load(resolve_root(root))
    rows = build_proposal(data.allocation_input(data.require_year(aar)))
    path = write_proposal(data.root, rows)
    warn_skipped(data)
    total = sum(row.vedtak.total for row in rows if row.vedtak.utbetaling_aar == aar)
    click.echo(f"Skrev {len(rows)} rader til {path} ({format_kroner(total)} for {aar})")


@click.command(name="publish")
@click.option("--commit", is_flag=True, help="Lag en commit hvis noe er endret.")
@click.option("--push", is_flag=True, help="Send commiten til origin (gir også --commit).")
@click.option("--branch", metavar="GREN", help="Grenen det sendes til (standard: gjeldende).")
@root_option
def publish_command(commit: bool, push: bool, branch: str | None, root: Path | None) -> None:
    """Lag alt som genereres på nytt (fordeling for alle år og oversikten over årene).

    Med --commit lages en commit bare når noe er endret, med fast avsender og merket [generert]
    og [skip ci]. Med --push sendes den, og flyttet grenen seg imens, bygges det videre på den
    nye toppen og prøves på nytt.
    """
    project = resolve_root(root)
    if not (commit or push):
        click.echo(f"Skrev fordelingen for {len(write_all(project))} år.")
        sys.exit(EXIT_OK)
    target = (branch or current_branch(project)) if push else None
    outcome = publish(project, lambda: write_all(project), GENERATED_PATHS, target)
    click.echo("Ny commit laget." if outcome.committed else "Ingen endringer å committe.")
    if outcome.pushed:
        click.echo(f"Sendt til origin etter {outcome.attempts} forsøk.")
