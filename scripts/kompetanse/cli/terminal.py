"""Tables for the terminal: aligned columns with headers, drawn by rich without colour."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table

RENDER_WIDTH = 200


def aligned_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric_from: int = 1,
    total_last: bool = True,
) -> str:
    """Rows under their headers; columns from ``numeric_from`` are right-aligned.

    With ``total_last`` a rule sets the last row (the sums) apart from the others.
    """
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    for index, header in enumerate(headers):
        table.add_column(header, justify="right" if index >= numeric_from else "left")
    for number, row in enumerate(rows):
        table.add_row(*row, end_section=total_last and number == len(rows) - 2)
    return render(table)


def render(table: Table) -> str:
    """The table as plain text at its natural width (no colour, no terminal codes)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=RENDER_WIDTH, color_system=None, highlight=False, emoji=False
    )
    console.print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())
