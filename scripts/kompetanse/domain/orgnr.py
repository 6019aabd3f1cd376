"""The organisasjonsnummer: nine digits with a mod-11 check digit (Brønnøysundregistrene's rule,
the same as python-stdnum's ``stdnum.no.orgnr``, which the tests hold it to).

The rule is written out here rather than imported: python-stdnum's package imports ``ssl`` and
``pydoc`` for its online lookups, which would double the start of a one-file ``validate``.
"""

from __future__ import annotations

SEPARATORS = str.maketrans("", "", " .-")
# The weights of the eight digits and of the check digit: a valid number's weighted sum is a
# multiple of 11.
WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2, 1)
DIGITS = frozenset("0123456789")


def compact_orgnr(number: str) -> str:
    """An organisasjonsnummer without spaces, dots and hyphens."""
    return number.translate(SEPARATORS)


def is_valid_orgnr(number: str) -> bool:
    """Nine ASCII digits with a valid check digit, after removing spaces, dots and hyphens.

    Other scripts' digits (fullwidth ９, Arabic-Indic ٩) are refused: the form, the schema and
    the people reading the file know only ASCII digits.
    """
    compact = compact_orgnr(number)
    if len(compact) != len(WEIGHTS) or not DIGITS.issuperset(compact):
        return False
    return sum(w * int(d) for w, d in zip(WEIGHTS, compact, strict=True)) % 11 == 0
