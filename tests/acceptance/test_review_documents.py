"""``kompetanse review`` shows a rapport beside its vedtak and a søknad by employee number,
never the contact person or the employees' names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kompetanse.domain.money import format_kroner as kr
from kompetanse.text.inert import markdown_text as esc
from tests.examples_support import EXAMPLES
from tests.support.cli import git, invoke

RAPPORT = "submissions/rapporter/2025/rp-2025-0a1b2c3d.json"
SOKNAD = "submissions/tilrettelegging/2025/ts-2025-0a1b2c3d.json"
NAMES = ("Aina Studentsen", "Bjørn Deltidsen", "Siri Styrer", "Ingrid Ås")


def place(root: Path, example: str, relpath: str) -> dict:
    target = root / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / f"{example}.json", target)
    return dict(json.loads(target.read_text(encoding="utf-8")))


@pytest.fixture
def pull_request(copy_of_project: Path) -> Path:
    """Branch ``pr`` adds a rapport and a søknad; then changes the søknad's names and a figure."""
    root = copy_of_project
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    place(root, "valid/rapport-minimal", RAPPORT)
    place(root, "valid/tilretteleggingssoknad-minimal", SOKNAD)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pr")
    return root


def review(root: Path, base: str, output: str = "markdown") -> str:
    code, text = invoke("review", "--base", base, "--root", str(root), "-o", output)
    assert code == 0, text
    return text


def test_the_rapport_is_shown_beside_its_vedtak(pull_request: Path) -> None:
    text = review(pull_request, "main")
    assert f"✅ **klar til behandling**: `{RAPPORT}` (rapporten), ny" in text
    assert f"**Behovsmelding:** {esc('bm-2025-a0250002 (Desentralisert ordning)')}" in text
    assert (
        "| Innvilget | 200\u00a0000\u00a0kr | 150\u00a0000\u00a0kr | 0\u00a0kr | 350\u00a0000\u00a0kr |"
        in text
    )
    assert (
        "| Brukt | 180\u00a0000\u00a0kr | 150\u00a0000\u00a0kr | 0\u00a0kr | 330\u00a0000\u00a0kr |"
        in text
    )
    egenandel = esc(f"{kr(60_000)} (lonn_frikjop); minst {kr(54_000)}")
    assert f"**Egenandel brukt:** {egenandel}" in text
    assert f"**Deltakere:** {esc('24: Alle lærere og ledere ved skolen')}" in text


def test_the_søknad_lists_employees_by_number_and_names_no_person(pull_request: Path) -> None:
    root = pull_request
    document = json.loads((root / SOKNAD).read_text(encoding="utf-8"))
    document["studenter"][0]["navn"] = "Aina Omdøpt"
    document["studenter"][1]["stillingsprosent"] = 40
    (root / SOKNAD).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    git(root, "commit", "-q", "-am", "endret")
    text = review(root, "main")
    asked = esc(f"1 × {kr(45_000)} = {kr(45_000)}")
    assert f"**Søkt:** {asked}" in text
    row = ["2", "Barnehagelærerutdanning, arbeidsplassbasert", "Universitetet i Sørøst-Norge"]
    row += ["40 %", "ja", "45", "nei"]
    assert "| " + " | ".join(esc(cell) for cell in row) + " |" in text
    assert "`tilrettelegging-stilling-for-lav` | `$.studenter[1].stillingsprosent`" in text
    changed = review(root, "HEAD~1", "json")
    for name in (*NAMES, "Aina Omdøpt"):
        assert name not in text and name not in changed
    fields = [c["felt"] for d in json.loads(changed)["dokumenter"] for c in d["endringer"]]
    assert fields == ["$.studenter[1].stillingsprosent"]
