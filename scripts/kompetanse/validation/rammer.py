"""Checks of ``data/rammer.csv`` beyond its schema: the set-aside is stated once and fits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kompetanse.domain.model import Ramme
from kompetanse.domain.money import format_kroner
from kompetanse.validation.problems import Problem, make_problem

RAMMER_FILE = "data/rammer.csv"
FIRST_ROW = 2


def check_ramme(ramme: Ramme, row: int) -> Iterator[Problem]:
    """A set-aside as a rate or in kroner (not both), never more than the ramme."""
    where = f"rad {row}"
    if ramme.tilrettelegging_sats is not None and ramme.tilrettelegging_kroner is not None:
        message = (
            f"Rammen for {ramme.aar} ({ramme.ordning}) har avsetningen både som sats og i kroner; "
            "fyll ut bare én av tilrettelegging_sats og tilrettelegging_kroner."
        )
        yield make_problem(RAMMER_FILE, where, "ramme-avsetning-dobbel", message)
    elif ramme.tilretteleggingsmidler > ramme.ramme_fra_udir:
        message = (
            f"Avsetningen for {ramme.aar} ({ramme.ordning}) er "
            f"{format_kroner(ramme.tilretteleggingsmidler)}, mer enn rammen på "
            f"{format_kroner(ramme.ramme_fra_udir)}."
        )
        yield make_problem(RAMMER_FILE, where, "ramme-avsetning-for-stor", message)


def iter_rammer_problems(rammer: Iterable[Ramme]) -> Iterator[Problem]:
    """Every problem of the rammer table, by row."""
    for index, ramme in enumerate(rammer):
        yield from check_ramme(ramme, FIRST_ROW + index)
