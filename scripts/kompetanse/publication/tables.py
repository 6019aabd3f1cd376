"""The allocation as plain tables: the rows behind the CSV files, the workbook and the pages.

Text that came from owners is neutralised here for spreadsheets: a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so neither a CSV
opened in a spreadsheet nor the workbook can read it as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kompetanse.domain.allocation import Allocation, Mottaker, OrdningLine
from kompetanse.domain.model import ORDNING_NAVN, Ordning
from kompetanse.publication.headers import bundet_opp_header

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
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


def neutralise(text: str) -> str:
    """Text that a spreadsheet cannot take for a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def text(value: str) -> str:
    """Owner or register text, neutralised for spreadsheets."""
    return neutralise(value)


def ordning_label(line: OrdningLine) -> tuple[str, str]:
    """The slug and name of a row (``totalt``/``Totalt`` for the total)."""
    if line.ordning is None:
        return "totalt", TOTALT
    return line.ordning.value, ORDNING_NAVN[line.ordning]


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
        slug, name = ordning_label(line)
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
        *(Column(o.value, "integer", ORDNING_NAVN[o]) for o in Ordning),
        Column("totalt", "integer", TOTALT),
    )
    rows: list[tuple[Cell, ...]] = [
        (text(fylke), *counts, sum(counts)) for fylke, counts in allocation.fylke_counts
    ]
    sums = [sum(counts[i] for _, counts in allocation.fylke_counts) for i in range(len(Ordning))]
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
    """What each eier receives per ordning, by vedtak year, with the egenandel (desentralisert)."""
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
            text(m.navn),
            text(m.key),
            m.ordning.value if m.ordning else "",
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
        (m.vedtak_aar, text(m.key), text(m.navn), *payouts(m, years), m.total)
        for m in allocation.uh
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
