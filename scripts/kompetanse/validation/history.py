"""Checks of the table of earlier vedtak (``data/vedtak_historikk.csv``), beyond its schema.

Frictionless already checks the cells, the ordning and UH against their registers, and that no
case has two rows for one payout year. Here: the fylke existed in the vedtak's year, the
organisasjonsnummer has a valid check digit, the shares add up to the sum (or are all left
empty), no payout comes before its vedtak, every row of one case tells the same case, and one
vedtak is not entered twice under two case numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from kompetanse.domain.fylker import Fylke, fylker_in, is_fylke_in
from kompetanse.domain.history import CASE_FIELDS, HistorikkRad, rows_of_case
from kompetanse.domain.money import format_kroner
from kompetanse.domain.orgnr import is_valid_orgnr
from kompetanse.validation.problems import Problem, make_problem

HISTORY_FILE = "data/vedtak_historikk.csv"
FIRST_ROW = 2


class RowProblems:
    """Makes problems that point at a row (and a column) of the table."""

    def __init__(self, file: str, rows: Sequence[HistorikkRad]) -> None:
        self.file = file
        self.number_by_row = {id(row): FIRST_ROW + index for index, row in enumerate(rows)}

    def at(self, row: HistorikkRad, column: str, code: str, message: str) -> Problem:
        """A problem at one cell."""
        return make_problem(
            self.file, f"rad {self.number_by_row[id(row)]}, {column}", code, message
        )


def check_fylke(
    row: HistorikkRad, fylker: Sequence[Fylke], where: RowProblems
) -> Iterator[Problem]:
    """The fylke existed in the year of the vedtak."""
    if fylker and not is_fylke_in(fylker, row.fylke, row.vedtak_aar):
        known = ", ".join(fylker_in(fylker, row.vedtak_aar)) or "ingen"
        message = (
            f"«{row.fylke}» var ikke et fylke i {row.vedtak_aar} (fylker det året: {known}). "
            "Skriv fylket slik det var det året vedtaket ble fattet."
        )
        yield where.at(row, "fylke", "historikk-fylke-ugyldig", message)


def check_shares(row: HistorikkRad, where: RowProblems) -> Iterator[Problem]:
    """All three shares or none; when given, they add up to the sum."""
    given = [share for share in row.given_shares if share is not None]
    if given and not row.has_split:
        message = (
            "Oppgi enten alle tre andelene (eier, UH og koordinator) eller ingen av dem; "
            "er fordelingen ukjent, fyll bare ut summen."
        )
        yield where.at(row, "eier_andel", "historikk-fordeling-ufullstendig", message)
    elif row.has_split and sum(given) != row.sum:
        message = (
            f"Summen for {row.utbetaling_aar} er {format_kroner(row.sum)}, men andelene til "
            f"eier, UH og koordinator er til sammen {format_kroner(sum(given))}."
        )
        yield where.at(row, "sum", "historikk-sum-feil", message)


def check_row(row: HistorikkRad, fylker: Sequence[Fylke], where: RowProblems) -> Iterator[Problem]:
    """Every check of one row on its own."""
    yield from check_fylke(row, fylker, where)
    yield from check_shares(row, where)
    if not is_valid_orgnr(row.organisasjonsnummer):
        message = f"«{row.organisasjonsnummer}» er ikke et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer)."
        yield where.at(row, "organisasjonsnummer", "orgnr-ugyldig", message)
    if row.utbetaling_aar < row.vedtak_aar:
        message = f"Utbetalingsåret {row.utbetaling_aar} er før vedtaksåret {row.vedtak_aar}."
        yield where.at(row, "utbetaling_aar", "historikk-utbetaling-foer-vedtak", message)


def check_case(rows: list[HistorikkRad], where: RowProblems) -> Iterator[Problem]:
    """Every row of one case names the same ordning, year, eier, fylke, UH and tiltak."""
    first = rows[0]
    for row in rows[1:]:
        for name, mine, theirs in zip(CASE_FIELDS, row.case(), first.case(), strict=True):
            if mine != theirs:
                message = (
                    f"Saken {row.saksnummer} har «{mine}» her, men «{theirs}» i raden "
                    f"{where.number_by_row[id(first)]}; alle radene i en sak skal være like "
                    "unntatt utbetalingsåret og beløpene."
                )
                yield where.at(row, name, "historikk-sak-uenig", message)


def check_entered_twice(
    cases: dict[str, list[HistorikkRad]], where: RowProblems
) -> Iterator[Problem]:
    """Warn when two case numbers hold the same ordning, year, eier and tiltak."""
    seen: dict[tuple[object, ...], str] = {}
    for number, rows in cases.items():
        first = rows[0]
        key = (first.ordning, first.vedtak_aar, first.organisasjonsnummer, first.tiltak_tittel)
        if key in seen:
            message = (
                f"Saken {number} har samme ordning, vedtaksår, eier og tiltak som saken "
                f"{seen[key]}. Er det samme vedtak ført to ganger?"
            )
            yield where.at(first, "saksnummer", "historikk-duplikat", message)
        seen.setdefault(key, number)


def iter_history_problems(
    rows: Sequence[HistorikkRad], fylker: Sequence[Fylke], file: str = HISTORY_FILE
) -> Iterator[Problem]:
    """Every problem of the table of earlier vedtak."""
    where = RowProblems(file, rows)
    for row in rows:
        yield from check_row(row, fylker, where)
    cases = rows_of_case(rows)
    for case_rows in cases.values():
        yield from check_case(case_rows, where)
    yield from check_entered_twice(cases, where)


def history_problems(
    rows: Iterable[HistorikkRad], fylker: Sequence[Fylke], file: str = HISTORY_FILE
) -> list[Problem]:
    """The problems as a list, in table order."""
    return list(iter_history_problems(list(rows), fylker, file))
