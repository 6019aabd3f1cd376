"""Write the published allocation under ``docs/fordeling/``: per year and the list of years.

Every year is first checked for what would make its tables wrong or incomplete
(:mod:`~kompetanse.validation.publish_guards`); a year with such a problem refuses the run and
nothing is written. Every file is computed in memory and the tables are checked against their
schemas before anything is written; then the files are written together
(:func:`write_together`), so a failure never leaves some of them rewritten and others not.

The data files (CSV, schemas, workbook, data package) are written once, under ``docs/fordeling/``;
the pages are written in bokmål there and in nynorsk under ``docs/nn/fordeling/``, whose site
copies the data files in.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.errors import KompetanseError
from kompetanse.publication.files import (
    table_files,
    validate_files,
    workbook_bytes,
    write_together,
)
from kompetanse.publication.pages import PageView, index_page, year_page
from kompetanse.publication.rapportering import RESULT_PAGE_DIRS, write_aggregate
from kompetanse.publication.tables import Table, build_tables
from kompetanse.publication.tilrettelegging import TILDELING_PAGE_DIRS, write_totals
from kompetanse.repository.workers import can_fork_workers, run_beside
from kompetanse.repository.year_data import RepositoryData
from kompetanse.text.catalogue import MAALFORMER, Maalform
from kompetanse.validation.problems import Problem
from kompetanse.validation.publish_guards import guard_problems, only_rammer_missing

FORDELING_DIR = "docs/fordeling"
PAGE_DIR_BY_MAALFORM: dict[Maalform, str] = {"nb": FORDELING_DIR, "nn": "docs/nn/fordeling"}
GENERATED_PATHS: tuple[str, ...] = (
    *PAGE_DIR_BY_MAALFORM.values(),
    *RESULT_PAGE_DIRS.values(),
    *TILDELING_PAGE_DIRS.values(),
)
YEAR_FOLDER = re.compile(r"^[0-9]{4}$")
# From this many table rows a year's tables are checked in a forked child (see build_year).
PARALLEL_CHECK_FROM_ROWS = 1000


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


@dataclass(frozen=True)
class CheckedYear:
    """One year's allocation and what stops it from being published (nothing, when it may)."""

    allocation: Allocation
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Published:
    """The years written, and the years that wait for their rammer."""

    written: tuple[WrittenYear, ...]
    waiting: tuple[CheckedYear, ...] = ()


class PublishRefusedError(KompetanseError):
    """The allocation would be wrong or incomplete, so nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"fordelingen ble ikke skrevet: {len(problems)} feil")
        self.problems = tuple(problems)


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


def check_year(data: RepositoryData, aar: int) -> CheckedYear:
    """Compute one year and find what would stop it from being published."""
    allocation = build_allocation(data.allocation_input(aar))
    return CheckedYear(allocation, tuple(guard_problems(allocation, data.unreadable(aar))))


def build_year(data: RepositoryData, checked: CheckedYear) -> YearFiles:
    """One checked year's CSV files, schemas, workbook and page, with the tables checked.

    In a large year the tables are checked in a forked child while the workbook and the pages
    are made here (the check imports frictionless and reads every row back)."""
    allocation = checked.allocation
    aar = allocation.aar
    tables = build_tables(allocation)
    named = table_files(aar, tables)
    fork = can_fork_workers(sum(len(t.rows) for t in tables), PARALLEL_CHECK_FROM_ROWS)
    _, (workbook, pages) = run_beside(
        lambda: validate_files(named),
        lambda: workbook_and_pages(data, allocation, tables),
        fork=fork,
    )
    named[f"fordeling-{aar}.xlsx"] = workbook
    folder = data.root / FORDELING_DIR / str(aar)
    contents = {folder / name: content for name, content in named.items()}
    contents.update(pages_by_maalform(f"{aar}/index.md", data.root, pages))
    return YearFiles(allocation, contents)


def workbook_and_pages(
    data: RepositoryData, allocation: Allocation, tables: Sequence[Table]
) -> tuple[bytes, dict[Maalform, str]]:
    """The year's workbook, and its page in each målform."""
    rate = egenandel_rate(allocation, data)
    pages = {m: year_page(allocation, tables, PageView(m, rate)) for m in MAALFORMER}
    return workbook_bytes(allocation.aar, tables), pages


def index_contents(root: Path, years: Iterable[int]) -> dict[Path, bytes]:
    """``docs/fordeling/index.md`` and its nynorsk twin, listing the years."""
    listed = sorted(set(years))
    pages = {m: index_page(listed, PageView(m)) for m in MAALFORMER}
    return pages_by_maalform("index.md", root, pages)


def published_years(root: Path) -> list[int]:
    """The years that already have a page under docs/fordeling/."""
    base = root / FORDELING_DIR
    found = base.glob("*/index.md") if base.is_dir() else []
    return sorted(int(p.parent.name) for p in found if YEAR_FOLDER.match(p.parent.name))


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Check one year and write it with the index; a year that may not be published is a
    PublishRefusedError and writes nothing."""
    checked = check_year(data, aar)
    if checked.problems:
        raise PublishRefusedError(checked.problems)
    year = build_year(data, checked)
    index = index_contents(data.root, [*published_years(data.root), aar])
    write_together({**year.contents, **index})
    return year.written()


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders (in every målform) for years that are not published."""
    for relative in PAGE_DIR_BY_MAALFORM.values():
        base = root / relative
        if not base.is_dir():
            continue
        for folder in base.iterdir():
            if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
                shutil.rmtree(folder)


def plan_years(data: RepositoryData) -> tuple[list[CheckedYear], list[CheckedYear]]:
    """Every year with data checked: those to write, and those that only wait for rammer.

    Any other problem in any year refuses the whole run (PublishRefusedError).
    """
    ready: list[CheckedYear] = []
    waiting: list[CheckedYear] = []
    problems: list[Problem] = []
    for aar in data.years():
        checked = check_year(data, aar)
        if not checked.problems:
            ready.append(checked)
        elif only_rammer_missing(checked.problems):
            waiting.append(checked)
        else:
            problems.extend(checked.problems)
    if problems:
        raise PublishRefusedError(problems)
    return ready, waiting


def write_all(root: Path) -> Published:
    """Regenerate every year that may be published and the index; remove the other years.

    A year whose ramme is not in yet waits (it is named, not written); any other problem writes
    nothing at all. The published rapportering aggregate and the tilretteleggingsmidler totals
    are written anew too.
    """
    data = RepositoryData.load(root)
    ready, waiting = plan_years(data)
    built = [build_year(data, checked) for checked in ready]
    years = [year.allocation.aar for year in built]
    contents = {path: content for year in built for path, content in year.contents.items()}
    write_together({**contents, **index_contents(root, years)})
    remove_stale_years(root, years)
    write_aggregate(data)
    write_totals(data)
    return Published(tuple(year.written() for year in built), tuple(waiting))
