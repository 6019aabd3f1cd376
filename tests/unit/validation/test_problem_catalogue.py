"""Every problem code the code can emit is in the catalogue and tested.

That the docs list them is checked on the built page (tests/acceptance/test_site_reference_pages.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from kompetanse.validation.problems import PROBLEM_CODES
from tests.examples_support import iter_examples
from tests.support.codes import emitted_codes

TESTS = Path(__file__).resolve().parents[2]
CODE_LITERAL = re.compile(r'"([a-z]+(?:-[a-z0-9]+)+)"')


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
