"""Write the published allocation under ``docs/fordeling/``: per year and the list of years."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.publication.files import (
    validate_written,
    write_csv_tables,
    write_if_changed,
    write_workbook,
)
from kompetanse.publication.pages import index_page, year_page
from kompetanse.publication.tables import build_tables
from kompetanse.repository.year_data import RepositoryData

FORDELING_DIR = "docs/fordeling"
GENERATED_PATHS: tuple[str, ...] = (FORDELING_DIR,)
YEAR_FOLDER = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class WrittenYear:
    """One year's allocation and the files written for it."""

    allocation: Allocation
    files: tuple[Path, ...]


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Compute one year and write its CSV files, schemas, workbook and page."""
    allocation = build_allocation(data.allocation_input(aar))
    tables = build_tables(allocation)
    folder = data.root / FORDELING_DIR / str(aar)
    folder.mkdir(parents=True, exist_ok=True)
    files = write_csv_tables(folder, aar, tables)
    validate_written(folder)
    files.append(write_workbook(folder, aar, tables))
    page = folder / "index.md"
    write_if_changed(page, year_page(allocation, tables).encode("utf-8"))
    return WrittenYear(allocation, (*files, page))


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders for years that no longer have any data."""
    base = root / FORDELING_DIR
    if not base.is_dir():
        return
    for folder in base.iterdir():
        if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
            shutil.rmtree(folder)


def write_index(root: Path, years: list[int]) -> Path:
    """Write ``docs/fordeling/index.md`` listing the years."""
    path = root / FORDELING_DIR / "index.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_if_changed(path, index_page(years).encode("utf-8"))
    return path


def write_all(root: Path) -> list[WrittenYear]:
    """Regenerate every year with data and the index; remove years without data."""
    data = RepositoryData.load(root)
    years = data.years()
    remove_stale_years(root, years)
    written = [write_year(data, aar) for aar in years]
    write_index(root, years)
    return written
