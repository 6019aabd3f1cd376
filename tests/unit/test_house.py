"""The house keeps its shape: rooms within their walls, small modules and small functions."""

from __future__ import annotations

import ast
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "scripts/kompetanse"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_MODULE_LINES = 300


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def function_lengths() -> list[int]:
    lengths = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
                lengths.append(node.end_lineno - node.lineno + 1)
    return sorted(lengths)


def test_no_module_is_over_300_lines() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text().splitlines()) for p in modules()}
    assert {path: n for path, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def test_functions_are_small() -> None:
    lengths = function_lengths()
    assert len(lengths) > 100
    assert statistics.median(lengths) <= 10
    assert lengths[int(len(lengths) * 0.9)] <= 30


def run_lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project / "scripts")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def scratch_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("hus")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(
        PACKAGE, project / "scripts/kompetanse", ignore=shutil.ignore_patterns("__pycache__")
    )
    return project


def test_the_walls_hold_in_the_project_as_it_is(scratch_project: Path) -> None:
    result = run_lint_imports(scratch_project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "room,line,contract",
    [
        ("domain/money.py", "import git", "The pure rooms do no I/O"),
        ("validation/problems.py", "import pathlib", "The pure rooms do no I/O"),
        ("domain/settings.py", "import kompetanse.repository.reference", "Rooms are layered"),
        ("publication/chart.py", "import click", "Only cli imports click"),
        ("review/report.py", "import git", "Only gitops imports GitPython"),
        ("receiver/app.py", "import smtplib", "Only mail talks SMTP"),
        ("gitops/diff.py", "import kompetanse.domain.model", "gitops stands alone"),
        (
            "receiver/spool.py",
            "import kompetanse.publication.pages",
            "The receiver has no business",
        ),
    ],
)
def test_breaking_a_wall_fails_the_check(
    scratch_project: Path, room: str, line: str, contract: str
) -> None:
    target = scratch_project / "scripts/kompetanse" / room
    original = target.read_text(encoding="utf-8")
    target.write_text(f"{line}  # noqa\n{original}", encoding="utf-8")
    try:
        result = run_lint_imports(scratch_project)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken
