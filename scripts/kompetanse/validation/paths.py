"""Where a behovsmelding file must live: ``submissions/<år>/<ordning>/<id>.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kompetanse.validation.problems import Problem, make_problem

SUBMISSIONS_DIR = "submissions"
# Any slug-shaped folder: whether the ordning exists is a rule checked against the register.
ORDNING_SLUG = r"[a-z][a-z0-9_]{1,39}"
SUBMISSION_PATH = re.compile(
    rf"^submissions/(?P<aar>[0-9]{{4}})/(?P<ordning>{ORDNING_SLUG})/"
    r"(?P<id>bm-[0-9]{4}-(?:[0-9a-f]{16}|[0-9a-f]{8}))\.json$"
)
ID_PATTERN = re.compile(r"^bm-[0-9]{4}-(?:[0-9a-f]{16}|[0-9a-f]{8})$")


@dataclass(frozen=True)
class SubmissionPath:
    """The year, ordning and id that a correctly placed file's path states."""

    aar: int
    ordning: str
    id: str


def parse_submission_path(relpath: str) -> SubmissionPath | None:
    """The parts of a path like ``submissions/2025/<ordning>/bm-2025-0a1b2c3d.json``, or None."""
    match = SUBMISSION_PATH.match(relpath)
    if match is None:
        return None
    return SubmissionPath(int(match["aar"]), match["ordning"], match["id"])


def expected_path(aar: int, ordning: str, melding_id: str) -> str:
    """The path a behovsmelding with these fields must have."""
    return f"{SUBMISSIONS_DIR}/{aar}/{ordning}/{melding_id}.json"


def check_path(relpath: str, document: dict[str, Any]) -> list[Problem]:
    """The file's place agrees with its content (year, ordning, id)."""
    parts = parse_submission_path(relpath)
    if parts is None:
        message = "Filen skal ligge som submissions/<år>/<ordning>/<id>.json, der <ordning> er ordningens korte id og <id> for eksempel bm-2025-0a1b2c3d."
        return [make_problem(relpath, "$", "filsti-ugyldig", message)]
    stated = SubmissionPath(
        document.get("aar", -1), document.get("ordning", ""), document.get("id", "")
    )
    if stated == parts:
        return []
    right = expected_path(stated.aar, stated.ordning, stated.id)
    message = (
        f"Filstien stemmer ikke med innholdet (år, ordning, id); innholdet hører hjemme i {right}."
    )
    return [make_problem(relpath, "$", "filsti-stemmer-ikke", message)]
