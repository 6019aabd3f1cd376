"""An accessible SVG bar chart of the per-ordning table (inline in the page, next to the table).

The SVG has ``role="img"`` and is named by its ``<title>`` and described by its ``<desc>``, which
states every value in words; the table beside it holds the same figures.
"""

from __future__ import annotations

from kompetanse.domain.allocation import Allocation, OrdningLine
from kompetanse.domain.money import format_kroner
from kompetanse.text.inert import html_text

WIDTH, LABEL_WIDTH, BAR_HEIGHT, GAP, GROUP_GAP = 720, 190, 18, 4, 22
SERIES: tuple[tuple[str, str, str], ...] = (
    ("disponibelt", "Disponibelt", "#1f4e79"),
    ("innmeldte_behov", "Innmeldte behov", "#8a4b08"),
    ("vedtatt", "Vedtatt", "#2e6b30"),
)


def value_of(line: OrdningLine, key: str) -> int:
    """One of the charted figures of a row."""
    return int(getattr(line, key))


def describe(allocation: Allocation) -> str:
    """The chart in words: every charted value of every ordning."""
    parts = []
    for line in allocation.lines:
        name = allocation.ordninger.kortnavn(line.ordning or "")
        values = ", ".join(
            f"{label.lower()} {format_kroner(value_of(line, key))}" for key, label, _ in SERIES
        )
        parts.append(f"{name}: {values}.")
    return f"Søylediagram for {allocation.aar}. " + " ".join(parts)


def bar(x: int, y: int, width: int, colour: str) -> str:
    """One bar (decorative: the values are in the description and the table)."""
    return f'<rect x="{x}" y="{y}" width="{width}" height="{BAR_HEIGHT}" fill="{colour}"/>'


def group(name: str, line: OrdningLine, top: int, scale: float) -> list[str]:
    """The label and the three bars of one ordning."""
    parts = [
        f'<text x="0" y="{top + BAR_HEIGHT + 8}" font-size="14" fill="#1b1b1b">{html_text(name)}</text>'
    ]
    for index, (key, _, colour) in enumerate(SERIES):
        y = top + index * (BAR_HEIGHT + GAP)
        value = value_of(line, key)
        length = max(1, round(max(value, 0) * scale)) if value else 0
        parts.append(bar(LABEL_WIDTH, y, length, colour))
        parts.append(
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 14}" font-size="12" fill="#1b1b1b">'
            f"{html_text(format_kroner(value))}</text>"
        )
    return parts


def legend(top: int) -> list[str]:
    """Colour keys for the three series."""
    parts = []
    for index, (_, label, colour) in enumerate(SERIES):
        x = LABEL_WIDTH + index * 170
        parts.append(f'<rect x="{x}" y="{top}" width="14" height="14" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + 20}" y="{top + 12}" font-size="13" fill="#1b1b1b">{label}</text>'
        )
    return parts


def chart_svg(allocation: Allocation) -> str:
    """The chart as one line of SVG markup, safe to place in a Markdown page."""
    group_height = len(SERIES) * (BAR_HEIGHT + GAP) + GROUP_GAP
    height = len(allocation.lines) * group_height + 40
    largest = max([1, *(value_of(line, key) for line in allocation.lines for key, _, _ in SERIES)])
    scale = (WIDTH - LABEL_WIDTH - 130) / largest
    body = [
        part
        for i, line in enumerate(allocation.lines)
        for part in group(
            allocation.ordninger.kortnavn(line.ordning or ""), line, i * group_height, scale
        )
    ]
    ident = f"fordeling-{allocation.aar}-diagram"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px" aria-labelledby="{ident}-tittel {ident}-beskrivelse">'
        f'<title id="{ident}-tittel">Disponibelt, innmeldte behov og vedtatt per ordning i {allocation.aar}</title>'
        f'<desc id="{ident}-beskrivelse">{html_text(describe(allocation))}</desc>'
        + "".join(body)
        + "".join(legend(height - 24))
        + "</svg>"
    )
