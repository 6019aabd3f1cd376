"""The bench table: each row beside its floor or peer, a missed target marked."""

from __future__ import annotations

from bench.measure import Timing
from bench.table import MET, MISSED, UNIT_BY_KEY, Row, Target, markdown_table, summary
from bench.targets import TARGETS


def row(wall: float, cpu: float, *targets: Target, **extra: float) -> Row:
    return Row(
        "validate", "10 filer", Timing(wall, cpu), targets, "json.load", Timing(0.5, 0.25), extra
    )


def test_ratios_are_ours_over_the_floor_for_wall_and_cpu() -> None:
    figures = row(5.0, 2.0).figures()
    assert figures["ratio_wall"] == 10.0
    assert figures["ratio_cpu"] == 8.0


def test_a_row_within_its_target_is_not_marked() -> None:
    within = row(5.0, 2.0, Target("ratio_wall", 10))
    assert within.misses() == []
    assert markdown_table([within]).splitlines()[2].endswith(f"| {MET} |")


def test_a_row_over_its_target_is_marked_missed() -> None:
    target = Target("ratio_wall", 10)
    over = row(5.5, 2.0, target)
    assert over.misses() == [target]
    line = markdown_table([over]).splitlines()[2]
    assert line.endswith(f"| {MISSED} |")
    assert "| ≤ 10 × vegg | 11.0 × vegg |" in line


def test_an_at_least_target_is_missed_below_its_limit() -> None:
    rate = Target("per_second", 20, at_most=False)
    assert row(1.0, 1.0, rate, per_second=19.9).misses() == [rate]
    assert row(1.0, 1.0, rate, per_second=20.0).misses() == []


def test_a_target_whose_figure_is_missing_counts_as_missed() -> None:
    latency = Target("p95_ms", 250)
    without_floor = Row("mottaket", "1", Timing(1.0, 1.0), (latency,))
    assert without_floor.misses() == [latency]
    assert without_floor.ratio("wall") is None
    assert "| – | – | – | – | – |" in markdown_table([without_floor])


def test_one_line_per_row_under_a_header_with_the_same_number_of_cells() -> None:
    lines = markdown_table([row(1.0, 1.0), row(2.0, 1.0, Target("wall", 1))]).splitlines()
    assert len(lines) == 4
    assert {line.count("|") for line in lines} == {13}
    assert lines[3].endswith(f"| {MISSED} |")


def test_every_target_names_a_figure_the_table_knows() -> None:
    keys = {target.key for targets in TARGETS.values() for target in targets}
    assert keys <= set(UNIT_BY_KEY)
    assert all(TARGETS.values())


def test_the_summary_names_the_rows_that_missed() -> None:
    missed = Row("letters", "250 eiere", Timing(61, 20), (Target("wall", 60),))
    assert summary([row(1.0, 1.0), missed]) == "\n1 av 2 rader bommet på målet: letters.\n"
    assert summary([row(1.0, 1.0)]) == "\nAlle mål nådd.\n"


def test_a_row_without_a_target_is_neither_met_nor_missed() -> None:
    shown = Row("mottaket: levert", "400", Timing(9.0, 2.0), ())
    assert shown.misses() == []
    assert markdown_table([shown]).splitlines()[2].endswith("| – | – | – |")
