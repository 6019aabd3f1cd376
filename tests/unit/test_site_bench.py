"""The site benchmark's synthetic content: 300 posts with unique addresses, ten years of pages."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import random
from pathlib import Path

import bench
from bench import BENCHMARKS, site
from kompetanse.site.news import read_posts


def test_every_benchmark_module_is_registered_with_a_run_function() -> None:
    modules = [f"bench.{info.name}" for info in pkgutil.iter_modules(bench.__path__)]
    with_run = {name for name in modules if hasattr(importlib.import_module(name), "run")}
    assert "bench.site" in with_run
    assert set(BENCHMARKS) == with_run
    for name in BENCHMARKS:
        run = importlib.import_module(name).run
        assert list(inspect.signature(run).parameters) == ["workdir"], name


def test_synthetic_posts_and_year_pages(tmp_path: Path) -> None:
    rng = random.Random(1)
    site.write_posts(tmp_path, rng)
    site.write_year_pages(tmp_path, rng, ["Første ordning", "Andre ordning"])
    posts = read_posts(tmp_path, "nyheter/posts")
    assert len(posts) == site.POSTS
    assert len({post.src_uri for post in posts}) == site.POSTS
    assert {post.date.year for post in posts} == set(site.YEARS)
    pages = sorted(p.parent.name for p in (tmp_path / "fordeling").glob("*/index.md"))
    assert pages == [str(year) for year in site.YEARS]
    table = (tmp_path / "fordeling" / "2020" / "index.md").read_text(encoding="utf-8")
    assert table.count("\n| bm-2020-") == site.ROWS_PER_YEAR
