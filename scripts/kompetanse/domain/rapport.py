"""The rapport: how an eier used one payout year of a vedtak, checked against that vedtak.

A rapport names the behovsmelding and the payout year (``aar``) it reports on. What was granted
for that year is the sum of the vedtak rows for the melding that pay out in it. Each share used
(eier, UH, koordinator) is at most its granted share, and used + not used = granted. In an ordning
with egenandel the egenandel used is at least the rate of the melding's year applied to the
``eier_andel`` used, rounded up (the rule of egenandel.py); when all is used that is exactly the
egenandel the vedtak required.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from kompetanse.domain.egenandel import egenandel_for
from kompetanse.domain.model import Egenandel, EgenandelForm, Vedtak

SHARES = ("eier_andel", "uh_andel", "koordinator_andel")


@dataclass(frozen=True)
class Andeler:
    """Kroner split into the eier's, the UH's and the koordinator's share."""

    eier_andel: int
    uh_andel: int
    koordinator_andel: int

    @property
    def total(self) -> int:
        """The three shares together."""
        return self.eier_andel + self.uh_andel + self.koordinator_andel


@dataclass(frozen=True)
class MeldingRef:
    """What a file's place says about a behovsmelding: its year and ordning."""

    aar: int
    ordning: str


@dataclass(slots=True)
class Rapport:
    """One eier's report on one payout year of one behovsmelding. Holds no personal data."""

    id: str
    behovsmelding_id: str
    aar: int
    eier_navn: str
    organisasjonsnummer: str
    brukt: Andeler
    ikke_brukt: int
    egenandel: Egenandel | None
    antall_deltakere: int
    maalform: str | None = None


def andeler_from_document(doc: dict) -> Andeler:
    """Shares from a JSON object with the three share fields."""
    return Andeler(doc["eier_andel"], doc["uh_andel"], doc["koordinator_andel"])


def rapport_from_document(doc: dict) -> Rapport:
    """A Rapport from a schema-valid JSON document; the contact person is left behind."""
    egenandel = doc.get("egenandel_brukt")
    return Rapport(
        id=doc["id"],
        behovsmelding_id=doc["behovsmelding_id"],
        aar=doc["aar"],
        eier_navn=doc["eier"]["navn"],
        organisasjonsnummer=doc["eier"]["organisasjonsnummer"],
        brukt=andeler_from_document(doc["brukt"]),
        ikke_brukt=doc["ikke_brukt"],
        egenandel=Egenandel(egenandel["belop"], EgenandelForm(egenandel["form"]))
        if egenandel
        else None,
        antall_deltakere=doc["deltakere"]["antall"],
        maalform=doc.get("maalform"),
    )


def granted_in(vedtak: Iterable[Vedtak], melding_id: str, aar: int) -> Andeler | None:
    """What the vedtak for a melding pay out in a year (None when nothing does)."""
    rows = [v for v in vedtak if v.behovsmelding_id == melding_id and v.utbetaling_aar == aar]
    if not rows:
        return None
    return Andeler(*(sum(getattr(v, share) for v in rows) for share in SHARES))


def shares_over(brukt: Andeler, granted: Andeler) -> Iterator[str]:
    """The shares where more was used than granted."""
    for share in SHARES:
        if getattr(brukt, share) > getattr(granted, share):
            yield share


def expected_ikke_brukt(brukt: Andeler, granted: Andeler) -> int:
    """Granted minus used: what the rapport must state as not used."""
    return granted.total - brukt.total


def required_egenandel(brukt: Andeler, rate: Decimal) -> int:
    """The egenandel the used eier's share requires (rounded up)."""
    return egenandel_for(brukt.eier_andel, rate)
