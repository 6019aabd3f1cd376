"""Tilretteleggingsmidler: money set aside from an ordning's ramme for staff who take
barnehagelærerutdanning beside work, shared out over the søknader of one study year.

The rules of a study year (``aar`` is the year it starts: 2025 is 2025/26) are data: the sum per
student, the lowest stillingsprosent, whether a permanent position is required, and the dates.
A student who meets them counts for one sum per student. The set-aside of the year is the
tilretteleggingsmidler of every ordning whose ramme has a set-aside (``Ramme.tilretteleggingsmidler``, the rule the published table
uses). When the søknader ask for more, each gets its pro rata
share in whole kroner by the largest remainder (``scale_to``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kompetanse.domain.largest_remainder import scale_to
from kompetanse.domain.model import Eiertype, Ramme


@dataclass(frozen=True)
class TilretteleggingRegel:
    """The rules of one study year."""

    aar: int
    sum_per_student: int
    min_stillingsprosent: int
    krever_fast_ansatt: bool
    skjema_aapner: dt.date
    frist: dt.date
    vedtak_innen: dt.date


@dataclass(slots=True)
class Student:
    """One employee who studies, without the name (which stays in the file)."""

    studieprogram: str
    uh_id: str
    stillingsprosent: int
    fast_ansatt: bool
    studiepoeng: int


@dataclass(slots=True)
class Tilretteleggingssoknad:
    """One søknad from a barnehage's eier or styrer for one study year."""

    id: str
    aar: int
    soker_navn: str
    organisasjonsnummer: str
    eiertype: Eiertype
    rolle: str
    barnehage: str
    studenter: tuple[Student, ...]
    barnehage_organisasjonsnummer: str | None = None
    maalform: str | None = None


def study_year(aar: int) -> str:
    """The study year that starts in ``aar``, as people write it: ``2025/26``."""
    return f"{aar}/{(aar + 1) % 100:02d}"


def student_from_document(doc: dict) -> Student:
    """A Student from its JSON object; the name is left behind."""
    return Student(
        studieprogram=doc["studieprogram"],
        uh_id=doc["uh_id"],
        stillingsprosent=doc["stillingsprosent"],
        fast_ansatt=doc["fast_ansatt"],
        studiepoeng=doc["studiepoeng"],
    )


def soknad_from_document(doc: dict) -> Tilretteleggingssoknad:
    """A søknad from a schema-valid JSON document; names and contact person are left behind."""
    soker = doc["soker"]
    return Tilretteleggingssoknad(
        id=doc["id"],
        aar=doc["aar"],
        soker_navn=soker["navn"],
        organisasjonsnummer=soker["organisasjonsnummer"],
        eiertype=Eiertype(soker["eiertype"]),
        rolle=soker["rolle"],
        barnehage=doc["barnehage"]["navn"],
        studenter=tuple(student_from_document(s) for s in doc["studenter"]),
        barnehage_organisasjonsnummer=doc["barnehage"].get("organisasjonsnummer"),
        maalform=doc.get("maalform"),
    )


def meets_rules(student: Student, regel: TilretteleggingRegel) -> bool:
    """True when the student counts for a sum per student."""
    permanent = student.fast_ansatt or not regel.krever_fast_ansatt
    return permanent and student.stillingsprosent >= regel.min_stillingsprosent


def requested(soknad: Tilretteleggingssoknad, regel: TilretteleggingRegel) -> int:
    """One sum per student who meets the rules."""
    return regel.sum_per_student * sum(1 for s in soknad.studenter if meets_rules(s, regel))


def set_aside_in(rammer: Iterable[Ramme], aar: int) -> int:
    """Everything set aside for tilretteleggingsmidler from the year's rammer (the rule of
    ``Ramme.tilretteleggingsmidler``, which the published table uses)."""
    return sum(r.tilretteleggingsmidler for r in rammer if r.aar == aar)


@dataclass(frozen=True)
class Tildeling:
    """What one søknad asked for and was given."""

    soknad: Tilretteleggingssoknad
    antall_studenter: int
    sokt: int
    tildelt: int


def allocate(
    soknader: Iterable[Tilretteleggingssoknad], regel: TilretteleggingRegel, available: int
) -> tuple[Tildeling, ...]:
    """Every søknad of the study year with its share of what is available, sorted by id."""
    chosen: Mapping[str, Tilretteleggingssoknad] = {
        s.id: s for s in sorted(soknader, key=lambda s: s.id) if s.aar == regel.aar
    }
    asked = {key: requested(s, regel) for key, s in chosen.items()}
    given = scale_to(asked, available)
    return tuple(
        Tildeling(s, sum(1 for x in s.studenter if meets_rules(x, regel)), asked[k], given[k])
        for k, s in chosen.items()
    )
