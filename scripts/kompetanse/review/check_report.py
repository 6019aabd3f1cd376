"""Problems and summaries as text, JSON or Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterable

from kompetanse.text.inert import markdown_code, markdown_text, terminal_line
from kompetanse.text.plural import count_of
from kompetanse.validation.checker import CheckResult
from kompetanse.validation.problems import Problem, Severity

SEVERITY_NB = {Severity.ERROR: "feil", Severity.WARNING: "advarsel"}


def summary_line(result: CheckResult) -> str:
    """One Norwegian line with the counts."""
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    verdict = "Ingen feil." if errors == 0 else "Kontrollen feilet."
    files = count_of(result.files, "fil", "filer")
    return f"{verdict} {files} kontrollert: {errors} feil, {count_of(warnings, 'advarsel', 'advarsler')}."


def format_problem_line(problem: Problem) -> str:
    """``file::location: [severity code] message``, always one line that a terminal shows as is."""
    location = f"::{problem.location}" if problem.location else ""
    line = f"{problem.file}{location}: [{SEVERITY_NB[problem.severity]} {problem.code}] {problem.message}"
    return terminal_line(line)


def render_text(result: CheckResult) -> str:
    """One line per problem and a count at the end."""
    lines = [format_problem_line(problem) for problem in result.problems]
    return "\n".join([*lines, summary_line(result)]) + "\n"


def render_json(result: CheckResult) -> str:
    """``{"status": "ok"|"fail", "files": N, "errors": N, "warnings": N, "problems": [...]}``."""
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"


def markdown_problem_table(problems: Iterable[Problem]) -> list[str]:
    """A Markdown table of problems."""
    lines = ["| Alvor | Kode | Fil | Sted | Melding |", "|---|---|---|---|---|"]
    for p in problems:
        texts = [markdown_text(text) for text in (p.file, p.location, p.message)]
        cells = [SEVERITY_NB[p.severity], f"`{markdown_code(p.code)}`", *texts]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_markdown(result: CheckResult) -> str:
    """A heading, the count and a table of problems."""
    lines = ["## Validering", "", summary_line(result), ""]
    if result.problems:
        lines += markdown_problem_table(result.problems)
    return "\n".join(lines) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}
