"""Commit generated files back (only when they changed) and push, rebasing and retrying.

Also reads a file as it was at a ref, for the review report. Commits are made with a fixed bot
identity and a message that marks them as generated (``[generert]``) and tells CI to skip them
(``[skip ci]``), so a publish never triggers another publish.

When the push is refused because the branch moved, the generated commit is dropped, the local
branch is rebased onto the remote one, everything generated is written again from the new data,
and the push is tried again. Generated files are therefore never merged by hand, the history stays
linear, and no one's commit is lost. Publishing with ``--push`` needs a clean working tree apart
from the generated folders: it is meant for CI and for a caseworker's own clone. Two runs in the
same repository take turns (a lock file in the git folder, freed by the kernel if a run dies), so
one never resets or stages under the other.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

from kompetanse.errors import GitError
from kompetanse.gitops.diff import resolve_commit

BOT_NAME = "kompetanse-publisering"
BOT_EMAIL = "publisering@kompetanse.invalid"
GENERATED_MARKER = "[generert]"
COMMIT_MESSAGE = f"Oppdater fordeling {GENERATED_MARKER} [skip ci]"
LOCK_NAME = "kompetanse-publish.lock"
BRANCH_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")
REMOTE = "origin"
BOT_ENV = {
    "GIT_AUTHOR_NAME": BOT_NAME,
    "GIT_AUTHOR_EMAIL": BOT_EMAIL,
    "GIT_COMMITTER_NAME": BOT_NAME,
    "GIT_COMMITTER_EMAIL": BOT_EMAIL,
}


@dataclass(frozen=True)
class PublishOutcome:
    """What a publish run did."""

    committed: bool
    pushed: bool
    attempts: int = 0


def open_repo(root: Path) -> Repo:
    """The repository at ``root`` (use as a context manager)."""
    try:
        return Repo(root)
    except (InvalidGitRepositoryError, NoSuchPathError) as error:
        raise GitError(f"{root} er ikke et git-repo") from error


def read_at_ref(root: Path, ref: str, relpath: str) -> bytes | None:
    """The file's bytes at ``ref``, or None when it did not exist there."""
    with open_repo(root) as repo:
        commit = resolve_commit(repo, ref)
        try:
            blob = repo.git.rev_parse("--verify", "--quiet", f"{commit}:{relpath}")
            data = repo.git.cat_file("blob", blob, stdout_as_string=False)
        except GitCommandError:
            return None
    return bytes(data)


def read_many_at_ref(root: Path, ref: str, relpaths: Sequence[str]) -> dict[str, bytes | None]:
    """Each file's bytes at ``ref`` (None where it did not exist), through one git process.

    A pull request of hundreds of meldinger would otherwise start a few git processes per file.
    """
    with open_repo(root) as repo:
        tree = repo.commit(resolve_commit(repo, ref)).tree
        return {relpath: blob_bytes(tree, relpath) for relpath in relpaths}


def blob_bytes(tree: Any, relpath: str) -> bytes | None:
    """The bytes of the file at ``relpath`` in ``tree``, or None when there is no such file."""
    try:
        item = tree[relpath]
    except KeyError:
        return None
    return bytes(item.data_stream.read()) if item.type == "blob" else None


def check_branch(branch: str) -> str:
    """A plain branch name: never an option, a range, a reflog expression, HEAD or a full ref."""
    if (
        not BRANCH_PATTERN.match(branch)
        or ".." in branch
        or branch.endswith((".lock", "/"))
        or branch == "HEAD"
        or branch.startswith("refs/")
    ):
        raise GitError(f"ugyldig grennavn: {branch!r}")
    return branch


def current_branch(root: Path) -> str:
    """The checked-out branch (GitError on a detached HEAD: name the branch then)."""
    with open_repo(root) as repo:
        if repo.head.is_detached:
            raise GitError("HEAD er frakoblet; oppgi grenen med --branch")
        return check_branch(repo.active_branch.name)


def commit_generated(root: Path, paths: Sequence[str]) -> bool:
    """Stage the generated paths and commit them if anything changed; True when committed."""
    with open_repo(root) as repo:
        try:
            repo.git.add("--all", "--", *paths)
            status = repo.git.diff("--cached", "--name-only", "--", *paths)
            if not status.strip():
                return False
            repo.git.commit("--quiet", "-m", COMMIT_MESSAGE, "--", *paths, env=BOT_ENV)
        except GitCommandError as error:
            raise GitError(f"kunne ikke lage commit: {error.stderr.strip()}") from error
    return True


def require_clean(root: Path, paths: Sequence[str]) -> None:
    """Refuse to push from a working tree with changes outside the generated paths."""
    with open_repo(root) as repo:
        excludes = [f":(exclude){path}" for path in paths]
        dirty = repo.git.status("--porcelain", "--untracked-files=no", "--", ".", *excludes)
    if dirty.strip():
        raise GitError("arbeidskopien har endringer som ikke er committet; commit dem først")


def try_push(repo: Repo, branch: str) -> bool:
    """Push HEAD to the branch on the remote; False when refused because the branch moved."""
    status, _, stderr = repo.git.push(
        "--quiet",
        REMOTE,
        f"HEAD:refs/heads/{branch}",
        with_extended_output=True,
        with_exceptions=False,
    )
    if status == 0:
        return True
    if "rejected" in stderr or "fetch first" in stderr or "non-fast-forward" in stderr:
        return False
    raise GitError(f"kunne ikke sende til fjernrepoet: {stderr.strip()}")


def catch_up(repo: Repo, branch: str, drop_generated: bool) -> None:
    """Drop our generated commit, fetch the branch and rebase the local commits onto it."""
    try:
        if drop_generated:
            repo.git.reset("--quiet", "--hard", "HEAD~1")
        repo.git.fetch("--quiet", REMOTE, f"refs/heads/{branch}")
        repo.git.rebase("--quiet", "FETCH_HEAD", env=BOT_ENV)
    except GitCommandError as error:
        repo.git.rebase("--abort", with_exceptions=False)
        raise GitError(f"kunne ikke bygge videre på {branch}: {error.stderr.strip()}") from error


@contextmanager
def taking_turns(root: Path, on_wait: Callable[[], object]) -> Iterator[None]:
    """Hold the repository's publish lock; ``on_wait`` is called once if another run has it."""
    with open_repo(root) as repo:
        lock = Path(repo.common_dir) / LOCK_NAME
    handle = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def publish(
    root: Path,
    regenerate: Callable[[], object],
    paths: Sequence[str],
    push_branch: str | None = None,
    attempts: int = 5,
    on_wait: Callable[[], object] = lambda: None,
) -> PublishOutcome:
    """Regenerate, commit if changed, and (with a branch) push with rebase-and-retry; one run
    at a time in a repository (``on_wait`` tells that this one waits for another)."""
    with taking_turns(root, on_wait):
        return publish_alone(root, regenerate, paths, push_branch, attempts)


def publish_alone(
    root: Path,
    regenerate: Callable[[], object],
    paths: Sequence[str],
    push_branch: str | None,
    attempts: int,
) -> PublishOutcome:
    """:func:`publish` once the lock is held."""
    if push_branch is not None:
        check_branch(push_branch)
        require_clean(root, paths)
    regenerate()
    committed = commit_generated(root, paths)
    if push_branch is None:
        return PublishOutcome(committed, False)
    for attempt in range(1, attempts + 1):
        with open_repo(root) as repo:
            if try_push(repo, push_branch):
                return PublishOutcome(committed, True, attempt)
            catch_up(repo, push_branch, drop_generated=committed)
        regenerate()
        committed = commit_generated(root, paths)
    raise GitError(f"fjernrepoet flyttet seg hele tiden; ga opp etter {attempts} forsøk")
