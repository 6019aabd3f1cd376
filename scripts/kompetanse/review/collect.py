"""Collect the review of a pull request: every file under submissions/ added, changed or removed
since a ref, each reviewed as the kind of document its folder says."""

from __future__ import annotations

from pathlib import Path

from kompetanse.gitops.diff import changed_paths_since
from kompetanse.gitops.publish import read_many_at_ref
from kompetanse.kinds import BEHOVSMELDING
from kompetanse.repository.check import load_validator
from kompetanse.repository.submissions import SUBMISSIONS_DIR, read_submission_bytes
from kompetanse.review.build import (
    TABLE_FOLDERS,
    DocumentReview,
    MeldingReview,
    Review,
    review_file,
)
from kompetanse.review.documents import review_document
from kompetanse.review.trust import head_branch, unexpected_changes
from kompetanse.validation.checker import Validator
from kompetanse.validation.paths import kind_of_path
from kompetanse.validation.problems import make_problem


def review_changed(
    validator: Validator, review: Review, relpath: str, old: bytes | None, new: bytes
) -> None:
    """Add one changed file's review to the report, as its kind."""
    kind = kind_of_path(relpath)
    if kind is BEHOVSMELDING:
        review.meldinger.append(review_file(validator, relpath, old, new))
    else:
        review.dokumenter.append(review_document(validator, kind, relpath, old, new))


def build_review(root: Path, base: str) -> Review:
    """Review every file under submissions/ that was added, changed or removed since ``base``."""
    validator = load_validator(root)
    everything = sorted(changed_paths_since(root, base))
    changed = [p for p in everything if p.startswith(f"{SUBMISSIONS_DIR}/")]
    review = Review(base, [], [], [p for p in everything if p.startswith(TABLE_FOLDERS)])
    present = [relpath for relpath in changed if (root / relpath).is_file()]
    old_by_path = read_many_at_ref(root, base, present)
    for relpath in changed:
        if relpath not in old_by_path:
            review.fjernet.append(relpath)
            continue
        old = old_by_path[relpath]
        try:
            new = read_submission_bytes(root, relpath)
        except OSError as error:
            message = f"Filen kunne ikke leses: {error.strerror}."
            problem = make_problem(relpath, "$", "fil-uleselig", message)
            review.meldinger.append(
                MeldingReview(relpath, "ny" if old is None else "endret", [problem])
            )
            continue
        review_changed(validator, review, relpath, old, new)
    items: list[MeldingReview | DocumentReview] = [*review.meldinger, *review.dokumenter]
    review.flagget = unexpected_changes([(i.relpath, i.status) for i in items], head_branch(root))
    return review
