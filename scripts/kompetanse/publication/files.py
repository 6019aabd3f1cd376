"""Write the allocation tables as CSV with Table Schemas, a data package and one XLSX workbook.

Every file is reproducible byte for byte: rows come sorted from the computations, JSON is written
with sorted keys, and the workbook has a fixed creation date (xlsxwriter fixes the zip times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from kompetanse.errors import KompetanseError
from kompetanse.publication.tables import Cell, Table
from kompetanse.repository.files import write_atomically

FIXED_CREATED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class GeneratedTableError(KompetanseError):
    """A generated table does not match its own Table Schema."""


def csv_cell(value: Cell) -> str:
    """A cell as CSV text (booleans as true/false, None as empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_text(table: Table) -> str:
    """The table as UTF-8 CSV text with a header row and ``\\n`` line endings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.name for column in table.columns])
    writer.writerows([csv_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue()


def json_text(data: Any) -> str:
    """Stable JSON: sorted keys, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_if_changed(path: Path, content: bytes) -> None:
    """Write the bytes (whole or not at all) unless the file already holds exactly them."""
    if not path.is_file() or path.read_bytes() != content:
        write_atomically(path, content)


def package_descriptor(aar: int, tables: Sequence[Table]) -> dict[str, Any]:
    """A Frictionless data package describing the year's CSV files."""
    resources = [
        {
            "name": table.name,
            "title": table.title,
            "description": table.description,
            "path": f"{table.name}.csv",
            "schema": f"{table.name}.schema.json",
            "format": "csv",
            "encoding": "utf-8",
        }
        for table in tables
    ]
    return {"name": f"fordeling-{aar}", "title": f"Fordeling {aar}", "resources": resources}


def write_csv_tables(folder: Path, aar: int, tables: Sequence[Table]) -> list[Path]:
    """Write each table's CSV and Table Schema, and the data package; return the paths."""
    written = []
    for table in tables:
        for name, content in (
            (f"{table.name}.csv", csv_text(table)),
            (f"{table.name}.schema.json", json_text(table.schema())),
        ):
            write_if_changed(folder / name, content.encode("utf-8"))
            written.append(folder / name)
    write_if_changed(
        folder / "datapackage.json", json_text(package_descriptor(aar, tables)).encode()
    )
    return [*written, folder / "datapackage.json"]


def validate_written(folder: Path) -> None:
    """Check the written CSV files against their schemas; a mismatch is a GeneratedTableError."""
    from frictionless import Package

    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    report = Package(descriptor, basepath=str(folder)).validate()
    if not report.valid:
        errors = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
        raise GeneratedTableError("genererte tabeller er ugyldige: " + "; ".join(errors[:5]))


def write_sheet(workbook: Any, table: Table, bold: Any, money: Any) -> None:
    """One worksheet: titles in bold, text always as text (never a formula), numbers as numbers."""
    sheet = workbook.add_worksheet(table.name)
    for col, column in enumerate(table.columns):
        sheet.write_string(0, col, column.title, bold)
        sheet.set_column(col, col, max(12, len(column.title) + 2))
    for row_number, row in enumerate(table.rows, start=1):
        for col, value in enumerate(row):
            if isinstance(value, bool) or value is None or isinstance(value, str):
                sheet.write_string(row_number, col, csv_cell(value))
            else:
                sheet.write_number(row_number, col, value, money)
    sheet.freeze_panes(1, 0)


def workbook_bytes(aar: int, tables: Sequence[Table]) -> bytes:
    """The year's workbook, one sheet per table, with fixed metadata."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties(
        {"title": f"Fordeling {aar}", "author": "kompetanse", "created": FIXED_CREATED}
    )
    bold = workbook.add_format({"bold": True})
    money = workbook.add_format({"num_format": "# ##0"})
    for table in tables:
        write_sheet(workbook, table, bold, money)
    workbook.close()
    return buffer.getvalue()


def write_workbook(folder: Path, aar: int, tables: Sequence[Table]) -> Path:
    """Write ``fordeling-<år>.xlsx`` and return its path."""
    path = folder / f"fordeling-{aar}.xlsx"
    write_if_changed(path, workbook_bytes(aar, tables))
    return path
