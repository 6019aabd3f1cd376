"""The letter templates caseworkers edit in ``data/brevmaler/``, and how they are rendered.

A template is Jinja2 HTML. Every value a template prints (``{{ … }}``) passes through
:func:`kompetanse.text.inert.html_text`, so owner text can never become markup; the template's
own HTML is the caseworkers'. A template may only name fields the letter has: each is checked
before anything is rendered (a misspelt field in a branch that is not taken is still found), and a
field that is missing while rendering stops the run too (``StrictUndefined``). Both are a
:class:`LetterTemplateError` that names the file and the line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, nodes

from kompetanse.domain.money import format_kroner
from kompetanse.errors import KompetanseError
from kompetanse.publication.template_dir import TEMPLATE_DIR
from kompetanse.publication.template_fields import hints_of, unknown_fields
from kompetanse.text.format import format_date_nb, format_phone
from kompetanse.text.inert import html_text


class LetterTemplateError(KompetanseError):
    """A letter template names a field the letter does not have, or cannot be read."""

    def __init__(self, file: str, detail: str) -> None:
        super().__init__(f"{file}: {detail}")
        self.file = file
        self.detail = detail


def printable(value: Any) -> str:
    """What ``{{ value }}`` prints: the text made inert for HTML (nothing for None)."""
    return "" if value is None else html_text(str(value))


def format_date(value: dt.date) -> str:
    """The ``dato`` filter: ``15. januar 2026`` (the month names are the same in nn)."""
    return format_date_nb(value)


def make_environment(root: Path) -> Environment:
    """The Jinja2 environment over the repository's templates."""
    environment = Environment(
        loader=FileSystemLoader(root / TEMPLATE_DIR),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=printable,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        kr=format_kroner, dato=format_date, iso=dt.date.isoformat, telefon=format_phone
    )
    return environment


def parse(environment: Environment, name: str) -> nodes.Template:
    """One template's syntax tree (LetterTemplateError when it is missing or does not parse)."""
    try:
        source = environment.loader.get_source(environment, name)[0] if environment.loader else ""
        return environment.parse(source, name)
    except TemplateError as error:
        raise template_error(name, error) from error


def parsed_chain(environment: Environment, name: str) -> list[tuple[str, nodes.Template]]:
    """The template and every template it extends or includes, parsed, in order."""
    chain: dict[str, nodes.Template] = {}
    waiting = [name]
    while waiting:
        current = waiting.pop(0)
        if current in chain:
            continue
        chain[current] = tree = parse(environment, current)
        targets = [n.template for n in tree.find_all(nodes.Extends)]
        targets += [n.template for n in tree.find_all(nodes.Include)]
        waiting += [t.value for t in targets if isinstance(t, nodes.Const)]
    return list(chain.items())


def check_template(environment: Environment, name: str, record: type) -> None:
    """Raise a LetterTemplateError when the template, or one it builds on, does not parse or
    names a field the letter's record does not have."""
    for template, tree in parsed_chain(environment, name):
        found = unknown_fields(tree, record)
        if found:
            raise LetterTemplateError(f"{TEMPLATE_DIR}/{template}", "; ".join(found))


def template_error(name: str, error: TemplateError) -> LetterTemplateError:
    """A Jinja2 error as one line naming the file (and the line, when Jinja2 knows it)."""
    line = getattr(error, "lineno", None)
    detail = error.message or type(error).__name__
    return LetterTemplateError(
        f"{TEMPLATE_DIR}/{name}", f"linje {line}: {detail}" if line else detail
    )


def render(environment: Environment, name: str, context: dict[str, Any]) -> str:
    """The template rendered with the letter's fields (LetterTemplateError on a missing field)."""
    try:
        return environment.get_template(name).render(context)
    except TemplateError as error:
        raise template_error(name, error) from error


def context_of(record: Any) -> dict[str, Any]:
    """A letter record's fields and properties as the template's top-level names."""
    return {name: getattr(record, name) for name in hints_of(type(record))}
