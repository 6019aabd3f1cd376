"""The review written for CI: the full report, the comment and the job summary parts."""

from __future__ import annotations

from pathlib import Path

from kompetanse.repository.files import OutputWriteError, write_atomically
from kompetanse.review.build import Review
from kompetanse.review.report import render_json, render_markdown
from kompetanse.review.summary import render_comment, split_for_job_summary

REPORT = "rapport.md"
REPORT_JSON = "rapport.json"
COMMENT = "kommentar.md"
SUMMARY_PART = "jobbsammendrag-{number}.md"


def review_files(review: Review) -> dict[str, str]:
    """Each file's name and text: the report whole, as JSON, the comment, the summary parts."""
    report = render_markdown(review)
    files = {REPORT: report, REPORT_JSON: render_json(review), COMMENT: render_comment(review)}
    for number, part in enumerate(split_for_job_summary(report), start=1):
        files[SUMMARY_PART.format(number=number)] = part
    return files


def write_review_files(review: Review, folder: Path) -> list[Path]:
    """Write every file of the review into ``folder`` (made if missing); their paths."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputWriteError(f"kunne ikke lage {folder}: {error.strerror or error}") from error
    for stale in folder.glob(SUMMARY_PART.format(number="*")):
        stale.unlink()
    written = []
    for name, text in review_files(review).items():
        write_atomically(folder / name, text.encode("utf-8"))
        written.append(folder / name)
    return written
