"""Nynorsk: the problem messages of validation."""

WORDS: dict[str, str] = {}
