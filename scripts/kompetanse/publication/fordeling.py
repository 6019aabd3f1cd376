"""Write the published allocation under ``docs/fordeling/``: per year and the list of years.

Every file is computed in memory and the tables are checked against their schemas before
anything is written; then the files are written together (:func:`write_together`), so a failure
never leaves some of them rewritten and others not.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.publication.files import (
    table_files,
    validate_files,
    workbook_bytes,
    write_together,
)
from kompetanse.publication.pages import index_page, year_page
from kompetanse.publication.rapportering import RESULT_DIR, write_aggregate
from kompetanse.publication.tables import build_tables
from kompetanse.publication.tilrettelegging import TILDELING_DIR, write_totals
from kompetanse.repository.year_data import RepositoryData

FORDELING_DIR = "docs/fordeling"
GENERATED_PATHS: tuple[str, ...] = (FORDELING_DIR, RESULT_DIR, TILDELING_DIR)
YEAR_FOLDER = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class WrittenYear:
    """One year's allocation and the files written for it."""

    allocation: Allocation
    files: tuple[Path, ...]


@dataclass(frozen=True)
class YearFiles:
    """One year's allocation and the content of each of its files, not yet written."""

    allocation: Allocation
    contents: dict[Path, bytes]

    def written(self) -> WrittenYear:
        """The year as it is once its files are written."""
        return WrittenYear(self.allocation, tuple(self.contents))


def build_year(data: RepositoryData, aar: int) -> YearFiles:
    """Compute one year's CSV files, schemas, workbook and page, and check the tables."""
    allocation = build_allocation(data.allocation_input(aar))
    tables = build_tables(allocation)
    named = table_files(aar, tables)
    validate_files(named)
    named[f"fordeling-{aar}.xlsx"] = workbook_bytes(aar, tables)
    named["index.md"] = year_page(allocation, tables).encode("utf-8")
    folder = data.root / FORDELING_DIR / str(aar)
    return YearFiles(allocation, {folder / name: content for name, content in named.items()})


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Compute one year and write its CSV files, schemas, workbook and page."""
    year = build_year(data, aar)
    write_together(year.contents)
    return year.written()


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders for years that no longer have any data."""
    base = root / FORDELING_DIR
    if not base.is_dir():
        return
    for folder in base.iterdir():
        if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
            shutil.rmtree(folder)


def write_all(root: Path) -> list[WrittenYear]:
    """Regenerate every year with data and the index; remove years without data; regenerate the
    published rapportering aggregate and the tilretteleggingsmidler totals."""
    data = RepositoryData.load(root)
    years = data.years()
    built = [build_year(data, aar) for aar in years]
    contents = {path: content for year in built for path, content in year.contents.items()}
    contents[root / FORDELING_DIR / "index.md"] = index_page(years).encode("utf-8")
    write_together(contents)
    remove_stale_years(root, years)
    write_aggregate(data)
    write_totals(data)
    return [year.written() for year in built]
