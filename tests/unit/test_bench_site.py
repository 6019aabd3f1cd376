"""The site benchmark builds from the real generators: publish's pages and the site's own posts."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

import bench
from bench import BENCHMARKS, QUICK, site
from kompetanse.publication.fordeling import write_all
from kompetanse.site.news import read_posts

YEARS = (2025, 2026)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the allocation pages, in both målformer."""
    folders = [root / "docs" / "fordeling", root / "docs" / "nn" / "fordeling"]
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file()
    }


def bodies(folder: Path) -> set[str]:
    """The text of each post below its front matter."""
    return {get_data(path.read_text(encoding="utf-8"))[0] for path in folder.glob("*.md")}


def test_every_benchmark_module_is_registered_with_a_rows_function() -> None:
    modules = {f"bench.{info.name}" for info in pkgutil.iter_modules(bench.__path__)}
    with_rows = {name for name in modules if hasattr(importlib.import_module(name), "rows")}
    assert set(BENCHMARKS) == with_rows == set(QUICK)
    for name in BENCHMARKS:
        parameters = inspect.signature(importlib.import_module(name).rows).parameters
        assert next(iter(parameters)) == "workdir"
        assert set(QUICK[name]) <= set(parameters)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, fixture_office: Path) -> Path:
    """A scratch project prepared as the benchmark prepares it, at a small scale."""
    root = tmp_path_factory.mktemp("nettsted") / "prosjekt"
    site.prepare(root, fixture_office, posts=8, years=YEARS, per_year=6)
    return root


def test_the_allocation_pages_are_what_publish_writes(prepared: Path) -> None:
    root = prepared
    written = snapshot(root)
    for maalform in ("docs", "docs/nn"):
        assert {f"{maalform}/fordeling/{aar}/index.md" for aar in YEARS} <= set(written)
    write_all(root)
    assert snapshot(root) == written


def test_the_posts_are_the_sites_own_in_both_maalformer(prepared: Path, project_root: Path) -> None:
    root = prepared
    own_posts = {
        "nb": project_root / "docs" / "nyheter" / "posts",
        "nn": project_root / "docs" / "nn" / "nyheter" / "posts",
    }
    for maalform, folder in site.POSTS_DIR_BY_MAALFORM.items():
        posts = read_posts(root / folder, ".")
        assert len(posts) == 8, maalform
        assert len({post.src_uri for post in posts}) == 8
        assert {post.date.year for post in posts} >= set(YEARS)
        assert bodies(root / folder) == bodies(own_posts[maalform])
    nb, nn = (root / site.POSTS_DIR_BY_MAALFORM[maalform] for maalform in ("nb", "nn"))
    assert {path.name for path in nb.glob("*.md")} == {path.name for path in nn.glob("*.md")}
