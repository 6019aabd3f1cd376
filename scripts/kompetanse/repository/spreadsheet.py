"""Read an office's spreadsheet (CSV or XLSX) as text cells, and the mapping of an import.

A CSV file may be separated by commas, semicolons (what Norwegian spreadsheet programs write)
or tabs, and may start with a byte-order mark. In a workbook the cells are read as values (not
formulas); a whole number stored as a decimal (``1234.0``) is read as ``1234``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tomllib
import zipfile
from pathlib import Path
from typing import Any

from kompetanse.errors import KompetanseError
from kompetanse.validation.history_import import Sheet

DELIMITERS = ",;\t"


class SpreadsheetError(KompetanseError):
    """The spreadsheet or the mapping file cannot be read at all."""


def cell_text(value: Any) -> str:
    """A workbook cell as text: whole numbers without decimals, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)


def sheet_from_rows(name: str, rows: list[list[str]], header_row: int) -> Sheet:
    """The header at ``header_row`` (counted from 1) and the rows below it."""
    if len(rows) < header_row:
        raise SpreadsheetError(f"{name} har ingen rad {header_row} med overskrifter")
    headers = tuple(rows[header_row - 1])
    body = tuple(
        (number, tuple(row)) for number, row in enumerate(rows, start=1) if number > header_row
    )
    return Sheet(name, headers, body)


def read_csv_rows(path: Path) -> list[list[str]]:
    """Every row of a CSV file, with its separator guessed from the first line."""
    text = path.read_text(encoding="utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = max(DELIMITERS, key=first.count)
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def read_xlsx_rows(path: Path, sheet: str | None) -> list[list[str]]:
    """Every row of one sheet of a workbook (the first when none is named)."""
    from openpyxl import load_workbook  # slow to import, rarely needed
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile) as error:
        raise SpreadsheetError(f"{path.name} er ikke et regneark som kan leses: {error}") from error
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            names = ", ".join(workbook.sheetnames)
            raise SpreadsheetError(f"{path.name} har ikke arket «{sheet}» (ark: {names})")
        chosen = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        return [[cell_text(value) for value in row] for row in chosen.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_sheet(path: Path, sheet: str | None = None, header_row: int = 1) -> Sheet:
    """The spreadsheet at ``path`` as text cells; a SpreadsheetError when it cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            rows = read_xlsx_rows(path, sheet)
        elif suffix in (".csv", ".txt"):
            rows = read_csv_rows(path)
        else:
            raise SpreadsheetError(f"{path.name} er verken et regneark (.xlsx) eller en CSV-fil")
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError) as error:
        raise SpreadsheetError(f"kan ikke lese {path.name}: {error}") from error
    return sheet_from_rows(str(path), rows, header_row)


def read_mapping_file(path: Path) -> dict[str, Any]:
    """The mapping file as TOML; a SpreadsheetError when it cannot be read or parsed."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SpreadsheetError(f"kan ikke lese oppsettet {path.name}: {error}") from error
