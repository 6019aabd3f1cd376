"""Which files changed since a ref (for ``validate --changed-since``)."""

from __future__ import annotations

import re
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

from kompetanse.errors import GitError

SAFE_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/~^@{}-]*$")


def resolve_commit(repo: Repo, ref: str) -> str:
    """The full hash of the commit ``ref`` names; refuses text that could be read as an option.

    Git itself resolves the ref (GitPython's own parser raises plain Python errors for reflog
    forms such as ``HEAD@{5}`` or ``main@{yesterday}``).
    """
    if not SAFE_REF.match(ref) or ".." in ref:
        raise GitError(f"ugyldig git-referanse: {ref!r}")
    try:
        return str(repo.git.rev_parse("--verify", "--quiet", f"{ref}^{{commit}}")).strip()
    except GitCommandError as error:
        raise GitError(f"finner ikke git-referansen {ref!r}") from error


def changed_paths_since(root: Path, ref: str) -> set[str]:
    """Paths (relative to root) changed between ``ref`` and the working tree, untracked included.

    The names are read NUL-separated: otherwise git quotes names with non-ASCII letters, tabs or
    line breaks, and such a file would never be checked.
    """
    try:
        with Repo(root) as repo:
            commit = resolve_commit(repo, ref)
            changed = repo.git.diff("-z", "--name-only", "--no-renames", commit, "--")
            untracked = repo.git.ls_files("-z", "--others", "--exclude-standard")
    except (InvalidGitRepositoryError, NoSuchPathError) as error:
        raise GitError(f"{root} er ikke et git-repo") from error
    except GitCommandError as error:
        raise GitError(f"git diff feilet: {error.stderr.strip()}") from error
    return {path for path in [*changed.split("\0"), *untracked.split("\0")] if path}


def current_branch(root: Path) -> str | None:
    """The checked-out branch's name (None when detached or not a repository)."""
    try:
        with Repo(root) as repo:
            name = str(repo.git.rev_parse("--abbrev-ref", "HEAD")).strip()
    except (InvalidGitRepositoryError, NoSuchPathError, GitCommandError):
        return None
    return None if name == "HEAD" else name
