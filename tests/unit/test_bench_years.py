"""A synthetic repository over years the office's tables lack is still valid and publishable."""

from __future__ import annotations

from pathlib import Path

from bench.synthetic import write_synthetic_repository
from bench.years import carried_rows, shift_value
from kompetanse.publication.fordeling import write_all
from kompetanse.repository.check import check_repository
from kompetanse.repository.reference import load_reference_data
from kompetanse.validation.problems import Severity


def test_dates_move_by_whole_years_and_other_text_stays() -> None:
    assert shift_value("2026-10-01", 3) == "2029-10-01"
    assert shift_value("2024-02-29", 1) == "2025-02-28"
    assert shift_value("0.30", 5) == "0.30"
    assert shift_value("", 5) == ""


def test_a_missing_year_takes_the_rows_of_the_nearest_year() -> None:
    rows = [
        {"aar": "2024", "frist": "2024-02-01"},
        {"aar": "2026", "frist": "2026-02-01"},
        {"aar": "2026", "frist": "2026-03-01"},
    ]
    assert carried_rows(rows, 2029) == [
        {"aar": "2029", "frist": "2029-02-01"},
        {"aar": "2029", "frist": "2029-03-01"},
    ]
    assert carried_rows(rows, 2025) == [{"aar": "2025", "frist": "2025-02-01"}]


def test_ten_years_validate_and_publish(tmp_path: Path, fixture_office: Path) -> None:
    years = tuple(range(2024, 2034))
    root = tmp_path / "repo"
    written = write_synthetic_repository(root, 40, seed=5, source=fixture_office, years=years)
    assert {int(path.split("/")[1]) for path in written} == set(years)
    assert {ramme.aar for ramme in load_reference_data(root).rammer} >= set(years)
    result = check_repository(root)
    assert [problem.code for problem in result.problems if problem.severity == Severity.ERROR] == []
    published = write_all(root)
    assert [year.allocation.aar for year in published.written] == list(years)
