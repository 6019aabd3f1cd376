"""Write letters as HTML and PDF, where the public site never publishes them.

Letters go to a folder outside ``docs/`` (see private_files.py), one HTML and
one PDF per letter, ready for the office's archive. Each letter's template is checked before any
letter is rendered. A rerun writes the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment

from kompetanse.domain.maalform import Maalform
from kompetanse.publication.files import write_together
from kompetanse.publication.letter_template import (
    check_template,
    context_of,
    make_environment,
    render,
)
from kompetanse.publication.pdf import pdf_bytes_all
from kompetanse.publication.private_files import outside_site


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its template's name, its record (whose fields are the template's
    names) and its file name."""

    template: str
    record: type
    file_stem: Callable[[Any], str]

    def template_for(self, maalform: str) -> str:
        """The template file of the letter in one målform, such as ``svarbrev.nn.html``."""
        return f"{self.template}.{maalform}.html"


def check_kind(environment: Environment, kind: LetterKind) -> None:
    """Check the kind's template in every målform (LetterTemplateError on an unknown field)."""
    for maalform in Maalform:
        check_template(environment, kind.template_for(maalform.value), kind.record)


def write_letters(root: Path, kind: LetterKind, letters: Sequence[Any], folder: Path) -> list[Path]:
    """Write every letter as HTML and PDF under ``folder``; return the paths written."""
    target = outside_site(root, folder)
    environment = make_environment(root)
    check_kind(environment, kind)
    stems = [target / kind.file_stem(letter) for letter in letters]
    htmls = [
        render(environment, kind.template_for(letter.maalform), context_of(letter))
        for letter in letters
    ]
    files: dict[Path, bytes] = {}
    for stem, html, pdf in zip(stems, htmls, pdf_bytes_all(htmls), strict=True):
        files[stem.with_suffix(".html")] = html.encode("utf-8")
        files[stem.with_suffix(".pdf")] = pdf
    write_together(files)
    return sorted(files)
