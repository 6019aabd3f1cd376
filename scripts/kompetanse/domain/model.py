"""The domain's records as plain dataclasses. No I/O here.

Records read from files are never changed after they are made. Those made once per
behovsmelding use ``slots`` without ``frozen`` because a frozen ``__init__`` costs four times as
much, which shows when 10,000 files are validated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kompetanse.domain.fylker import Fylke
from kompetanse.domain.history import HistorikkRad
from kompetanse.domain.money import share_of
from kompetanse.domain.ordninger import OrdningRegister


class Eiertype(StrEnum):
    """What kind of owner a barnehage or skole has."""

    KOMMUNE = "kommune"
    FYLKESKOMMUNE = "fylkeskommune"
    PRIVAT = "privat"


class EgenandelForm(StrEnum):
    """How the owner pays its egenandel."""

    KONTANT = "kontant"
    LONN_FRIKJOP = "lonn_frikjop"
    BLANDET = "blandet"


@dataclass(slots=True)
class Eier:
    """An owner of barnehager or skoler."""

    navn: str
    organisasjonsnummer: str
    eiertype: Eiertype
    fylke: str | None = None


@dataclass(slots=True)
class Enhet:
    """A participating barnehage, skole or service."""

    navn: str
    enhetstype: str
    organisasjonsnummer: str | None = None


@dataclass(slots=True)
class Tiltak:
    """The competence measure a behovsmelding asks money for."""

    tittel: str
    maalgruppe: str
    antall_deltakere: int


@dataclass(slots=True)
class Budsjettaar:
    """One year of a budget, in whole kroner."""

    aar: int
    eier_andel: int
    uh_andel: int
    koordinator_andel: int
    sum: int

    @property
    def computed_sum(self) -> int:
        """The sum of the three shares (what ``sum`` should be)."""
        return self.eier_andel + self.uh_andel + self.koordinator_andel


@dataclass(slots=True)
class Egenandel:
    """The owner's own contribution (only in an ordning whose register entry has one)."""

    belop: int
    form: EgenandelForm


@dataclass(slots=True)
class Innsending:
    """What the receiver recorded about the submission: confirmed address, lateness, withdrawal."""

    epost: str
    bekreftet: str | None = None
    etter_fristen: bool = False
    trukket: str | None = None


@dataclass(slots=True)
class Behovsmelding:
    """One owner's needs report for one tiltak in one ordning. Holds no personal data."""

    id: str
    ordning: str
    aar: int
    periode_aar: int
    eier: Eier
    nettverk: tuple[Eier, ...]
    enheter: tuple[Enhet, ...]
    uh_id: str
    tiltak: Tiltak
    budsjett: tuple[Budsjettaar, ...]
    egenandel: Egenandel | None = None
    supplerende_id: str | None = None
    maalform: str = "nb"
    innsending: Innsending | None = None

    @property
    def total(self) -> int:
        """Kroner requested over the whole period."""
        return sum(year.sum for year in self.budsjett)

    def requested_in(self, aar: int) -> int:
        """Kroner requested for one year (0 if the budget has no such year)."""
        return sum(year.sum for year in self.budsjett if year.aar == aar)


@dataclass(frozen=True)
class Innstilling:
    """Rates, limits and dates for one year and ordning."""

    aar: int
    ordning: str
    skjema_aapner: dt.date
    frist: dt.date
    vedtak_innen: dt.date
    egenandel_sats: Decimal
    koordinator_varsel_sats: Decimal
    maks_periode_aar: int
    etter_fristen: str = "merk"


@dataclass(frozen=True)
class Ramme:
    """Money a county receives from Udir for one ordning and year, and what is set aside of it.

    ``ramme_fra_udir`` is the gross figure from Udir. The set-aside for tilretteleggingsmidler is
    given either as a rate of it (rounded up to whole kroner) or in whole kroner, never both;
    what remains is Tildelt fra Udir, the figure the allocation starts from.
    """

    aar: int
    ordning: str
    ramme_fra_udir: int
    tilrettelegging_sats: Decimal | None = None
    tilrettelegging_kroner: int | None = None

    @property
    def tilretteleggingsmidler(self) -> int:
        """The set-aside in kroner: as given, or the rate of the ramme rounded up (0 if none)."""
        if self.tilrettelegging_kroner is not None:
            return self.tilrettelegging_kroner
        return share_of(self.ramme_fra_udir, self.tilrettelegging_sats or Decimal(0))

    @property
    def tildelt_fra_udir(self) -> int:
        """The ramme after the set-aside: what the allocation starts from."""
        return self.ramme_fra_udir - self.tilretteleggingsmidler


@dataclass(frozen=True)
class Vedtak:
    """One payout year of Statsforvalteren's decision on one behovsmelding."""

    behovsmelding_id: str
    vedtak_aar: int
    utbetaling_aar: int
    eier_andel: int
    uh_andel: int
    koordinator_andel: int

    @property
    def total(self) -> int:
        """Kroner paid out for this year of the decision."""
        return self.eier_andel + self.uh_andel + self.koordinator_andel


@dataclass(frozen=True)
class Uh:
    """A university, university college or national centre."""

    uh_id: str
    navn: str
    uh_type: str
    vertsinstitusjon: str | None
    nettside: str | None
    organisasjonsnummer: str | None


@dataclass(frozen=True)
class Embete:
    """The county governor's office that runs this repository."""

    embete_id: str
    navn: str
    kortnavn: str
    navn_nn: str
    kortnavn_nn: str
    nettside: str
    nettside_nn: str
    abonnement_url: str
    maalform: str = "nb"


@dataclass(frozen=True)
class ReferenceData:
    """Everything caseworkers keep in ``data/`` that the rules need."""

    embete: Embete
    fylker_i_embetet: frozenset[str]
    innstillinger: tuple[Innstilling, ...]
    rammer: tuple[Ramme, ...]
    vedtak: tuple[Vedtak, ...]
    uh: tuple[Uh, ...]
    ordninger: OrdningRegister
    fylker: tuple[Fylke, ...] = ()
    historikk: tuple[HistorikkRad, ...] = ()
    eier_domener: dict[str, frozenset[str]] = field(default_factory=dict)
    uh_ids: frozenset[str] = field(init=False)
    vedtak_ids: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "uh_ids", frozenset(uh.uh_id for uh in self.uh))
        object.__setattr__(self, "vedtak_ids", frozenset(v.behovsmelding_id for v in self.vedtak))


EIERTYPE_BY_VALUE: dict[str, Eiertype] = {e.value: e for e in Eiertype}


def eier_from_document(doc: dict) -> Eier:
    """An Eier from its JSON object (schema-valid input)."""
    return Eier(
        navn=doc["navn"],
        organisasjonsnummer=doc["organisasjonsnummer"],
        eiertype=EIERTYPE_BY_VALUE[doc["eiertype"]],
        fylke=doc.get("fylke"),
    )


def budsjettaar_from_document(doc: dict) -> Budsjettaar:
    """A Budsjettaar from its JSON object (schema-valid input)."""
    return Budsjettaar(
        aar=doc["aar"],
        eier_andel=doc["eier_andel"],
        uh_andel=doc["uh_andel"],
        koordinator_andel=doc["koordinator_andel"],
        sum=doc["sum"],
    )


def behovsmelding_from_document(doc: dict) -> Behovsmelding:
    """A Behovsmelding from a schema-valid JSON document; personal data is left behind."""
    egenandel = doc.get("egenandel")
    tiltak = doc["tiltak"]
    return Behovsmelding(
        id=doc["id"],
        ordning=doc["ordning"],
        aar=doc["aar"],
        periode_aar=doc["periode_aar"],
        eier=eier_from_document(doc["eier"]),
        nettverk=tuple(eier_from_document(member) for member in doc["nettverk"]),
        enheter=tuple(
            Enhet(e["navn"], e["enhetstype"], e.get("organisasjonsnummer")) for e in doc["enheter"]
        ),
        uh_id=doc["uh_partner"]["uh_id"],
        tiltak=Tiltak(tiltak["tittel"], tiltak["maalgruppe"], tiltak["antall_deltakere"]),
        budsjett=tuple(budsjettaar_from_document(year) for year in doc["budsjett"]),
        egenandel=Egenandel(egenandel["belop"], EgenandelForm(egenandel["form"]))
        if egenandel
        else None,
        supplerende_id=(doc.get("supplerende") or {}).get("behovsmelding_id"),
        maalform=doc.get("maalform", "nb"),
        innsending=innsending_from_document(doc.get("innsending")),
    )


def innsending_from_document(doc: dict | None) -> Innsending | None:
    """The receiver's record of the submission (None for files that did not come through it)."""
    if doc is None:
        return None
    return Innsending(
        epost=doc["epost"],
        bekreftet=doc.get("bekreftet"),
        etter_fristen=bool(doc.get("etter_fristen")),
        trukket=doc.get("trukket"),
    )
