"""Every word a person reads, keyed, in one catalogue per målform (bokmål ``nb``, nynorsk ``nn``).

A key names one piece of text (``side.sist-oppdatert``, ``problem.orgnr-ugyldig``); its value is
a template with ``{name}`` placeholders. Both catalogues hold exactly the same keys with the same
placeholders; a unit test fails when a key or a placeholder is missing in either. The texts live
in :mod:`kompetanse.text.words`, one module per area and målform.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Literal

from kompetanse.text.words import (
    nb_allocation,
    nb_documents,
    nb_fields,
    nb_followup_problems,
    nb_form,
    nb_kind_fields,
    nb_owner_pages,
    nb_problems,
    nb_review,
    nb_site,
    nn_allocation,
    nn_documents,
    nn_fields,
    nn_followup_problems,
    nn_form,
    nn_kind_fields,
    nn_owner_pages,
    nn_problems,
    nn_review,
    nn_site,
)

Maalform = Literal["nb", "nn"]
MAALFORMER: tuple[Maalform, ...] = ("nb", "nn")
DEFAULT_MAALFORM: Maalform = "nb"

AREAS_BY_MAALFORM: dict[Maalform, tuple[Mapping[str, str], ...]] = {
    "nb": (
        nb_site.WORDS,
        nb_allocation.WORDS,
        nb_fields.WORDS,
        nb_kind_fields.WORDS,
        nb_form.WORDS,
        nb_review.WORDS,
        nb_documents.WORDS,
        nb_problems.WORDS,
        nb_followup_problems.WORDS,
        nb_owner_pages.WORDS,
    ),
    "nn": (
        nn_site.WORDS,
        nn_allocation.WORDS,
        nn_fields.WORDS,
        nn_kind_fields.WORDS,
        nn_form.WORDS,
        nn_review.WORDS,
        nn_documents.WORDS,
        nn_problems.WORDS,
        nn_followup_problems.WORDS,
        nn_owner_pages.WORDS,
    ),
}


class UnknownMaalformError(ValueError):
    """A målform other than ``nb`` or ``nn`` was asked for."""


def merge_areas(areas: tuple[Mapping[str, str], ...]) -> dict[str, str]:
    """One catalogue from its area modules; a key defined twice is a programming error."""
    merged: dict[str, str] = {}
    for area in areas:
        twice = merged.keys() & area.keys()
        if twice:
            raise ValueError(f"nøkler definert to ganger: {sorted(twice)}")
        merged.update(area)
    return merged


CATALOGUES: dict[Maalform, dict[str, str]] = {
    maalform: merge_areas(areas) for maalform, areas in AREAS_BY_MAALFORM.items()
}


def parse_maalform(value: object) -> Maalform:
    """``nb`` or ``nn`` from configuration, a request or a stored melding."""
    if value == "nb" or value == "nn":
        return value
    raise UnknownMaalformError(f"ukjent målform: {value!r} (bruk nb eller nn)")


def maalform_or_default(value: object) -> Maalform:
    """``nn`` when asked for nynorsk, otherwise bokmål (for input that may be missing)."""
    return "nn" if value == "nn" else DEFAULT_MAALFORM


def word(key: str, maalform: Maalform = DEFAULT_MAALFORM, /, **params: object) -> str:
    """The text for ``key`` in ``maalform`` with its placeholders filled in."""
    return CATALOGUES[maalform][key].format(**params)


def in_maalform(maalform: Maalform, nb: str, nn: str | None) -> str:
    """A text from data that has a bokmål and a nynorsk column: the one for ``maalform``."""
    return nn if maalform == "nn" and nn else nb


def words_under(prefix: str, maalform: Maalform) -> dict[str, str]:
    """Every key that starts with ``prefix`` and its template (for the form's JavaScript)."""
    return {key: text for key, text in CATALOGUES[maalform].items() if key.startswith(prefix)}


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` placeholders a template uses."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
