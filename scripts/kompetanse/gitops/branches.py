"""Submission branches in the receiver's own clone: one commit per melding, pushed in batches.

Every ref and path given to git here is checked against the system's own patterns first
(``behovsmelding/bm-<år>-<8 hex>`` and ``submissions/<år>/<ordning>/<id>.json``); commits are made
with plumbing and a private index file, so the working tree is never touched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

from kompetanse.errors import GitError

SUBMISSION_PATH = re.compile(
    r"^submissions/[0-9]{4}/(regional|desentralisert|kompetanseloftet)/bm-[0-9]{4}-[0-9a-f]{8}\.json$"
)
BRANCH_PATTERN = re.compile(r"^behovsmelding/bm-[0-9]{4}-[0-9a-f]{8}$")
BASE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
BOT_NAME = "kompetanse-mottak"
BOT_EMAIL = "mottak@kompetanse.invalid"


class PushOutcome(StrEnum):
    """What the remote said about one branch."""

    PUSHED = "pushed"
    UP_TO_DATE = "up-to-date"
    REJECTED = "rejected"


OUTCOME_BY_FLAG = {"*": PushOutcome.PUSHED, " ": PushOutcome.PUSHED, "=": PushOutcome.UP_TO_DATE}


@dataclass(frozen=True)
class NewFile:
    """One file to commit on its own new branch."""

    branch: str
    relpath: str
    content: bytes
    message: str


def check_branch(branch: str) -> str:
    """The branch name, if the system could have made it; otherwise a GitError."""
    if not BRANCH_PATTERN.match(branch):
        raise GitError(f"ugyldig grennavn: {branch!r}")
    return branch


def check_base(base: str) -> str:
    """A plain branch name for the base (``main``), never an option or a range."""
    if not BASE_PATTERN.match(base) or ".." in base:
        raise GitError(f"ugyldig basisgren: {base!r}")
    return base


def check_relpath(relpath: str) -> str:
    """A path under submissions/ in the system's own form."""
    if not SUBMISSION_PATH.match(relpath):
        raise GitError(f"ugyldig filsti: {relpath!r}")
    return relpath


def open_clone(clone: Path) -> Repo:
    """Open the receiver's clone (use as a context manager)."""
    try:
        return Repo(clone)
    except (InvalidGitRepositoryError, NoSuchPathError) as error:
        raise GitError(f"{clone} er ikke et git-repo") from error


def ensure_clone(remote_url: str, clone: Path, base: str) -> None:
    """Clone the remote into ``clone`` unless it is already there; set the bot identity."""
    check_base(base)
    if not (clone / ".git").is_dir():
        clone.parent.mkdir(parents=True, exist_ok=True)
        try:
            Repo.clone_from(remote_url, clone, multi_options=["--no-tags"])
        except GitCommandError as error:
            raise GitError(f"kunne ikke klone fjernrepoet: {error.status}") from error
    with open_clone(clone) as repo, repo.config_writer() as config:
        config.set_value("user", "name", BOT_NAME)
        config.set_value("user", "email", BOT_EMAIL)
        config.set_value('remote "origin"', "url", remote_url)


def fetch_base(clone: Path, base: str) -> str:
    """Fetch the base branch, check it out detached, and return its commit."""
    check_base(base)
    with open_clone(clone) as repo:
        try:
            repo.git.fetch(
                "--quiet", "--no-tags", "origin", f"+refs/heads/{base}:refs/remotes/origin/{base}"
            )
            commit = repo.git.rev_parse("--verify", f"refs/remotes/origin/{base}^{{commit}}")
            repo.git.checkout("--quiet", "--detach", "--force", commit)
        except GitCommandError as error:
            raise GitError(f"kunne ikke hente {base} fra fjernrepoet: {error.status}") from error
    return str(commit)


def commit_new_file(clone: Path, base_commit: str, new: NewFile) -> str:
    """Commit one file on top of ``base_commit`` and point the (new) local branch at it."""
    branch, relpath = check_branch(new.branch), check_relpath(new.relpath)
    scratch = clone.resolve() / ".git" / f"kompetanse-{os.getpid()}"
    index_file, blob_file = scratch.with_suffix(".index"), scratch.with_suffix(".blob")
    env = {"GIT_INDEX_FILE": str(index_file)}
    blob_file.write_bytes(new.content)
    with open_clone(clone) as repo:
        try:
            repo.git.read_tree(base_commit, env=env)
            blob = repo.git.hash_object("-w", f"--path={relpath}", "--", str(blob_file))
            repo.git.update_index("--add", "--cacheinfo", f"100644,{blob},{relpath}", env=env)
            tree = repo.git.write_tree(env=env)
            commit = repo.git.commit_tree(tree, "-p", base_commit, "-m", new.message)
            repo.git.update_ref(f"refs/heads/{branch}", commit)
        except GitCommandError as error:
            raise GitError(f"kunne ikke lage commit for {branch}: {error.status}") from error
        finally:
            index_file.unlink(missing_ok=True)
            blob_file.unlink(missing_ok=True)
    return str(commit)


def push_branches(clone: Path, branches: Iterable[str]) -> dict[str, PushOutcome]:
    """Push the branches in one go (never forced); per-branch outcome. Unreachable remote: GitError."""
    names = [check_branch(branch) for branch in branches]
    if not names:
        return {}
    refspecs = [f"refs/heads/{name}:refs/heads/{name}" for name in names]
    with open_clone(clone) as repo:
        status, output, _ = repo.git.push(
            "--porcelain", "origin", *refspecs, with_extended_output=True, with_exceptions=False
        )
    if status != 0 and "\trefs/heads/" not in output:
        raise GitError(f"kunne ikke sende til fjernrepoet (git avsluttet med {status})")
    return _parse_porcelain(output, names)


def _parse_porcelain(output: str, names: list[str]) -> dict[str, PushOutcome]:
    outcomes: dict[str, PushOutcome] = {}
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or ":refs/heads/" not in parts[1]:
            continue
        name = parts[1].split(":", 1)[0].removeprefix("refs/heads/")
        outcomes[name] = OUTCOME_BY_FLAG.get(parts[0][:1], PushOutcome.REJECTED)
    missing = [name for name in names if name not in outcomes]
    if missing:
        raise GitError(f"fjernrepoet svarte ikke for {len(missing)} grener")
    return outcomes


def remote_file(clone: Path, branch: str, relpath: str) -> bytes | None:
    """The file as it is on the remote's branch (None when the branch lacks it).

    A branch that is not on the remote is a GitError: there is nothing to compare with.
    """
    name, path = check_branch(branch), check_relpath(relpath)
    tracking = f"refs/remotes/origin/{name}"
    with open_clone(clone) as repo:
        status, _, _ = repo.git.fetch(
            "--quiet",
            "--no-tags",
            "origin",
            f"+refs/heads/{name}:{tracking}",
            with_extended_output=True,
            with_exceptions=False,
        )
        if status != 0:
            raise GitError(f"kunne ikke hente {name} (git avsluttet med {status})")
        try:
            blob = repo.git.rev_parse("--verify", "--quiet", f"{tracking}:{path}")
            data = repo.git.cat_file(
                "blob", blob, stdout_as_string=False, strip_newline_in_stdout=False
            )
        except GitCommandError:
            return None
    return bytes(data)


def delete_local_branch(clone: Path, branch: str) -> None:
    """Remove a local branch (after a collision, before retrying under a new id)."""
    name = check_branch(branch)
    with open_clone(clone) as repo:
        repo.git.update_ref("-d", f"refs/heads/{name}")


def local_branch_commit(clone: Path, branch: str) -> str | None:
    """The commit a local branch points at, or None."""
    name = check_branch(branch)
    with open_clone(clone) as repo:
        try:
            return str(repo.git.rev_parse("--verify", "--quiet", f"refs/heads/{name}"))
        except GitCommandError:
            return None


def known_ids(clone: Path, base: str) -> set[str]:
    """Ids already taken: files on the fetched base and branches on the remote."""
    check_base(base)
    with open_clone(clone) as repo:
        try:
            files = repo.git.ls_tree(
                "-r", "--name-only", f"refs/remotes/origin/{base}", "--", "submissions"
            )
            heads = str(repo.git.ls_remote("--heads", "origin", "refs/heads/behovsmelding/*"))
        except GitCommandError as error:
            raise GitError(f"kunne ikke liste ider: {error.status}") from error
    ids = {Path(line).stem for line in files.splitlines() if SUBMISSION_PATH.match(line)}
    ids |= {line.rsplit("/", 1)[-1] for line in heads.splitlines() if line.strip()}
    return ids
