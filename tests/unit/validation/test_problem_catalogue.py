"""Every problem code the code can emit is in the catalogue, tested, and listed in the docs."""

from __future__ import annotations

import re
from pathlib import Path

from kompetanse.site.problem_codes import problem_code_table
from kompetanse.validation.problems import FRICTIONLESS_MEANINGS, PROBLEM_CODES
from kompetanse.validation.schema import CODE_BY_KEYWORD
from tests.examples_support import iter_examples

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "scripts" / "kompetanse"
TESTS = ROOT / "tests"
CODE_LITERAL = re.compile(r'"([a-z]+(?:-[a-z0-9]+)+)"')


def emitted_codes() -> set[str]:
    """Codes passed to make_problem / ctx.problem / _InputError in the package source."""
    found: set[str] = set(CODE_BY_KEYWORD.values())
    call = re.compile(
        r'(?:make_problem|ctx\.problem|_InputError|Problem|refusal)\([^)]*?"([a-z]+(?:-[a-z0-9]+)+)"',
        re.S,
    )
    for path in PACKAGE.rglob("*.py"):
        found |= set(call.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_emitted_code_is_in_the_catalogue() -> None:
    assert emitted_codes() - set(PROBLEM_CODES) == set()


def test_every_catalogue_code_is_exercised_by_an_example_or_a_test() -> None:
    from_examples = {
        code for kind in ("valid", "invalid") for e in iter_examples(kind) for code in e.codes
    }
    test_text = "\n".join(
        p.read_text(encoding="utf-8")
        for p in TESTS.rglob("test_*.py")
        if p.name != Path(__file__).name
    )
    from_tests = set(CODE_LITERAL.findall(test_text))
    assert set(PROBLEM_CODES) - from_examples - from_tests == set()


def test_docs_list_every_code_with_its_meaning() -> None:
    table = problem_code_table()
    for code, info in PROBLEM_CODES.items():
        assert f"| `{code}` |" in table and info.meaning in table
    for code in FRICTIONLESS_MEANINGS:
        assert f"| `{code}` |" in table
