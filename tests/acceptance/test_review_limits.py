"""A bulk pull request within the forges' limits: a short comment, the full report in parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.review.summary import COMMENT_LIMIT, SUMMARY_PART_BYTES, split_for_job_summary
from tests.support.cli import git, invoke
from tests.support.office import SECOND_OFFICE, copy_office

SOURCE = "submissions/2025/regional/bm-2025-a0000001.json"
BULK = 300
PART_NOTE_END = "\n\n"


def bulk_melding(source: dict, number: int) -> dict:
    """A copy of the source melding: every seventh with an error, every fifth with a warning."""
    document = json.loads(json.dumps(source))
    document["id"] = f"bm-2025-b{number:07x}"
    document["eier"]["navn"] = f"Kommune & barnehager nr. {number} " + "<b>&</b> " * 12
    if number % 7 == 0:
        document["eier"]["organisasjonsnummer"] = "123456789"
    if number % 5 == 0:
        document["budsjett"][0] |= {"koordinator_andel": 300_000, "sum": 1_080_000}
    return document


@pytest.fixture(scope="module")
def bulk_review(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review folder for a pull request that adds 300 meldinger to the second office."""
    root = copy_office(tmp_path_factory.mktemp("bulk") / "repo", SECOND_OFFICE)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    source = json.loads((root / SOURCE).read_text(encoding="utf-8"))
    for number in range(BULK):
        document = bulk_melding(source, number)
        path = root / f"submissions/2025/regional/{document['id']}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "300 behovsmeldinger")
    folder = root / "rapport"
    code, output = invoke(
        "review", "--base", "main", "--root", str(root), "--output-dir", str(folder)
    )
    assert code == 0, output
    return folder


def test_the_comment_for_300_files_stays_under_60000_characters(bulk_review: Path) -> None:
    comment = (bulk_review / "kommentar.md").read_text(encoding="utf-8")
    assert len(comment) <= COMMENT_LIMIT
    assert (
        "**300 behovsmeldinger**: 43 har feil, 51 har advarsler, 206 klar til behandling."
        in comment
    )
    assert "| `orgnr-ugyldig` | feil | 43 |" in comment
    assert "| `koordinator-andel-hoy` | advarsel | 60 |" in comment
    shown = comment.count("\n- ")
    assert f"- … og {BULK + 1 - shown} til; se hele rapporten." in comment
    assert comment.index("**har feil**") < comment.index("**har advarsler**")


def test_the_job_summary_holds_the_full_report(bulk_review: Path) -> None:
    report = (bulk_review / "rapport.md").read_text(encoding="utf-8")
    assert len(report) > COMMENT_LIMIT
    assert report.count("\n### ") == BULK
    parts = sorted(bulk_review.glob("jobbsammendrag-*.md"))
    assert [p.name for p in parts] == ["jobbsammendrag-1.md"]
    assert parts[0].read_text(encoding="utf-8") == report
    assert len(report.encode()) <= SUMMARY_PART_BYTES
    assert json.loads((bulk_review / "rapport.json").read_text(encoding="utf-8"))["meldinger"]


def test_a_report_over_the_limit_is_split_and_says_so_above_each_part(bulk_review: Path) -> None:
    report = (bulk_review / "rapport.md").read_text(encoding="utf-8")
    parts = split_for_job_summary(report, limit=100_000, max_parts=20)
    assert len(parts) > 2 and all(len(p.encode()) <= 100_000 for p in parts)
    assert parts[0].startswith(f"> Rapporten er delt i {len(parts)} deler")
    assert parts[1].startswith(f"> Del 2 av {len(parts)} av rapporten.")
    bodies = [part.split(PART_NOTE_END, 1)[1] for part in parts]
    assert "".join(bodies) == report
    assert all(body.endswith("\n") for body in bodies[:-1])
    assert sum(body.startswith("### ") for body in bodies) >= len(parts) - 2


def test_more_parts_than_steps_point_to_the_artifact(bulk_review: Path) -> None:
    report = (bulk_review / "rapport.md").read_text(encoding="utf-8")
    parts = split_for_job_summary(report, limit=50_000, max_parts=3)
    assert len(parts) == 3
    assert "som bare ligger i artefakten «rapport»." in parts[-1]
