"""A name with a right-to-left override and a zero-width space is a warning in ``validate``, and
the allocation page and the review show the characters as codes, never as they are."""

from __future__ import annotations

from pathlib import Path

from tests.examples_support import EXAMPLES, load_example
from tests.support.cli import git, invoke

EXAMPLE = load_example(EXAMPLES / "valid/tekst-usynlige-tegn.json")
HIDDEN = ("\u202e", "\u200b")


def test_validate_warns_and_names_the_codes_in_both_maalformer(copy_of_project: Path) -> None:
    target = EXAMPLE.place(copy_of_project)
    for lang, word in (("nb", "advarsel"), ("nn", "åtvaring")):
        code, output = invoke(
            "validate", "--root", str(copy_of_project), "--lang", lang, str(target)
        )
        assert code == 0, output
        assert f"[{word} tekst-usynlige-tegn]" in output and "U+202E" in output
        assert not any(char in output for char in HIDDEN)


def test_the_allocation_page_shows_the_characters_as_codes(copy_of_project: Path) -> None:
    EXAMPLE.place(copy_of_project)
    code, output = invoke("allocate", "--year", "2025", "--root", str(copy_of_project))
    assert code == 0, output
    for page in ("docs/fordeling/2025/index.md", "docs/nn/fordeling/2025/index.md"):
        text = (copy_of_project / page).read_text(encoding="utf-8")
        assert "Solvang kommune&#92;u202e enummok gnavloS" in text
        assert not any(char in text for char in HIDDEN)


def test_the_review_shows_the_characters_as_codes(copy_of_project: Path) -> None:
    root = copy_of_project
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    EXAMPLE.place(root)
    git(root, "commit", "-q", "-am", "retting")
    code, text = invoke("review", "--base", "main", "--root", str(root), "-o", "markdown")
    assert code == 0, text
    assert "`tekst-usynlige-tegn`" in text and "&#92;u202e" in text
    assert not any(char in text for char in HIDDEN)
