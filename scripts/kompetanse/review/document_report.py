"""Rapporter and søknader in the review report (Markdown and JSON); owner text made inert."""

from __future__ import annotations

from typing import Any

from kompetanse.review.build import VERDICT_MARK, DocumentReview, Review
from kompetanse.text.inert import markdown_code as esc_code
from kompetanse.text.inert import markdown_text as esc


def document_lines(review: Review) -> list[str]:
    """One line per rapport or søknad with its verdict."""
    lines = []
    for item in review.dokumenter:
        mark = VERDICT_MARK[item.verdict]
        what = item.kind.title.lower()
        lines.append(
            f"- {mark} **{item.verdict}**: `{esc_code(item.relpath)}` ({esc(what)}), {item.status}"
        )
    return lines


def table(item: DocumentReview) -> list[str]:
    """The document's table (shares or employees), cells made inert."""
    if not item.rows:
        return []
    head = "| " + " | ".join(esc(h) for h in item.headers) + " |"
    rule = "|" + "---|" * len(item.headers)
    return [
        "",
        head,
        rule,
        *("| " + " | ".join(esc(c) for c in row) + " |" for row in item.rows),
        "",
    ]


def document_section(item: DocumentReview, problems: list[str], changes: list[str]) -> list[str]:
    """The full section for one rapport or søknad."""
    lines = [
        f"### {VERDICT_MARK[item.verdict]} {esc(item.kind.title)}: `{esc_code(item.relpath)}`",
        "",
        f"Fil: `{esc_code(item.relpath)}` ({item.status})",
        "",
    ]
    if not item.facts:
        lines += ["Innholdet kunne ikke leses; se feilene under.", ""]
    lines += [f"- **{esc(label)}:** {esc(value)}" for label, value in item.facts]
    lines += table(item)
    return [*lines, "#### Feil og advarsler", "", *problems, "", "#### Endringer", "", *changes, ""]


def document_facts(item: DocumentReview) -> dict[str, Any]:
    """One document's review as plain data (the JSON output)."""
    return {
        "fil": item.relpath,
        "type": item.kind.name,
        "endring": item.status,
        "vurdering": str(item.verdict),
        "fakta": {label: value for label, value in item.facts},
        "tabell": [dict(zip(item.headers, row, strict=True)) for row in item.rows],
        "problemer": [p.as_dict() for p in item.problems],
        "endringer": [{"felt": c.path, "foer": c.old, "etter": c.new} for c in item.changes],
    }
