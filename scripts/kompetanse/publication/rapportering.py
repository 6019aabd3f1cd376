"""What is written about the rapporter: the published aggregate and the office's list of
payouts still without a rapport.

The aggregate (``docs/rapportering/resultat/``) has one row per payout year and ordning and names
no eier. The list of missing rapporter names eiere and is for the office alone: it goes under
build/, never under docs/.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from kompetanse.domain.money import format_kroner
from kompetanse.domain.reporting import (
    MissingRapport,
    ReportingLine,
    missing_rapporter,
    reporting_lines,
)
from kompetanse.kinds import RAPPORT
from kompetanse.publication.files import json_text, table_csv, write_together
from kompetanse.publication.pages import GENERATED_NOTE, table_lines
from kompetanse.publication.private_files import outside_site
from kompetanse.publication.tables import Column, Table
from kompetanse.repository.followup import load_followup, load_models
from kompetanse.repository.year_data import RepositoryData
from kompetanse.text.inert import markdown_text

RESULT_DIR = "docs/rapportering/resultat"
COLUMNS = (
    Column("aar", "integer", "Utbetalingsår"),
    Column("ordning", "string", "Ordning (kode)"),
    Column("ordning_navn", "string", "Ordning"),
    Column("utbetalinger", "integer", "Utbetalinger"),
    Column("rapporter", "integer", "Rapporter"),
    Column("innvilget", "integer", "Innvilget"),
    Column("brukt", "integer", "Rapportert brukt"),
    Column("ikke_brukt", "integer", "Rapportert ikke brukt"),
)
MISSING_COLUMNS = (
    Column("behovsmelding_id", "string", "Behovsmelding"),
    Column("aar", "integer", "Utbetalingsår"),
    Column("ordning", "string", "Ordning"),
    Column("eier", "string", "Eier"),
    Column("organisasjonsnummer", "string", "Organisasjonsnummer"),
    Column("innvilget", "integer", "Innvilget"),
    Column("frist", "string", "Frist"),
)


def lines_of(data: RepositoryData) -> tuple[ReportingLine, ...]:
    """The aggregate of every valid rapport in the repository."""
    rapporter = load_models(data.root, RAPPORT)
    return reporting_lines(
        data.reference.vedtak, rapporter, data.ordning_by_id, data.reference.ordninger
    )


def aggregate_table(data: RepositoryData, lines: Sequence[ReportingLine]) -> Table:
    """The aggregate as a table (the published CSV)."""
    names = data.reference.ordninger
    rows = tuple(
        (
            line.aar,
            line.ordning,
            names.kortnavn(line.ordning),
            line.utbetalinger,
            line.rapporter,
            line.innvilget,
            line.brukt,
            line.ikke_brukt,
        )
        for line in lines
    )
    description = "Per utbetalingsår og ordning: innvilget, og det eierne har rapportert som brukt og ikke brukt."
    return Table("rapportering", "Rapportering om bruken av midlene", description, COLUMNS, rows)


def year_section(data: RepositoryData, aar: int, lines: Sequence[ReportingLine]) -> list[str]:
    """One payout year's table on the page."""
    headers = [
        "Ordning",
        "Utbetalinger",
        "Rapporter",
        "Innvilget",
        "Rapportert brukt",
        "Rapportert ikke brukt",
    ]
    rows = [
        [
            markdown_text(data.reference.ordninger.kortnavn(line.ordning)),
            str(line.utbetalinger),
            str(line.rapporter),
            format_kroner(line.innvilget),
            format_kroner(line.brukt),
            format_kroner(line.ikke_brukt),
        ]
        for line in lines
        if line.aar == aar
    ]
    return [f"## Utbetalt i {aar}", "", *table_lines(headers, rows, 1), ""]


def aggregate_page(data: RepositoryData, lines: Sequence[ReportingLine]) -> str:
    """The published page: one table per payout year, newest first."""
    parts = [
        GENERATED_NOTE,
        "",
        "# Bruken av midlene",
        "",
        "Her står, for hvert utbetalingsår og hver ordning, hvor mye som er innvilget, og hvor mye "
        "eierne har rapportert som brukt og som ikke brukt. Rapportene for et år kommer inn vinteren "
        "etter, så tallene for det siste året fylles på etter hvert.",
        "",
    ]
    for aar in sorted({line.aar for line in lines}, reverse=True):
        parts += year_section(data, aar, lines)
    if not lines:
        parts += ["Det er ingen vedtak med utbetalinger ennå.", ""]
    parts += ["Tabellen kan lastes ned som [CSV](rapportering.csv).", ""]
    return "\n".join(parts)


def write_aggregate(data: RepositoryData) -> list[Path]:
    """Write the published page, its CSV and Table Schema; return the paths."""
    lines = lines_of(data)
    table = aggregate_table(data, lines)
    folder = data.root / RESULT_DIR
    files = {
        folder / "index.md": aggregate_page(data, lines).encode("utf-8"),
        folder / "rapportering.csv": table_csv(table).encode("utf-8"),
        folder / "rapportering.schema.json": json_text(table.schema()).encode("utf-8"),
    }
    write_together(files)
    return sorted(files)


def missing_table(data: RepositoryData, missing: Sequence[MissingRapport]) -> Table:
    """The office's list of payouts without a rapport, with the eier."""
    rows = []
    for m in missing:
        melding = data.melding(m.behovsmelding_id)
        eier = (melding.eier.navn, melding.eier.organisasjonsnummer) if melding else ("", "")
        rows.append(
            (
                m.behovsmelding_id,
                m.aar,
                m.ordning,
                *eier,
                m.innvilget,
                m.frist.isoformat() if m.frist else "",
            )
        )
    return Table("mangler", "Utbetalinger uten rapport", "", MISSING_COLUMNS, tuple(rows))


def write_missing(
    data: RepositoryData, aar: int, folder: Path
) -> tuple[tuple[MissingRapport, ...], dt.date | None, Path]:
    """Write the year's list of payouts without a rapport; the list, the deadline and the path."""
    frist = load_followup(data.root).rapporteringsfrister.get(aar)
    rapporter = load_models(data.root, RAPPORT)
    missing = missing_rapporter(data.reference.vedtak, rapporter, data.ordning_by_id, aar, frist)
    path = outside_site(data.root, folder) / f"mangler-rapport-{aar}.csv"
    write_together({path: table_csv(missing_table(data, missing)).encode("utf-8")})
    return missing, frist, path
