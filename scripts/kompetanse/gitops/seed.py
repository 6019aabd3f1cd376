"""A local bare repository seeded with a project's files: the demo's (and tests') default remote."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, Repo

from kompetanse.errors import GitError
from kompetanse.gitops.branches import BOT_EMAIL, BOT_NAME, check_base

FALLBACK_FOLDERS = ("schemas", "data", "submissions", "docs")


def list_project_files(root: Path) -> list[str]:
    """Files of the project as git sees them (tracked and new, ignored ones left out)."""
    try:
        with Repo(root) as repo:
            listed = repo.git.ls_files("-z", "--cached", "--others", "--exclude-standard")
    except (InvalidGitRepositoryError, GitCommandError):
        return sorted(
            path.relative_to(root).as_posix()
            for folder in FALLBACK_FOLDERS
            for path in (root / folder).rglob("*")
            if path.is_file()
        )
    return sorted(name for name in listed.split("\0") if name and (root / name).is_file())


def create_seeded_remote(
    remote: Path, source: Path, relpaths: list[str], base: str = "main"
) -> None:
    """Create a bare repository at ``remote`` whose ``base`` branch holds the given files."""
    check_base(base)
    with tempfile.TemporaryDirectory(prefix="kompetanse-seed-") as scratch:
        work = Path(scratch)
        for relpath in relpaths:
            target = work / relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / relpath, target)
        try:
            _commit_and_push(work, remote, base)
        except GitCommandError as error:
            raise GitError(f"kunne ikke lage fjernrepoet {remote}: {error.status}") from error


def _commit_and_push(work: Path, remote: Path, base: str) -> None:
    remote.parent.mkdir(parents=True, exist_ok=True)
    Repo.init(remote, bare=True, initial_branch=base).close()
    with Repo.init(work, initial_branch=base) as repo:
        with repo.config_writer() as config:
            config.set_value("user", "name", BOT_NAME)
            config.set_value("user", "email", BOT_EMAIL)
            config.set_value("gc", "auto", "0")
        repo.git.add("--all", "--", ".")
        repo.git.commit("--quiet", "--allow-empty", "-m", "Startinnhold for mottaket")
        repo.git.push("--quiet", str(remote.resolve()), f"refs/heads/{base}:refs/heads/{base}")
