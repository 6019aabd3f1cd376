"""Problem messages in nynorsk: every example's problems can be written in both målformer, the
bokmål text is the problem's own message, and ``validate --lang nn`` prints nynorsk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.repository.check import check_repository
from kompetanse.validation.checker import Selection
from tests.examples_support import Example, iter_examples
from tests.support.cli import invoke

EXAMPLES = [e for e in iter_examples("invalid") + iter_examples("valid") if e.codes]
BOKMAAL_ONLY_WORDS = (" ikke ", " mangler", " skal være ", " finnes ", " hører ")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_each_example_is_told_in_both_maalformer(copy_of_project: Path, example: Example) -> None:
    relpath = example.place(copy_of_project).relative_to(copy_of_project).as_posix()
    result = check_repository(copy_of_project, Selection(frozenset({relpath})))
    problems = [p for p in result.problems if p.code in example.codes]
    assert problems, example
    for problem in problems:
        assert problem.words is not None, problem.code
        assert problem.message_in("nb") == problem.message
        nynorsk = problem.message_in("nn")
        assert "{" not in nynorsk.replace("{ … }", "")
        assert not any(word in f" {nynorsk} " for word in BOKMAAL_ONLY_WORDS), nynorsk


def test_validate_prints_nynorsk_with_lang_nn(copy_of_project: Path) -> None:
    path = sorted(copy_of_project.glob("submissions/*/*/*.json"))[0]
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["organisasjonsnummer"] = "123456789"
    del document["kontaktperson"]["navn"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, text = invoke("validate", "--root", str(copy_of_project), str(path), "--lang", "nn")
    assert code == 1
    assert "«Namn» manglar." in text
    assert "er ikkje eit gyldig organisasjonsnummer" in text
    assert text.rstrip().endswith("Kontrollen gjekk gjennom 1 fil: 2 feil, 0 åtvaringar.")
    _, as_json = invoke("validate", "--root", str(copy_of_project), str(path), "-o", "json")
    messages = {p["message"] for p in json.loads(as_json)["problems"]}
    assert "«Navn» mangler." in messages
