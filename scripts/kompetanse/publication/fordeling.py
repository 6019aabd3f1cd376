"""Write the published allocation under ``docs/fordeling/``: per year and the list of years.

The data files (CSV, schemas, workbook, data package) are written once, under ``docs/fordeling/``;
the pages are written in bokmål there and in nynorsk under ``docs/nn/fordeling/``, whose site
copies the data files in.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.domain.model import Ordning
from kompetanse.publication.files import (
    validate_written,
    write_csv_tables,
    write_if_changed,
    write_workbook,
)
from kompetanse.publication.pages import PageView, index_page, year_page
from kompetanse.publication.tables import build_tables
from kompetanse.repository.site_data import load_ordning_names
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


def page_views(data: RepositoryData, aar: int) -> dict[Maalform, PageView]:
    """How the year's pages are written in each målform."""
    innstilling = data.allocation_input(aar).settings.innstilling(aar, Ordning.DESENTRALISERT)
    rate = innstilling.egenandel_sats if innstilling else None
    names = load_ordning_names(data.root)
    return {m: PageView(m, names[m], rate) for m in MAALFORMER}


def write_pages(root: Path, relative: str, pages: dict[Maalform, str]) -> list[Path]:
    """Write one page per målform at ``relative`` below each målform's folder."""
    written = []
    for maalform, content in pages.items():
        path = root / PAGE_DIR_BY_MAALFORM[maalform] / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(path, content.encode("utf-8"))
        written.append(path)
    return written


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Compute one year and write its CSV files, schemas, workbook and pages."""
    allocation = build_allocation(data.allocation_input(aar))
    tables = build_tables(allocation)
    folder = data.root / FORDELING_DIR / str(aar)
    folder.mkdir(parents=True, exist_ok=True)
    files = write_csv_tables(folder, aar, tables)
    validate_written(folder)
    files.append(write_workbook(folder, aar, tables))
    views = page_views(data, aar)
    pages = {m: year_page(allocation, tables, view) for m, view in views.items()}
    files += write_pages(data.root, f"{aar}/index.md", pages)
    return WrittenYear(allocation, tuple(files))


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders (in every målform) for years that no longer have any data."""
    for relative in PAGE_DIR_BY_MAALFORM.values():
        base = root / relative
        if not base.is_dir():
            continue
        for folder in base.iterdir():
            if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
                shutil.rmtree(folder)


def write_index(root: Path, years: list[int]) -> list[Path]:
    """Write ``index.md`` listing the years, in every målform."""
    names = load_ordning_names(root)
    pages = {m: index_page(years, PageView(m, names[m])) for m in MAALFORMER}
    return write_pages(root, "index.md", pages)


def write_all(root: Path) -> list[WrittenYear]:
    """Regenerate every year with data and the index; remove years without data."""
    data = RepositoryData.load(root)
    years = data.years()
    remove_stale_years(root, years)
    written = [write_year(data, aar) for aar in years]
    write_index(root, years)
    return written
