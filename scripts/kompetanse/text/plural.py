"""Counts with the Norwegian noun in the right number: «1 fil», «2 filer», «0 advarsler»."""

from __future__ import annotations


def count_of(number: int, singular: str, plural: str) -> str:
    """The number and its noun: the singular for exactly one, the plural otherwise."""
    return f"{number} {singular if abs(number) == 1 else plural}"


def join_words(words: list[str]) -> str:
    """``a``, ``a og b``, ``a, b og c``: a Norwegian list."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} og {words[-1]}"
