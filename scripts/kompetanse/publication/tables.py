"""The allocation as plain tables: the rows behind the CSV files, the workbook and the pages.

Text from owners is kept here as it is; :mod:`kompetanse.publication.files` makes it safe for
spreadsheets when it writes the CSV files and the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kompetanse.domain.allocation import Allocation, Mottaker, OrdningLine
from kompetanse.publication.headers import bundet_opp_header

TOTALT = "Totalt"

Cell = str | int | bool | None


@dataclass(frozen=True)
class Column:
    """One column: its CSV name, Frictionless type and Norwegian title."""

    name: str
    type: str
    title: str


@dataclass(frozen=True)
class Table:
    """One published table."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def schema(self) -> dict[str, Any]:
        """The Frictionless Table Schema of the table."""
        fields = [
            {
                "name": c.name,
                "type": c.type,
                "title": c.title,
                "constraints": {"required": c.name not in OPTIONAL_COLUMNS},
            }
            for c in self.columns
        ]
        return {"fields": fields, "missingValues": [""]}


OPTIONAL_COLUMNS = frozenset({"egenandel"})


def ordning_label(allocation: Allocation, line: OrdningLine) -> tuple[str, str]:
    """The slug and name of a row (``totalt``/``Totalt`` for the total)."""
    if line.ordning is None:
        return "totalt", TOTALT
    return line.ordning, allocation.ordninger.kortnavn(line.ordning)


ORDNING_COLUMNS = (
    Column("aar", "integer", "År"),
    Column("ordning", "string", "Ordning (kode)"),
    Column("ordning_navn", "string", "Ordning"),
    Column("ramme_fra_udir", "integer", "Ramme fra Udir"),
    Column("tilretteleggingsmidler", "integer", "Satt av til tilretteleggingsmidler"),
    Column("tildelt_fra_udir", "integer", "Tildelt fra Udir"),
    Column("bundet_opp", "integer", "Bundet opp fra tidligere år"),
    Column("disponibelt", "integer", "Disponibelt"),
    Column("innmeldte_behov", "integer", "Innmeldte behov"),
    Column("vedtatt", "integer", "Vedtatt"),
    Column("gjenstaar", "integer", "Gjenstår"),
    Column("ramme_registrert", "boolean", "Rammen er registrert"),
)


def ordninger_table(allocation: Allocation) -> Table:
    """The per-ordning table with its total row."""
    rows = []
    for line in (*allocation.lines, allocation.total):
        slug, name = ordning_label(allocation, line)
        rows.append(
            (
                allocation.aar,
                slug,
                name,
                line.ramme,
                line.tilretteleggingsmidler,
                line.tildelt,
                line.bundet_opp,
                line.disponibelt,
                line.innmeldte_behov,
                line.vedtatt,
                line.gjenstaar,
                line.har_ramme,
            )
        )
    description = "Tildelt fra Udir er rammen etter avsetningen til tilretteleggingsmidler."
    columns = tuple(
        Column(c.name, c.type, bundet_opp_header(allocation)) if c.name == "bundet_opp" else c
        for c in ORDNING_COLUMNS
    )
    return Table("ordninger", "Midler per ordning", description, columns, tuple(rows))


def fylker_table(allocation: Allocation) -> Table:
    """Behovsmeldinger of the year by fylke and ordning, with totals."""
    columns = (
        Column("fylke", "string", "Fylke"),
        *(Column(o.ordning, "integer", o.kortnavn) for o in allocation.ordninger),
        Column("totalt", "integer", TOTALT),
    )
    rows: list[tuple[Cell, ...]] = [
        (fylke, *counts, sum(counts)) for fylke, counts in allocation.fylke_counts
    ]
    width = len(allocation.ordninger)
    sums = [sum(counts[i] for _, counts in allocation.fylke_counts) for i in range(width)]
    rows.append((TOTALT, *sums, sum(sums)))
    description = (
        f"Antall behovsmeldinger for {allocation.aar}, etter eierens fylke i rader slik embetet "
        "setter dem opp (en rad kan samle en type eier, som fylkeskommunene)."
    )
    return Table("fylker", "Behovsmeldinger per fylke", description, columns, tuple(rows))


def payout_columns(allocation: Allocation) -> tuple[Column, ...]:
    """One column per payout year."""
    return tuple(
        Column(f"utbetaling_{year}", "integer", f"Utbetaling {year}")
        for year in allocation.utbetalingsaar
    )


def payouts(mottaker: Mottaker, years: tuple[int, ...]) -> tuple[int, ...]:
    """The payout for each year (0 where none)."""
    by_year = dict(mottaker.utbetalinger)
    return tuple(by_year.get(year, 0) for year in years)


def eiere_table(allocation: Allocation) -> Table:
    """What each eier receives per ordning, by vedtak year, with the egenandel (where the
    ordning has one)."""
    columns = (
        Column("vedtak_aar", "integer", "Vedtaksår"),
        Column("eier", "string", "Eier"),
        Column("organisasjonsnummer", "string", "Organisasjonsnummer"),
        Column("ordning", "string", "Ordning"),
        *payout_columns(allocation),
        Column("sum", "integer", "Sum"),
        Column("egenandel", "integer", "Egenandel"),
    )
    years = allocation.utbetalingsaar
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            m.vedtak_aar,
            m.navn,
            m.key,
            m.ordning or "",
            *payouts(m, years),
            m.total,
            m.egenandel,
        )
        for m in allocation.eiere
    )
    description = "Eierens andel og koordinatorandelen, per vedtaksår og utbetalingsår."
    return Table("eiere", "Hva hver eier får", description, columns, rows)


def uh_table(allocation: Allocation) -> Table:
    """What each UH receives, by vedtak year."""
    columns = (
        Column("vedtak_aar", "integer", "Vedtaksår"),
        Column("uh_id", "string", "UH (kode)"),
        Column("uh", "string", "UH"),
        *payout_columns(allocation),
        Column("sum", "integer", "Sum"),
    )
    years = allocation.utbetalingsaar
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (m.vedtak_aar, m.key, m.navn, *payouts(m, years), m.total) for m in allocation.uh
    )
    description = "UH-andelen, per vedtaksår og utbetalingsår."
    return Table("uh", "Hva hver UH får", description, columns, rows)


def build_tables(allocation: Allocation) -> tuple[Table, ...]:
    """Every table published for the year, in page order."""
    return (
        ordninger_table(allocation),
        fylker_table(allocation),
        eiere_table(allocation),
        uh_table(allocation),
    )
