"""The review within the forges' limits: a short comment, and the full report in parts.

A pull request comment on GitHub holds at most 65,536 characters, and a job summary at most
1 MiB per step; a GitLab note about 1,000,000 characters. The comment is therefore a summary
that stays under :data:`COMMENT_LIMIT` whatever the size of the pull request: the counts, the
sums per ordning, the problems by code and one verdict line per melding for as many meldinger as
fit (errors first), then how many more there are. The full report goes to the job summary, split
at melding sections into parts of at most :data:`SUMMARY_PART_BYTES` (each part says which part
it is), and whole into the job's artifact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kompetanse.domain.money import format_kroner
from kompetanse.review.build import MeldingReview, Review, Verdict
from kompetanse.review.report import VERDICT_MARK
from kompetanse.text.inert import markdown_code as esc_code
from kompetanse.text.inert import markdown_text as esc
from kompetanse.text.plural import count_of
from kompetanse.validation.problems import PROBLEM_CODES, Severity

COMMENT_LIMIT = 60_000
SUMMARY_PART_BYTES = 1_000_000
MAX_SUMMARY_PARTS = 5
ARTIFACT = "rapport"
WHERE_FULL = (
    f"Hele rapporten, med budsjett, feil og endringer for hver behovsmelding, ligger i "
    f"jobbsammendraget og i artefakten «{ARTIFACT}» for denne kjøringen."
)
VERDICT_ORDER = (Verdict.FEIL, Verdict.ADVARSLER, Verdict.KLAR)
SEVERITY_NB = {Severity.ERROR: "feil", Severity.WARNING: "advarsel"}


def count_lines(review: Review) -> list[str]:
    """How many meldinger have each verdict, and what else the pull request changes."""
    verdicts = Counter(item.verdict for item in review.meldinger)
    parts = [f"{verdicts[v]} {v}" for v in VERDICT_ORDER if verdicts[v]]
    lines = [f"**{count_of(len(review.meldinger), 'behovsmelding', 'behovsmeldinger')}**"]
    if parts:
        lines[0] += ": " + ", ".join(parts)
    extra = [
        count_of(len(review.fjernet), "fil fjernet", "filer fjernet") if review.fjernet else "",
        count_of(len(review.tabeller), "tabell endret", "tabeller endret")
        if review.tabeller
        else "",
    ]
    lines[0] += "".join(f"; {text}" for text in extra if text) + "."
    return [*lines, ""]


def sum_lines(review: Review) -> list[str]:
    """Innmeldt over the whole period, per ordning, for the meldinger that could be read."""
    counts: Counter[str] = Counter()
    sums: Counter[str] = Counter()
    for item in review.meldinger:
        if item.melding is not None:
            name = item.ordning_navn or item.melding.ordning
            counts[name] += 1
            sums[name] += item.melding.total
    if not counts:
        return []
    lines = ["| Ordning | Behovsmeldinger | Innmeldt, hele perioden |", "|---|---:|---:|"]
    for name in sorted(counts):
        lines.append(f"| {esc(name)} | {counts[name]} | {format_kroner(sums[name])} |")
    total = f"| **Totalt** | {sum(counts.values())} | {format_kroner(sum(sums.values()))} |"
    return [*lines, total, ""]


def problem_count_lines(review: Review) -> list[str]:
    """Every problem code found, with its severity, meaning and how often it occurs."""
    found = Counter((p.code, p.severity) for item in review.meldinger for p in item.problems)
    if not found:
        return ["Ingen feil eller advarsler.", ""]
    lines = ["| Kode | Alvor | Antall | Betyr |", "|---|---|---:|---|"]
    for (code, severity), number in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        meaning = esc(PROBLEM_CODES[code].meaning) if code in PROBLEM_CODES else ""
        lines.append(f"| `{esc_code(code)}` | {SEVERITY_NB[severity]} | {number} | {meaning} |")
    return [*lines, ""]


def verdict_line(item: MeldingReview) -> str:
    """One melding: its verdict, file, owner and how many errors and warnings."""
    errors = sum(1 for p in item.problems if p.severity is Severity.ERROR)
    warnings = len(item.problems) - errors
    who = f" ({esc(item.melding.eier.navn)})" if item.melding else ""
    counts = f"{errors} feil, {count_of(warnings, 'advarsel', 'advarsler')}"
    mark = VERDICT_MARK[item.verdict]
    return f"- {mark} **{item.verdict}**: `{esc_code(item.relpath)}`{who}, {item.status}: {counts}"


def ordered(meldinger: Iterable[MeldingReview]) -> list[MeldingReview]:
    """Errors first, then warnings, then the ready ones; by file within each."""
    return sorted(meldinger, key=lambda m: (VERDICT_ORDER.index(m.verdict), m.relpath))


def fitting_lines(lines: list[str], budget: int) -> tuple[list[str], int]:
    """As many of ``lines`` as fit in ``budget`` characters (with line breaks); the count left."""
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > budget:
            break
        kept.append(line)
        used += len(line) + 1
    return kept, len(lines) - len(kept)


def render_comment(review: Review, limit: int = COMMENT_LIMIT) -> str:
    """The pull request comment: counts, sums, problems, verdicts as far as they fit."""
    head = [
        f"## Behovsmeldinger endret siden `{esc_code(review.base)}`",
        "",
        *count_lines(review),
        *sum_lines(review),
        "### Feil og advarsler",
        "",
        *problem_count_lines(review),
        "### Vurdering per behovsmelding",
        "",
    ]
    tail = ["", WHERE_FULL, ""]
    lines = [verdict_line(item) for item in ordered(review.meldinger)]
    lines += [f"- 🗑️ **fjernet**: `{esc_code(path)}`" for path in review.fjernet]
    reserve = len("\n".join([*head, *tail])) + 200
    kept, left = fitting_lines(lines, limit - reserve)
    if left:
        kept.append(f"- … og {left} til; se hele rapporten.")
    return "\n".join([*head, *(kept or ["Ingen behovsmeldinger er endret."]), *tail])


def split_sections(report: str) -> list[str]:
    """The report cut before each melding's section (``### ``), the head first."""
    sections: list[str] = []
    for line in report.splitlines(keepends=True):
        if line.startswith("### ") or not sections:
            sections.append("")
        sections[-1] += line
    return sections


def pieces_within(text: str, limit: int) -> list[str]:
    """A section longer than ``limit`` bytes cut at line breaks (a line is never cut)."""
    pieces = [""]
    for line in text.splitlines(keepends=True):
        if pieces[-1] and len((pieces[-1] + line).encode()) > limit:
            pieces.append("")
        pieces[-1] += line
    return pieces


def pack(sections: list[str], limit: int) -> list[str]:
    """Sections packed in order into parts of at most ``limit`` bytes."""
    parts = [""]
    for section in sections:
        for piece in pieces_within(section, limit):
            if parts[-1] and len((parts[-1] + piece).encode()) > limit:
                parts.append("")
            parts[-1] += piece
    return parts


def part_note(number: int, total: int) -> str:
    """The line above a part that says the report is split."""
    if number == 1:
        return (
            f"> Rapporten er delt i {total} deler fordi et jobbsammendrag kan være høyst 1 MiB. "
            f"Dette er del 1 av {total}; hele rapporten ligger også i artefakten «{ARTIFACT}».\n\n"
        )
    return f"> Del {number} av {total} av rapporten.\n\n"


def split_for_job_summary(
    report: str, limit: int = SUMMARY_PART_BYTES, max_parts: int = MAX_SUMMARY_PARTS
) -> list[str]:
    """The full report as job summary parts; more than one part each says so above it.

    When even ``max_parts`` parts cannot hold it, the last part ends by pointing to the artifact.
    """
    parts = pack(split_sections(report), limit - 400)
    if len(parts) == 1:
        return parts
    shown = parts[:max_parts]
    if len(parts) > max_parts:
        left = len(parts) - max_parts
        shown[-1] += (
            f"\n> Rapporten fortsetter i {count_of(left, 'del', 'deler')} til, som bare ligger i "
            f"artefakten «{ARTIFACT}».\n"
        )
    return [part_note(i, len(parts)) + part for i, part in enumerate(shown, start=1)]
