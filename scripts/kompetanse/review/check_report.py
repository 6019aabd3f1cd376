"""Problems and summaries as text, JSON or Markdown, in bokmål or nynorsk."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from kompetanse.text.catalogue import Maalform, word
from kompetanse.text.inert import markdown_code, markdown_text, terminal_line
from kompetanse.text.plural import count_of
from kompetanse.validation.checker import CheckResult
from kompetanse.validation.problems import Problem, Severity

SEVERITY_KEYS = {Severity.ERROR: "kontroll.feil", Severity.WARNING: "kontroll.advarsel"}
SEVERITY_NB = {severity: word(key, "nb") for severity, key in SEVERITY_KEYS.items()}
TABLE_COLUMNS = ("alvor", "kode", "fil", "sted", "melding")


def severity_word(severity: Severity, maalform: Maalform = "nb") -> str:
    """``feil`` or ``advarsel`` (``åtvaring`` in nynorsk)."""
    return word(SEVERITY_KEYS[severity], maalform)


def summary_line(result: CheckResult, maalform: Maalform = "nb") -> str:
    """One Norwegian line with the counts."""
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    verdict = word("kontroll.ingen-feil" if errors == 0 else "kontroll.feilet", maalform)
    files = count_of(result.files, word("kontroll.fil", maalform), word("kontroll.filer", maalform))
    advarsler = count_of(
        warnings, word("kontroll.advarsel", maalform), word("kontroll.advarsler", maalform)
    )
    return word(
        "kontroll.oppsummering",
        maalform,
        utfall=verdict,
        filer=files,
        feil=errors,
        advarsler=advarsler,
    )


def format_problem_line(problem: Problem, maalform: Maalform = "nb") -> str:
    """``file::location: [severity code] message``, always one line that a terminal shows as is."""
    location = f"::{problem.location}" if problem.location else ""
    severity = severity_word(problem.severity, maalform)
    line = f"{problem.file}{location}: [{severity} {problem.code}] {problem.message_in(maalform)}"
    return terminal_line(line)


def render_text(result: CheckResult, maalform: Maalform = "nb") -> str:
    """One line per problem and a count at the end."""
    lines = [format_problem_line(problem, maalform) for problem in result.problems]
    return "\n".join([*lines, summary_line(result, maalform)]) + "\n"


def render_json(result: CheckResult, maalform: Maalform = "nb") -> str:
    """``{"status": "ok"|"fail", "files": N, "errors": N, "warnings": N, "problems": [...]}``."""
    return json.dumps(result.as_dict(maalform), ensure_ascii=False, indent=2) + "\n"


def markdown_problem_table(problems: Iterable[Problem], maalform: Maalform = "nb") -> list[str]:
    """A Markdown table of problems."""
    headings = [word(f"kontroll.kolonne.{column}", maalform) for column in TABLE_COLUMNS]
    lines = ["| " + " | ".join(headings) + " |", "|---|---|---|---|---|"]
    for p in problems:
        texts = [markdown_text(text) for text in (p.file, p.location, p.message_in(maalform))]
        cells = [severity_word(p.severity, maalform), f"`{markdown_code(p.code)}`", *texts]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_markdown(result: CheckResult, maalform: Maalform = "nb") -> str:
    """A heading, the count and a table of problems."""
    title = word("kontroll.overskrift", maalform)
    lines = [f"## {title}", "", summary_line(result, maalform), ""]
    if result.problems:
        lines += markdown_problem_table(result.problems, maalform)
    return "\n".join(lines) + "\n"


Renderer = Callable[[CheckResult, Maalform], str]
RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
