"""An accessible SVG bar chart of the per-ordning table (inline in the page, next to the table).

The SVG has ``role="img"`` and is named by its ``<title>`` and described by its ``<desc>``, which
states every value in words; the table beside it holds the same figures.

The chart has no ``viewBox``: its text keeps its size in pixels (13–15 px) at every screen
width, and only the bars, whose widths are percentages of the chart's width, grow and shrink.
Each bar has its label and amount on the line above it, so nothing needs room beside the bar.
"""

from __future__ import annotations

from kompetanse.domain.allocation import Allocation, OrdningLine
from kompetanse.domain.money import format_kroner
from kompetanse.text.catalogue import Maalform, word
from kompetanse.text.inert import html_text

MAX_WIDTH, NAME_HEIGHT, LINE_HEIGHT, BAR_HEIGHT, GROUP_GAP = 720, 24, 20, 12, 18
NAME_SIZE, LABEL_SIZE = 15, 13
TEXT_COLOUR = "#1b1b1b"
SERIES: tuple[tuple[str, str], ...] = (
    ("disponibelt", "#1f4e79"),
    ("innmeldte_behov", "#8a4b08"),
    ("vedtatt", "#2e6b30"),
)
SERIES_HEIGHT = LINE_HEIGHT + BAR_HEIGHT + 8
GROUP_HEIGHT = NAME_HEIGHT + len(SERIES) * SERIES_HEIGHT + GROUP_GAP


def value_of(line: OrdningLine, key: str) -> int:
    """One of the charted figures of a row."""
    return int(getattr(line, key))


def label_of(key: str, maalform: Maalform) -> str:
    """The name of a series in ``maalform``."""
    return word(f"diagram.serie.{key}", maalform)


def line_name(allocation: Allocation, line: OrdningLine, maalform: Maalform) -> str:
    """The ordning's short name from the register, in ``maalform``."""
    return allocation.ordninger.kortnavn(line.ordning or "", maalform)


def describe(allocation: Allocation, maalform: Maalform) -> str:
    """The chart in words: every charted value of every ordning."""
    parts = []
    for line in allocation.lines:
        values = ", ".join(
            f"{label_of(key, maalform).lower()} {format_kroner(value_of(line, key))}"
            for key, _ in SERIES
        )
        parts.append(f"{line_name(allocation, line, maalform)}: {values}.")
    return word("diagram.beskrivelse", maalform, aar=allocation.aar) + " " + " ".join(parts)


def text(y: int, size: int, content: str, bold: bool = False) -> str:
    """A line of text at the left edge."""
    weight = ' font-weight="700"' if bold else ""
    return (
        f'<text x="0" y="{y}" font-size="{size}"{weight} fill="{TEXT_COLOUR}">'
        f"{html_text(content)}</text>"
    )


def bar_width(value: int, largest: int) -> str:
    """A bar's width as a percentage of the chart (a thin bar for any positive value)."""
    if value <= 0:
        return "0"
    return f"{max(0.4, round(100 * value / largest, 2))}%"


def group(name: str, line: OrdningLine, top: int, largest: int, maalform: Maalform) -> list[str]:
    """The name and the three labelled bars of one ordning."""
    parts = [text(top + NAME_SIZE, NAME_SIZE, name, bold=True)]
    for index, (key, colour) in enumerate(SERIES):
        y = top + NAME_HEIGHT + index * SERIES_HEIGHT
        value = value_of(line, key)
        label = f"{label_of(key, maalform)}: {format_kroner(value)}"
        parts.append(text(y + LABEL_SIZE, LABEL_SIZE, label))
        parts.append(
            f'<rect x="0" y="{y + LINE_HEIGHT}" width="{bar_width(value, largest)}" '
            f'height="{BAR_HEIGHT}" fill="{colour}"/>'
        )
    return parts


def chart_svg(allocation: Allocation, maalform: Maalform = "nb") -> str:
    """The chart as one line of SVG markup, safe to place in a Markdown page."""
    height = len(allocation.lines) * GROUP_HEIGHT
    largest = max([1, *(value_of(line, key) for line in allocation.lines for key, _ in SERIES)])
    body = [
        part
        for i, line in enumerate(allocation.lines)
        for part in group(
            line_name(allocation, line, maalform), line, i * GROUP_HEIGHT, largest, maalform
        )
    ]
    ident = f"fordeling-{allocation.aar}-diagram"
    title = word("diagram.tittel", maalform, aar=allocation.aar)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" height="{height}" '
        f'style="max-width:{MAX_WIDTH}px" aria-labelledby="{ident}-tittel {ident}-beskrivelse">'
        f'<title id="{ident}-tittel">{html_text(title)}</title>'
        f'<desc id="{ident}-beskrivelse">{html_text(describe(allocation, maalform))}</desc>'
        + "".join(body)
        + "</svg>"
    )
