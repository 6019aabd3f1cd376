"""A large year's tables are checked in a forked child while the workbook and pages are made:
the same files as when all is done in one process, and the child's errors and deaths are seen.

The checks run in a process of their own (see python_json)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import python_json

SAME_FILES = """
import json, sys
from pathlib import Path
from kompetanse.publication import fordeling
from kompetanse.repository.workers import can_fork_workers
from kompetanse.repository.year_data import RepositoryData
data = RepositoryData.load(Path(sys.argv[1]))
aar = max(data.years())
checked = fordeling.check_year(data, aar)
fordeling.PARALLEL_CHECK_FROM_ROWS = 10**9
alone = fordeling.build_year(data, checked).contents
fordeling.PARALLEL_CHECK_FROM_ROWS = 1
beside = fordeling.build_year(data, checked).contents
forked = can_fork_workers(1, 1)
print(json.dumps({"files": len(beside), "same": alone == beside, "forked": forked}))
"""

CHILD_OUTCOMES = """
import json, os, signal
from kompetanse.repository.workers import run_beside
parent = os.getpid()
result = {}
result["pids"] = run_beside(os.getpid, os.getpid, fork=True)
def fails():
    raise ValueError("tabellen stemmer ikke")
try:
    run_beside(fails, lambda: None, fork=True)
except ValueError as error:
    result["error"] = str(error)
def dies_in_child():
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
    return "gjort her"
result["killed"] = run_beside(dies_in_child, lambda: "ved siden av", fork=True)
result["parent"] = parent
print(json.dumps(result))
"""


def test_a_year_built_beside_a_child_has_the_same_files(
    tmp_path: Path, fixture_office: Path
) -> None:
    result = python_json(SAME_FILES, tmp_path, str(fixture_office))
    assert result["same"] is True and result["forked"] is True
    assert isinstance(result["files"], int) and result["files"] > 5


def test_the_child_runs_apart_and_its_error_and_death_reach_the_parent(tmp_path: Path) -> None:
    result = python_json(CHILD_OUTCOMES, tmp_path)
    child, own = result["pids"]
    assert own == result["parent"] and child != own
    assert result["error"] == "tabellen stemmer ikke"
    assert result["killed"] == ["gjort her", "ved siden av"]
