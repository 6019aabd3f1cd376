"""What the rapporter add up to: per payout year and ordning, what was granted, reported as used
and reported as not used; and which payouts have no rapport yet.

A payout is the vedtak rows of one behovsmelding that pay out in one year. A rapport counts when
it names such a payout; of two rapporter on the same payout the first by id counts (validation
reports the other). An ordning the register does not know has no line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kompetanse.domain.model import Vedtak
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.rapport import Rapport

Payout = tuple[str, int]


@dataclass(frozen=True)
class ReportingLine:
    """One payout year and ordning."""

    aar: int
    ordning: str
    utbetalinger: int
    rapporter: int
    innvilget: int
    brukt: int
    ikke_brukt: int


@dataclass(frozen=True)
class MissingRapport:
    """A payout with no rapport."""

    behovsmelding_id: str
    aar: int
    ordning: str
    innvilget: int
    frist: dt.date | None


def granted_by_payout(vedtak: Iterable[Vedtak], known: Mapping[str, str]) -> dict[Payout, int]:
    """Kroner granted per (melding, payout year), for meldinger whose ordning is known."""
    granted: dict[Payout, int] = defaultdict(int)
    for v in vedtak:
        if v.behovsmelding_id in known:
            granted[(v.behovsmelding_id, v.utbetaling_aar)] += v.total
    return dict(granted)


def rapport_by_payout(
    rapporter: Iterable[Rapport], granted: Mapping[Payout, int]
) -> dict[Payout, Rapport]:
    """The rapport that counts for each payout that has one."""
    chosen: dict[Payout, Rapport] = {}
    for rapport in sorted(rapporter, key=lambda r: r.id):
        key = (rapport.behovsmelding_id, rapport.aar)
        if key in granted:
            chosen.setdefault(key, rapport)
    return chosen


def reporting_lines(
    vedtak: Iterable[Vedtak],
    rapporter: Iterable[Rapport],
    ordning_by_id: Mapping[str, str],
    ordninger: OrdningRegister,
) -> tuple[ReportingLine, ...]:
    """One line per payout year and ordning with payouts, years ascending, ordninger in order."""
    known = {i: o for i, o in ordning_by_id.items() if o in ordninger}
    granted = granted_by_payout(vedtak, known)
    reported = rapport_by_payout(rapporter, granted)
    lines = []
    for aar in sorted({year for _, year in granted}):
        for ordning in ordninger.slugs():
            keys = [k for k in granted if k[1] == aar and known[k[0]] == ordning]
            if keys:
                mine = [reported[k] for k in keys if k in reported]
                lines.append(
                    ReportingLine(
                        aar,
                        ordning,
                        len(keys),
                        len(mine),
                        sum(granted[k] for k in keys),
                        sum(r.brukt.total for r in mine),
                        sum(r.ikke_brukt for r in mine),
                    )
                )
    return tuple(lines)


def missing_rapporter(
    vedtak: Iterable[Vedtak],
    rapporter: Iterable[Rapport],
    ordning_by_id: Mapping[str, str],
    aar: int,
    frist: dt.date | None,
) -> tuple[MissingRapport, ...]:
    """The year's payouts without a rapport, by melding id."""
    granted = granted_by_payout(vedtak, ordning_by_id)
    reported = rapport_by_payout(rapporter, granted)
    return tuple(
        MissingRapport(melding_id, year, ordning_by_id[melding_id], amount, frist)
        for (melding_id, year), amount in sorted(granted.items())
        if year == aar and (melding_id, year) not in reported
    )
