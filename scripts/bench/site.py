"""The public site at scale, built by the real generators in both målformer.

A scratch project gets the site's sources (``mkdocs*.yml``, ``docs/`` without the generated
allocation pages, ``scripts/`` as a link: the hooks are named by path) and a synthetic repository
of ten years of meldinger with vedtak. ``kompetanse publish`` then writes the allocation pages in
bokmål and nynorsk, exactly as for the office; the news posts are the site's own posts (each
bokmål post with its nynorsk twin), repeated under new dates and slugs up to ``POSTS``. The
timed figure is ``mkdocs build --strict``, which builds both målformer; beside it the same build
of the project's site as it is.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from bench.measure import Timing, command_timing, run_command
from bench.repo import BIN, PROJECT
from bench.synthetic import write_synthetic_repository
from bench.table import Row
from bench.targets import TARGETS

POSTS = 300
YEARS = tuple(range(2024, 2034))
PER_YEAR = 250
POSTS_DIR_BY_MAALFORM = {"nb": "docs/nyheter/posts", "nn": "docs/nn/nyheter/posts"}
GENERATED = "fordeling"
OFFICE_FOLDERS = ("schemas", "data", "submissions")


def skip_generated(folder: str, names: list[str]) -> set[str]:
    """``copytree`` filter: leave out ``docs/fordeling/`` and ``docs/nn/fordeling/``."""
    return {GENERATED} if Path(folder).name in ("docs", "nn") and GENERATED in names else set()


def copy_site_sources(target: Path, project: Path = PROJECT) -> None:
    """What ``mkdocs build`` needs beside the repository's own files."""
    target.mkdir(parents=True, exist_ok=True)
    for config in project.glob("mkdocs*.yml"):
        shutil.copy2(config, target / config.name)
    shutil.copytree(project / "docs", target / "docs", ignore=skip_generated)
    (target / "scripts").symlink_to(project / "scripts", target_is_directory=True)


def publish(root: Path) -> None:
    """The real ``kompetanse publish``: the allocation pages of every year, both målformer."""
    run_command([str(BIN / "kompetanse"), "publish", "--root", str(root)], root)


def post_dates(count: int, years: tuple[int, ...]) -> list[dt.date]:
    """``count`` dates spread evenly over ``years``."""
    first = dt.date(years[0], 1, 1)
    span = (dt.date(years[-1], 12, 31) - first).days
    return [first + dt.timedelta(days=span * number // count) for number in range(count)]


def renamed_post(text: str, date: dt.date, number: int) -> tuple[str, str]:
    """A post moved to ``date`` with a slug of its own: its file name and its text."""
    slug = re.search(r"^slug: (.+)$", text, re.MULTILINE)
    new_slug = f"{slug.group(1) if slug else 'nyhet'}-{number:03d}"
    text = re.sub(r"^date: .+$", f"date: {date.isoformat()}", text, count=1, flags=re.MULTILINE)
    text = re.sub(r"^slug: .+$", f"slug: {new_slug}", text, count=1, flags=re.MULTILINE)
    return f"{date.isoformat()}-{new_slug}.md", text


def write_posts(root: Path, count: int, years: tuple[int, ...]) -> None:
    """The site's own posts repeated to ``count``, the same file name in each målform."""
    names = sorted(path.name for path in (root / POSTS_DIR_BY_MAALFORM["nb"]).glob("*.md"))
    for number, date in enumerate(post_dates(count - len(names), years)):
        for folder in POSTS_DIR_BY_MAALFORM.values():
            source = (root / folder / names[number % len(names)]).read_text(encoding="utf-8")
            name, text = renamed_post(source, date, number)
            (root / folder / name).write_text(text, encoding="utf-8")


def prepare(
    target: Path,
    office: Path,
    posts: int = POSTS,
    years: tuple[int, ...] = YEARS,
    per_year: int = PER_YEAR,
) -> None:
    """A project whose site has ``posts`` news posts and ``years`` of published allocation."""
    copy_site_sources(target)
    write_synthetic_repository(target, per_year * len(years), seed=3, source=office, years=years)
    publish(target)
    write_posts(target, posts, years)


def prepare_as_it_is(target: Path, office: Path) -> None:
    """A project whose site is the office's own: its meldinger, posts and allocation."""
    copy_site_sources(target)
    for name in OFFICE_FOLDERS:
        shutil.copytree(office / name, target / name)
    publish(target)


def build(root: Path) -> Timing:
    """``mkdocs build --strict`` (both målformer) in ``root``."""
    command = [str(BIN / "python"), "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    return command_timing(1, command, root)


def rows(workdir: Path, posts: int = POSTS, per_year: int = PER_YEAR) -> list[Row]:
    """The scaled site beside the site as it is."""
    scaled, as_it_is = workdir / "site-scaled", workdir / "site-as-it-is"
    prepare(scaled, PROJECT, posts, YEARS, per_year)
    prepare_as_it_is(as_it_is, PROJECT)
    ours, base = build(scaled), build(as_it_is)
    pages = sum(1 for _ in (scaled / "site").rglob("*.html"))
    scale = f"{posts} nyheter, {len(YEARS)} år × {per_year} behovsmeldinger, nb+nn, {pages} sider"
    return [
        Row("mkdocs build --strict", scale, ours, TARGETS["site"], "nettstedet slik det er", base)
    ]
