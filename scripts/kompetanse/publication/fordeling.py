"""Write the published allocation under ``docs/fordeling/``: per year and the list of years.

Every file is computed in memory and the tables are checked against their schemas before
anything is written; then the files are written together (:func:`write_together`), so a failure
never leaves some of them rewritten and others not.

The data files (CSV, schemas, workbook, data package) are written once, under ``docs/fordeling/``;
the pages are written in bokmål there and in nynorsk under ``docs/nn/fordeling/``, whose site
copies the data files in.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.publication.files import (
    table_files,
    validate_files,
    workbook_bytes,
    write_together,
)
from kompetanse.publication.pages import PageView, index_page, year_page
from kompetanse.publication.tables import build_tables
from kompetanse.repository.year_data import RepositoryData
from kompetanse.text.catalogue import MAALFORMER, Maalform

FORDELING_DIR = "docs/fordeling"
PAGE_DIR_BY_MAALFORM: dict[Maalform, str] = {"nb": FORDELING_DIR, "nn": "docs/nn/fordeling"}
GENERATED_PATHS: tuple[str, ...] = tuple(PAGE_DIR_BY_MAALFORM.values())
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


def egenandel_rate(allocation: Allocation, data: RepositoryData) -> Decimal | None:
    """The year's minimum egenandel rate (of the first ordning that has an egenandel)."""
    settings = data.allocation_input(allocation.aar).settings
    for ordning in allocation.ordninger:
        innstilling = settings.innstilling(allocation.aar, ordning.ordning)
        if ordning.har_egenandel and innstilling is not None:
            return innstilling.egenandel_sats
    return None


def pages_by_maalform(relative: str, root: Path, content: dict[Maalform, str]) -> dict[Path, bytes]:
    """One page per målform at ``relative`` below each målform's folder."""
    return {
        root / PAGE_DIR_BY_MAALFORM[maalform] / relative: text.encode("utf-8")
        for maalform, text in content.items()
    }


def build_year(data: RepositoryData, aar: int) -> YearFiles:
    """Compute one year's CSV files, schemas, workbook and pages, and check the tables."""
    allocation = build_allocation(data.allocation_input(aar))
    tables = build_tables(allocation)
    named = table_files(aar, tables)
    validate_files(named)
    named[f"fordeling-{aar}.xlsx"] = workbook_bytes(aar, tables)
    folder = data.root / FORDELING_DIR / str(aar)
    contents = {folder / name: content for name, content in named.items()}
    rate = egenandel_rate(allocation, data)
    pages = {m: year_page(allocation, tables, PageView(m, rate)) for m in MAALFORMER}
    contents.update(pages_by_maalform(f"{aar}/index.md", data.root, pages))
    return YearFiles(allocation, contents)


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Compute one year and write its CSV files, schemas, workbook and page."""
    year = build_year(data, aar)
    write_together(year.contents)
    return year.written()


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders (in every målform) for years that no longer have any data."""
    for relative in PAGE_DIR_BY_MAALFORM.values():
        base = root / relative
        if not base.is_dir():
            continue
        for folder in base.iterdir():
            if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
                shutil.rmtree(folder)


def write_all(root: Path) -> list[WrittenYear]:
    """Regenerate every year with data and the index; remove years without data."""
    data = RepositoryData.load(root)
    years = data.years()
    built = [build_year(data, aar) for aar in years]
    contents = {path: content for year in built for path, content in year.contents.items()}
    indexes = {m: index_page(years, PageView(m)) for m in MAALFORMER}
    contents.update(pages_by_maalform("index.md", root, indexes))
    write_together(contents)
    remove_stale_years(root, years)
    return [year.written() for year in built]
