"""Submission branches: only system-made names, plumbing commits, per-branch push outcomes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kompetanse.errors import GitError
from kompetanse.gitops.branches import (
    NewFile,
    PushOutcome,
    check_base,
    check_branch,
    check_relpath,
    commit_new_file,
    commit_new_files,
    ensure_clone,
    fetch_base,
    known_ids,
    local_branches,
    outcome_of,
    push_branches,
    remote_file,
)
from kompetanse.gitops.seed import create_seeded_remote

BRANCH = "behovsmelding/bm-2025-0a1b2c3d"
RELPATH = "submissions/2025/regional/bm-2025-0a1b2c3d.json"


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare remote with one file on main."""
    source = tmp_path / "kilde"
    (source / "submissions/2024/regional").mkdir(parents=True)
    (source / "submissions/2024/regional/bm-2024-00000001.json").write_text("{}\n")
    target = tmp_path / "remote.git"
    create_seeded_remote(target, source, ["submissions/2024/regional/bm-2024-00000001.json"])
    return target


def clone_of(remote: Path, folder: Path) -> tuple[Path, str]:
    """A receiver clone and its base commit."""
    ensure_clone(str(remote), folder, "main")
    return folder, fetch_base(folder, "main")


@pytest.mark.parametrize(
    "name",
    [
        "main",
        "--upload-pack=touch x",
        "behovsmelding/../main",
        "behovsmelding/bm-2025-0A1B2C3D",
        "",
    ],
)
def test_only_system_made_branch_names_pass(name: str) -> None:
    with pytest.raises(GitError):
        check_branch(name)


@pytest.mark.parametrize(
    "path",
    [
        "../x.json",
        "submissions/2025/regional/../../x.json",
        "/etc/passwd",
        "submissions/2025/../bm-2025-0a1b2c3d.json",
        "submissions/2025/Ny-ordning/bm-2025-0a1b2c3d.json",
        "submissions/2025/x/bm-2025-0a1b2c3d.json",
    ],
)
def test_only_submission_paths_pass(path: str) -> None:
    with pytest.raises(GitError):
        check_relpath(path)


def test_any_slug_shaped_ordning_folder_passes() -> None:
    path = "submissions/2025/ny_ordning2/bm-2025-0a1b2c3d.json"
    assert check_relpath(path) == path


@pytest.mark.parametrize("base", ["-x", "a..b", "main~1", ""])
def test_the_base_must_be_a_plain_branch_name(base: str) -> None:
    with pytest.raises(GitError):
        check_base(base)


def test_a_new_file_is_committed_pushed_and_read_back(remote: Path, tmp_path: Path) -> None:
    clone, base = clone_of(remote, tmp_path / "klone")
    commit_new_file(clone, base, NewFile(BRANCH, RELPATH, b'{"a": "\\u00e6"}\n', "Melding"))
    assert push_branches(clone, [BRANCH]) == {BRANCH: PushOutcome.PUSHED}
    assert push_branches(clone, [BRANCH]) == {BRANCH: PushOutcome.UP_TO_DATE}
    assert remote_file(clone, BRANCH, RELPATH) == b'{"a": "\\u00e6"}\n'
    assert known_ids(clone, "main") == {"bm-2024-00000001", "bm-2025-0a1b2c3d"}
    assert not (clone / RELPATH).exists()
    assert local_branches(clone) == {BRANCH}


def test_a_branch_taken_by_another_clone_is_rejected_not_overwritten(
    remote: Path, tmp_path: Path
) -> None:
    first, base = clone_of(remote, tmp_path / "en")
    second, _ = clone_of(remote, tmp_path / "to")
    commit_new_file(first, base, NewFile(BRANCH, RELPATH, b"1\n", "En"))
    commit_new_file(second, base, NewFile(BRANCH, RELPATH, b"2\n", "To"))
    assert push_branches(first, [BRANCH]) == {BRANCH: PushOutcome.PUSHED}
    assert push_branches(second, [BRANCH]) == {BRANCH: PushOutcome.REJECTED}
    assert remote_file(second, BRANCH, RELPATH) == b"1\n"


def test_a_push_the_remote_itself_refuses_is_refused_with_gits_reason(
    remote: Path, tmp_path: Path
) -> None:
    clone, base = clone_of(remote, tmp_path / "klone")
    commit_new_file(clone, base, NewFile(BRANCH, RELPATH, b"1\n", "En"))
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'ikke nå' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    outcomes = push_branches(clone, [BRANCH])
    assert outcomes == {BRANCH: PushOutcome.REFUSED} and outcomes.refused() == [BRANCH]
    assert outcomes.reason == "pre-receive hook declined"
    hook.unlink()
    assert push_branches(clone, [BRANCH]) == {BRANCH: PushOutcome.PUSHED}


@pytest.mark.parametrize(
    ("flag", "summary", "outcome"),
    [
        ("!", "[remote rejected] (pre-receive hook declined)", PushOutcome.REFUSED),
        ("!", "[remote rejected] (failed to update ref)", PushOutcome.REJECTED),
        ("!", "[remote rejected] (failed to lock)", PushOutcome.REJECTED),
        ("!", "[rejected] (fetch first)", PushOutcome.REJECTED),
        ("=", "[up to date]", PushOutcome.UP_TO_DATE),
    ],
)
def test_a_ref_that_moved_while_the_push_waited_is_rejected_not_refused(
    flag: str, summary: str, outcome: PushOutcome
) -> None:
    assert outcome_of(flag, summary) is outcome


def test_an_unreachable_remote_is_a_git_error(remote: Path, tmp_path: Path) -> None:
    clone, base = clone_of(remote, tmp_path / "klone")
    commit_new_file(clone, base, NewFile(BRANCH, RELPATH, b"1\n", "En"))
    remote.rename(tmp_path / "borte.git")
    with pytest.raises(GitError, match=r"^fjernrepoet svarer ikke"):
        push_branches(clone, [BRANCH])
    with pytest.raises(GitError, match=r"^fjernrepoet svarer ikke"):
        fetch_base(clone, "main")


def test_a_branch_missing_on_the_remote_cannot_be_compared(remote: Path, tmp_path: Path) -> None:
    clone, _ = clone_of(remote, tmp_path / "klone")
    with pytest.raises(GitError):
        remote_file(clone, BRANCH, RELPATH)


def test_many_files_are_committed_in_one_go_with_exact_bytes(remote: Path, tmp_path: Path) -> None:
    clone, base = clone_of(remote, tmp_path / "klone")
    news = [
        NewFile(
            f"behovsmelding/bm-2025-0000000{n}",
            f"submissions/2025/regional/bm-2025-0000000{n}.json",
            f'{{"navn": "Bjørkely {n}"}}\n\n'.encode(),
            f"Behovsmelding {n}: Ås\n\ndata 99\ncommit refs/heads/main\n",
        )
        for n in range(3)
    ]
    commit_new_files(clone, base, news)
    assert set(push_branches(clone, [n.branch for n in news]).values()) == {PushOutcome.PUSHED}
    for new in news:
        assert remote_file(clone, new.branch, new.relpath) == new.content
    log = subprocess.run(
        ["git", "--git-dir", str(remote), "log", "--format=%B", "-1", news[2].branch],
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert log.startswith("Behovsmelding 2: Ås\n\ndata 99\ncommit refs/heads/main")
    heads = subprocess.run(
        ["git", "--git-dir", str(remote), "for-each-ref", "--format=%(refname)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert sorted(heads) == sorted(["refs/heads/main", *(f"refs/heads/{n.branch}" for n in news)])


def test_the_base_must_be_a_full_commit_hash(remote: Path, tmp_path: Path) -> None:
    clone, _ = clone_of(remote, tmp_path / "klone")
    with pytest.raises(GitError):
        commit_new_file(clone, "main", NewFile(BRANCH, RELPATH, b"{}\n", "m"))
