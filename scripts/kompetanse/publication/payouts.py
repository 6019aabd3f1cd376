"""Payout lists for the finance office: per payout year, one row per vedtak and recipient.

The eier receives its own share and the koordinator share; the UH its share. Each row names the
ordning, the vedtak (year and behovsmelding id) and, when ``data/kontoer.csv`` has it, the
recipient's account and reference. For each ordning the rows of vedtak made in the payout year
add up to the published table's Vedtatt, and the rows of earlier vedtak to its Bundet opp. The
lists are for the office only: they are written under build/, never under docs/.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from kompetanse.domain.allocation import AllocationInput, vedtak_in_view
from kompetanse.domain.followup import Konto
from kompetanse.domain.model import Vedtak
from kompetanse.domain.orgnr import compact_orgnr
from kompetanse.publication.files import FIXED_CREATED, table_csv, write_sheet, write_together
from kompetanse.publication.private_files import outside_site
from kompetanse.publication.tables import Column, Table
from kompetanse.repository.followup import load_followup
from kompetanse.repository.year_data import RepositoryData

COLUMNS = (
    Column("utbetaling_aar", "integer", "Utbetalingsår"),
    Column("vedtak_aar", "integer", "Vedtaksår"),
    Column("behovsmelding_id", "string", "Vedtak gjelder behovsmelding"),
    Column("ordning", "string", "Ordning (kode)"),
    Column("ordning_navn", "string", "Ordning"),
    Column("mottaker_type", "string", "Mottaker er"),
    Column("mottaker", "string", "Mottaker"),
    Column("organisasjonsnummer", "string", "Organisasjonsnummer"),
    Column("kontonummer", "string", "Kontonummer"),
    Column("referanse", "string", "Referanse"),
    Column("belop", "integer", "Beløp"),
)


@dataclass(frozen=True)
class Recipient:
    """Who a payout goes to."""

    kind: str
    navn: str
    organisasjonsnummer: str


def recipients(
    data: AllocationInput, v: Vedtak, uh_orgnr: Mapping[str, str]
) -> Iterator[tuple[Recipient, int]]:
    """The eier's and the UH's part of one payout (parts of 0 kroner are left out)."""
    melding = data.meldinger[v.behovsmelding_id]
    eier = Recipient("eier", melding.eier.navn, compact_orgnr(melding.eier.organisasjonsnummer))
    uh = Recipient(
        "uh", data.uh_navn.get(melding.uh_id, melding.uh_id), uh_orgnr.get(melding.uh_id, "")
    )
    for recipient, amount in ((eier, v.eier_andel + v.koordinator_andel), (uh, v.uh_andel)):
        if amount:
            yield recipient, amount


def payout_rows(
    data: AllocationInput, kontoer: Mapping[str, Konto], uh_orgnr: Mapping[str, str]
) -> tuple[tuple[str | int | None, ...], ...]:
    """Every payout in the year, sorted by recipient type, name, melding and vedtak year."""
    rows = []
    for v in vedtak_in_view(data):
        if v.utbetaling_aar != data.aar:
            continue
        ordning = data.meldinger[v.behovsmelding_id].ordning
        for who, amount in recipients(data, v, uh_orgnr):
            konto = kontoer.get(who.organisasjonsnummer)
            rows.append(
                (
                    data.aar,
                    v.vedtak_aar,
                    v.behovsmelding_id,
                    ordning,
                    data.ordninger.kortnavn(ordning),
                    who.kind,
                    who.navn,
                    who.organisasjonsnummer or None,
                    konto.kontonummer if konto else None,
                    konto.referanse if konto else None,
                    amount,
                )
            )
    return tuple(sorted(rows, key=lambda r: (str(r[5]), str(r[6]), str(r[2]), int(r[1] or 0))))


def payout_table(data: RepositoryData, aar: int) -> Table:
    """The year's payout list as a table."""
    uh_orgnr = {
        uh.uh_id: compact_orgnr(uh.organisasjonsnummer)
        for uh in data.reference.uh
        if uh.organisasjonsnummer
    }
    rows = payout_rows(data.allocation_input(aar), load_followup(data.root).kontoer, uh_orgnr)
    description = (
        "Utbetalinger i året: eierens andel og koordineringen til eieren, UH-andelen til UH."
    )
    return Table("utbetalinger", f"Utbetalinger {aar}", description, COLUMNS, rows)


def payout_workbook(table: Table) -> bytes:
    """The list as one worksheet, with fixed metadata."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties(
        {"title": table.title, "author": "kompetanse", "created": FIXED_CREATED}
    )
    write_sheet(
        workbook,
        table,
        workbook.add_format({"bold": True}),
        workbook.add_format({"num_format": "# ##0"}),
    )
    workbook.close()
    return buffer.getvalue()


def write_payouts(data: RepositoryData, aar: int, folder: Path) -> tuple[Table, list[Path]]:
    """Write ``utbetalinger-<år>.csv`` and ``.xlsx`` under ``folder``; the table and the paths."""
    data.require_year(aar)
    target = outside_site(data.root, folder)
    table = payout_table(data, aar)
    files = {
        target / f"utbetalinger-{aar}.csv": table_csv(table).encode("utf-8"),
        target / f"utbetalinger-{aar}.xlsx": payout_workbook(table),
    }
    write_together(files)
    return table, sorted(files)
