"""The organisasjonsnummer: nine digits with a mod-11 check digit (python-stdnum's rule)."""

from __future__ import annotations

from stdnum.no import orgnr

SEPARATORS = str.maketrans("", "", " .-")


def compact_orgnr(number: str) -> str:
    """An organisasjonsnummer without spaces, dots and hyphens."""
    return number.translate(SEPARATORS)


def is_valid_orgnr(number: str) -> bool:
    """Nine ASCII digits with a valid check digit, after removing spaces, dots and hyphens."""
    return bool(orgnr.is_valid(compact_orgnr(number)))
