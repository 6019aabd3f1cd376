"""What a year's allocation must not publish: the refusals of ``allocate`` and ``publish``.

A published table is read as the truth, so it is refused rather than written when it would be
wrong or incomplete: an ordning with meldinger or vedtak but no ramme (the totals would cover
part of the year), a Disponibelt below zero (Bundet opp larger than Tildelt, as with placeholder
rammer), vedtak over what is disponibelt, a melding or vedtak the tables would have to leave out,
or an owner that no row of the office's layout counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kompetanse.domain.allocation import Allocation, OrdningLine
from kompetanse.domain.money import format_kroner
from kompetanse.validation.problems import Problem, make_problem

RAMMER_FILE = "data/rammer.csv"
VEDTAK_FILE = "data/vedtak.csv"
LAYOUT_FILE = "data/fordeling_rader.csv"


def has_activity(allocation: Allocation, index: int, line: OrdningLine) -> bool:
    """True when the ordning has meldinger, vedtak or money bound in the year."""
    counted = sum(counts[index] for _, counts in allocation.fylke_counts)
    return bool(counted or line.innmeldte_behov or line.bundet_opp or line.vedtatt)


def where(allocation: Allocation, line: OrdningLine) -> str:
    """The year and ordning a problem is about, as ``2025/regional``."""
    return f"{allocation.aar}/{line.ordning or 'totalt'}"


def name_of(allocation: Allocation, line: OrdningLine) -> str:
    """The ordning's short name in a message."""
    return allocation.ordninger.kortnavn(line.ordning) if line.ordning else "Totalt"


def missing_rammer(allocation: Allocation) -> Iterator[Problem]:
    """An ordning with meldinger or vedtak in the year but no ramme."""
    for index, line in enumerate(allocation.lines):
        if not line.har_ramme and has_activity(allocation, index, line):
            message = (
                f"{name_of(allocation, line)} har behovsmeldinger eller vedtak i {allocation.aar}, men ingen "
                f"ramme i {RAMMER_FILE}; tabellen ville bare vise en del av året."
            )
            yield make_problem(
                RAMMER_FILE, where(allocation, line), "fordeling-rammer-mangler", message
            )


def over_the_ramme(allocation: Allocation) -> Iterator[Problem]:
    """Bundet opp over Tildelt, or vedtak over Disponibelt (for an ordning with its ramme)."""
    for line in (line for line in allocation.lines if line.har_ramme):
        if line.disponibelt < 0:
            message = (
                f"{name_of(allocation, line)} {allocation.aar}: bundet opp fra tidligere år er "
                f"{format_kroner(line.bundet_opp)}, mer enn tildelt ({format_kroner(line.tildelt)}); "
                f"disponibelt ville bli {format_kroner(line.disponibelt)}. Er rammen riktig?"
            )
            yield make_problem(
                RAMMER_FILE, where(allocation, line), "fordeling-disponibelt-negativt", message
            )
        elif line.gjenstaar < 0:
            message = (
                f"{name_of(allocation, line)} {allocation.aar}: vedtakene er {format_kroner(line.vedtatt)}, "
                f"mer enn disponibelt ({format_kroner(line.disponibelt)})."
            )
            yield make_problem(
                VEDTAK_FILE, where(allocation, line), "fordeling-vedtak-over-disponibelt", message
            )


def left_out(allocation: Allocation, skipped: Sequence[str]) -> Iterator[Problem]:
    """Meldinger that cannot be read, vedtak without a melding, owners no row counts."""
    for relpath in skipped:
        message = (
            f"Behovsmeldingen trengs for fordelingen {allocation.aar}, men kan ikke leses som en "
            "gyldig behovsmelding, så tabellene ville mangle den. Se kompetanse validate."
        )
        yield make_problem(relpath, "$", "fordeling-behovsmelding-hoppet-over", message)
    for melding_id in allocation.vedtak_uten_melding:
        message = (
            f"Vedtaket for «{melding_id}» gjelder {allocation.aar}, men behovsmeldingen finnes ikke, "
            "så beløpet ville falle ut av Bundet opp og listene. Før vedtak fra før systemet i "
            "data/vedtak_historikk.csv."
        )
        yield make_problem(VEDTAK_FILE, melding_id, "fordeling-vedtak-uten-behovsmelding", message)
    for owner in allocation.unplaced:
        message = (
            f"{owner.eier} ({owner.eiertype}, fylke {owner.fylke or 'ikke oppgitt'}) telles ikke i "
            f"noen rad i {LAYOUT_FILE}; legg til en rad for fylket, for typen eier eller en rad uten fylke og type for resten."
        )
        yield make_problem(LAYOUT_FILE, owner.key, "fordeling-rad-mangler", message)


def guard_problems(allocation: Allocation, skipped: Sequence[str] = ()) -> list[Problem]:
    """Everything that stops the year from being published."""
    return [
        *missing_rammer(allocation),
        *over_the_ramme(allocation),
        *left_out(allocation, skipped),
    ]


def only_rammer_missing(problems: Sequence[Problem]) -> bool:
    """True when the year is refused only because Udir's figures are not in yet."""
    return bool(problems) and all(p.code == "fordeling-rammer-mangler" for p in problems)
