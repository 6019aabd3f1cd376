"""The draft vedtak: pro rata to whole kroner by largest remainder, as properties."""

from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kompetanse.domain.allocation import AllocationInput
from kompetanse.domain.largest_remainder import scale_to
from kompetanse.domain.model import (
    Behovsmelding,
    Budsjettaar,
    Eier,
    Eiertype,
    Innstilling,
    Ramme,
    Tiltak,
)
from kompetanse.domain.settings import Settings
from kompetanse.publication.proposal import proposal_csv, propose
from tests.support.ordninger import REGIONAL, three_ordninger

COLUMNS = (
    "behovsmelding_id",
    "vedtak_aar",
    "utbetaling_aar",
    "eier_andel",
    "uh_andel",
    "koordinator_andel",
    "innmeldt",
)

ORDNINGER = three_ordninger()

AAR = 2026
REQUESTS = st.dictionaries(
    st.from_regex(r"bm-2026-[0-9a-f]{8}", fullmatch=True),
    st.integers(min_value=0, max_value=5_000_000),
    max_size=30,
)
SHARES = st.tuples(st.integers(0, 2_000_000), st.integers(0, 2_000_000), st.integers(0, 300_000))


@given(REQUESTS, st.integers(min_value=-1_000_000, max_value=60_000_000))
def test_scale_to_properties(requests: dict[str, int], available: int) -> None:
    granted = scale_to(requests, available)
    assert set(granted) == set(requests)
    assert sum(granted.values()) == min(sum(requests.values()), max(available, 0))
    assert all(0 <= granted[key] <= requests[key] for key in requests)


@given(REQUESTS, st.integers(min_value=0, max_value=60_000_000), st.randoms())
def test_scale_to_ignores_the_order_of_requests(
    requests: dict[str, int], available: int, rnd: random.Random
) -> None:
    items = list(requests.items())
    rnd.shuffle(items)
    assert scale_to(dict(items), available) == scale_to(requests, available)


def melding(melding_id: str, ordning: str, lines: list[tuple[int, int, int]]) -> Behovsmelding:
    budsjett = tuple(Budsjettaar(AAR + i, e, u, k, e + u + k) for i, (e, u, k) in enumerate(lines))
    return Behovsmelding(
        id=melding_id,
        ordning=ordning,
        aar=AAR,
        periode_aar=len(budsjett),
        eier=Eier("Eier", "899603087", Eiertype.KOMMUNE, "Oslo"),
        nettverk=(),
        enheter=(),
        uh_id="uio",
        tiltak=Tiltak("Tiltak", "Alle", 10),
        budsjett=budsjett,
    )


def data_for(meldinger: list[Behovsmelding], ramme: int) -> AllocationInput:
    rammer = [Ramme(AAR, o, ramme, Decimal(0)) for o in ORDNINGER.slugs()]
    innstillinger: list[Innstilling] = []
    return AllocationInput(
        aar=AAR,
        meldinger={m.id: m for m in meldinger},
        ordning_by_id={m.id: m.ordning for m in meldinger},
        vedtak=(),
        settings=Settings(innstillinger, rammer),
        ordninger=ORDNINGER,
    )


MELDINGER = st.lists(
    st.tuples(
        st.from_regex(r"[0-9a-f]{8}", fullmatch=True),
        st.sampled_from(ORDNINGER.slugs()),
        st.lists(SHARES, min_size=1, max_size=3),
    ),
    max_size=20,
    unique_by=lambda item: item[0],
)


@settings(max_examples=60)
@given(MELDINGER, st.integers(min_value=0, max_value=20_000_000), st.randoms())
def test_propose_properties(
    specs: list[tuple[str, str, list[tuple[int, int, int]]]], ramme: int, rnd: random.Random
) -> None:
    meldinger = [melding(f"bm-{AAR}-{suffix}", o, lines) for suffix, o, lines in specs]
    rows = propose(data_for(meldinger, ramme))
    by_id = {m.id: m for m in meldinger}
    for ordning in ORDNINGER.slugs():
        mine = [r for r in rows if by_id[r.vedtak.behovsmelding_id].ordning == ordning]
        this_year = [r for r in mine if r.vedtak.utbetaling_aar == AAR]
        requested = sum(m.requested_in(AAR) for m in meldinger if m.ordning == ordning)
        assert sum(r.vedtak.total for r in this_year) == min(requested, ramme)
    for row in rows:
        v = row.vedtak
        assert min(v.eier_andel, v.uh_andel, v.koordinator_andel) >= 0
        assert v.total <= row.innmeldt
    shuffled = meldinger[:]
    rnd.shuffle(shuffled)
    again = propose(data_for(shuffled, ramme))
    assert proposal_csv(again, COLUMNS) == proposal_csv(rows, COLUMNS)


def test_propose_scales_one_ordning_and_splits_the_shares() -> None:
    meldinger = [
        melding("bm-2026-00000001", REGIONAL, [(600, 300, 100)]),
        melding("bm-2026-00000002", REGIONAL, [(300, 200, 0), (50, 50, 0)]),
    ]
    text = proposal_csv(propose(data_for(meldinger, 1_000)), COLUMNS)
    assert text.splitlines() == [
        "behovsmelding_id,vedtak_aar,utbetaling_aar,eier_andel,uh_andel,koordinator_andel,innmeldt",
        "bm-2026-00000001,2026,2026,400,200,67,1000",
        "bm-2026-00000002,2026,2026,200,133,0,500",
        "bm-2026-00000002,2026,2027,50,50,0,100",
    ]
