"""Read a kind's schema files: the current version and every earlier one kept beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kompetanse.errors import SchemaLoadError
from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.validation.schema import CompiledSchema, VersionedSchema


def read_schema_file(root: Path, relpath: str) -> dict[str, Any]:
    """One schema file as JSON; a missing or broken file is a SchemaLoadError."""
    try:
        schema = json.loads((root / relpath).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SchemaLoadError(f"kan ikke lese {relpath}: {error}") from error
    if not isinstance(schema, dict):
        raise SchemaLoadError(f"{relpath} er ikke et JSON Schema (et objekt)")
    return schema


def load_schema(root: Path, kind: Kind = BEHOVSMELDING) -> VersionedSchema:
    """Every version of the kind's schema, compiled (SchemaLoadError if a file is broken)."""
    current = CompiledSchema(read_schema_file(root, kind.schema_file))
    older = tuple(
        CompiledSchema(read_schema_file(root, path.relative_to(root).as_posix()))
        for path in sorted(root.glob(kind.older_schema_pattern))
    )
    return VersionedSchema(current, older)
