"""The published allocation for one year: pure computations over meldinger, rammer and vedtak.

Definitions (all whole kroner), for the year ``aar`` and each ordning:

- **Tilretteleggingsmidler** = the set-aside of the gross ramme: ``tilrettelegging_kroner``, or
  ``share_of(ramme, tilrettelegging_sats)`` (rounded up, see money.py).
- **Tildelt fra Udir** = the ramme minus the tilretteleggingsmidler (0 when no ramme is registered).
- **Bundet opp** = payouts in ``aar`` promised by vedtak with ``vedtak_aar < aar``, those of
  meldinger made here and those of earlier vedtak from the office's records (history.py).
- **Disponibelt** = Tildelt − Bundet opp, exactly.
- **Innmeldte behov** = the budget lines for ``aar`` of the behovsmeldinger *from* ``aar`` (a
  melding for 2026 that also asks for 2027 counts only its 2026 line here).
- **Vedtatt** = payouts in ``aar`` from vedtak made in ``aar`` (either kind).
- **Gjenstår** = Disponibelt − Vedtatt.

The lists of recipients take every vedtak made in ``aar`` and every earlier vedtak that pays out in
``aar``, grouped by vedtak year. An eier receives ``eier_andel + koordinator_andel``; a UH receives
``uh_andel``. In an ordning with egenandel (``har_egenandel`` in the register) the eier's egenandel
is the rate of the melding's year applied to each payout's ``eier_andel``, rounded up per payout
(the rule of egenandel.py).

The lines of the table and the columns of the fylke counts follow the register of ordninger, in
its order; a melding or vedtak in an ordning the register does not know has no line or column
(validation reports it as ``ordning-ukjent``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from kompetanse.domain.counts import binding_years, count_owners
from kompetanse.domain.egenandel import egenandel_for
from kompetanse.domain.fylker import Fylke
from kompetanse.domain.history import HistorikkRad, bound_in, cases_decided_in, decided_in, in_view
from kompetanse.domain.layout import Counted, CountLayout, CountTable
from kompetanse.domain.model import Behovsmelding, Vedtak
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.settings import Settings
from kompetanse.domain.vedtak import ids_in_view, ids_without_melding


@dataclass(frozen=True)
class AllocationInput:
    """What one year's allocation is computed from."""

    aar: int
    meldinger: Mapping[str, Behovsmelding]
    ordning_by_id: Mapping[str, str]
    vedtak: Sequence[Vedtak]
    settings: Settings
    ordninger: OrdningRegister
    uh_navn: Mapping[str, str] = field(default_factory=dict)
    fylker: Sequence[Fylke] = ()
    historikk: Sequence[HistorikkRad] = ()
    layout: CountLayout | None = None


@dataclass(frozen=True)
class OrdningLine:
    """One row of the per-ordning table; ``ordning`` is None for the total row."""

    ordning: str | None
    ramme: int
    tilretteleggingsmidler: int
    bundet_opp: int
    innmeldte_behov: int
    vedtatt: int
    har_ramme: bool = True
    har_tilrettelegging: bool = False

    @property
    def tildelt(self) -> int:
        """Tildelt fra Udir after the set-aside for tilretteleggingsmidler."""
        return self.ramme - self.tilretteleggingsmidler

    @property
    def disponibelt(self) -> int:
        """Tildelt − Bundet opp."""
        return self.tildelt - self.bundet_opp

    @property
    def gjenstaar(self) -> int:
        """Disponibelt − Vedtatt."""
        return self.disponibelt - self.vedtatt


@dataclass(frozen=True)
class Mottaker:
    """What one eier (per ordning) or one UH receives from the vedtak of one year."""

    vedtak_aar: int
    key: str
    navn: str
    ordning: str | None
    utbetalinger: tuple[tuple[int, int], ...]
    egenandel: int | None = None

    @property
    def total(self) -> int:
        """All payouts together."""
        return sum(amount for _, amount in self.utbetalinger)


@dataclass(frozen=True)
class Allocation:
    """Everything published for one year."""

    aar: int
    lines: tuple[OrdningLine, ...]
    total: OrdningLine
    fylke_counts: tuple[tuple[str, tuple[int, ...]], ...]
    eiere: tuple[Mottaker, ...]
    uh: tuple[Mottaker, ...]
    ordninger: OrdningRegister
    unplaced: tuple[Counted, ...] = ()
    vedtak_uten_melding: tuple[str, ...] = ()
    bundet_fra: tuple[int, ...] = ()
    historikk_saker: int = 0
    historikk_i_listene: tuple[str, ...] = ()

    @cached_property
    def utbetalingsaar(self) -> tuple[int, ...]:
        """Every payout year that appears in the recipient lists, ascending (worked out once:
        the pages ask for it on every row)."""
        years = {y for m in (*self.eiere, *self.uh) for y, _ in m.utbetalinger}
        return tuple(sorted(years))


def year_meldinger(data: AllocationInput) -> list[Behovsmelding]:
    """The behovsmeldinger of the year, sorted by id."""
    return sorted((m for m in data.meldinger.values() if m.aar == data.aar), key=lambda m: m.id)


def build_line(data: AllocationInput, ordning: str) -> OrdningLine:
    """One ordning's row of the table."""
    aar, ramme = data.aar, data.settings.ramme(data.aar, ordning)
    amount = ramme.ramme_fra_udir if ramme else 0
    set_aside = ramme.tilretteleggingsmidler if ramme else 0
    mine = [v for v in data.vedtak if data.ordning_by_id.get(v.behovsmelding_id) == ordning]
    earlier = [row for row in data.historikk if row.ordning == ordning]
    return OrdningLine(
        ordning=ordning,
        ramme=amount,
        tilretteleggingsmidler=set_aside,
        bundet_opp=sum(v.total for v in mine if v.utbetaling_aar == aar and v.vedtak_aar < aar)
        + bound_in(earlier, aar),
        innmeldte_behov=sum(
            m.requested_in(aar) for m in year_meldinger(data) if m.ordning == ordning
        ),
        vedtatt=sum(v.total for v in mine if v.utbetaling_aar == aar and v.vedtak_aar == aar)
        + decided_in(earlier, aar),
        har_ramme=ramme is not None,
        har_tilrettelegging=set_aside > 0,
    )


def total_line(lines: Iterable[OrdningLine]) -> OrdningLine:
    """The Totalt row: each column summed."""
    rows = list(lines)
    return OrdningLine(
        ordning=None,
        ramme=sum(r.ramme for r in rows),
        tilretteleggingsmidler=sum(r.tilretteleggingsmidler for r in rows),
        bundet_opp=sum(r.bundet_opp for r in rows),
        innmeldte_behov=sum(r.innmeldte_behov for r in rows),
        vedtatt=sum(r.vedtatt for r in rows),
        har_ramme=all(r.har_ramme for r in rows),
        har_tilrettelegging=any(r.har_tilrettelegging for r in rows),
    )


def count_by_fylke(data: AllocationInput) -> CountTable:
    """The year's owners per row of the office's layout (see counts.py)."""
    meldinger = year_meldinger(data)
    return count_owners(
        data.layout, data.fylker, data.ordninger, meldinger, data.historikk, data.aar
    )


def vedtak_in_view(data: AllocationInput) -> list[Vedtak]:
    """Vedtak made in the year, and earlier vedtak that pay out in it, whose melding is known."""
    ids = ids_in_view(data.vedtak, data.aar)
    chosen = [v for v in data.vedtak if v.behovsmelding_id in ids and v.vedtak_aar <= data.aar]
    return [v for v in chosen if v.behovsmelding_id in data.meldinger]


def egenandel_of(data: AllocationInput, melding: Behovsmelding, vedtak: Vedtak) -> int | None:
    """The egenandel a payout requires (None in an ordning without egenandel)."""
    if not data.ordninger.har_egenandel(melding.ordning):
        return None
    innstilling = data.settings.innstilling(melding.aar, melding.ordning)
    return egenandel_for(vedtak.eier_andel, innstilling.egenandel_sats) if innstilling else 0


Key = tuple[int, str, str]


class _Totals:
    """Payouts and egenandel summed per recipient key."""

    def __init__(self) -> None:
        self.names: dict[Key, str] = {}
        self.ordning: dict[Key, str | None] = {}
        self.payouts: dict[Key, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.egenandel: dict[Key, int | None] = {}

    def add(self, key: Key, name: str, ordning: str | None, year: int, amount: int) -> None:
        self.names.setdefault(key, name)
        self.ordning[key] = ordning
        self.payouts[key][year] += amount

    def add_egenandel(self, key: Key, amount: int | None) -> None:
        if amount is not None:
            self.egenandel[key] = (self.egenandel.get(key) or 0) + amount

    def mottakere(self) -> tuple[Mottaker, ...]:
        return tuple(
            Mottaker(
                vedtak_aar=key[0],
                key=key[1],
                navn=self.names[key],
                ordning=self.ordning[key],
                utbetalinger=tuple(sorted(self.payouts[key].items())),
                egenandel=self.egenandel.get(key),
            )
            for key in sorted(self.names, key=lambda k: (k[0], self.names[k], k[1], k[2]))
        )


def build_mottakere(data: AllocationInput) -> tuple[tuple[Mottaker, ...], tuple[Mottaker, ...]]:
    """What each eier (per ordning) and each UH receives, grouped by vedtak year."""
    eiere, uh = _Totals(), _Totals()
    for v in sorted(vedtak_in_view(data), key=lambda v: (v.behovsmelding_id, v.utbetaling_aar)):
        melding = data.meldinger[v.behovsmelding_id]
        eier_key = (v.vedtak_aar, melding.eier.organisasjonsnummer, melding.ordning)
        eiere.add(
            eier_key,
            melding.eier.navn,
            melding.ordning,
            v.utbetaling_aar,
            v.eier_andel + v.koordinator_andel,
        )
        eiere.add_egenandel(eier_key, egenandel_of(data, melding, v))
        uh_name = data.uh_navn.get(melding.uh_id, melding.uh_id)
        uh.add((v.vedtak_aar, melding.uh_id, ""), uh_name, None, v.utbetaling_aar, v.uh_andel)
    for row in in_view(data.historikk, data.aar):
        add_history_row(data, row, eiere, uh)
    return eiere.mottakere(), uh.mottakere()


def add_history_row(data: AllocationInput, row: HistorikkRad, eiere: _Totals, uh: _Totals) -> None:
    """An earlier vedtak's payout: all of it to the eier when the split is not known."""
    key = (row.vedtak_aar, row.organisasjonsnummer, row.ordning)
    eiere.add(key, row.eier, row.ordning, row.utbetaling_aar, row.eier_mottar)
    if not row.has_split:
        return
    if data.ordninger.har_egenandel(row.ordning):
        innstilling = data.settings.innstilling(row.vedtak_aar, row.ordning)
        rate = innstilling.egenandel_sats if innstilling else Decimal(0)
        eiere.add_egenandel(key, egenandel_for(row.eier_andel or 0, rate))
    name = data.uh_navn.get(row.uh_id, row.uh_id)
    uh.add((row.vedtak_aar, row.uh_id, ""), name, None, row.utbetaling_aar, row.uh_mottar)


def build_allocation(data: AllocationInput) -> Allocation:
    """The table, the counts and the recipient lists for ``data.aar``."""
    lines = tuple(build_line(data, ordning) for ordning in data.ordninger.slugs())
    eiere, uh = build_mottakere(data)
    counts = count_by_fylke(data)
    return Allocation(
        data.aar,
        lines,
        total_line(lines),
        counts.rows,
        eiere,
        uh,
        data.ordninger,
        unplaced=counts.unplaced,
        vedtak_uten_melding=ids_without_melding(data.vedtak, data.ordning_by_id, data.aar),
        bundet_fra=binding_years(data.vedtak, data.historikk, data.aar),
        historikk_saker=len(cases_decided_in(data.historikk, data.aar)),
        historikk_i_listene=tuple(
            sorted({r.saksnummer for r in in_view(data.historikk, data.aar)})
        ),
    )
