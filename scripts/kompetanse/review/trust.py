"""Who sent it and what it changes: the review's lines on trust.

A pull request may change an existing melding's file only when it is that melding's own branch
(``behovsmelding/<id>``, where the owner's corrections land) and it touches no other melding; any
other change to an existing file is flagged. The sender's confirmation (and whether the confirmed
address is on the owner's own domain, from ``data/eier_domener.csv``), a late submission and a
changed contact person (name only) get a line each.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kompetanse.domain.avsender import from_owner_domain
from kompetanse.gitops.diff import current_branch
from kompetanse.text.inert import markdown_code
from kompetanse.text.inert import markdown_text as esc

BRANCH_PREFIX = "behovsmelding/"
BRANCH_VARIABLES = ("GITHUB_HEAD_REF", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME")


@dataclass(frozen=True)
class Trust:
    """What the review knows about one file's sender and change."""

    epost: str | None = None
    bekreftet: str | None = None
    etter_fristen: bool = False
    trukket: str | None = None
    kontakt_foer: str | None = None
    kontakt_etter: str | None = None
    eierens_domene: bool = False


def contact_name(document: Any) -> str | None:
    """The contact person's name (the only part of the contact the review shows)."""
    if not isinstance(document, dict) or not isinstance(document.get("kontaktperson"), dict):
        return None
    name = document["kontaktperson"].get("navn")
    return name if isinstance(name, str) else None


def owner_domain(document: Any, domener: Mapping[str, frozenset[str]]) -> bool:
    """The contact person's address is on a domain listed for the owner's organisasjonsnummer."""
    if not isinstance(document, dict):
        return False
    kontakt, eier = document.get("kontaktperson"), document.get("eier")
    epost = kontakt.get("epost") if isinstance(kontakt, dict) else None
    orgnr = eier.get("organisasjonsnummer") if isinstance(eier, dict) else None
    return (
        isinstance(epost, str)
        and isinstance(orgnr, str)
        and from_owner_domain(epost, orgnr, domener)
    )


def trust_of(before: Any, after: Any, domener: Mapping[str, frozenset[str]] | None = None) -> Trust:
    """The facts from the previous and the new version of a file."""
    state = after.get("innsending") if isinstance(after, dict) else None
    state = state if isinstance(state, dict) else {}
    return Trust(
        eierens_domene=owner_domain(after, domener or {}),
        epost=state.get("epost"),
        bekreftet=state.get("bekreftet"),
        etter_fristen=bool(state.get("etter_fristen")),
        trukket=state.get("trukket"),
        kontakt_foer=contact_name(before),
        kontakt_etter=contact_name(after),
    )


def head_branch(root: Path) -> str | None:
    """The pull request's branch: from the CI's variables, else the checked-out branch."""
    for variable in BRANCH_VARIABLES:
        if os.environ.get(variable):
            return os.environ[variable]
    return current_branch(root)


def unexpected_changes(changed: list[tuple[str, str]], branch: str | None) -> list[str]:
    """Existing files changed by a branch that is not their own melding's correction.

    ``changed`` is (relpath, "ny" | "endret") for each file under submissions/.
    """
    existing = [relpath for relpath, status in changed if status == "endret"]
    own = branch and branch.startswith(BRANCH_PREFIX) and len(changed) == 1
    allowed = {f"{branch.removeprefix(BRANCH_PREFIX)}.json"} if own and branch else set()
    return [relpath for relpath in existing if Path(relpath).name not in allowed]


def trust_lines(trust: Trust) -> list[str]:
    """The lines for one melding's section."""
    lines = []
    if trust.epost == "bekreftet":
        where = "fra eierens domene" if trust.eierens_domene else "(e-postadressen)"
        lines.append(f"- **Avsender:** bekreftet {esc((trust.bekreftet or '')[:10])} {where}")
    elif trust.epost is not None:
        lines.append(
            "- **Avsender:** ikke bekreftet (kontaktpersonen har ikke bekreftet e-postadressen)"
        )
    if trust.etter_fristen:
        lines.append("- **Frist:** sendt etter fristen")
    if trust.trukket:
        lines.append(f"- **Trukket** av eieren {esc(trust.trukket[:10])}")
    if trust.kontakt_foer is not None and trust.kontakt_foer != trust.kontakt_etter:
        lines.append(
            f"- **Kontaktperson endret:** {esc(trust.kontakt_foer)} → {esc(trust.kontakt_etter or '–')}"
        )
    return lines


def flag_lines(paths: list[str]) -> list[str]:
    """The warning at the top of the report."""
    return [
        f"- ⛔ **endrer en eksisterende behovsmelding** uten å være eierens retting: `{markdown_code(path)}`"
        for path in paths
    ]
