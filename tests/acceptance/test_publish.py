"""``kompetanse publish`` against a bare remote: idempotent, linear, and safe when racing."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompetanse.gitops.publish import BOT_EMAIL, BOT_NAME, GENERATED_MARKER
from tests.support.factory import make_melding
from tests.support.office import copy_office
from tests.support.receiver import seed_remote

BIN = Path(sys.executable).parent
SOURCE = "submissions/2026/regional/bm-2026-a0260001.json"


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Saksbehandler", "GIT_AUTHOR_EMAIL": "sb@x.invalid"}
    env |= {"GIT_COMMITTER_NAME": "Saksbehandler", "GIT_COMMITTER_EMAIL": "sb@x.invalid"}
    done = subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    return done.stdout.decode()


def publish_process(root: Path, *args: str) -> subprocess.Popen[str]:
    command = [str(BIN / "kompetanse"), "publish", "--root", str(root), *args]
    return subprocess.Popen(
        command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def publish(root: Path, *args: str) -> str:
    process = publish_process(root, *args)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare repository whose main holds the fixture office (nothing generated yet)."""
    return seed_remote(tmp_path)


def clone(remote: Path, name: str) -> Path:
    target = remote.parent / name
    git(remote.parent, "clone", "-q", str(remote), str(target))
    return target


def add_melding(root: Path, suffix: str, amount: int) -> None:
    document = make_melding(id=f"bm-2026-{suffix}", aar=2026, shares=[(amount, 0, 0)])
    relpath = f"submissions/2026/regional/bm-2026-{suffix}.json"
    (root / relpath).write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    git(root, "add", relpath)
    git(root, "commit", "-q", "-m", f"Behovsmelding {suffix}")


def innmeldt_regional_2026(root: Path) -> int:
    with (root / "docs/fordeling/2026/ordninger.csv").open(encoding="utf-8") as handle:
        rows = {row["ordning"]: row for row in csv.DictReader(handle)}
    return int(rows["regional"]["innmeldte_behov"])


def assert_linear_with_everything(remote: Path, subjects: set[str]) -> Path:
    assert git(remote, "rev-list", "--merges", "main") == ""
    log = git(remote, "log", "--format=%s", "main").splitlines()
    assert subjects <= set(log)
    final = clone(remote, "final")
    assert "Ingen endringer" in publish(final, "--commit")
    return final


def test_publish_twice_makes_one_commit_with_the_bot_identity(remote: Path) -> None:
    work = clone(remote, "a")
    assert "Ny commit laget." in publish(work, "--commit")
    assert "Ingen endringer" in publish(work, "--commit")
    author, subject = git(work, "log", "-1", "--format=%an <%ae>|%s").strip().split("|")
    assert author == f"{BOT_NAME} <{BOT_EMAIL}>"
    assert GENERATED_MARKER in subject and "[skip ci]" in subject
    assert git(work, "rev-list", "--count", "main").strip() == "2"
    assert git(work, "status", "--porcelain") == ""


def test_stale_clone_rebases_regenerates_and_retries(remote: Path) -> None:
    first, second = clone(remote, "a"), clone(remote, "b")
    add_melding(first, "aaaa0001", 100_000)
    publish(first, "--push")
    add_melding(second, "bbbb0002", 10_000)
    assert "etter 2 forsøk" in publish(second, "--push")
    final = assert_linear_with_everything(
        remote, {"Behovsmelding aaaa0001", "Behovsmelding bbbb0002"}
    )
    assert innmeldt_regional_2026(final) == 1_100_000 + 100_000 + 10_000


def test_two_racing_runs_end_linear_with_no_lost_commit(remote: Path) -> None:
    first, second = clone(remote, "a"), clone(remote, "b")
    add_melding(first, "aaaa0001", 100_000)
    add_melding(second, "bbbb0002", 10_000)
    processes = [publish_process(first, "--push"), publish_process(second, "--push")]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outputs.append(out)
    # Both start from the same commit, so whichever pushes second is refused once and retries.
    attempts = sorted(int(out.split("etter ")[1].split()[0]) for out in outputs)
    assert attempts == [1, 2]
    final = assert_linear_with_everything(
        remote, {"Behovsmelding aaaa0001", "Behovsmelding bbbb0002"}
    )
    assert innmeldt_regional_2026(final) == 1_100_000 + 100_000 + 10_000


def test_push_refuses_a_dirty_working_tree(remote: Path) -> None:
    work = clone(remote, "a")
    (work / SOURCE).write_text("{}", encoding="utf-8")
    process = publish_process(work, "--push")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "endringer som ikke er committet" in err


def test_without_commit_it_only_regenerates(tmp_path: Path) -> None:
    copy_office(tmp_path)
    publish(tmp_path)
    assert (tmp_path / "docs/fordeling/2026/index.md").is_file()
    assert "(2024/index.md)" in (tmp_path / "docs/fordeling/index.md").read_text(encoding="utf-8")


def test_a_branch_that_looks_like_an_option_is_refused(remote: Path) -> None:
    work = clone(remote, "a")
    process = publish_process(work, "--push", "--branch", "--force")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "ugyldig grennavn" in err
    assert git(work, "rev-list", "--count", "main").strip() == "1"
