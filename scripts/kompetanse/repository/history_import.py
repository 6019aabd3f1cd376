"""``kompetanse import``: the office's spreadsheet of earlier vedtak into data/vedtak_historikk.csv.

The sheet is converted with the mapping, merged with the table (a row for a case and payout
year already in the table is replaced, others are added), and the whole new table is checked
as ``validate`` checks it: its Table Schema and registers (Frictionless), then the rules of
earlier vedtak. Problems in imported rows point at the spreadsheet's row and column. The table
is written only when there is no error and it is not a dry run.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.history import HistorikkRad
from kompetanse.repository.files import write_atomically
from kompetanse.repository.reference import HISTORY_TABLE, load_fylker, read_table
from kompetanse.repository.spreadsheet import read_mapping_file, read_sheet
from kompetanse.repository.table_schema import record_converter
from kompetanse.repository.tables import check_tables
from kompetanse.text.inert import csv_text
from kompetanse.validation.history import FIRST_ROW, HISTORY_FILE, history_problems
from kompetanse.validation.history_import import ImportedRow, convert_sheet
from kompetanse.validation.import_mapping import TABLE_COLUMNS, parse_mapping
from kompetanse.validation.problems import Problem, is_failure

ROW_LOCATION = re.compile(r"^rad (\d+)(?:, (.+))?$")
Row = dict[str, str]


@dataclass(frozen=True)
class ImportResult:
    """What an import found and did."""

    problems: tuple[Problem, ...]
    added: int = 0
    replaced: int = 0
    written: bool = False

    @property
    def failed(self) -> bool:
        """True when an error stopped the import."""
        return is_failure(list(self.problems))


def merge(
    existing: list[Row], imported: list[ImportedRow]
) -> tuple[list[Row], list[ImportedRow | None], int]:
    """The table with imported rows replacing rows of the same case and year, others added;
    where each row came from (None: already in the table); how many were replaced. A case and
    year twice in the spreadsheet stays twice, so the table's key check reports it."""
    rows: list[Row] = [dict(row) for row in existing]
    origin: list[ImportedRow | None] = [None] * len(rows)
    position = {(row["saksnummer"], row["utbetaling_aar"]): i for i, row in enumerate(rows)}
    replaced, seen = 0, set()
    for item in imported:
        key = (item.cells["saksnummer"], item.cells.get("utbetaling_aar", ""))
        cells = {column: item.cells.get(column, "") for column in TABLE_COLUMNS}
        if key in position and key not in seen:
            rows[position[key]], origin[position[key]] = cells, item
            replaced += 1
        else:
            position[key] = len(rows)
            rows.append(cells)
            origin.append(item)
        seen.add(key)
    return rows, origin, replaced


def table_text(rows: Sequence[Row]) -> str:
    """The table as CSV in the columns of its schema."""
    return csv_text([TABLE_COLUMNS, *([row.get(c, "") for c in TABLE_COLUMNS] for row in rows)])


def check_table(root: Path, text: str) -> list[Problem]:
    """The new table checked in a scratch copy of the project's schemas and data."""
    with tempfile.TemporaryDirectory(prefix="kompetanse-import-") as scratch:
        copy = Path(scratch)
        shutil.copytree(root / "schemas", copy / "schemas")
        shutil.copytree(root / "data", copy / "data")
        (copy / HISTORY_FILE).write_text(text, encoding="utf-8")
        problems = check_tables(copy, [HISTORY_FILE])
        convert = record_converter(copy, HISTORY_TABLE, HistorikkRad)
        try:
            rows = [convert(row) for row in read_table(copy, HISTORY_TABLE)]
        except (ValueError, TypeError, KeyError):  # cells the table check already reports
            return problems
        return problems + history_problems(rows, load_fylker(copy))


def pointed_at_sheet(problem: Problem, origin: Sequence[ImportedRow | None], sheet: str) -> Problem:
    """A problem in an imported row, moved to the spreadsheet's row and column."""
    match = ROW_LOCATION.match(problem.location)
    if problem.file != HISTORY_FILE or match is None:
        return problem
    index = int(match[1]) - FIRST_ROW
    item = origin[index] if 0 <= index < len(origin) else None
    if item is None:
        return problem
    column = item.source.get(match[2] or "", match[2])
    location = f"rad {item.sheet_row}" + (f", {column}" if column else "")
    return dataclasses.replace(problem, file=sheet, location=location)


def import_history(root: Path, sheet_path: Path, mapping_path: Path, dry_run: bool) -> ImportResult:
    """Convert, merge and check; write the table unless there is an error or it is a dry run."""
    mapping, problems = parse_mapping(read_mapping_file(mapping_path), str(mapping_path))
    if mapping is None:
        return ImportResult(tuple(problems))
    sheet = read_sheet(sheet_path, mapping.sheet, mapping.header_row)
    imported, converted = convert_sheet(sheet, mapping)
    if not imported and is_failure(converted):
        return ImportResult(tuple(converted))
    rows, origin, replaced = merge(read_table(root, HISTORY_TABLE), imported)
    text = table_text(rows)
    reported = {(p.file, p.location) for p in converted}
    checked = [pointed_at_sheet(p, origin, sheet.name) for p in check_table(root, text)]
    found = [*converted, *(p for p in checked if (p.file, p.location) not in reported)]
    result = ImportResult(tuple(found), len(imported) - replaced, replaced)
    if result.failed or dry_run:
        return result
    write_atomically(root / HISTORY_FILE, text.encode("utf-8"))
    return dataclasses.replace(result, written=True)
