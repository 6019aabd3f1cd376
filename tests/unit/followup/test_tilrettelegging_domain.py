"""Tilretteleggingsmidler: who counts, the set-aside, and the share-out within it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kompetanse.domain.model import Eiertype, Ramme
from kompetanse.domain.tilrettelegging import (
    Student,
    TilretteleggingRegel,
    Tilretteleggingssoknad,
    allocate,
    meets_rules,
    set_aside_in,
    study_year,
)

REGEL = TilretteleggingRegel(
    2025, 45_000, 50, True, dt.date(2025, 8, 15), dt.date(2025, 10, 15), dt.date(2025, 11, 15)
)


def student(stilling: int = 80, fast: bool = True) -> Student:
    return Student("Barnehagelærerutdanning", "oslomet", stilling, fast, 30)


def soknad(suffix: int, students: int, aar: int = 2025) -> Tilretteleggingssoknad:
    return Tilretteleggingssoknad(
        id=f"ts-{aar}-{suffix:08x}",
        aar=aar,
        soker_navn=f"Eier {suffix}",
        organisasjonsnummer="979754329",
        eiertype=Eiertype.PRIVAT,
        rolle="styrer",
        barnehage="Solsikken",
        studenter=tuple(student() for _ in range(students)),
    )


def test_a_student_counts_with_a_permanent_position_of_at_least_the_minimum() -> None:
    assert meets_rules(student(50, True), REGEL)
    assert not meets_rules(student(49, True), REGEL)
    assert not meets_rules(student(100, False), REGEL)
    relaxed = dataclasses.replace(REGEL, min_stillingsprosent=0, krever_fast_ansatt=False)
    assert meets_rules(student(10, False), relaxed)


def test_the_set_aside_is_the_rounded_up_share_of_each_ramme_with_a_rate() -> None:
    rammer = [
        Ramme(2025, "a", 1_000_001, Decimal("0.30")),
        Ramme(2025, "b", 5_000_000, Decimal("0")),
        Ramme(2026, "a", 9_000_000, Decimal("0.30")),
    ]
    assert set_aside_in(rammer, 2025) == 300_001
    assert set_aside_in(rammer, 2024) == 0
    assert study_year(2025) == "2025/26" and study_year(2099) == "2099/00"


def test_søknader_that_fit_get_one_sum_per_student() -> None:
    tildelt = allocate([soknad(2, 1), soknad(1, 2), soknad(3, 1, aar=2024)], REGEL, 1_000_000)
    assert [(t.soknad.id, t.antall_studenter, t.sokt, t.tildelt) for t in tildelt] == [
        ("ts-2025-00000001", 2, 90_000, 90_000),
        ("ts-2025-00000002", 1, 45_000, 45_000),
    ]


def test_søknader_beyond_the_set_aside_are_scaled_pro_rata_in_whole_kroner() -> None:
    tildelt = allocate([soknad(1, 1), soknad(2, 1), soknad(3, 1)], REGEL, 100_000)
    assert [t.tildelt for t in tildelt] == [33_334, 33_333, 33_333]


@given(
    st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=2_000_000),
)
def test_the_share_out_never_exceeds_what_is_set_aside_or_asked(
    counts: list[int], available: int
) -> None:
    tildelt = allocate([soknad(i, n) for i, n in enumerate(counts)], REGEL, available)
    asked = sum(t.sokt for t in tildelt)
    assert sum(t.tildelt for t in tildelt) == min(asked, available)
    assert all(0 <= t.tildelt <= t.sokt for t in tildelt)
