"""A rapport against its vedtak: the rules beyond the schema, and one rapport per melding and year."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kompetanse.domain.model import Vedtak
from kompetanse.domain.rapport import Andeler, granted_in, required_egenandel
from tests.examples_support import EXAMPLES
from tests.support.cli import invoke

RAPPORT = EXAMPLES / "valid/rapport-minimal.json"


def test_what_was_granted_is_summed_over_the_vedtak_that_pay_out_in_the_year() -> None:
    vedtak = [
        Vedtak("bm-2025-00000001", 2025, 2025, 100, 50, 5),
        Vedtak("bm-2025-00000001", 2026, 2025, 10, 0, 0),
        Vedtak("bm-2025-00000001", 2025, 2026, 999, 999, 999),
        Vedtak("bm-2025-00000002", 2025, 2025, 7, 7, 7),
    ]
    assert granted_in(vedtak, "bm-2025-00000001", 2025) == Andeler(110, 50, 5)
    assert granted_in(vedtak, "bm-2025-00000001", 2027) is None


def test_the_egenandel_used_is_the_rate_of_the_eiers_share_used_rounded_up() -> None:
    from decimal import Decimal

    assert required_egenandel(Andeler(100_001, 5, 5), Decimal("0.30")) == 30_001


def place(root: Path, suffix: str) -> str:
    document = json.loads(RAPPORT.read_text(encoding="utf-8"))
    document["id"] = f"rp-2025-{suffix}"
    relpath = f"submissions/rapporter/2025/{document['id']}.json"
    target = root / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return relpath


def test_a_second_rapport_for_the_same_melding_and_year_is_a_duplicate(
    copy_of_project: Path,
) -> None:
    first, second = place(copy_of_project, "00000001"), place(copy_of_project, "00000002")
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    problems = json.loads(output)["problems"]
    assert code == 1
    assert [(p["file"], p["code"]) for p in problems] == [(second, "rapport-duplikat")]
    assert first in problems[0]["message"]
    shutil.rmtree(copy_of_project / "submissions/rapporter")
    assert invoke("validate", "--root", str(copy_of_project))[0] == 0
