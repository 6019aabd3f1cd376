"""``kompetanse review`` on who sent a melding and what a branch may change."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kompetanse.cli import main
from tests.acceptance.test_review import CHANGED, git, load, save

NEW = "submissions/2026/desentralisert/bm-2026-0123456789abcdef.json"


def on_branch(root: Path, branch: str) -> None:
    """A repository with the project's files on main and ``branch`` checked out."""
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", branch)


def commit(root: Path) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "endring")


def review(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for variable in ("GITHUB_HEAD_REF", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"):
        monkeypatch.delenv(variable, raising=False)
    result = CliRunner().invoke(main, ["review", "--base", "main", "--root", str(root)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_branch_that_changes_another_melding_is_flagged_with_the_new_contact(
    copy_of_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_branch(copy_of_project, "behovsmelding/bm-2026-0123456789abcdef")
    document = load(copy_of_project, CHANGED)
    document["budsjett"][0]["uh_andel"] *= 2
    before = document["kontaktperson"]["navn"]
    document["kontaktperson"] |= {"navn": "Ola Angriper", "epost": "ola@ondsinnet.example"}
    save(copy_of_project, CHANGED, document)
    commit(copy_of_project)
    report = review(copy_of_project, monkeypatch)
    assert (
        f"⛔ **endrer en eksisterende behovsmelding** uten å være eierens retting: `{CHANGED}`"
        in report
    )
    assert f"**Kontaktperson endret:** {before} → Ola Angriper" in report
    assert "ondsinnet" not in report


def test_the_owners_own_correction_is_not_flagged_and_the_state_is_shown(
    copy_of_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    melding_id = Path(CHANGED).stem
    on_branch(copy_of_project, f"behovsmelding/{melding_id}")
    document = load(copy_of_project, CHANGED)
    document["tiltak"]["antall_deltakere"] = 51
    document["innsending"] = {"epost": "ikke_bekreftet", "etter_fristen": True}
    save(copy_of_project, CHANGED, document)
    commit(copy_of_project)
    report = review(copy_of_project, monkeypatch)
    assert "⛔" not in report
    assert "**Avsender:** ikke bekreftet" in report and "**Frist:** sendt etter fristen" in report
    assert "`epost-ikke-bekreftet`" in report and "`sendt-etter-fristen`" in report
    assert "| `$.tiltak.antall_deltakere` | 45 | 51 |" in report
