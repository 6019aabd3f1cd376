"""Faults in ``kompetanse publish``: two real runs race in one repository, and main moves (another
clone's publish lands) while a run's push is held by the remote's pre-receive hook. The history
stays linear, no file is half written, every JSON file parses and validates, and each run ends
with a clear message."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kompetanse.gitops.publish import GENERATED_MARKER
from tests.support.cli import git, invoke
from tests.support.factory import make_melding
from tests.support.faults import Gate, export
from tests.support.receiver import seed_remote

KOMPETANSE = Path(sys.executable).parent / "kompetanse"
WAITING = "Venter på en annen publisering i det samme repoet"


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare repository whose main holds the fixture office (nothing generated yet)."""
    return seed_remote(tmp_path)


def clone(remote: Path, name: str) -> Path:
    """A caseworker's clone of the remote."""
    git(remote.parent, "clone", "-q", str(remote), name)
    return remote.parent / name


def publish(root: Path) -> subprocess.Popen[str]:
    """``kompetanse publish --push`` as its own process."""
    command = [str(KOMPETANSE), "publish", "--root", str(root), "--push"]
    return subprocess.Popen(
        command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finished(process: subprocess.Popen[str]) -> tuple[str, str]:
    """What the run printed, once it ended well."""
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "Traceback" not in out + err
    return out, err


def add_melding(root: Path, suffix: str, amount: int) -> None:
    """A caseworker commits one more melding for 2026."""
    document = make_melding(id=f"bm-2026-{suffix}", aar=2026, shares=[(amount, 0, 0)])
    relpath = f"submissions/2026/regional/bm-2026-{suffix}.json"
    (root / relpath).write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    git(root, "add", relpath)
    git(root, "commit", "-q", "-m", f"Behovsmelding {suffix}")


def assert_sound(remote: Path, subjects: set[str], generated: int) -> Path:
    """Linear main with every subject and ``generated`` generated commits, one of them on top;
    every JSON file parses and the repository validates; returns an export of main."""
    assert git(remote, "rev-list", "--merges", "main") == ""
    log = git(remote, "log", "--format=%s", "main").splitlines()
    assert subjects <= set(log)
    assert GENERATED_MARKER in log[0]
    assert sum(GENERATED_MARKER in subject for subject in log) == generated, log
    root = Path(tempfile.mkdtemp(prefix="main-", dir=remote.parent))
    export(remote, "main", root)
    for path in root.rglob("*.json"):
        json.loads(path.read_bytes())
    code, output = invoke("validate", "--root", str(root))
    assert code == 0, output
    return root


def innmeldt_regional_2026(root: Path) -> int:
    """The published need for the regional ordning in 2026."""
    with (root / "docs/fordeling/2026/ordninger.csv").open(encoding="utf-8") as handle:
        rows = {row["ordning"]: row for row in csv.DictReader(handle)}
    return int(rows["regional"]["innmeldte_behov"])


def assert_clean(work: Path) -> None:
    """No change left behind, no temporary file."""
    assert git(work, "status", "--porcelain") == ""
    assert [path for path in work.rglob("*.tmp") if ".git" not in path.parts] == []


def test_two_runs_in_one_repository_take_turns(remote: Path) -> None:
    work = clone(remote, "a")
    add_melding(work, "aaaa0001", 100_000)
    gate = Gate(remote)
    gate.arm()
    first = publish(work)
    gate.wait_until_held()
    second = publish(work)
    assert second.stderr is not None
    assert second.stderr.readline().startswith(WAITING)
    gate.release(accept=True)
    first_out, first_err = finished(first)
    second_out, second_err = finished(second)
    assert first_out == "Ny commit laget.\nSendt til origin etter 1 forsøk.\n"
    assert second_out == "Ingen endringer å committe.\nSendt til origin etter 1 forsøk.\n"
    assert WAITING not in first_err and WAITING not in second_err
    main = assert_sound(remote, {"Behovsmelding aaaa0001"}, generated=1)
    assert innmeldt_regional_2026(main) == 1_100_000 + 100_000
    assert_clean(work)


def test_a_run_whose_branch_moves_during_its_push_builds_on_the_new_tip(remote: Path) -> None:
    first, second = clone(remote, "a"), clone(remote, "b")
    add_melding(first, "aaaa0001", 100_000)
    add_melding(second, "bbbb0002", 10_000)
    gate = Gate(remote)
    gate.arm()
    held = publish(first)
    gate.wait_until_held()
    assert finished(publish(second))[0].endswith("Sendt til origin etter 1 forsøk.\n")
    gate.release(accept=True)
    out, _ = finished(held)
    assert out == "Ny commit laget.\nSendt til origin etter 2 forsøk.\n"
    main = assert_sound(remote, {"Behovsmelding aaaa0001", "Behovsmelding bbbb0002"}, 2)
    assert innmeldt_regional_2026(main) == 1_100_000 + 100_000 + 10_000
    assert_clean(first)
    assert_clean(second)
