"""When each file last changed, from the commit history (for "Sist oppdatert" on the site)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from git import GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

COMMIT_MARK = "\x1e"


def parse_log(output: str) -> dict[str, dt.date]:
    """The newest date per path from ``git log --format=<mark>%cs --name-only -z``.

    Each commit reads ``<mark><date>NUL`` followed by its paths, each ended by NUL (the first one
    after a line break); git lists the newest commit first.
    """
    dates: dict[str, dt.date] = {}
    for entry in output.split(COMMIT_MARK):
        date_text, *names = entry.split("\0")
        if not date_text.strip():
            continue
        date = dt.date.fromisoformat(date_text.strip())
        for name in (name.lstrip("\n") for name in names):
            if name:
                dates.setdefault(name, date)
    return dates


def last_change_dates(folder: Path) -> dict[Path, dt.date]:
    """The commit date of the newest commit touching each file under ``folder``.

    Files that were never committed are left out; a folder outside a git work tree gives an empty
    mapping (a copy of the project without its history has no dates to show).
    """
    try:
        with Repo(folder, search_parent_directories=True) as repo:
            top = Path(repo.working_tree_dir or folder)
            output = repo.git.log(f"--format={COMMIT_MARK}%cs", "--name-only", "-z", "--", folder)
    except (InvalidGitRepositoryError, NoSuchPathError, GitCommandError):
        return {}
    return {(top / name).resolve(): date for name, date in parse_log(str(output)).items()}
