"""Submission branches in the receiver's own clone: one commit per melding, pushed in batches.

Every ref and path given to git here is checked against the system's own patterns first
(``behovsmelding/bm-<år>-<8 hex>`` and ``submissions/<år>/<ordning>/<id>.json``, and for the
other kinds ``<kind>/<prefix>-<år>-<8 hex>`` and ``submissions/<folder>/<år>/<id>.json``); commits are made
with plumbing and a private index file, so the working tree is never touched.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

from kompetanse.errors import GitError

# The ordning folder is any slug-shaped name; which ordninger exist is the validator's business.
SUBMISSION_PATH = re.compile(
    r"^submissions/(?:[0-9]{4}/[a-z][a-z0-9_]{1,39}/bm|[a-z]{2,40}/[0-9]{4}/[a-z]{2})"
    r"-[0-9]{4}-(?:[0-9a-f]{16}|[0-9a-f]{8})\.json$"
)
BRANCH_PATTERN = re.compile(r"^[a-z]{2,40}/[a-z]{2}-[0-9]{4}-(?:[0-9a-f]{16}|[0-9a-f]{8})$")
COMMIT_PATTERN = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
BASE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
BOT_NAME = "kompetanse-mottak"
BOT_EMAIL = "mottak@kompetanse.invalid"


class PushOutcome(StrEnum):
    """What the remote said about one branch."""

    PUSHED = "pushed"
    UP_TO_DATE = "up-to-date"
    REJECTED = "rejected"
    REFUSED = "refused"


REF_RACES = ("failed to update ref", "failed to lock", "cannot lock ref")
OUTCOME_BY_FLAG = {"*": PushOutcome.PUSHED, " ": PushOutcome.PUSHED, "=": PushOutcome.UP_TO_DATE}


class PushOutcomes(dict[str, PushOutcome]):
    """Each branch's outcome, and why the remote refused (empty when it refused none)."""

    reason: str = ""

    def refused(self) -> list[str]:
        """The branches the remote itself refused (a hook, a ref it could not update)."""
        return [name for name, outcome in self.items() if outcome is PushOutcome.REFUSED]


@dataclass(frozen=True)
class NewFile:
    """One file to commit on its own new branch."""

    branch: str
    relpath: str
    content: bytes
    message: str


def unreachable(what: str, status: object) -> GitError:
    """The one wording for a remote that cannot be reached, whichever git step found out."""
    return GitError(f"fjernrepoet svarer ikke ({what}: git avsluttet med {status})")


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
    if remote_url.startswith("-"):
        raise GitError("ugyldig adresse til fjernrepoet")
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
            raise unreachable(f"kunne ikke hente {base}", error.status) from error
    return str(commit)


def fast_import_stream(base_commit: str, news: list[NewFile], when: int) -> bytes:
    """A ``git fast-import`` stream: one commit per file, each on its own branch from the base."""
    if not COMMIT_PATTERN.match(base_commit):
        raise GitError(f"ugyldig basis-commit: {base_commit!r}")
    person = f"{BOT_NAME} <{BOT_EMAIL}> {when} +0000".encode()
    parts: list[bytes] = []
    for new in news:
        branch, relpath = check_branch(new.branch), check_relpath(new.relpath)
        message = new.message.encode("utf-8")
        parts += [
            f"commit refs/heads/{branch}\n".encode(),
            b"author " + person + b"\n",
            b"committer " + person + b"\n",
            f"data {len(message)}\n".encode() + message + b"\n",
            f"from {base_commit}\n".encode(),
            f"M 100644 inline {relpath}\n".encode(),
            f"data {len(new.content)}\n".encode() + new.content + b"\n\n",
        ]
    return b"".join([*parts, b"done\n"])


def commit_new_files(clone: Path, base_commit: str, news: list[NewFile]) -> None:
    """Commit each file on top of ``base_commit`` on its own new local branch, in one git process.

    The working tree and the index are never touched; the bytes are stored exactly as given.
    """
    if not news:
        return
    stream = fast_import_stream(base_commit, news, int(time.time()))
    stream_file = clone.resolve() / ".git" / f"kompetanse-{os.getpid()}.fast-import"
    stream_file.write_bytes(stream)
    with open_clone(clone) as repo, stream_file.open("rb") as handle:
        try:
            repo.git.fast_import("--quiet", "--done", istream=handle)
        except GitCommandError as error:
            raise GitError(f"kunne ikke lage {len(news)} commits: {error.status}") from error
        finally:
            stream_file.unlink(missing_ok=True)


def commit_new_file(clone: Path, base_commit: str, new: NewFile) -> None:
    """Commit one file on its own new branch (see :func:`commit_new_files`)."""
    commit_new_files(clone, base_commit, [new])


def push_branches(clone: Path, branches: Iterable[str]) -> PushOutcomes:
    """Push the branches in one go (never forced); per-branch outcome. Unreachable remote: GitError."""
    names = [check_branch(branch) for branch in branches]
    if not names:
        return PushOutcomes()
    refspecs = [f"refs/heads/{name}:refs/heads/{name}" for name in names]
    with open_clone(clone) as repo:
        status, output, _ = repo.git.push(
            "--porcelain", "origin", *refspecs, with_extended_output=True, with_exceptions=False
        )
    if status != 0 and "\trefs/heads/" not in output:
        raise unreachable("kunne ikke sende", status)
    return _parse_porcelain(output, names)


def _parse_porcelain(output: str, names: list[str]) -> PushOutcomes:
    outcomes = PushOutcomes()
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or ":refs/heads/" not in parts[1]:
            continue
        name = parts[1].split(":", 1)[0].removeprefix("refs/heads/")
        outcomes[name] = outcome_of(parts[0][:1], parts[2] if len(parts) > 2 else "")
    missing = [name for name in names if name not in outcomes]
    if missing:
        raise GitError(f"fjernrepoet svarte ikke for {len(missing)} grener")
    if outcomes.refused():
        outcomes.reason = refusal_reason(output)
    return outcomes


def outcome_of(flag: str, summary: str) -> PushOutcome:
    """One porcelain line's outcome: the remote's own refusal (a hook said no) is REFUSED; a
    branch that exists there with other commits, or that moved while the push waited (the
    remote could not update or lock the ref), is REJECTED."""
    if flag in OUTCOME_BY_FLAG:
        return OUTCOME_BY_FLAG[flag]
    refused = summary.startswith("[remote rejected]") and not any(
        race in summary for race in REF_RACES
    )
    return PushOutcome.REFUSED if refused else PushOutcome.REJECTED


def refusal_reason(output: str) -> str:
    """Why the remote refused, as git words it (``pre-receive hook declined``), letters only."""
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and outcome_of(parts[0][:1], parts[2]) is PushOutcome.REFUSED:
            reason = parts[2].removeprefix("[remote rejected]").strip(" ()")
            return re.sub(r"[^a-z -]", "", reason.lower())[:80].strip() or "ukjent grunn"
    return "ukjent grunn"


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
            raise unreachable(f"kunne ikke hente {name}", status)
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


def local_branches(clone: Path) -> set[str]:
    """Submission branches that exist in the clone."""
    with open_clone(clone) as repo:
        listed = str(repo.git.for_each_ref("--format=%(refname:short)", "refs/heads/"))
    return {name for name in listed.split() if BRANCH_PATTERN.match(name)}


def known_ids(clone: Path, base: str) -> set[str]:
    """Ids already taken: files on the fetched base and branches on the remote."""
    check_base(base)
    with open_clone(clone) as repo:
        try:
            files = repo.git.ls_tree(
                "-r", "--name-only", f"refs/remotes/origin/{base}", "--", "submissions"
            )
            heads = str(repo.git.ls_remote("--heads", "origin"))
        except GitCommandError as error:
            raise GitError(f"kunne ikke liste ider: {error.status}") from error
    ids = {Path(line).stem for line in files.splitlines() if SUBMISSION_PATH.match(line)}
    branches = [line.split("refs/heads/", 1)[-1] for line in heads.splitlines() if line.strip()]
    ids |= {branch.rsplit("/", 1)[-1] for branch in branches if BRANCH_PATTERN.match(branch)}
    return ids
