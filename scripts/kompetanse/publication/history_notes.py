"""What the allocation pages say about vedtak taken from the office's own records, and the
column titles that name the years money is bound from, in the page's målform."""

from __future__ import annotations

from kompetanse.domain.allocation import Allocation
from kompetanse.publication.page_view import PageView
from kompetanse.text.plural import join_words

ORDNING_COLUMNS = (
    "ordning",
    "tildelt",
    "bundet-opp",
    "disponibelt",
    "innmeldte-behov",
    "vedtatt",
    "gjenstaar",
)


def bundet_opp_title(allocation: Allocation, view: PageView) -> str:
    """«Bundet opp fra 2022 og 2023» (nynorsk «Bunde opp frå …»), or «… fra tidligere år»."""
    years = [str(year) for year in allocation.bundet_fra]
    if not years:
        return view.t("fordeling.kolonne.bundet-opp")
    return view.t("fordeling.kolonne.bundet-opp-fra", aar=join_words(years))


def ordning_titles(allocation: Allocation, view: PageView) -> list[str]:
    """The titles of the per-ordning table, the ordning first (in bokmål the same as
    :func:`kompetanse.publication.headers.ordning_headers`)."""
    return [
        bundet_opp_title(allocation, view)
        if column == "bundet-opp"
        else view.t(f"fordeling.kolonne.{column}")
        for column in ORDNING_COLUMNS
    ]


def history_count_note(allocation: Allocation, view: PageView) -> list[str]:
    """Say that cases from the office's own records are counted (years before the system)."""
    if not allocation.historikk_saker:
        return []
    return [
        view.t("fordeling.historikk-telling", saker=allocation.historikk_saker, aar=allocation.aar),
        "",
    ]


def history_list_note(allocation: Allocation, view: PageView) -> list[str]:
    """Say where earlier vedtak in the lists come from and how an unknown split is shown."""
    if not allocation.historikk_i_listene:
        return []
    return [view.t("fordeling.historikk-lister", antall=len(allocation.historikk_i_listene)), ""]
