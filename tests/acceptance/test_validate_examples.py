"""Every example file gives exactly its expected problem codes and exit code through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kompetanse.cli import main
from tests.examples_support import Example, count_repository_files, iter_examples


def run_validate(root: Path, *args: str) -> tuple[int, dict]:
    """Run ``kompetanse validate -o json`` in-process; return the exit code and the report."""
    result = CliRunner().invoke(main, ["validate", "--root", str(root), "-o", "json", *args])
    return result.exit_code, json.loads(result.output)


@pytest.mark.parametrize("example", iter_examples("invalid"), ids=lambda e: e.name)
def test_invalid_example_exits_1_with_its_codes(example: Example, copy_of_project: Path) -> None:
    target = example.place(copy_of_project)
    exit_code, report = run_validate(copy_of_project, str(target))
    assert exit_code == 1
    assert report["status"] == "fail"
    assert {p["code"] for p in report["problems"]} == example.codes


@pytest.mark.parametrize("example", iter_examples("valid"), ids=lambda e: e.name)
def test_valid_example_exits_0_with_only_expected_warnings(
    example: Example, copy_of_project: Path
) -> None:
    target = example.place(copy_of_project)
    exit_code, report = run_validate(copy_of_project, str(target))
    assert exit_code == 0
    assert report["status"] == "ok"
    assert {p["code"] for p in report["problems"]} == example.codes
    assert all(p["severity"] == "warning" for p in report["problems"])


def test_broken_files_do_not_stop_the_rest_of_the_repository(copy_of_project: Path) -> None:
    broken = [e for e in iter_examples("invalid") if e.name.startswith("json-")]
    placed = []
    for number, example in enumerate(broken):
        target = copy_of_project / f"submissions/2025/regional/bm-2025-{number:08x}.json"
        target.write_bytes(example.source.read_bytes())
        placed.append((target.relative_to(copy_of_project).as_posix(), example.codes))
    huge = copy_of_project / "submissions/2025/regional/bm-2025-ffffffff.json"
    huge.write_bytes(b'{"a": "' + b"x" * (10 * 1024 * 1024) + b'"}')
    placed.append((huge.relative_to(copy_of_project).as_posix(), frozenset({"fil-for-stor"})))
    invalid = next(e for e in iter_examples("invalid") if e.name == "orgnr-ugyldig")
    invalid.place(copy_of_project)
    exit_code, report = run_validate(copy_of_project)
    assert exit_code == 1
    codes_by_file: dict[str, set[str]] = {}
    for problem in report["problems"]:
        assert problem["message"] and problem["severity"] in {"error", "warning"}
        codes_by_file.setdefault(problem["file"], set()).add(problem["code"])
    for relpath, codes in placed:
        assert codes <= codes_by_file[relpath]
    assert codes_by_file[invalid.relpath] == {"orgnr-ugyldig"}
    assert report["files"] == count_repository_files(copy_of_project)
