"""Column titles of the per-ordning table, shared by the page, the CSV schema and the terminal.

The column of money bound by earlier vedtak names the years it comes from, as the offices write
it: «Bundet opp fra 2022 og 2023»; with no such vedtak it is «Bundet opp fra tidligere år».
"""

from __future__ import annotations

from kompetanse.domain.allocation import Allocation
from kompetanse.text.plural import join_words

TILDELT = "Tildelt fra Udir"
DISPONIBELT = "Disponibelt"
INNMELDT = "Innmeldte behov"
VEDTATT = "Vedtatt"
GJENSTAAR = "Gjenstår"


def bundet_opp_header(allocation: Allocation) -> str:
    """«Bundet opp fra 2022 og 2023», from the years of the vedtak that bind the year."""
    years = [str(year) for year in allocation.bundet_fra]
    return f"Bundet opp fra {join_words(years)}" if years else "Bundet opp fra tidligere år"


def ordning_headers(allocation: Allocation) -> tuple[str, ...]:
    """The titles of the per-ordning table, the ordning first."""
    return (
        "Ordning",
        TILDELT,
        bundet_opp_header(allocation),
        DISPONIBELT,
        INNMELDT,
        VEDTATT,
        GJENSTAAR,
    )
