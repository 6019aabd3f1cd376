"""The answer letter after the vedtak: one per eier and vedtak year, as plain records.

The letter lists each of the eier's behovsmeldinger with a vedtak made in the year: what was
reported (the budget per year), what was granted per payout year split into the eier's, the UH's
and the koordinator's share, the egenandel each payout requires where the ordning has one (the
rule of allocation.py), the reporting deadline of each payout year, and the contact person for the
ordning. Its målform follows maalform.py. The letter's wording is the template's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kompetanse.domain.allocation import AllocationInput, egenandel_of
from kompetanse.domain.followup import FollowUpData
from kompetanse.domain.maalform import Maalform, letter_maalform, stated_maalform
from kompetanse.domain.model import Behovsmelding, Vedtak
from kompetanse.domain.money import format_rate
from kompetanse.domain.orgnr import compact_orgnr
from kompetanse.publication.letters import LetterKind, write_letters
from kompetanse.repository.followup import load_followup, stated_maalform_of
from kompetanse.repository.reference import convert_rows
from kompetanse.repository.site_data import Kontakt, to_kontakt
from kompetanse.repository.year_data import RepositoryData


@dataclass(frozen=True)
class Belop:
    """One year's kroner split into shares, with the egenandel it requires (None: no egenandel)."""

    aar: int
    eier_andel: int
    uh_andel: int
    koordinator_andel: int
    sum: int
    egenandel: int | None = None


@dataclass(frozen=True)
class Rapporteringsfrist:
    """When the rapport on one payout year is due (None: not set yet)."""

    aar: int
    frist: dt.date | None


@dataclass(frozen=True)
class Tiltakssvar:
    """One behovsmelding in the letter."""

    id: str
    ordning: str
    tittel: str
    aar: int
    periode_aar: int
    uh: str
    har_egenandel: bool
    egenandel_sats: str
    innmeldt: tuple[Belop, ...]
    innvilget: tuple[Belop, ...]
    rapportering: tuple[Rapporteringsfrist, ...]
    kontakt: Kontakt | None

    @property
    def sum_innmeldt(self) -> int:
        """Kroner reported for the whole period."""
        return sum(b.sum for b in self.innmeldt)

    @property
    def sum_innvilget(self) -> int:
        """Kroner granted over every payout year."""
        return sum(b.sum for b in self.innvilget)

    @property
    def sum_egenandel(self) -> int:
        """The egenandel required over every payout year."""
        return sum(b.egenandel or 0 for b in self.innvilget)


@dataclass(frozen=True)
class Svarbrev:
    """The answer letter to one eier for the vedtak of one year."""

    maalform: str
    dato: dt.date
    embete: str
    eier: str
    organisasjonsnummer: str
    vedtak_aar: int
    tiltak: tuple[Tiltakssvar, ...]

    @property
    def sum_innvilget(self) -> int:
        """Everything granted to the eier's meldinger by the year's vedtak."""
        return sum(t.sum_innvilget for t in self.tiltak)


@dataclass(frozen=True)
class LetterSources:
    """What the letters are built from besides the year's allocation input."""

    embete: str
    followup: FollowUpData
    kontakter: Sequence[Kontakt]
    stated: Mapping[str, str | None]
    uh_navn: Mapping[str, str]


def budget_lines(melding: Behovsmelding) -> tuple[Belop, ...]:
    """The budget the melding reported, per year."""
    return tuple(
        Belop(y.aar, y.eier_andel, y.uh_andel, y.koordinator_andel, y.sum) for y in melding.budsjett
    )


def granted_lines(
    data: AllocationInput, melding: Behovsmelding, rows: Iterable[Vedtak]
) -> tuple[Belop, ...]:
    """The vedtak's payouts, per year, with the egenandel each requires."""
    return tuple(
        Belop(
            v.utbetaling_aar,
            v.eier_andel,
            v.uh_andel,
            v.koordinator_andel,
            v.total,
            egenandel_of(data, melding, v),
        )
        for v in sorted(rows, key=lambda v: v.utbetaling_aar)
    )


def ordning_name(data: AllocationInput, slug: str, maalform: Maalform) -> str:
    """The ordning's full name in the letter's målform."""
    info = data.ordninger.get(slug)
    if info is None:
        return slug
    return info.navn_nn if maalform is Maalform.NYNORSK else info.navn


def contact_for(sources: LetterSources, ordning: str) -> Kontakt | None:
    """The office's contact person for the ordning."""
    return next(
        (k for k in sources.kontakter if k.rolle == "ordning" and k.ordning == ordning), None
    )


def tiltakssvar(
    data: AllocationInput,
    sources: LetterSources,
    melding: Behovsmelding,
    rows: list[Vedtak],
    maalform: Maalform,
) -> Tiltakssvar:
    """One melding's part of the letter."""
    innstilling = data.settings.innstilling(melding.aar, melding.ordning)
    granted = granted_lines(data, melding, rows)
    frister = sources.followup.rapporteringsfrister
    return Tiltakssvar(
        id=melding.id,
        ordning=ordning_name(data, melding.ordning, maalform),
        tittel=melding.tiltak.tittel,
        aar=melding.aar,
        periode_aar=melding.periode_aar,
        uh=sources.uh_navn.get(melding.uh_id, melding.uh_id),
        har_egenandel=data.ordninger.har_egenandel(melding.ordning),
        egenandel_sats=format_rate(innstilling.egenandel_sats) if innstilling else "",
        innmeldt=budget_lines(melding),
        innvilget=granted,
        rapportering=tuple(Rapporteringsfrist(b.aar, frister.get(b.aar)) for b in granted),
        kontakt=contact_for(sources, melding.ordning),
    )


def letter_date(
    data: AllocationInput, meldinger: Iterable[Behovsmelding], vedtak_aar: int
) -> dt.date:
    """The letter's date: the latest vedtak date in the settings of its meldinger."""
    dates = [
        i.vedtak_innen
        for m in meldinger
        if (i := data.settings.innstilling(vedtak_aar, m.ordning)) is not None
    ]
    return max(dates, default=dt.date(vedtak_aar, 4, 30))


def vedtak_by_eier(data: AllocationInput, vedtak_aar: int) -> dict[str, dict[str, list[Vedtak]]]:
    """The year's vedtak rows by eier (compact orgnr) and melding id."""
    grouped: dict[str, dict[str, list[Vedtak]]] = defaultdict(lambda: defaultdict(list))
    for v in data.vedtak:
        melding = data.meldinger.get(v.behovsmelding_id)
        if v.vedtak_aar == vedtak_aar and melding is not None:
            grouped[compact_orgnr(melding.eier.organisasjonsnummer)][melding.id].append(v)
    return grouped


def build_letter(
    data: AllocationInput,
    sources: LetterSources,
    rows_by_id: Mapping[str, list[Vedtak]],
    vedtak_aar: int,
) -> Svarbrev:
    """The letter to one eier: its meldinger in id order, in the eier's målform."""
    meldinger = [data.meldinger[melding_id] for melding_id in sorted(rows_by_id)]
    eier = meldinger[0].eier
    stated = stated_maalform(sources.stated.get(m.id) for m in meldinger)
    maalform = letter_maalform(
        eier.eiertype, eier.organisasjonsnummer, sources.followup.spraakvedtak, stated
    )
    return Svarbrev(
        maalform=maalform.value,
        dato=letter_date(data, meldinger, vedtak_aar),
        embete=sources.embete,
        eier=eier.navn,
        organisasjonsnummer=compact_orgnr(eier.organisasjonsnummer),
        vedtak_aar=vedtak_aar,
        tiltak=tuple(
            tiltakssvar(data, sources, m, list(rows_by_id[m.id]), maalform) for m in meldinger
        ),
    )


def build_letters(data: AllocationInput, sources: LetterSources, vedtak_aar: int) -> list[Svarbrev]:
    """One letter per eier with a vedtak made in the year, ordered by organisasjonsnummer."""
    grouped = vedtak_by_eier(data, vedtak_aar)
    return [build_letter(data, sources, grouped[orgnr], vedtak_aar) for orgnr in sorted(grouped)]


def load_sources(data: RepositoryData, vedtak_aar: int) -> LetterSources:
    """Everything besides the allocation input that the year's letters need, from the repository."""
    stated = {
        melding_id: stated_maalform_of(data.root, data.relpath_by_id[melding_id])
        for melding_id in sorted(data.needed_ids(vedtak_aar))
    }
    return LetterSources(
        embete=data.reference.embete.navn,
        followup=load_followup(data.root),
        kontakter=convert_rows(data.root, "kontakter", to_kontakt),
        stated=stated,
        uh_navn={uh.uh_id: uh.navn for uh in data.reference.uh},
    )


SVARBREV = LetterKind(
    "svarbrev",
    Svarbrev,
    lambda letter: f"svarbrev-{letter.vedtak_aar}-{letter.organisasjonsnummer}",
)


def write_answer_letters(data: RepositoryData, vedtak_aar: int, folder: Path) -> list[Path]:
    """Write the year's answer letters (HTML and PDF) under ``folder``; return the paths."""
    data.require_year(vedtak_aar)
    letters = build_letters(
        data.allocation_input(vedtak_aar), load_sources(data, vedtak_aar), vedtak_aar
    )
    return write_letters(data.root, SVARBREV, letters, folder)
