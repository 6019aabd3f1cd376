"""Records built from rows typed by the table's own schema, and the one rule for vedtak in view."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from kompetanse.domain.allocation import vedtak_in_view
from kompetanse.domain.model import Vedtak
from kompetanse.domain.vedtak import ids_in_view
from kompetanse.errors import SchemaLoadError
from kompetanse.repository.table_schema import record_converter, table_columns
from kompetanse.repository.year_data import RepositoryData


def test_the_vedtak_record_has_exactly_the_columns_of_its_table_schema(
    copy_of_project: Path,
) -> None:
    columns = [name for name, _ in table_columns(copy_of_project, "vedtak")]
    assert columns == [f.name for f in fields(Vedtak)]


def test_cells_are_typed_by_the_schema(copy_of_project: Path) -> None:
    convert = record_converter(copy_of_project, "vedtak", Vedtak)
    row = {
        "behovsmelding_id": "bm-2025-0a1b2c3d",
        "vedtak_aar": "2025",
        "utbetaling_aar": "2026",
        "eier_andel": "100",
        "uh_andel": "50",
        "koordinator_andel": "0",
    }
    assert convert(row) == Vedtak("bm-2025-0a1b2c3d", 2025, 2026, 100, 50, 0)


def test_a_column_the_record_does_not_know_is_refused_at_load(copy_of_project: Path) -> None:
    path = copy_of_project / "schemas/tables/vedtak.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["fields"].append({"name": "saksnummer", "type": "string"})
    path.write_text(json.dumps(schema), encoding="utf-8")
    with pytest.raises(SchemaLoadError, match=r"vedtak\.schema\.json"):
        record_converter(copy_of_project, "vedtak", Vedtak)


def test_the_allocation_reads_every_melding_its_vedtak_need(copy_of_project: Path) -> None:
    data = RepositoryData.load(copy_of_project)
    for aar in data.years():
        shown = {v.behovsmelding_id for v in vedtak_in_view(data.allocation_input(aar))}
        wanted = ids_in_view(data.reference.vedtak, aar) & set(data.relpath_by_id)
        assert shown == wanted, aar
