"""Tilretteleggingsmidler after the søknader: the share-out, the published totals per eier, and
one answer letter per søknad.

The published totals (``docs/tilrettelegging/tildeling/``) name eiere, never employees; the
letters list the employees by number, program, UH, position and studiepoeng, never by name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.followup import FollowUpData
from kompetanse.domain.maalform import letter_maalform, stated_maalform
from kompetanse.domain.money import format_kroner
from kompetanse.domain.orgnr import compact_orgnr
from kompetanse.domain.tilrettelegging import (
    Tildeling,
    TilretteleggingRegel,
    Tilretteleggingssoknad,
    allocate,
    meets_rules,
    set_aside_in,
    study_year,
)
from kompetanse.errors import KompetanseError
from kompetanse.kinds import TILRETTELEGGINGSSOKNAD
from kompetanse.publication.files import json_text, table_csv, write_together
from kompetanse.publication.letters import LetterKind, write_letters
from kompetanse.publication.pages import GENERATED_NOTE, table_lines
from kompetanse.publication.tables import Column, Table
from kompetanse.repository.followup import load_followup, load_models
from kompetanse.repository.year_data import RepositoryData
from kompetanse.text.inert import markdown_text

TILDELING_DIR = "docs/tilrettelegging/tildeling"


class NoRulesError(KompetanseError):
    """The study year has no rules for tilretteleggingsmidler in data/tilrettelegging.csv."""


@dataclass(frozen=True)
class YearTildeling:
    """One study year's share-out."""

    regel: TilretteleggingRegel
    satt_av: int
    tildelinger: tuple[Tildeling, ...]

    @property
    def sokt(self) -> int:
        """Everything the søknader asked for."""
        return sum(t.sokt for t in self.tildelinger)

    @property
    def tildelt(self) -> int:
        """Everything given."""
        return sum(t.tildelt for t in self.tildelinger)


def year_tildeling(data: RepositoryData, followup: FollowUpData, aar: int) -> YearTildeling:
    """The study year's søknader shared out within the year's set-aside."""
    regel = followup.tilrettelegging.get(aar)
    if regel is None:
        known = ", ".join(map(str, sorted(followup.tilrettelegging))) or "ingen"
        raise NoRulesError(
            f"{aar} har ingen regler for tilretteleggingsmidler (år med regler: {known})"
        )
    soknader = [s for s in load_models(data.root, TILRETTELEGGINGSSOKNAD) if s.aar == aar]
    available = set_aside_in(data.reference.rammer, aar)
    return YearTildeling(regel, available, allocate(soknader, regel, available))


TOTAL_COLUMNS = (
    Column("aar", "integer", "Barnehageår (start)"),
    Column("eier", "string", "Eier"),
    Column("organisasjonsnummer", "string", "Organisasjonsnummer"),
    Column("soknader", "integer", "Søknader"),
    Column("studenter", "integer", "Studenter"),
    Column("sokt", "integer", "Søkt"),
    Column("tildelt", "integer", "Tildelt"),
)


def totals_by_eier(year: YearTildeling) -> list[tuple[str | int, ...]]:
    """One row per eier (organisasjonsnummer): søknader, students, asked and given."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    names: dict[str, str] = {}
    for t in year.tildelinger:
        orgnr = compact_orgnr(t.soknad.organisasjonsnummer)
        names.setdefault(orgnr, t.soknad.soker_navn)
        for index, amount in enumerate((1, t.antall_studenter, t.sokt, t.tildelt)):
            sums[orgnr][index] += amount
    return [
        (year.regel.aar, names[o], o, *sums[o]) for o in sorted(sums, key=lambda o: (names[o], o))
    ]


def totals_section(year: YearTildeling) -> list[str]:
    """One study year on the published page."""
    headers = ["Eier", "Organisasjonsnummer", "Søknader", "Studenter", "Søkt", "Tildelt"]
    rows = [
        [
            markdown_text(str(r[1])),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            format_kroner(int(r[5])),
            format_kroner(int(r[6])),
        ]
        for r in totals_by_eier(year)
    ]
    scaled = year.sokt > year.satt_av
    note = (
        "Søknadene ba om mer enn det som er satt av, så hver søknad har fått sin forholdsmessige del."
        if scaled
        else "Alle søknadene har fått det de søkte om."
    )
    return [
        f"## Barnehageåret {study_year(year.regel.aar)}",
        "",
        f"Satt av: {format_kroner(year.satt_av)}. Søkt: {format_kroner(year.sokt)}. Tildelt: {format_kroner(year.tildelt)}. "
        f"{format_kroner(year.regel.sum_per_student)} per student som oppfyller vilkårene. {note}",
        "",
        *table_lines(headers, rows, 2),
        "",
    ]


def years_with_soknader(data: RepositoryData, followup: FollowUpData) -> list[int]:
    """Study years that have rules and at least one søknad, newest first."""
    years = {s.aar for s in load_models(data.root, TILRETTELEGGINGSSOKNAD)}
    return sorted(years & set(followup.tilrettelegging), reverse=True)


def write_totals(data: RepositoryData) -> list[Path]:
    """Write the published totals page and its CSV; return the paths."""
    followup = load_followup(data.root)
    years = [year_tildeling(data, followup, aar) for aar in years_with_soknader(data, followup)]
    parts = [
        GENERATED_NOTE,
        "",
        "# Tildelte tilretteleggingsmidler",
        "",
        "Hva hver barnehageeier har søkt om og fått i tilretteleggingsmidler, per barnehageår. "
        "Navnene på de ansatte som studerer, publiseres ikke.",
        "",
    ]
    for year in years:
        parts += totals_section(year)
    if not years:
        parts += ["Det er ingen søknader ennå.", ""]
    parts += ["Tabellen kan lastes ned som [CSV](tildeling.csv).", ""]
    rows = tuple(row for year in years for row in totals_by_eier(year))
    table = Table("tildeling", "Tildelte tilretteleggingsmidler", "", TOTAL_COLUMNS, rows)
    folder = data.root / TILDELING_DIR
    files = {
        folder / "index.md": "\n".join(parts).encode("utf-8"),
        folder / "tildeling.csv": table_csv(table).encode("utf-8"),
        folder / "tildeling.schema.json": json_text(table.schema()).encode("utf-8"),
    }
    write_together(files)
    return sorted(files)


@dataclass(frozen=True)
class Studentlinje:
    """One employee in the letter, by number."""

    nummer: int
    studieprogram: str
    uh: str
    stillingsprosent: int
    studiepoeng: int
    teller: bool


@dataclass(frozen=True)
class Tilretteleggingsbrev:
    """The answer to one søknad."""

    maalform: str
    dato: dt.date
    embete: str
    soker: str
    organisasjonsnummer: str
    barnehage: str
    soknad_id: str
    barnehageaar: str
    sum_per_student: int
    studenter: tuple[Studentlinje, ...]
    antall_studenter: int
    sokt: int
    tildelt: int

    @property
    def avkortet(self) -> bool:
        """True when the søknad got less than it asked for."""
        return self.tildelt < self.sokt


def student_lines(
    soknad: Tilretteleggingssoknad, regel: TilretteleggingRegel, uh_navn: dict[str, str]
) -> tuple[Studentlinje, ...]:
    """The søknad's employees by number, with whether each meets the year's rules."""
    return tuple(
        Studentlinje(
            number,
            student.studieprogram,
            uh_navn.get(student.uh_id, student.uh_id),
            student.stillingsprosent,
            student.studiepoeng,
            meets_rules(student, regel),
        )
        for number, student in enumerate(soknad.studenter, start=1)
    )


def letter_for(
    data: RepositoryData, followup: FollowUpData, year: YearTildeling, tildeling: Tildeling
) -> Tilretteleggingsbrev:
    """The answer to one søknad, in the søker's målform."""
    s = tildeling.soknad
    stated = stated_maalform([s.maalform])
    maalform = letter_maalform(s.eiertype, s.organisasjonsnummer, followup.spraakvedtak, stated)
    uh_navn = {uh.uh_id: uh.navn for uh in data.reference.uh}
    return Tilretteleggingsbrev(
        maalform=maalform.value,
        dato=year.regel.vedtak_innen,
        embete=data.reference.embete.navn,
        soker=s.soker_navn,
        organisasjonsnummer=compact_orgnr(s.organisasjonsnummer),
        barnehage=s.barnehage,
        soknad_id=s.id,
        barnehageaar=study_year(s.aar),
        sum_per_student=year.regel.sum_per_student,
        studenter=student_lines(s, year.regel, uh_navn),
        antall_studenter=tildeling.antall_studenter,
        sokt=tildeling.sokt,
        tildelt=tildeling.tildelt,
    )


def build_tilrettelegging_letters(
    data: RepositoryData, followup: FollowUpData, year: YearTildeling
) -> list[Tilretteleggingsbrev]:
    """One letter per søknad of the study year, by id."""
    return [letter_for(data, followup, year, t) for t in year.tildelinger]


TILRETTELEGGINGSBREV = LetterKind(
    "tilrettelegging", Tilretteleggingsbrev, lambda letter: f"tilrettelegging-{letter.soknad_id}"
)


def write_tilrettelegging(
    data: RepositoryData, aar: int, folder: Path
) -> tuple[YearTildeling, list[Path]]:
    """Share out the study year and write one letter per søknad under ``folder``."""
    followup = load_followup(data.root)
    year = year_tildeling(data, followup, aar)
    letters = build_tilrettelegging_letters(data, followup, year)
    return year, write_letters(data.root, TILRETTELEGGINGSBREV, letters, folder)
