"""The table of earlier vedtak: fylker of their year, shares and sums, cases that agree."""

from __future__ import annotations

from dataclasses import replace

from kompetanse.domain.fylker import Fylke
from kompetanse.domain.history import HistorikkRad
from kompetanse.validation.history import history_problems

FYLKER = (
    Fylke("Viken", "30", True, 2020, 2023),
    Fylke("Akershus", "32", True, 2024, None),
    Fylke("Oslo", "03", True),
)
ROW = HistorikkRad(
    saksnummer="2022/0117",
    ordning="regional",
    vedtak_aar=2022,
    eier="Haugvik kommune",
    organisasjonsnummer="890937861",
    eiertype="kommune",
    fylke="Viken",
    uh_id="oslomet",
    tiltak_tittel="Språk i barnehagen",
    utbetaling_aar=2022,
    eier_andel=300_000,
    uh_andel=180_000,
    koordinator_andel=20_000,
    sum=500_000,
)


def codes(*rows: HistorikkRad) -> list[tuple[str, str]]:
    return [(p.location, p.code) for p in history_problems(rows, FYLKER)]


def test_a_case_over_several_years_with_and_without_a_split_is_clean() -> None:
    later = replace(ROW, utbetaling_aar=2023)
    unsplit = replace(
        ROW, utbetaling_aar=2024, eier_andel=None, uh_andel=None, koordinator_andel=None
    )
    assert codes(ROW, later, unsplit) == []
    assert unsplit.eier_mottar == 500_000 and unsplit.uh_mottar == 0
    assert ROW.eier_mottar == 320_000 and ROW.uh_mottar == 180_000


def test_a_fylke_is_valid_only_in_its_years() -> None:
    assert codes(replace(ROW, vedtak_aar=2024, utbetaling_aar=2024)) == [
        ("rad 2, fylke", "historikk-fylke-ugyldig")
    ]
    assert codes(replace(ROW, fylke="Akershus")) == [("rad 2, fylke", "historikk-fylke-ugyldig")]
    message = history_problems([replace(ROW, fylke="Akershus")], FYLKER)[0].message
    assert message.startswith("«Akershus» var ikke et fylke i 2022 (fylker det året: Viken, Oslo)")


def test_shares_are_all_or_none_and_add_up_to_the_sum() -> None:
    assert codes(replace(ROW, uh_andel=None)) == [
        ("rad 2, eier_andel", "historikk-fordeling-ufullstendig")
    ]
    assert codes(replace(ROW, sum=499_999)) == [("rad 2, sum", "historikk-sum-feil")]


def test_orgnr_and_payout_year_are_checked() -> None:
    assert codes(replace(ROW, organisasjonsnummer="123456789", utbetaling_aar=2021)) == [
        ("rad 2, organisasjonsnummer", "orgnr-ugyldig"),
        ("rad 2, utbetaling_aar", "historikk-utbetaling-foer-vedtak"),
    ]


def test_the_rows_of_one_case_tell_the_same_case() -> None:
    other = replace(ROW, utbetaling_aar=2023, eier="Haugvik kommune (ny)", uh_id="uio")
    assert codes(ROW, other) == [
        ("rad 3, eier", "historikk-sak-uenig"),
        ("rad 3, uh_id", "historikk-sak-uenig"),
    ]


def test_one_vedtak_under_two_case_numbers_is_a_warning() -> None:
    twice = replace(ROW, saksnummer="2022/0118")
    problems = history_problems([ROW, twice], FYLKER)
    assert [(p.location, p.code, p.severity) for p in problems] == [
        ("rad 3, saksnummer", "historikk-duplikat", "warning")
    ]
