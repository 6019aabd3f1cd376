"""The organisasjonsnummer: nine digits with a mod-11 check digit (python-stdnum's rule)."""

from __future__ import annotations

from stdnum.no import orgnr

SEPARATORS = str.maketrans("", "", " .-")


def compact_orgnr(number: str) -> str:
    """An organisasjonsnummer without spaces, dots and hyphens."""
    return number.translate(SEPARATORS)


def is_valid_orgnr(number: str) -> bool:
    """Nine ASCII digits with a valid check digit, after removing spaces, dots and hyphens.

    python-stdnum would also read other scripts' digits (fullwidth ９, Arabic-Indic ٩); the form,
    the schema and the people reading the file know only ASCII digits, so those are refused first.
    """
    compact = compact_orgnr(number)
    return compact.isascii() and bool(orgnr.is_valid(compact))
