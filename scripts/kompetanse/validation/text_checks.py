"""Warnings about the text itself: invisible characters and words that mix look-alike scripts.

A name with a right-to-left override (U+202E) or a zero-width space (U+200B) reads differently
from what it holds; a word with a Cyrillic «а» among Latin letters looks like another word. Such
text is kept as it was sent (the outputs show the characters as codes, see
:mod:`kompetanse.text.inert`), and the caseworker is warned. The messages name the characters'
codes and the field, never the value, so no personal detail is repeated.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from kompetanse.text.inert import hidden_characters
from kompetanse.validation.problems import Problem, say

LOOK_ALIKE_SCRIPTS = frozenset({"CYRILLIC", "GREEK"})
WORD = re.compile(r"[^\W\d_]+")


def iter_strings(value: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    """Every key and string value of a JSON value with its path (a key's path is its field's)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}"
            yield child_path, str(key)
            yield from iter_strings(child, child_path)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from iter_strings(child, f"{path}[{index}]")


@functools.lru_cache(maxsize=4096)
def script_of(letter: str) -> str:
    """The first word of the letter's Unicode name: LATIN, CYRILLIC, GREEK, …"""
    return unicodedata.name(letter, "UKJENT").split(" ", 1)[0]


def mixes_scripts(text: str) -> bool:
    """True when one word has Latin letters and Cyrillic or Greek ones (an ASCII word has only
    Latin letters, so only words with other letters are looked at letter by letter)."""
    if text.isascii():
        return False
    for word in WORD.findall(text):
        if word.isascii():
            continue
        scripts = {script_of(letter) for letter in set(word)}
        if "LATIN" in scripts and scripts & LOOK_ALIKE_SCRIPTS:
            return True
    return False


def text_problems_at(file: str, location: str, text: str) -> list[Problem]:
    """The warnings for one piece of text at ``location``."""
    found = []
    hidden = hidden_characters(text)
    if hidden:
        koder = ", ".join(hidden)
        found.append(
            say(file, location, "tekst-usynlige-tegn", "problem.tekst-usynlige-tegn", koder=koder)
        )
    if mixes_scripts(text):
        found.append(say(file, location, "tekst-blandet-skrift", "problem.tekst-blandet-skrift"))
    return found


def text_problems(document: Any, file: str) -> list[Problem]:
    """``tekst-usynlige-tegn`` and ``tekst-blandet-skrift`` for every string of a document."""
    return unique(
        problem
        for path, text in iter_strings(document)
        for problem in text_problems_at(file, path, text)
    )


def unique(problems: Iterable[Problem]) -> list[Problem]:
    """The problems without repeats, in their order."""
    return list(dict.fromkeys(problems))


FORMULA_START = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]*(?:[=@＝＠]|[+\-＋－]\s*[^\W\d_])")


def looks_like_formula(cell: str) -> bool:
    """True for a cell a spreadsheet would read as a formula: it starts with ``=`` or ``@``, or
    with ``+`` or ``-`` before a letter (``+47 …`` and ``-5`` are not formulas)."""
    return FORMULA_START.match(cell) is not None


def cell_problems(file: str, rows: Iterable[dict[str, str]]) -> list[Problem]:
    """Warnings for the text cells of a table: formulas, invisible characters, mixed scripts.

    Rows are numbered as Frictionless numbers them (the header is row 1)."""
    found: list[Problem] = []
    for number, row in enumerate(rows, start=2):
        for column, cell in row.items():
            if not isinstance(column, str) or not isinstance(cell, str):
                continue
            where = f"rad {number}, {column}"
            if looks_like_formula(cell):
                found.append(say(file, where, "celle-formel", "problem.celle-formel"))
            found += text_problems_at(file, where, cell)
    return unique(found)
