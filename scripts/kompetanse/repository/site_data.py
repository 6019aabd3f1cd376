"""The tables the public site renders: contacts, UH partners, links, documents, dates (I/O only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.model import Embete, Innstilling, Uh
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.repository.reference import (
    Row,
    convert_rows,
    load_embete,
    load_ordninger,
    optional,
    to_innstilling,
    to_uh,
)


@dataclass(frozen=True)
class Kontakt:
    """A contact person at Statsforvalteren."""

    kontakt_id: str
    rolle: str
    ordning: str | None
    navn: str
    epost: str
    telefon: str


@dataclass(frozen=True)
class UhKontakt:
    """A contact person at a UH for one ordning."""

    uh_id: str
    ordning: str | None
    navn: str
    epost: str | None
    telefon: str | None


@dataclass(frozen=True)
class Lenke:
    """A link to another site."""

    lenke_id: str
    kategori: str
    tittel: str
    url: str


@dataclass(frozen=True)
class Dokument:
    """A document the office publishes."""

    dokument_id: str
    tittel: str
    beskrivelse: str | None
    dato: dt.date | None
    url: str


@dataclass(frozen=True)
class Hendelse:
    """A dated event in the calendar."""

    hendelse_id: str
    dato: dt.date
    tittel: str
    beskrivelse: str | None


@dataclass(frozen=True)
class SiteData:
    """Everything in data/ the public pages show."""

    embete: Embete
    ordninger: OrdningRegister
    kontakter: tuple[Kontakt, ...]
    uh: tuple[Uh, ...]
    uh_kontakter: tuple[UhKontakt, ...]
    lenker: tuple[Lenke, ...]
    dokumenter: tuple[Dokument, ...]
    hendelser: tuple[Hendelse, ...]
    innstillinger: tuple[Innstilling, ...]

    def ordning_navn(self, ordning: str) -> str:
        """The full name of an ordning."""
        return self.ordninger.navn(ordning)


def optional_date(text: str | None) -> dt.date | None:
    """A date cell that may be empty."""
    return dt.date.fromisoformat(text) if text else None


def to_kontakt(row: Row) -> Kontakt:
    """One row of kontakter.csv."""
    return Kontakt(
        kontakt_id=row["kontakt_id"],
        rolle=row["rolle"],
        ordning=optional(row.get("ordning")),
        navn=row["navn"],
        epost=row["epost"],
        telefon=row["telefon"],
    )


def to_uh_kontakt(row: Row) -> UhKontakt:
    """One row of uh_kontakter.csv."""
    return UhKontakt(
        uh_id=row["uh_id"],
        ordning=optional(row.get("ordning")),
        navn=row["navn"],
        epost=optional(row.get("epost")),
        telefon=optional(row.get("telefon")),
    )


def to_lenke(row: Row) -> Lenke:
    """One row of lenker.csv."""
    return Lenke(row["lenke_id"], row["kategori"], row["tittel"], row["url"])


def to_dokument(row: Row) -> Dokument:
    """One row of dokumenter.csv."""
    return Dokument(
        dokument_id=row["dokument_id"],
        tittel=row["tittel"],
        beskrivelse=optional(row.get("beskrivelse")),
        dato=optional_date(row.get("dato")),
        url=row["url"],
    )


def to_hendelse(row: Row) -> Hendelse:
    """One row of kalender.csv."""
    return Hendelse(
        hendelse_id=row["hendelse_id"],
        dato=dt.date.fromisoformat(row["dato"]),
        tittel=row["tittel"],
        beskrivelse=optional(row.get("beskrivelse")),
    )


def load_site_data(root: Path) -> SiteData:
    """Read every table the public site shows."""
    return SiteData(
        embete=load_embete(root),
        ordninger=load_ordninger(root),
        kontakter=convert_rows(root, "kontakter", to_kontakt),
        uh=convert_rows(root, "uh", to_uh),
        uh_kontakter=convert_rows(root, "uh_kontakter", to_uh_kontakt),
        lenker=convert_rows(root, "lenker", to_lenke),
        dokumenter=convert_rows(root, "dokumenter", to_dokument),
        hendelser=convert_rows(root, "kalender", to_hendelse),
        innstillinger=convert_rows(root, "innstillinger", to_innstilling),
    )
