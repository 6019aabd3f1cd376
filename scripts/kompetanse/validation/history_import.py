"""From the office's own spreadsheet to rows of ``data/vedtak_historikk.csv`` (pure).

Each spreadsheet row gives one table row (payouts one per row) or one per payout year with an
amount (a wide sheet). Values are translated by the mapping, amounts read as an office writes
them («1 234 567», «1 234 567 kr», «1.234.567,00»), and an empty spreadsheet row is skipped.
The rows are then checked like the table itself; each problem points at the spreadsheet's row
and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kompetanse.validation.import_mapping import CASE_COLUMNS, ImportMapping, Payout
from kompetanse.validation.problems import Problem, make_problem

AMOUNT_COLUMNS = frozenset({"sum", "eier_andel", "uh_andel", "koordinator_andel"})
YEAR_COLUMNS = frozenset({"vedtak_aar", "utbetaling_aar"})
SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
PLAIN = re.compile(r"^[0-9]+$")
GROUPED = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$")
ZERO_DECIMALS = re.compile(r"(,0+|,-)$")


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet's header and data rows (row numbers as the spreadsheet shows them)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class ImportedRow:
    """One row for the table, the spreadsheet row it came from and the column of each cell."""

    sheet_row: int
    cells: dict[str, str]
    source: dict[str, str]


class Converter:
    """Turns the rows of one sheet into table rows with one mapping."""

    def __init__(self, sheet: Sheet, mapping: ImportMapping) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.index = {header.strip(): i for i, header in enumerate(sheet.headers)}
        self.problems: list[Problem] = []

    def missing_columns(self) -> list[Problem]:
        """A problem for each mapped column the sheet does not have."""
        wanted = [*self.mapping.columns.values()]
        wanted += [column for payout in self.mapping.payouts for column in payout.columns.values()]
        return [
            make_problem(
                self.sheet.name,
                f"rad {self.mapping.header_row}",
                "import-kolonne-mangler",
                f"Regnearket har ingen kolonne «{column}» (kolonner: {', '.join(self.index)}).",
            )
            for column in dict.fromkeys(wanted)
            if column.strip() not in self.index
        ]

    def cell(self, values: Sequence[str], column: str) -> str:
        """The text of the named column in one row (empty when the row is short)."""
        position = self.index[column.strip()]
        return values[position].strip() if position < len(values) else ""

    def value(self, row: int, name: str, column: str, values: Sequence[str]) -> str:
        """One table cell: translated, and amounts and years as whole numbers."""
        text = self.cell(values, column)
        text = self.mapping.values.get(name, {}).get(text, text)
        if text and (name in AMOUNT_COLUMNS or name in YEAR_COLUMNS):
            number = whole_number(text)
            if number is None:
                message = f"«{text}» i kolonnen «{column}» er ikke et helt tall (kroner eller år)."
                where = f"rad {row}, {column}"
                self.problems.append(
                    make_problem(self.sheet.name, where, "import-verdi-ugyldig", message)
                )
                return text
            return number
        return text

    def case(self, row: int, values: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """The case columns of one spreadsheet row, and the spreadsheet column of each."""
        columns = {name: self.mapping.columns[name] for name in CASE_COLUMNS}
        cells = {name: self.value(row, name, column, values) for name, column in columns.items()}
        return cells, columns

    def payout_rows(self, row: int, values: Sequence[str]) -> Iterator[ImportedRow]:
        """The table rows of one spreadsheet row."""
        cells, source = self.case(row, values)
        for payout in self.payouts_of(values):
            amounts = {
                name: self.value(row, name, column, values)
                for name, column in payout.columns.items()
            }
            year = {"utbetaling_aar": str(payout.aar)} if payout.aar else {}
            yield ImportedRow(row, {**cells, **year, **amounts}, {**source, **payout.columns})

    def payouts_of(self, values: Sequence[str]) -> list[Payout]:
        """The payouts a row holds: one (long sheet) or each year with a sum (wide sheet)."""
        if not self.mapping.payouts:
            names = ("utbetaling_aar", "sum", "eier_andel", "uh_andel", "koordinator_andel")
            return [
                Payout(0, {n: self.mapping.columns[n] for n in names if n in self.mapping.columns})
            ]
        return [p for p in self.mapping.payouts if self.cell(values, p.columns["sum"])]

    def rows(self) -> list[ImportedRow]:
        """Every table row from the sheet's non-empty rows."""
        return [
            imported
            for row, values in self.sheet.rows
            if any(value.strip() for value in values)
            for imported in self.payout_rows(row, values)
        ]


def whole_number(text: str) -> str | None:
    """«1 234 567 kr», «1.234.567,00» or «2022» as digits; None when it is not a whole number."""
    compact = SPACES.sub("", text).removesuffix("kr").removesuffix("NOK")
    compact = ZERO_DECIMALS.sub("", compact)
    if PLAIN.match(compact):
        return str(int(compact))
    if GROUPED.match(compact):
        return str(int(compact.replace(".", "")))
    return None


def convert_sheet(sheet: Sheet, mapping: ImportMapping) -> tuple[list[ImportedRow], list[Problem]]:
    """The table rows of a sheet, or the problems that stop the conversion."""
    converter = Converter(sheet, mapping)
    missing = converter.missing_columns()
    if missing:
        return [], missing
    rows = converter.rows()
    return rows, converter.problems + duplicate_rows(rows, sheet.name)


def duplicate_rows(rows: Sequence[ImportedRow], sheet: str) -> list[Problem]:
    """A problem for each row whose case and payout year an earlier row of the sheet has."""
    first: dict[tuple[str, str], int] = {}
    problems = []
    for row in rows:
        key = (row.cells.get("saksnummer", ""), row.cells.get("utbetaling_aar", ""))
        if key in first:
            message = (
                f"Saken {key[0]} har utbetalingsåret {key[1]} også i rad {first[key]} i "
                "regnearket; hver sak kan ha én rad per utbetalingsår."
            )
            problems.append(
                make_problem(sheet, f"rad {row.sheet_row}", "import-rad-dobbel", message)
            )
        first.setdefault(key, row.sheet_row)
    return problems
