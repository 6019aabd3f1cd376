"""The Markdown pages: one per year under ``docs/fordeling/<år>/`` and the list of years.

Text from owners or registers goes through :func:`~kompetanse.text.inert.markdown_text`, so no
text can turn into markup, a link or a table cell boundary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kompetanse.domain.allocation import Allocation, Mottaker, OrdningLine
from kompetanse.domain.money import format_kroner
from kompetanse.publication.chart import chart_svg
from kompetanse.publication.headers import ordning_headers
from kompetanse.publication.tables import Table
from kompetanse.text.inert import markdown_text

GENERATED_NOTE = "<!-- Generert av «kompetanse publish». Ikke rediger for hånd. -->"


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


def ordning_name(allocation: Allocation, ordning: str) -> str:
    """An ordning's short name from the register, made inert for Markdown."""
    return markdown_text(allocation.ordninger.kortnavn(ordning))


def line_name(allocation: Allocation, line: OrdningLine) -> str:
    """The row's name: the ordning's short name, with a footnote mark when it has a set-aside."""
    if line.ordning is None:
        return "**Totalt**"
    name = ordning_name(allocation, line.ordning)
    return f"{name} \\*" if line.har_tilrettelegging else name


def set_aside_notes(allocation: Allocation) -> list[str]:
    """The footnote of each line with tilretteleggingsmidler set aside (named when several)."""
    marked = [line for line in allocation.lines if line.har_tilrettelegging and line.ordning]
    notes = []
    for line in marked:
        amounts = f"{kr(line.tilretteleggingsmidler)} av rammen på {kr(line.ramme)}"
        text = f"etter at {amounts} er satt av til tilretteleggingsmidler."
        if len(marked) > 1:
            notes.append(f"\\* {ordning_name(allocation, line.ordning or '')}: {text}")
        else:
            notes.append(f"\\* {text[0].upper()}{text[1:]}")
    return notes


def ordning_section(allocation: Allocation) -> list[str]:
    """The chart, the per-ordning table and its footnotes."""
    headers = list(ordning_headers(allocation))
    rows = []
    for line in (*allocation.lines, allocation.total):
        figures = [line.tildelt, line.bundet_opp, line.disponibelt, line.innmeldte_behov]
        figures += [line.vedtatt, line.gjenstaar]
        rows.append([line_name(allocation, line), *(kr(v) for v in figures)])
    missing = [
        ordning_name(allocation, line.ordning)
        for line in allocation.lines
        if line.ordning and not line.har_ramme
    ]
    notes = set_aside_notes(allocation)
    if missing:
        notes.append(f"Rammen fra Udir er ikke registrert ennå for: {', '.join(missing)}.")
    return [
        "## Midler per ordning",
        "",
        "Beløpene er i hele kroner. Disponibelt er tildelt fra Udir minus det som er bundet opp "
        "av vedtak fra tidligere år. Innmeldte behov er det behovsmeldingene for året ber om for "
        "dette året.",
        "",
        f'<figure class="fordeling-diagram">{chart_svg(allocation)}</figure>',
        "",
        *table_lines(headers, rows, 1),
        "",
        *(f"{text}\n" for text in notes),
    ]


def fylke_section(allocation: Allocation) -> list[str]:
    """Counts of behovsmeldinger by fylke and ordning."""
    headers = ["Fylke", *(ordning_name(allocation, o.ordning) for o in allocation.ordninger)]
    headers.append("Totalt")
    rows = [[markdown_text(f), *map(str, c), str(sum(c))] for f, c in allocation.fylke_counts]
    sums = [sum(c[i] for _, c in allocation.fylke_counts) for i in range(len(allocation.ordninger))]
    rows.append(["**Totalt**", *map(str, sums), str(sum(sums))])
    return [
        "## Behovsmeldinger per fylke",
        "",
        f"Antall behovsmeldinger for {allocation.aar} etter fylket eieren hører til, i "
        "embetets rekkefølge; en rad kan også samle en type eier (som fylkeskommunene).",
        "",
        *history_count_note(allocation),
        *table_lines(headers, rows, 1),
        "",
    ]


def history_count_note(allocation: Allocation) -> list[str]:
    """Say that cases from the office's own records are counted (years before the system)."""
    if not allocation.historikk_saker:
        return []
    return [
        f"Tallene tar med {allocation.historikk_saker} vedtak fra {allocation.aar} som er ført fra "
        "embetets egne saker (fra før behovsmeldingene kom inn her); de telles etter eieren og "
        "fylket i vedtaket. Innmeldte behov omfatter bare behovsmeldinger som er kommet inn her.",
        "",
    ]


def history_list_note(allocation: Allocation) -> list[str]:
    """Say where earlier vedtak in the lists come from and how an unknown split is shown."""
    if not allocation.historikk_i_listene:
        return []
    return [
        f"Listene tar med {len(allocation.historikk_i_listene)} vedtak ført fra embetets egne "
        "saker. Der fordelingen mellom eier, UH og koordinator ikke er kjent, er hele beløpet "
        "ført på eieren.",
        "",
    ]


def mottaker_rows(
    allocation: Allocation, mottakere: Sequence[Mottaker], years: Sequence[int], with_ordning: bool
) -> list[list[str]]:
    """Table rows of recipients for one vedtak year."""
    rows = []
    for m in mottakere:
        by_year = dict(m.utbetalinger)
        first = [markdown_text(m.navn)]
        if with_ordning:
            ordning = ordning_name(allocation, m.ordning) if m.ordning else ""
            first += [markdown_text(m.key), ordning]
        egenandel = [kr(m.egenandel) if m.egenandel is not None else "–"] if with_ordning else []
        rows.append([*first, *(kr(by_year.get(y, 0)) for y in years), kr(m.total), *egenandel])
    return rows


def egenandel_note(allocation: Allocation) -> str:
    """What the eiere table says about the egenandel, naming the ordninger that have one."""
    names = [o.kortnavn for o in allocation.ordninger if o.har_egenandel]
    first = "Eieren får eierens andel og koordinatorandelen."
    if not names:
        return f"{first} Ingen av ordningene har egenandel."
    which = " og ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return (
        f"{first} Egenandelen, minst satsen for året av eierens andel, gjelder bare "
        f"{markdown_text(which)}."
    )


def mottaker_section(allocation: Allocation, eiere: bool) -> list[str]:
    """What each eier (or each UH) receives, one table per vedtak year."""
    mottakere = allocation.eiere if eiere else allocation.uh
    title = "Hva hver eier får" if eiere else "Hva hver UH får"
    lines = [f"## {title}", ""]
    if not mottakere:
        return [*lines, f"Det er ingen vedtak som gir utbetaling i {allocation.aar} ennå.", ""]
    if eiere:
        lines += [egenandel_note(allocation), "", *history_list_note(allocation)]
    years = allocation.utbetalingsaar
    first = ["Eier", "Organisasjonsnummer", "Ordning"] if eiere else ["UH"]
    headers = [
        *first,
        *(f"Utbetaling {y}" for y in years),
        "Sum",
        *(["Egenandel"] if eiere else []),
    ]
    for vedtak_aar in sorted({m.vedtak_aar for m in mottakere}):
        group = [m for m in mottakere if m.vedtak_aar == vedtak_aar]
        lines += [f"### Vedtak fra {vedtak_aar} ({'eiere' if eiere else 'UH'})", ""]
        rows = mottaker_rows(allocation, group, years, eiere)
        lines += [*table_lines(headers, rows, len(first)), ""]
    return lines


def download_section(aar: int, tables: Sequence[Table]) -> list[str]:
    """Links to the CSV files, their schemas and the workbook."""
    lines = ["## Last ned", ""]
    for table in tables:
        lines.append(
            f"- {table.title}: [{table.name}.csv]({table.name}.csv) "
            f"(tabellskjema: [{table.name}.schema.json]({table.name}.schema.json))"
        )
    lines += [
        f"- Alle tabellene i ett regneark: [fordeling-{aar}.xlsx](fordeling-{aar}.xlsx)",
        "- Datapakke som beskriver filene: [datapackage.json](datapackage.json)",
        "",
    ]
    return lines


def year_page(allocation: Allocation, tables: Sequence[Table]) -> str:
    """The whole page for one year."""
    lines = [
        GENERATED_NOTE,
        "",
        f"# Fordeling {allocation.aar}",
        "",
        f"Rammer, bundne midler, innmeldte behov og vedtak for {allocation.aar}, og hva hver eier "
        "og hver UH-partner får. Tallene lages fra data og behovsmeldinger i repoet hver gang noe "
        "endres.",
        "",
        *ordning_section(allocation),
        *fylke_section(allocation),
        *mottaker_section(allocation, eiere=True),
        *mottaker_section(allocation, eiere=False),
        *download_section(allocation.aar, tables),
    ]
    return "\n".join(lines)


def index_page(years: Sequence[int]) -> str:
    """``docs/fordeling/index.md``: what the pages hold and one link per year."""
    lines = [
        GENERATED_NOTE,
        "",
        "# Fordeling",
        "",
        "Her publiseres fordelingen av midlene for hvert år: rammene fra Udir, hva som er bundet "
        "opp fra tidligere år, hva som er disponibelt, innmeldte behov, vedtak og hva hver eier og "
        "hver UH-partner får. Tabellene kan lastes ned som CSV og som regneark.",
        "",
    ]
    if not years:
        return "\n".join([*lines, "Ingen år har data ennå.", ""])
    lines += ["## År", ""]
    lines += [f"- [Fordeling {aar}]({aar}/index.md)" for aar in sorted(years, reverse=True)]
    return "\n".join([*lines, ""])
