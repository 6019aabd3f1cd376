"""Nynorsk: the Meld behov form, its receipt and the receiver's answers."""

WORDS: dict[str, str] = {}
