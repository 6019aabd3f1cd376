"""The public site at scale: 300 news posts and ten years of allocation pages, built strictly.

The site's sources (``mkdocs.yml``, ``docs/``, ``data/``, ``schemas/`` and the hooks) are copied to
a scratch folder; the synthetic posts and pages are added there, never in the project.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from kompetanse.repository.reference import load_ordninger

PROJECT = Path(__file__).resolve().parents[3]
SOURCES = ("mkdocs.yml", "docs", "data", "schemas", "scripts")
POSTS = 300
YEARS = tuple(range(2017, 2027))
ROWS_PER_YEAR = 240
TARGET_SECONDS = 15.0
CATEGORIES = ("Fordeling", "Tilretteleggingsmidler", "Behovsmelding", "Frister")
WORDS = [
    "barnehage",
    "skole",
    "eier",
    "behovsmelding",
    "tiltak",
    "partnerskap",
    "universitet",
    "høyskole",
    "kompetanse",
    "utvikling",
    "ansatte",
    "ledere",
    "nettverk",
    "samarbeidsforum",
    "innstilling",
    "vedtak",
    "fordeling",
    "midler",
    "egenandel",
    "koordinator",
    "rapportering",
    "frist",
    "kalender",
    "region",
    "kommune",
    "fylkeskommune",
]


def copy_sources(target: Path) -> None:
    """Copy what ``mkdocs build`` needs; drop generated allocation years and caches."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    target.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    for folder in (target / "docs" / "fordeling").glob("[0-9][0-9][0-9][0-9]"):
        shutil.rmtree(folder)


def sentence(rng: random.Random, words: int) -> str:
    """A nonsense sentence of domain words."""
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def post_text(number: int, date: dt.date, rng: random.Random) -> str:
    """One synthetic news post with front matter, an excerpt and a few paragraphs."""
    category = CATEGORIES[number % len(CATEGORIES)]
    paragraphs = "\n\n".join(sentence(rng, 40) for _ in range(4))
    return (
        f"---\ndate: {date.isoformat()}\nslug: syntetisk-{number:03d}\n"
        f"categories:\n  - {category}\ndescription: {sentence(rng, 12)}\n---\n\n"
        f"# Syntetisk nyhet {number}\n\n{sentence(rng, 20)}\n\n<!-- more -->\n\n{paragraphs}\n"
    )


def write_posts(docs: Path, rng: random.Random) -> None:
    """Spread ``POSTS`` posts evenly over the ten years."""
    folder = docs / "nyheter" / "posts" / "syntetisk"
    folder.mkdir(parents=True)
    first = dt.date(YEARS[0], 1, 1)
    span = (dt.date(YEARS[-1], 12, 31) - first).days
    for number in range(POSTS):
        date = first + dt.timedelta(days=span * number // POSTS)
        (folder / f"{number:03d}.md").write_text(post_text(number, date, rng), encoding="utf-8")


def year_page(aar: int, rng: random.Random, ordninger: list[str]) -> str:
    """An allocation page for one year: a summary and a table of every behovsmelding."""
    lines = [f"# Fordeling {aar}\n", "| Behovsmelding | Ordning | Eier | UH | Tildelt (kr) |"]
    lines.append("|---|---|---|---|---:|")
    for row in range(ROWS_PER_YEAR):
        ordning = ordninger[row % len(ordninger)]
        amount = rng.randrange(100_000, 3_000_000, 1000)
        lines.append(f"| bm-{aar}-{row:04d} | {ordning} | Eier {row} | UH {row % 19} | {amount} |")
    return "\n".join(lines) + "\n"


def write_year_pages(docs: Path, rng: random.Random, ordninger: list[str]) -> None:
    """Ten years of allocation pages under ``docs/fordeling/<år>/``, rows spread over ``ordninger``."""
    for aar in YEARS:
        folder = docs / "fordeling" / str(aar)
        folder.mkdir(parents=True)
        (folder / "index.md").write_text(year_page(aar, rng, ordninger), encoding="utf-8")


def build(root: Path) -> float:
    """``mkdocs build --strict`` in ``root``; the wall time in seconds (fails loudly)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build --strict feilet:\n{result.stderr[-4000:]}")
    return seconds


def run(workdir: Path) -> None:
    """Build the scaled-up site once and print the time against the target."""
    root = workdir / "site-bench"
    copy_sources(root)
    rng = random.Random(2024)
    write_posts(root / "docs", rng)
    write_year_pages(root / "docs", rng, [info.kortnavn for info in load_ordninger(root)])
    seconds = build(root)
    pages = sum(1 for _ in (root / "site").rglob("*.html"))
    verdict = "innenfor" if seconds < TARGET_SECONDS else "OVER"
    print(
        f"nettstedet med {POSTS} nyheter og {len(YEARS)} års sider: {pages} sider bygget "
        f"(--strict) på {seconds:.1f} s, {verdict} målet på {TARGET_SECONDS:.0f} s"
    )
