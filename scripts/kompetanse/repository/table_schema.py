"""Cells typed by the table's own Table Schema (``schemas/tables/<name>.schema.json``).

The columns of a table and their types are written once, in its Table Schema; a record whose
fields are those columns is built from a row without a second list of columns in Python.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from kompetanse.errors import SchemaLoadError

T = TypeVar("T")
TABLE_SCHEMAS = "schemas/tables"

CONVERT_BY_TYPE: dict[str, Callable[[str], Any]] = {
    "integer": int,
    "number": Decimal,
    "string": str,
    "date": dt.date.fromisoformat,
    "boolean": lambda text: text == "true",
}


def _read_columns(path: Path) -> tuple[tuple[str, str], ...]:
    schema = json.loads(path.read_text(encoding="utf-8"))
    return tuple((str(f["name"]), str(f.get("type", "string"))) for f in schema["fields"])


def table_columns(root: Path, name: str) -> tuple[tuple[str, str], ...]:
    """The (name, type) of every column of ``data/<name>.csv``, in the schema's order."""
    path = root / TABLE_SCHEMAS / f"{name}.schema.json"
    try:
        return _read_columns(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SchemaLoadError(
            f"kan ikke lese {TABLE_SCHEMAS}/{name}.schema.json: {error}"
        ) from error


def typed_cells(row: dict[str, str], columns: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """The row's cells converted to their column types (an empty cell is None)."""
    return {
        name: CONVERT_BY_TYPE.get(kind, str)(row[name]) if row[name] != "" else None
        for name, kind in columns
    }


def record_converter(root: Path, name: str, record: type[T]) -> Callable[[dict[str, str]], T]:
    """A converter from a row of the table to ``record``, whose fields are the table's columns."""
    columns = table_columns(root, name)
    wanted = set(getattr(record, "__dataclass_fields__", {}))
    if wanted != {column for column, _ in columns}:
        raise SchemaLoadError(f"kolonnene i {name}.schema.json stemmer ikke med {record.__name__}")
    return lambda row: record(**typed_cells(row, columns))
