"""The commands for the work after the vedtak: letters, payout lists, rapportering and
tilretteleggingsmidler. What they write for the office alone goes under build/ unless another
folder is named, never under docs/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kompetanse.cli.common import resolve_root, root_option
from kompetanse.domain.money import format_kroner

if TYPE_CHECKING:
    from kompetanse.repository.year_data import RepositoryData

YEAR = click.IntRange(2000, 2100)


def output_option(function: click.decorators.FC) -> click.decorators.FC:
    """The shared ``--output`` option."""
    return click.option(
        "--output",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Mappen filene skrives til (standard: under build/ i prosjektet; aldri under docs/).",
    )(function)


def warn_skipped(data: RepositoryData) -> None:
    """Name the files that could not be read as meldinger (run validate for the reasons)."""
    for relpath in data.skipped:
        click.echo(f"kompetanse: hoppet over {relpath} (ugyldig; se kompetanse validate)", err=True)


def folder_for(project: Path, output: Path | None, default: str) -> Path:
    """The named folder, or the default one under the project."""
    return output if output is not None else project / default


@click.command()
@click.option("--year", "aar", type=YEAR, required=True, help="Vedtaksåret.")
@output_option
@root_option
def letters(aar: int, output: Path | None, root: Path | None) -> None:
    """Skriv svarbrev etter vedtakene fra året: ett brev per eier, som PDF og HTML.

    Brevet viser det eieren meldte inn, det som er innvilget per utbetalingsår fordelt på eier,
    UH og koordinering, egenandelen der ordningen har egenandel, vilkårene, rapporteringsfristen
    og hvordan eieren kan klage. Det skrives på eierens målform (kommunens språkvedtak i
    data/spraakvedtak.csv, ellers målformen i behovsmeldingen), fra malene i data/brevmaler/.
    Brevene publiseres ikke; de skrives til build/brev/<år>/.
    """
    from kompetanse.publication.svarbrev import write_answer_letters
    from kompetanse.repository.year_data import RepositoryData

    project = resolve_root(root)
    folder = folder_for(project, output, f"build/brev/{aar}")
    data = RepositoryData.load(project)
    written = write_answer_letters(data, aar, folder)
    warn_skipped(data)
    click.echo(f"Skrev {len(written) // 2} svarbrev for {aar} til {folder}")


@click.command()
@click.option("--year", "aar", type=YEAR, required=True, help="Utbetalingsåret.")
@output_option
@root_option
def payouts(aar: int, output: Path | None, root: Path | None) -> None:
    """Skriv utbetalingslisten for året til økonomiavdelingen, som CSV og regneark.

    Én rad per vedtak og mottaker: eierens andel og koordineringen til eieren, UH-andelen til UH,
    med ordning, vedtak (år og behovsmelding) og kontonummer fra data/kontoer.csv når det finnes.
    Listen publiseres ikke; den skrives til build/utbetalinger/.
    """
    from kompetanse.publication.payouts import write_payouts
    from kompetanse.repository.year_data import RepositoryData

    project = resolve_root(root)
    data = RepositoryData.load(project)
    table, written = write_payouts(data, aar, folder_for(project, output, "build/utbetalinger"))
    warn_skipped(data)
    total = sum(int(row[-1] or 0) for row in table.rows)
    click.echo(
        f"Skrev {len(table.rows)} utbetalinger for {aar} ({format_kroner(total)}) til {written[0].parent}"
    )


@click.command()
@click.option("--year", "aar", type=YEAR, required=True, help="Utbetalingsåret rapportene gjelder.")
@click.option(
    "--date",
    "dato",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Dagens dato, ÅÅÅÅ-MM-DD (standard: i dag).",
)
@output_option
@root_option
def reports(aar: int, dato: dt.datetime | None, output: Path | None, root: Path | None) -> None:
    """Skriv listen over utbetalinger i året som ennå ikke har rapport.

    Listen navngir eierne og er bare for embetet; den skrives til build/rapportering/. Det
    publiserte sammendraget per ordning og år lages av «kompetanse publish».
    """
    from kompetanse.publication.rapportering import write_missing
    from kompetanse.repository.year_data import RepositoryData

    project = resolve_root(root)
    data = RepositoryData.load(project)
    data.require_year(aar)
    missing, frist, path = write_missing(
        data, aar, folder_for(project, output, "build/rapportering")
    )
    today = dato.date() if dato else dt.date.today()
    click.echo(f"{len(missing)} utbetalinger i {aar} har ikke rapport: {path}")
    click.echo(deadline_line(frist, today))


def deadline_line(frist: dt.date | None, today: dt.date) -> str:
    """Whether the reporting deadline has passed."""
    from kompetanse.text.format import format_date_nb

    if frist is None:
        return "Rapporteringsfristen er ikke registrert i data/rapporteringsfrister.csv."
    state = "er gått ut" if frist < today else "er ikke gått ut ennå"
    return f"Rapporteringsfristen {format_date_nb(frist)} {state}."


@click.command()
@click.option("--year", "aar", type=YEAR, required=True, help="Året barnehageåret starter.")
@output_option
@root_option
def tilrettelegging(aar: int, output: Path | None, root: Path | None) -> None:
    """Fordel tilretteleggingsmidlene for barnehageåret og skriv ett svarbrev per søknad.

    Hver ansatt som oppfyller vilkårene i data/tilrettelegging.csv, gir summen per student. Ber
    søknadene om mer enn det som er satt av fra rammene, får hver søknad sin forholdsmessige del i
    hele kroner (største rest). Brevene skrives til build/brev/tilrettelegging-<år>/; de publiserte
    summene per eier lages av «kompetanse publish».
    """
    from kompetanse.publication.tilrettelegging import write_tilrettelegging
    from kompetanse.repository.year_data import RepositoryData

    project = resolve_root(root)
    data = RepositoryData.load(project)
    year, written = write_tilrettelegging(
        data, aar, folder_for(project, output, f"build/brev/tilrettelegging-{aar}")
    )
    click.echo(
        f"Tilretteleggingsmidler {aar}: satt av {format_kroner(year.satt_av)}, søkt {format_kroner(year.sokt)}, "
        f"tildelt {format_kroner(year.tildelt)} til {len(year.tildelinger)} søknader; {len(written) // 2} brev."
    )


FOLLOWUP_COMMANDS = (letters, payouts, reports, tilrettelegging)
