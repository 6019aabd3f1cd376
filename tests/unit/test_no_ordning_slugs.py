"""No source names an ordning: the register in data/ordninger.csv is the one place for them.

Every string literal in the package's Python (and the benchmarks beside it), read with ``ast``,
and every string literal and identifier in the form's own JavaScript must leave the slugs alone:
no literal that is a slug, and none that holds one as a part of a path, pattern or key
(``submissions/2025/regional/``, ``regional|desentralisert``, ``kontakt:regional``). Prose that
uses the words in a sentence is not a slug. Generated and vendored files are not read.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON_SOURCES = (ROOT / "scripts" / "kompetanse", ROOT / "scripts" / "bench")
FORM_JS = ROOT / "docs" / "assets" / "skjema"
# The ordninger the grant had when they were spelled out in code. Fixed here, not read from the
# register, so that adding an ordning to data/ never turns this test red.
SLUGS = ("regional", "desentralisert", "kompetanseloftet")
SEPARATORS = r"/|():.#=?&\[\]{}<>\\"
PART = re.compile(
    rf"(?:^|[{SEPARATORS}])(?P<slug>{'|'.join(SLUGS)})(?:$|[{SEPARATORS}])", re.IGNORECASE
)
JS_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)"""
    r"""|(?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)""",
    re.DOTALL,
)
JS_IDENTIFIER = re.compile(rf"\b(?:{'|'.join(SLUGS)})\b")


def names_a_slug(text: str) -> bool:
    """True when the text is a slug, or holds one as a path, pattern or key part."""
    return text.strip().lower() in SLUGS or PART.search(text) is not None


def python_literals(source: str) -> Iterator[tuple[int, str]]:
    """Every string constant in Python source, with its line (f-string parts included)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def js_findings(source: str) -> Iterator[tuple[int, str]]:
    """String literals that name a slug, and identifiers (such as object keys) that are one."""
    position = 0
    for match in JS_TOKEN.finditer(source):
        code = source[position : match.start()]
        for found in JS_IDENTIFIER.finditer(code):
            yield source.count("\n", 0, position + found.start()) + 1, found.group()
        if match.group("string") and names_a_slug(match.group("string")[1:-1]):
            yield source.count("\n", 0, match.start()) + 1, match.group("string")
        position = match.end()
    for found in JS_IDENTIFIER.finditer(source[position:]):
        yield source.count("\n", 0, position + found.start()) + 1, found.group()


def python_findings() -> list[str]:
    """``file:line: literal`` for every Python literal that names a slug."""
    return [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for folder in PYTHON_SOURCES
        for path in sorted(folder.rglob("*.py"))
        for line, text in python_literals(path.read_text(encoding="utf-8"))
        if names_a_slug(text)
    ]


def form_js_findings() -> list[str]:
    """``file:line: text`` for every place in the form's own JavaScript that names a slug."""
    return [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted(FORM_JS.glob("*.js"))
        for line, text in js_findings(path.read_text(encoding="utf-8"))
    ]


def test_the_checks_catch_slugs_in_code() -> None:
    snippets = [
        'if melding.ordning == "desentralisert": pass',
        'PATH = r"^submissions/[0-9]{4}/(regional|desentralisert|kompetanseloftet)/"',
        'MARKER = "kontakt:kompetanseloftet"',
        'path = f"submissions/{aar}/regional/{id}.json"',
    ]
    assert all(any(names_a_slug(t) for _, t in python_literals(s)) for s in snippets)
    assert not any(names_a_slug(t) for _, t in python_literals('"Regional ordning for barnehage"'))
    js = 'const NAVN = { regional: "Regional ordning" };\nif (doc.ordning !== "desentralisert") {}'
    assert [line for line, _ in js_findings(js)] == [1, 2]
    assert (
        list(
            js_findings(
                '// regional in a comment\nconst url = "https://x/"; /* kompetanseloftet */'
            )
        )
        == []
    )


def test_no_python_literal_names_an_ordning() -> None:
    assert python_findings() == []


def test_the_form_javascript_names_no_ordning() -> None:
    assert sorted(p.name for p in FORM_JS.glob("*.js"))  # the form's own modules are read
    assert form_js_findings() == []
