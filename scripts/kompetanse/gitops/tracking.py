"""What the remote holds, as the receiver's clone last fetched it; and commits on top of a branch.

The worker fetches the base and every submission branch into ``refs/remotes/origin/``; request
threads only read those refs and objects (never fetch), so they never race the worker's writes.
Every ref and path is built from the system's own patterns (see :mod:`kompetanse.gitops.branches`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from git import GitCommandError

from kompetanse.errors import GitError
from kompetanse.gitops.branches import (
    BOT_EMAIL,
    BOT_NAME,
    BRANCH_PATTERN,
    COMMIT_PATTERN,
    SUBMISSION_PATH,
    check_base,
    check_branch,
    check_relpath,
    open_clone,
    unreachable,
)

PREFIX = "behovsmelding/"
TRACKING = "refs/remotes/origin/"
TABLES = frozenset({"data/vedtak.csv", "data/kontakter.csv"})


@dataclass(frozen=True)
class Commit:
    """One commit on a branch: hash, committer time (ISO) and subject."""

    sha: str
    when: str
    subject: str


def fetch_submission_branches(clone: Path) -> None:
    """Fetch every submission branch (pruning those that are gone)."""
    refspec = f"+refs/heads/{PREFIX}*:{TRACKING}{PREFIX}*"
    with open_clone(clone) as repo:
        try:
            repo.git.fetch("--quiet", "--no-tags", "--prune", "origin", refspec)
        except GitCommandError as error:
            raise unreachable("kunne ikke hente grenene", error.status) from error


def tracked_branches(clone: Path) -> dict[str, str]:
    """Submission branches on the remote (as last fetched) and their tips."""
    with open_clone(clone) as repo:
        listed = str(
            repo.git.for_each_ref("--format=%(refname:strip=3) %(objectname)", TRACKING + PREFIX)
        )
    tips = dict(line.split(" ", 1) for line in listed.splitlines() if " " in line)
    return {name: sha for name, sha in tips.items() if BRANCH_PATTERN.match(name)}


def base_ids(clone: Path, base: str) -> frozenset[str]:
    """Ids of the files under submissions/ on the fetched base."""
    with open_clone(clone) as repo:
        try:
            files = repo.git.ls_tree(
                "-r", "--name-only", TRACKING + check_base(base), "--", "submissions"
            )
        except GitCommandError as error:
            raise GitError(f"kunne ikke liste filene på {base}: {error.status}") from error
    return frozenset(Path(line).stem for line in files.splitlines() if SUBMISSION_PATH.match(line))


def check_readable(relpath: str) -> str:
    """A submission path or one of the tables the status reads."""
    return relpath if relpath in TABLES else check_relpath(relpath)


def read_file(clone: Path, ref: str, relpath: str) -> bytes | None:
    """A file at a commit or tracking ref (None when it is not there)."""
    path = check_readable(relpath)
    with open_clone(clone) as repo:
        status, out, _ = repo.git.cat_file(
            "blob",
            f"{ref}:{path}",
            with_extended_output=True,
            with_exceptions=False,
            stdout_as_string=False,
            strip_newline_in_stdout=False,
        )
    return bytes(out) if status == 0 else None


def tracking_ref(name: str) -> str:
    """``refs/remotes/origin/<name>`` for a checked branch or base name."""
    checked = check_branch(name) if name.startswith(PREFIX) else check_base(name)
    return TRACKING + checked


def branch_commits(clone: Path, branch: str, base: str) -> list[Commit]:
    """The commits on the fetched branch that are not on the fetched base, oldest first."""
    span = f"{tracking_ref(base)}..{tracking_ref(branch)}"
    with open_clone(clone) as repo:
        try:
            listed = str(repo.git.log("--reverse", "--format=%H%x00%cI%x00%s", span))
        except GitCommandError:
            return []
    return [Commit(*line.split("\0", 2)) for line in listed.splitlines() if line.count("\0") == 2]


def first_change(clone: Path, base: str, relpath: str, needle: str = "") -> str | None:
    """When a file first appeared on the base (or first contained ``needle``, a system id)."""
    if needle and not (needle.isascii() and needle.replace("-", "").isalnum()):
        raise GitError("ugyldig søkeord")
    options = [f"-S{needle}"] if needle else ["--diff-filter=A"]
    with open_clone(clone) as repo:
        try:
            listed = str(
                repo.git.log(
                    "--reverse",
                    "--format=%cI",
                    *options,
                    tracking_ref(base),
                    "--",
                    check_readable(relpath),
                )
            )
        except GitCommandError:
            return None
    return listed.splitlines()[0] if listed else None


def commit_on_branch(
    clone: Path, branch: str, parent: str, relpath: str, content: bytes, message: str
) -> None:
    """Commit a new version of one file on top of ``parent`` as the local ``branch``."""
    name, path = check_branch(branch), check_relpath(relpath)
    if not COMMIT_PATTERN.match(parent):
        raise GitError(f"ugyldig commit: {parent!r}")
    person = f"{BOT_NAME} <{BOT_EMAIL}> {int(time.time())} +0000".encode()
    text = message.encode("utf-8")
    stream = b"".join(
        [
            f"commit refs/heads/{name}\n".encode(),
            b"author " + person + b"\n",
            b"committer " + person + b"\n",
            f"data {len(text)}\n".encode() + text + b"\n",
            f"from {parent}\n".encode(),
            f"M 100644 inline {path}\n".encode(),
            f"data {len(content)}\n".encode() + content + b"\n\ndone\n",
        ]
    )
    stream_file = clone.resolve() / ".git" / f"kompetanse-endring-{os.getpid()}.fast-import"
    stream_file.write_bytes(stream)
    with open_clone(clone) as repo, stream_file.open("rb") as handle:
        try:
            repo.git.fast_import("--quiet", "--done", "--force", istream=handle)
        except GitCommandError as error:
            raise GitError(f"kunne ikke lage commit på {name}: {error.status}") from error
        finally:
            stream_file.unlink(missing_ok=True)
