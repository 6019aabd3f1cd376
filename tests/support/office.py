"""The fixture office the tests own, and scratch projects made from it.

Tests never read the project's live ``data/`` and ``submissions/`` (a caseworker's ordinary data
change must not turn the suite red); they read ``tests/fixtures/office/`` through these helpers.
"""

from __future__ import annotations

import csv
import functools
import shutil
from pathlib import Path

from click.testing import CliRunner

from kompetanse.cli import main

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
FIXTURE_OFFICE = TESTS / "fixtures" / "office"
SECOND_OFFICE = TESTS / "fixtures" / "troms_finnmark"
OFFICE_FOLDERS = ("data", "submissions")
GENERATED = "fordeling"


def copy_office(target: Path, office: Path = FIXTURE_OFFICE) -> Path:
    """A repository at ``target``: the project's schemas with the office's data and meldinger.

    Most tests make one, so the files are read once per process and written from memory."""
    files = office_files(office)
    for folder in sorted({(target / relative).parent for relative, _ in files}):
        folder.mkdir(parents=True, exist_ok=True)
    for relative, content in files:
        (target / relative).write_bytes(content)
    return target


@functools.cache
def office_files(office: Path) -> tuple[tuple[str, bytes], ...]:
    """Every file of the project's ``schemas/`` and the office's ``data/`` and ``submissions/``,
    by its place in a repository."""
    folders = {"schemas": ROOT / "schemas", **{name: office / name for name in OFFICE_FOLDERS}}
    return tuple(
        ((Path(name) / path.relative_to(folder)).as_posix(), path.read_bytes())
        for name, folder in folders.items()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


def repository_files(root: Path) -> list[str]:
    """Every file under ``schemas/``, ``data/`` and ``submissions/`` of a repository."""
    return sorted(
        path.relative_to(root).as_posix()
        for name in ("schemas", *OFFICE_FOLDERS)
        for path in (root / name).rglob("*")
        if path.is_file()
    )


def skip_generated(folder: str, names: list[str]) -> set[str]:
    """``shutil.copytree`` filter: leave out ``docs/fordeling/`` and ``docs/nn/fordeling/``,
    which publish writes."""
    return {GENERATED} if Path(folder) in (ROOT / "docs", ROOT / "docs" / "nn") else set()


def copy_site_sources(target: Path) -> None:
    """What ``mkdocs build`` needs beside data/, schemas/ and submissions/: ``mkdocs*.yml`` (the
    two målformer, their base and the internal site), ``docs/`` without the generated
    allocation pages, and ``scripts/`` (a link: the hooks are named by path)."""
    for config in ROOT.glob("mkdocs*.yml"):
        shutil.copy2(config, target / config.name)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=skip_generated)
    (target / "scripts").symlink_to(ROOT / "scripts", target_is_directory=True)


def copy_site_project(target: Path, office: Path = FIXTURE_OFFICE) -> Path:
    """A scratch project that builds the site from the fixture office (or another office).

    ``mkdocs*.yml``, ``docs/`` without the generated allocation pages, ``scripts/`` (a link: the
    hooks are named by path); ``kompetanse publish`` then writes ``docs/fordeling/`` and
    ``docs/nn/fordeling/`` from the repository's own data.
    """
    copy_office(target, office)
    copy_site_sources(target)
    result = CliRunner().invoke(main, ["publish", "--root", str(target)])
    assert result.exit_code == 0, result.output
    return target


def read_table(root: Path, name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>.csv`` in a repository."""
    with (root / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
