"""The review report rendered for a pull request comment or job summary (Markdown) and as JSON.

Owner text is escaped for Markdown; contact persons never appear (the review leaves them out).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from kompetanse.domain.koordinator import koordinator_over_limit, koordinator_share
from kompetanse.domain.model import Behovsmelding
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.review.build import VERDICT_MARK, DocumentReview, MeldingReview, Review
from kompetanse.review.document_report import document_facts, document_lines, document_section
from kompetanse.review.trust import flag_lines, trust_lines
from kompetanse.text.inert import markdown_code as esc_code
from kompetanse.text.inert import markdown_text as esc
from kompetanse.validation.problems import Severity


def percent(part: int, total: int) -> str:
    """``part`` of ``total`` as a Norwegian percentage with one decimal."""
    return f"{koordinator_share(part, total):.1f}".replace(".", ",") + "\u00a0%"


def melding_facts(item: MeldingReview) -> dict[str, Any]:
    """One melding's review as plain data (the JSON output)."""
    facts: dict[str, Any] = {
        "fil": item.relpath,
        "endring": item.status,
        "vurdering": str(item.verdict),
    }
    m = item.melding
    if m is not None:
        facts |= {
            "id": m.id,
            "eier": {"navn": m.eier.navn, "organisasjonsnummer": m.eier.organisasjonsnummer},
            "ordning": str(m.ordning),
            "aar": m.aar,
            "periode_aar": m.periode_aar,
            "nettverk": len(m.nettverk),
            "enheter": len(m.enheter),
            "uh": {"uh_id": m.uh_id, "navn": item.uh_navn},
            "budsjett": [asdict(year) for year in m.budsjett],
            "egenandel": asdict(item.egenandel) if item.egenandel else None,
            "koordinator_varsel_sats": item.koordinator_grense,
        }
    facts["problemer"] = [p.as_dict() for p in item.problems]
    facts["endringer"] = [{"felt": c.path, "foer": c.old, "etter": c.new} for c in item.changes]
    return facts


def render_json(review: Review) -> str:
    """The review as JSON."""
    payload = {
        "base": review.base,
        "meldinger": [melding_facts(item) for item in review.meldinger],
        "dokumenter": [document_facts(item) for item in review.dokumenter],
        "fjernet": review.fjernet,
        "tabeller": review.tabeller,
        "flagget": review.flagget,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"


def verdict_lines(review: Review) -> list[str]:
    """One line per melding with its verdict, then the removed files."""
    lines = []
    for item in review.meldinger:
        who = f" ({esc(item.melding.eier.navn)})" if item.melding else ""
        mark = VERDICT_MARK[item.verdict]
        lines.append(f"- {mark} **{item.verdict}**: `{esc_code(item.relpath)}`{who}, {item.status}")
    lines += document_lines(review)
    lines += [f"- 🗑️ **fjernet**: `{esc_code(path)}`" for path in review.fjernet]
    lines += [
        f"- 📋 **tabell endret**: `{esc_code(path)}` (se valideringen)" for path in review.tabeller
    ]
    return lines or ["Ingen behovsmeldinger er lagt til, endret eller fjernet."]


def fact_lines(item: MeldingReview, m: Behovsmelding) -> list[str]:
    """Owner, ordning, period, network, UH."""
    last = m.aar + m.periode_aar - 1
    period = f"{m.aar}" if last == m.aar else f"{m.aar}–{last}"
    uh = esc(item.uh_navn) if item.uh_navn else f"{esc(m.uh_id)} (ukjent)"
    return [
        f"- **Eier:** {esc(m.eier.navn)} (org.nr. {esc(m.eier.organisasjonsnummer)}), {m.eier.eiertype}",
        f"- **Ordning:** {esc(item.ordning_navn or m.ordning)}",
        f"- **År og periode:** {m.aar}, {m.periode_aar} år ({period})",
        f"- **Nettverk:** {len(m.nettverk)} andre eiere; **enheter:** {len(m.enheter)}",
        f"- **UH-partner:** {uh}",
    ]


def budget_lines(item: MeldingReview, m: Behovsmelding) -> list[str]:
    """The budget per year with totals and the coordinator share against the warning level."""
    limit = format_rate(item.koordinator_grense) if item.koordinator_grense is not None else "–"
    lines = [
        "",
        f"| År | Eier | UH | Koordinator | Sum | Koordinatorandel (grense {limit}) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for y in m.budsjett:
        over = item.koordinator_grense is not None and koordinator_over_limit(
            y.koordinator_andel, y.sum, item.koordinator_grense
        )
        share = percent(y.koordinator_andel, y.sum) + (" over grensen" if over else "")
        cells = [y.eier_andel, y.uh_andel, y.koordinator_andel, y.sum]
        lines.append(
            f"| {y.aar} | " + " | ".join(format_kroner(c) for c in cells) + f" | {share} |"
        )
    totals = [
        sum(getattr(y, f) for y in m.budsjett)
        for f in ("eier_andel", "uh_andel", "koordinator_andel", "sum")
    ]
    lines.append(
        "| **Totalt** | "
        + " | ".join(format_kroner(c) for c in totals)
        + f" | {percent(totals[2], totals[3])} |"
    )
    return [*lines, ""]


def egenandel_line(item: MeldingReview) -> list[str]:
    """Stated against computed minimum egenandel (in an ordning that has one)."""
    check = item.egenandel
    if check is None:
        return ["- **Egenandel:** gjelder ikke for denne ordningen"]
    status = "oppfylt" if check.shortfall == 0 else f"mangler {format_kroner(check.shortfall)}"
    return [
        f"- **Egenandel:** oppgitt {format_kroner(check.stated)}, minst {format_kroner(check.minimum)} "
        f"({format_rate(check.rate)} av eierens andel): {status}"
    ]


def problem_lines(item: MeldingReview | DocumentReview) -> list[str]:
    """Every error and warning."""
    if not item.problems:
        return ["Ingen feil eller advarsler."]
    lines = ["| Alvor | Kode | Sted | Melding |", "|---|---|---|---|"]
    for p in item.problems:
        severity = "feil" if p.severity is Severity.ERROR else "advarsel"
        lines.append(
            f"| {severity} | `{esc_code(p.code)}` | `{esc_code(p.location)}` | {esc(p.message)} |"
        )
    return lines


def change_lines(item: MeldingReview | DocumentReview) -> list[str]:
    """What changed since the previous version."""
    if item.status == "ny":
        return ["Ny fil."]
    if not item.comparable:
        return ["Innholdet kunne ikke sammenlignes med forrige versjon; se feilene over."]
    if not item.changes:
        return ["Ingen endringer i innholdet (utenom kontaktperson)."]
    lines = ["| Felt | Før | Etter |", "|---|---|---|"]
    for c in item.changes:
        lines.append(f"| `{esc_code(c.path)}` | {esc(c.old or '–')} | {esc(c.new or '–')} |")
    return lines


def melding_section(item: MeldingReview) -> list[str]:
    """The full section for one melding."""
    m = item.melding
    title = f"{esc(m.id)}: {esc(m.eier.navn)}" if m else f"`{esc_code(item.relpath)}`"
    lines = [
        f"### {VERDICT_MARK[item.verdict]} {title}",
        "",
        f"Fil: `{esc_code(item.relpath)}` ({item.status})",
        "",
    ]
    if m is None:
        lines += ["Innholdet kunne ikke leses som en behovsmelding; se feilene under.", ""]
    else:
        lines += [*fact_lines(item, m), *trust_lines(item.trust), *egenandel_line(item)]
        lines += budget_lines(item, m)
    lines += [
        "#### Feil og advarsler",
        "",
        *problem_lines(item),
        "",
        "#### Endringer",
        "",
        *change_lines(item),
        "",
    ]
    return lines


def render_markdown(review: Review) -> str:
    """The report for a pull request comment or a CI job summary."""
    lines = [
        f"## Behovsmeldinger endret siden `{esc_code(review.base)}`",
        "",
        *flag_lines(review.flagget),
        *verdict_lines(review),
        "",
    ]
    for item in review.meldinger:
        lines += melding_section(item)
    for document in review.dokumenter:
        lines += document_section(document, problem_lines(document), change_lines(document))
    return "\n".join(lines)


RENDERERS = {"markdown": render_markdown, "json": render_json}
