"""Write the published allocation under ``docs/fordeling/``: per year and the list of years."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.allocation import Allocation, build_allocation
from kompetanse.errors import KompetanseError
from kompetanse.publication.files import (
    validate_written,
    write_csv_tables,
    write_if_changed,
    write_workbook,
)
from kompetanse.publication.pages import index_page, year_page
from kompetanse.publication.tables import build_tables
from kompetanse.repository.year_data import RepositoryData
from kompetanse.validation.problems import Problem
from kompetanse.validation.publish_guards import guard_problems, only_rammer_missing

FORDELING_DIR = "docs/fordeling"
GENERATED_PATHS: tuple[str, ...] = (FORDELING_DIR,)
YEAR_FOLDER = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class WrittenYear:
    """One year's allocation and the files written for it."""

    allocation: Allocation
    files: tuple[Path, ...]


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


def check_year(data: RepositoryData, aar: int) -> CheckedYear:
    """Compute one year and find what would stop it from being published."""
    allocation = build_allocation(data.allocation_input(aar))
    return CheckedYear(allocation, tuple(guard_problems(allocation, data.unreadable(aar))))


def write_checked(data: RepositoryData, checked: CheckedYear) -> WrittenYear:
    """Write one checked year's CSV files, schemas, workbook and page."""
    allocation = checked.allocation
    tables = build_tables(allocation)
    folder = data.root / FORDELING_DIR / str(allocation.aar)
    folder.mkdir(parents=True, exist_ok=True)
    files = write_csv_tables(folder, allocation.aar, tables)
    validate_written(folder)
    files.append(write_workbook(folder, allocation.aar, tables))
    page = folder / "index.md"
    write_if_changed(page, year_page(allocation, tables).encode("utf-8"))
    return WrittenYear(allocation, (*files, page))


def write_year(data: RepositoryData, aar: int) -> WrittenYear:
    """Check one year and write it; a year that may not be published is a PublishRefusedError."""
    checked = check_year(data, aar)
    if checked.problems:
        raise PublishRefusedError(checked.problems)
    written = write_checked(data, checked)
    write_index(data.root)
    return written


def remove_stale_years(root: Path, years: list[int]) -> None:
    """Delete year folders for years that are no longer published."""
    base = root / FORDELING_DIR
    if not base.is_dir():
        return
    for folder in base.iterdir():
        if folder.is_dir() and YEAR_FOLDER.match(folder.name) and int(folder.name) not in years:
            shutil.rmtree(folder)


def published_years(root: Path) -> list[int]:
    """The years that have a page under docs/fordeling/."""
    base = root / FORDELING_DIR
    found = base.glob("*/index.md") if base.is_dir() else []
    return sorted(int(p.parent.name) for p in found if YEAR_FOLDER.match(p.parent.name))


def write_index(root: Path) -> Path:
    """Write ``docs/fordeling/index.md`` listing the published years."""
    path = root / FORDELING_DIR / "index.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_if_changed(path, index_page(published_years(root)).encode("utf-8"))
    return path


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
    nothing at all.
    """
    data = RepositoryData.load(root)
    ready, waiting = plan_years(data)
    remove_stale_years(root, [checked.allocation.aar for checked in ready])
    written = tuple(write_checked(data, checked) for checked in ready)
    write_index(root)
    return Published(written, tuple(waiting))
