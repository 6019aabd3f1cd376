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
from kompetanse.publication.page_view import PageView
from kompetanse.publication.pages import GENERATED_NOTE, table_lines
from kompetanse.publication.private_files import outside_site
from kompetanse.publication.tables import Column, Table
from kompetanse.repository.followup import load_followup, load_models
from kompetanse.repository.year_data import RepositoryData
from kompetanse.text.catalogue import Maalform
from kompetanse.text.inert import markdown_text

RESULT_DIR = "docs/rapportering/resultat"
# The page is written in both målformer; the CSV and its schema once (the nynorsk site copies them).
RESULT_PAGE_DIRS: dict[Maalform, str] = {"nb": RESULT_DIR, "nn": "docs/nn/rapportering/resultat"}
PAGE_COLUMNS = ("ordning", "utbetalinger", "rapporter", "innvilget", "brukt", "ikke-brukt")
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


def year_section(
    data: RepositoryData, aar: int, lines: Sequence[ReportingLine], view: PageView
) -> list[str]:
    """One payout year's table on the page."""
    headers = [view.t(f"rapportering.kolonne.{column}") for column in PAGE_COLUMNS]
    rows = [
        [
            markdown_text(data.reference.ordninger.kortnavn(line.ordning, view.maalform)),
            str(line.utbetalinger),
            str(line.rapporter),
            format_kroner(line.innvilget),
            format_kroner(line.brukt),
            format_kroner(line.ikke_brukt),
        ]
        for line in lines
        if line.aar == aar
    ]
    heading = view.t("rapportering.utbetalt-i", aar=aar)
    return [f"## {heading}", "", *table_lines(headers, rows, 1), ""]


def aggregate_page(
    data: RepositoryData, lines: Sequence[ReportingLine], view: PageView | None = None
) -> str:
    """The published page: one table per payout year, newest first."""
    view = view or PageView()
    parts = [GENERATED_NOTE, "", f"# {view.t('rapportering.tittel')}", ""]
    parts += [view.t("rapportering.ingress"), ""]
    for aar in sorted({line.aar for line in lines}, reverse=True):
        parts += year_section(data, aar, lines, view)
    if not lines:
        parts += [view.t("rapportering.ingen"), ""]
    parts += [view.t("rapportering.last-ned", fil="rapportering.csv"), ""]
    return "\n".join(parts)


def write_aggregate(data: RepositoryData) -> list[Path]:
    """Write the published page (in both målformer), its CSV and Table Schema; return the paths."""
    lines = lines_of(data)
    table = aggregate_table(data, lines)
    folder = data.root / RESULT_DIR
    files = {
        folder / "rapportering.csv": table_csv(table).encode("utf-8"),
        folder / "rapportering.schema.json": json_text(table.schema()).encode("utf-8"),
    }
    for maalform, page_dir in RESULT_PAGE_DIRS.items():
        page = aggregate_page(data, lines, PageView(maalform))
        files[data.root / page_dir / "index.md"] = page.encode("utf-8")
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
