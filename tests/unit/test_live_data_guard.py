"""No test module reaches the project's live data/ or submissions/, except the few that must."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.live_data import iter_live_data_lines

TESTS = Path(__file__).resolve().parents[1]
# The live data's own test, the fixtures that define the project root and copy its code, the
# test that swaps the live data for another office's, and the runtime guard (which names the live
# folders) with its own test (which reaches them on purpose).
ALLOWED = frozenset(
    {
        "conftest.py",
        "support/office.py",
        "support/live_guard.py",
        "acceptance/test_live_repository.py",
        "acceptance/test_swapped_office.py",
        "unit/test_live_guard.py",
    }
)


def test_no_test_module_reads_the_live_data() -> None:
    modules = {p.relative_to(TESTS).as_posix(): p for p in TESTS.rglob("*.py")}
    assert len(modules) > 50 and set(modules) >= ALLOWED
    found = {
        name: lines
        for name, path in sorted(modules.items())
        if name not in ALLOWED
        and (lines := list(iter_live_data_lines(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


@pytest.mark.parametrize(
    "line",
    [
        "RepositoryData.load(Path(__file__).resolve().parents[2])",
        'ROOT = Path(__file__).resolve().parents[2]\nx = ROOT / "data/rammer.csv"',
        "here = Path(__file__).parent\nshutil.copytree(here / name, target)",
        "def test(project_root):\n    load_site_data(project_root)",
        'def test(project_root):\n    (project_root / "submissions").rglob("*.json")',
        'ROOT = Path(__file__).parents[1]\nlist(ROOT.glob("submissions/*/*/*.json"))',
        'run(["kompetanse", "validate"], cwd=project_root)',
        'Path("data/vedtak.csv").read_text()',
        'open("submissions/2025/regional/x.json")',
        "RepositoryData.load(Path.cwd())",
        'Path(".")',
    ],
)
def test_the_guard_sees_each_way_to_the_live_data(line: str) -> None:
    assert list(iter_live_data_lines(line))


@pytest.mark.parametrize(
    "line",
    [
        "SCHEMA = load_schema(Path(__file__).resolve().parents[2])",
        'ROOT = Path(__file__).resolve().parents[2]\nx = ROOT / "tests/examples" / f"{n}.json"',
        'def test(copy_of_project):\n    (copy_of_project / "data/vedtak.csv").read_text()',
        'def test(project_root):\n    project_root / "docs"',
        'REGIONAL = "submissions/2025/regional/bm-2025-a0250001.json"',
        "monkeypatch.chdir(copy_of_project)",
    ],
)
def test_the_guard_lets_code_schemas_and_scratch_copies_be(line: str) -> None:
    assert list(iter_live_data_lines(line)) == []
