"""The allocation tables as CSV with Table Schemas, a data package and one XLSX workbook.

Every file is reproducible byte for byte: rows come sorted from the computations, JSON is written
with sorted keys, and the workbook has a fixed creation date (xlsxwriter fixes the zip times).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from kompetanse.errors import KompetanseError
from kompetanse.publication.tables import Table
from kompetanse.repository.files import OutputWriteError
from kompetanse.text.inert import csv_cell, csv_text, xlsx_cell

FIXED_CREATED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class GeneratedTableError(KompetanseError):
    """A generated table does not match its own Table Schema."""


def table_csv(table: Table) -> str:
    """The table as UTF-8 CSV text with a header row and ``\\n`` line endings."""
    return csv_text([tuple(column.name for column in table.columns), *table.rows])


def json_text(data: Any) -> str:
    """Stable JSON: sorted keys, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def stage(path: Path, content: bytes) -> Path:
    """Write the bytes to a temporary file beside ``path``; return the temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        temporary.chmod(0o644)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_together(files: Mapping[Path, bytes]) -> None:
    """Write every changed file, or none of them: each is staged first, then all are moved
    into place. A failure while staging removes what was staged and raises OutputWriteError."""
    changed = {p: c for p, c in files.items() if not p.is_file() or p.read_bytes() != c}
    staged: dict[Path, Path] = {}
    path = Path()
    try:
        for path, content in changed.items():
            staged[path] = stage(path, content)
        for path, temporary in staged.items():
            temporary.replace(path)
    except OSError as error:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)
        raise OutputWriteError(f"kunne ikke skrive {path}: {error.strerror or error}") from error


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


def table_files(aar: int, tables: Sequence[Table]) -> dict[str, bytes]:
    """Each table's CSV and Table Schema, and the data package, by file name."""
    files = {}
    for table in tables:
        files[f"{table.name}.csv"] = table_csv(table).encode("utf-8")
        files[f"{table.name}.schema.json"] = json_text(table.schema()).encode("utf-8")
    files["datapackage.json"] = json_text(package_descriptor(aar, tables)).encode("utf-8")
    return files


def validate_files(files: Mapping[str, bytes]) -> None:
    """Check CSV files (by name, with their schemas and data package) before they are written."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, content in files.items():
            (Path(scratch) / name).write_bytes(content)
        validate_written(Path(scratch))


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
            if isinstance(value, str):
                sheet.write_string(row_number, col, xlsx_cell(value))
            elif isinstance(value, bool) or value is None:
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
