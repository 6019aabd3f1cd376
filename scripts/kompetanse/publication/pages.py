"""The Markdown pages: one per year under ``docs/fordeling/<år>/`` and the list of years.

Each page is written once per målform (bokmål under ``docs/fordeling/``, nynorsk under
``docs/nn/fordeling/``) with the words of that målform's catalogue; the figures are the same.

Text from owners or registers goes through :func:`~kompetanse.text.inert.markdown_text`, so no
text can turn into markup, a link or a table cell boundary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kompetanse.domain.allocation import Allocation, Mottaker, OrdningLine
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.publication.chart import chart_svg
from kompetanse.publication.history_notes import (
    history_count_note,
    history_list_note,
    ordning_titles,
)
from kompetanse.publication.page_view import PageView
from kompetanse.publication.tables import Table
from kompetanse.text.inert import markdown_text

GENERATED_NOTE = "<!-- Generert av «kompetanse publish». Ikke rediger for hånd. -->"
WIDE_TABLE = '<div class="bred-tabell" markdown>'
# The year pages leave out the navigation sidebar, so the tables get the width of the page.
WIDE_PAGE = ("---", "hide:", "  - navigation", "---", "")


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


def ordning_name(allocation: Allocation, ordning: str, view: PageView) -> str:
    """An ordning's short name from the register in the page's målform, inert for Markdown."""
    return markdown_text(allocation.ordninger.kortnavn(ordning, view.maalform))


def line_name(allocation: Allocation, line: OrdningLine, view: PageView) -> str:
    """The row's name: the ordning's short name, with a footnote mark when it has a set-aside."""
    if line.ordning is None:
        return f"**{view.t('fordeling.totalt')}**"
    name = ordning_name(allocation, line.ordning, view)
    return f"{name} \\*" if line.har_tilrettelegging else name


def set_aside_notes(allocation: Allocation, view: PageView) -> list[str]:
    """The footnote of each line with tilretteleggingsmidler set aside (named when several)."""
    marked = [line for line in allocation.lines if line.har_tilrettelegging and line.ordning]
    notes = []
    for line in marked:
        amounts = {"avsatt": kr(line.tilretteleggingsmidler), "ramme": kr(line.ramme)}
        if len(marked) > 1:
            name = ordning_name(allocation, line.ordning or "", view)
            notes.append(view.t("fordeling.tilrettelegging-note-navngitt", ordning=name, **amounts))
        else:
            notes.append(view.t("fordeling.tilrettelegging-note", **amounts))
    return notes


def ordning_notes(allocation: Allocation, view: PageView) -> list[str]:
    """The footnotes on set-asides, and which ordninger have no ramme yet."""
    missing = [
        ordning_name(allocation, line.ordning, view)
        for line in allocation.lines
        if line.ordning and not line.har_ramme
    ]
    notes = set_aside_notes(allocation, view)
    if missing:
        notes.append(view.t("fordeling.ramme-mangler", ordninger=", ".join(missing)))
    return notes


def ordning_section(allocation: Allocation, view: PageView) -> list[str]:
    """The chart, the per-ordning table and its footnotes."""
    headers = ordning_titles(allocation, view)
    rows = []
    for line in (*allocation.lines, allocation.total):
        figures = [line.tildelt, line.bundet_opp, line.disponibelt, line.innmeldte_behov]
        figures += [line.vedtatt, line.gjenstaar]
        rows.append([line_name(allocation, line, view), *(kr(v) for v in figures)])
    return [
        f"## {view.t('fordeling.per-ordning')}",
        "",
        view.t("fordeling.per-ordning-forklaring"),
        "",
        f'<figure class="fordeling-diagram">{chart_svg(allocation, view.maalform)}</figure>',
        "",
        *wide(table_lines(headers, rows, 1)),
        "",
        *(f"{text}\n" for text in ordning_notes(allocation, view)),
    ]


def fylke_section(allocation: Allocation, view: PageView) -> list[str]:
    """Counts of behovsmeldinger by fylke and ordning."""
    totalt = view.t("fordeling.totalt")
    names = [ordning_name(allocation, o.ordning, view) for o in allocation.ordninger]
    headers = [view.t("fordeling.kolonne.fylke"), *names, totalt]
    rows = [[markdown_text(f), *map(str, c), str(sum(c))] for f, c in allocation.fylke_counts]
    sums = [sum(c[i] for _, c in allocation.fylke_counts) for i in range(len(allocation.ordninger))]
    rows.append([f"**{totalt}**", *map(str, sums), str(sum(sums))])
    return [
        f"## {view.t('fordeling.per-fylke')}",
        "",
        view.t("fordeling.per-fylke-forklaring", aar=allocation.aar),
        "",
        *history_count_note(allocation, view),
        *wide(table_lines(headers, rows, 1)),
        "",
    ]


def mottaker_rows(
    allocation: Allocation,
    mottakere: Sequence[Mottaker],
    with_ordning: bool,
    view: PageView,
) -> list[list[str]]:
    """Table rows of recipients for one vedtak year."""
    rows = []
    for m in mottakere:
        by_year = dict(m.utbetalinger)
        first = [markdown_text(m.navn)]
        if with_ordning:
            ordning = ordning_name(allocation, m.ordning, view) if m.ordning else ""
            first += [markdown_text(m.key), ordning]
        egenandel = [kr(m.egenandel) if m.egenandel is not None else "–"] if with_ordning else []
        payouts = [kr(by_year.get(y, 0)) for y in allocation.utbetalingsaar]
        rows.append([*first, *payouts, kr(m.total), *egenandel])
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


def spoken_list(names: list[str], view: PageView) -> str:
    """``a, b og c``."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {view.t('data.og')} {names[-1]}"


def egenandel_note(allocation: Allocation, view: PageView) -> str:
    """What the recipients receive, which ordninger have an egenandel, and the egenandel rule
    in the words used on every page."""
    names = [
        ordning_name(allocation, o.ordning, view) for o in allocation.ordninger if o.har_egenandel
    ]
    lines = [view.t("fordeling.eiere-forklaring")]
    if not names:
        return " ".join([*lines, view.t("fordeling.ingen-egenandel")])
    lines.append(view.t("fordeling.egenandel-gjelder", ordninger=spoken_list(names, view)))
    if view.egenandel_sats:
        lines.append(view.t("data.egenandel-regel", sats=format_rate(view.egenandel_sats)))
    return " ".join(lines)


def mottaker_section(allocation: Allocation, eiere: bool, view: PageView) -> list[str]:
    """What each eier (or each UH) receives, one table per vedtak year."""
    mottakere = allocation.eiere if eiere else allocation.uh
    lines = [f"## {view.t('fordeling.eiere' if eiere else 'fordeling.uh')}", ""]
    if not mottakere:
        return [*lines, view.t("fordeling.ingen-vedtak", aar=allocation.aar), ""]
    if eiere:
        lines += [egenandel_note(allocation, view), "", *history_list_note(allocation, view)]
    headers = mottaker_headers(allocation, eiere, view)
    heading = "fordeling.vedtak-fra-eiere" if eiere else "fordeling.vedtak-fra-uh"
    for vedtak_aar in sorted({m.vedtak_aar for m in mottakere}):
        group = [m for m in mottakere if m.vedtak_aar == vedtak_aar]
        rows = mottaker_rows(allocation, group, eiere, view)
        lines += [f"### {view.t(heading, aar=vedtak_aar)}", ""]
        lines += [*wide(table_lines(headers, rows, 3 if eiere else 1)), ""]
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
