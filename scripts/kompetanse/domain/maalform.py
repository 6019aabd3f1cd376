"""Which målform a letter is written in (språklova §§ 14–15).

A state body writes to a kommune or fylkeskommune in the målform the kommune has chosen in its
språkvedtak (kept as data, per organisasjonsnummer), and answers anyone else in the målform they
wrote in. A kommune with a neutral språkvedtak, or none on record, is answered in the målform
its melding was written in. Without any of these the letter is in bokmål.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from kompetanse.domain.model import Eiertype
from kompetanse.domain.orgnr import compact_orgnr


class Maalform(StrEnum):
    """A written standard of Norwegian, by its language code."""

    BOKMAAL = "nb"
    NYNORSK = "nn"


class Spraakvedtak(StrEnum):
    """A kommune's or fylkeskommune's chosen målform."""

    BOKMAAL = "bokmal"
    NYNORSK = "nynorsk"
    NOYTRAL = "noytral"


MAALFORM_BY_VEDTAK: dict[Spraakvedtak, Maalform] = {
    Spraakvedtak.BOKMAAL: Maalform.BOKMAAL,
    Spraakvedtak.NYNORSK: Maalform.NYNORSK,
}
PUBLIC_OWNERS = frozenset({Eiertype.KOMMUNE, Eiertype.FYLKESKOMMUNE})


def stated_maalform(values: Iterable[str | None]) -> Maalform | None:
    """The first målform a sender stated (in the order given), or None."""
    for value in values:
        if value in ("nb", "nn"):
            return Maalform(value)
    return None


def letter_maalform(
    eiertype: Eiertype,
    organisasjonsnummer: str,
    spraakvedtak: Mapping[str, Spraakvedtak],
    stated: Maalform | None,
) -> Maalform:
    """The målform of a letter to this owner."""
    if eiertype in PUBLIC_OWNERS:
        chosen = spraakvedtak.get(compact_orgnr(organisasjonsnummer))
        if chosen in MAALFORM_BY_VEDTAK:
            return MAALFORM_BY_VEDTAK[chosen]
    return stated or Maalform.BOKMAAL
