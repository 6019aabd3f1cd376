"""The Markdown pages: one per year under ``docs/fordeling/<år>/`` and the list of years.

Each page is written once per målform (bokmål under ``docs/fordeling/``, nynorsk under
``docs/nn/fordeling/``) with the words of that målform's catalogue; the figures are the same.

Text from owners or registers goes through :func:`escape_markdown`: every character other than
letters, digits, spaces, full stops and commas becomes a numeric HTML entity, so no text can
turn into markup, a link or a table cell boundary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kompetanse.domain.allocation import Allocation, Mottaker
from kompetanse.domain.model import ORDNING_NAVN, Ordning
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.publication.chart import chart_svg
from kompetanse.publication.tables import Table
from kompetanse.text.catalogue import Maalform, word
from kompetanse.text.inert import escape_markdown

GENERATED_NOTE = "<!-- Generert av «kompetanse publish». Ikke rediger for hånd. -->"
WIDE_TABLE = '<div class="bred-tabell" markdown>'
# The year pages leave out the navigation sidebar, so the tables get the width of the page.
WIDE_PAGE = ("---", "hide:", "  - navigation", "---", "")
ORDNING_COLUMNS = (
    "ordning",
    "tildelt",
    "bundet-opp",
    "disponibelt",
    "innmeldte-behov",
    "vedtatt",
    "gjenstaar",
)


@dataclass(frozen=True)
class PageView:
    """What a page is written in: the målform, the ordninger's names and the egenandel rate."""

    maalform: Maalform = "nb"
    ordning_navn: Mapping[Ordning, str] = field(default_factory=lambda: dict(ORDNING_NAVN))
    egenandel_sats: Decimal | None = None

    def t(self, key: str, **params: object) -> str:
        """A catalogue text in this page's målform."""
        return word(key, self.maalform, **params)

    def navn(self, ordning: Ordning) -> str:
        """The short name of an ordning in this page's målform."""
        return self.ordning_navn.get(ordning, ORDNING_NAVN[ordning])


def kr(amount: int) -> str:
    """Kroner for a table cell."""
    return format_kroner(amount)


def table_lines(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric_from: int
) -> list[str]:
    """A Markdown table; columns from ``numeric_from`` are right-aligned."""
    align = ["---" if i < numeric_from else "---:" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def wide(lines: list[str]) -> list[str]:
    """A table that may be wider than the screen, marked so the site shows a scroll cue."""
    return [WIDE_TABLE, "", *lines, "", "</div>"]


def ordning_rows(allocation: Allocation, view: PageView) -> list[list[str]]:
    """The rows of the per-ordning table, the total last."""
    rows = []
    for line in (*allocation.lines, allocation.total):
        name = (
            f"**{view.t('fordeling.totalt')}**" if line.ordning is None else view.navn(line.ordning)
        )
        if line.ordning is Ordning.REGIONAL:
            name += " \\*"
        figures = [line.tildelt, line.bundet_opp, line.disponibelt, line.innmeldte_behov]
        rows.append([name, *(kr(v) for v in [*figures, line.vedtatt, line.gjenstaar])])
    return rows


def ordning_notes(allocation: Allocation, view: PageView) -> list[str]:
    """The footnote on tilretteleggingsmidler, and which ordninger have no ramme yet."""
    regional = allocation.lines[0]
    notes = [
        view.t(
            "fordeling.tilrettelegging-note",
            avsatt=kr(regional.tilretteleggingsmidler),
            ramme=kr(regional.ramme),
        )
    ]
    missing = [view.navn(x.ordning) for x in allocation.lines if x.ordning and not x.har_ramme]
    if missing:
        notes.append(view.t("fordeling.ramme-mangler", ordninger=", ".join(missing)))
    return notes


def ordning_section(allocation: Allocation, view: PageView) -> list[str]:
    """The chart, the per-ordning table and its footnote."""
    headers = [view.t(f"fordeling.kolonne.{column}") for column in ORDNING_COLUMNS]
    return [
        f"## {view.t('fordeling.per-ordning')}",
        "",
        view.t("fordeling.per-ordning-forklaring"),
        "",
        f'<figure class="fordeling-diagram">{chart_svg(allocation, view.maalform, view.navn)}</figure>',
        "",
        *wide(table_lines(headers, ordning_rows(allocation, view), 1)),
        "",
        *(f"{text}\n" for text in ordning_notes(allocation, view)),
    ]


def fylke_section(allocation: Allocation, view: PageView) -> list[str]:
    """Counts of behovsmeldinger by fylke and ordning."""
    totalt = view.t("fordeling.totalt")
    headers = [view.t("fordeling.kolonne.fylke"), *(view.navn(o) for o in Ordning), totalt]
    rows = [[escape_markdown(f), *map(str, c), str(sum(c))] for f, c in allocation.fylke_counts]
    sums = [sum(c[i] for _, c in allocation.fylke_counts) for i in range(len(Ordning))]
    rows.append([f"**{totalt}**", *map(str, sums), str(sum(sums))])
    return [
        f"## {view.t('fordeling.per-fylke')}",
        "",
        view.t("fordeling.per-fylke-forklaring", aar=allocation.aar),
        "",
        *wide(table_lines(headers, rows, 1)),
        "",
    ]


def mottaker_rows(
    mottakere: Sequence[Mottaker], years: Sequence[int], with_ordning: bool, view: PageView
) -> list[list[str]]:
    """Table rows of recipients for one vedtak year."""
    rows = []
    for m in mottakere:
        by_year = dict(m.utbetalinger)
        first = [escape_markdown(m.navn)]
        if with_ordning:
            first += [escape_markdown(m.key), view.navn(m.ordning) if m.ordning else ""]
        egenandel = [kr(m.egenandel) if m.egenandel is not None else "–"] if with_ordning else []
        rows.append([*first, *(kr(by_year.get(y, 0)) for y in years), kr(m.total), *egenandel])
    return rows


def mottaker_headers(allocation: Allocation, eiere: bool, view: PageView) -> list[str]:
    """The column headings of a recipient table."""
    first = ["eier", "orgnr", "ordning"] if eiere else ["uh"]
    payouts = [view.t("fordeling.kolonne.utbetaling", aar=y) for y in allocation.utbetalingsaar]
    last = ["sum", "egenandel"] if eiere else ["sum"]
    return [
        *(view.t(f"fordeling.kolonne.{c}") for c in first),
        *payouts,
        *(view.t(f"fordeling.kolonne.{c}") for c in last),
    ]


def egenandel_note(view: PageView) -> list[str]:
    """What the recipients receive, and the egenandel rule in the words used on every page."""
    lines = [view.t("fordeling.eiere-forklaring")]
    if view.egenandel_sats:
        lines.append(view.t("data.egenandel-regel", sats=format_rate(view.egenandel_sats)))
    return [" ".join(lines), ""]


def mottaker_section(allocation: Allocation, eiere: bool, view: PageView) -> list[str]:
    """What each eier (or each UH) receives, one table per vedtak year."""
    mottakere = allocation.eiere if eiere else allocation.uh
    lines = [f"## {view.t('fordeling.eiere' if eiere else 'fordeling.uh')}", ""]
    if not mottakere:
        return [*lines, view.t("fordeling.ingen-vedtak", aar=allocation.aar), ""]
    if eiere:
        lines += egenandel_note(view)
    headers = mottaker_headers(allocation, eiere, view)
    numeric_from = 3 if eiere else 1
    heading = "fordeling.vedtak-fra-eiere" if eiere else "fordeling.vedtak-fra-uh"
    for vedtak_aar in sorted({m.vedtak_aar for m in mottakere}):
        group = [m for m in mottakere if m.vedtak_aar == vedtak_aar]
        rows = mottaker_rows(group, allocation.utbetalingsaar, eiere, view)
        lines += [f"### {view.t(heading, aar=vedtak_aar)}", ""]
        lines += [*wide(table_lines(headers, rows, numeric_from)), ""]
    return lines


def download_section(aar: int, tables: Sequence[Table], view: PageView) -> list[str]:
    """Links to the CSV files, their schemas and the workbook."""
    lines = [f"## {view.t('fordeling.last-ned')}", ""]
    for table in tables:
        title = view.t(f"fordeling.tabell.{table.name}")
        files = {"fil": f"{table.name}.csv", "skjema": f"{table.name}.schema.json"}
        lines.append(f"- {view.t('fordeling.fil', tittel=title, **files)}")
    lines += [
        f"- {view.t('fordeling.regneark', fil=f'fordeling-{aar}.xlsx')}",
        f"- {view.t('fordeling.datapakke', fil='datapackage.json')}",
        "",
    ]
    return lines


def year_page(allocation: Allocation, tables: Sequence[Table], view: PageView | None = None) -> str:
    """The whole page for one year."""
    view = view or PageView()
    lines = [
        *WIDE_PAGE,
        GENERATED_NOTE,
        "",
        f"# {view.t('fordeling.aar-tittel', aar=allocation.aar)}",
        "",
        view.t("fordeling.ingress", aar=allocation.aar),
        "",
        *ordning_section(allocation, view),
        *fylke_section(allocation, view),
        *mottaker_section(allocation, True, view),
        *mottaker_section(allocation, False, view),
        *download_section(allocation.aar, tables, view),
    ]
    return "\n".join(lines)


def index_page(years: Sequence[int], view: PageView | None = None) -> str:
    """``docs/fordeling/index.md``: what the pages hold and one link per year."""
    view = view or PageView()
    lines = [
        GENERATED_NOTE,
        "",
        f"# {view.t('fordeling.tittel')}",
        "",
        view.t("fordeling.oversikt"),
        "",
    ]
    if not years:
        return "\n".join([*lines, view.t("fordeling.ingen-aar"), ""])
    lines += [f"## {view.t('fordeling.aar')}", ""]
    lines += [
        f"- [{view.t('fordeling.aar-tittel', aar=aar)}]({aar}/index.md)"
        for aar in sorted(years, reverse=True)
    ]
    return "\n".join([*lines, ""])
