"""Where a file must live: a behovsmelding in ``submissions/<år>/<ordning>/<id>.json``, a
document of another kind in ``submissions/<folder>/<år>/<id>.json`` (the kind's folder)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kompetanse.kinds import BEHOVSMELDING, KIND_BY_FOLDER, KINDS, Kind
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


@dataclass(frozen=True)
class KindPath:
    """The kind, year and id that the path of a document after the vedtak states."""

    kind: Kind
    aar: int
    id: str


def id_pattern(kind: Kind) -> str:
    """The regular expression (without anchors) of the kind's system-made ids."""
    return rf"{kind.id_prefix}-[0-9]{{4}}-(?:[0-9a-f]{{16}}|[0-9a-f]{{8}})"


PATH_BY_KIND: dict[str, re.Pattern[str]] = {
    kind.name: re.compile(
        rf"^{SUBMISSIONS_DIR}/{kind.folder}/(?P<aar>[0-9]{{4}})/(?P<id>{id_pattern(kind)})\.json$"
    )
    for kind in KINDS
    if kind.folder
}
ANY_ID_PATTERN = re.compile("^(?:" + "|".join(id_pattern(kind) for kind in KINDS) + ")$")


def kind_of_path(relpath: str) -> Kind:
    """The kind whose folder under submissions/ holds the path (behovsmelding elsewhere)."""
    for folder, kind in KIND_BY_FOLDER.items():
        if relpath.startswith(f"{SUBMISSIONS_DIR}/{folder}/"):
            return kind
    return BEHOVSMELDING


def parse_kind_path(relpath: str) -> KindPath | None:
    """The parts of a path like ``submissions/rapporter/2025/rp-2025-0a1b2c3d.json``, or None."""
    kind = kind_of_path(relpath)
    pattern = PATH_BY_KIND.get(kind.name)
    match = pattern.match(relpath) if pattern else None
    return KindPath(kind, int(match["aar"]), match["id"]) if match else None


def expected_kind_path(kind: Kind, aar: int, document_id: str) -> str:
    """The path a document of a kind with its own folder must have."""
    return f"{SUBMISSIONS_DIR}/{kind.folder}/{aar}/{document_id}.json"


def check_kind_path(kind: Kind, relpath: str, document: dict[str, Any]) -> list[Problem]:
    """The file's place agrees with its content (kind, year, id); behovsmelding as above."""
    if kind.folder is None:
        return check_path(relpath, document)
    parts = parse_kind_path(relpath)
    example = f"{SUBMISSIONS_DIR}/{kind.folder}/<år>/<id>.json"
    if parts is None or parts.kind is not kind:
        message = f"Filen skal ligge som {example}, der <id> for eksempel er {kind.id_prefix}-2025-0a1b2c3d."
        return [make_problem(relpath, "$", "filsti-ugyldig", message)]
    stated = (document.get("aar", -1), document.get("id", ""))
    if stated == (parts.aar, parts.id):
        return []
    right = expected_kind_path(kind, *stated)
    message = f"Filstien stemmer ikke med innholdet (år, id); innholdet hører hjemme i {right}."
    return [make_problem(relpath, "$", "filsti-stemmer-ikke", message)]
