"""What the sender of a rapport or søknad gets back, and the neutral texts for its commit and
pull request: ids, years, sums and the eier's public name and organisasjonsnummer; never the
contact person, and never an employee's name."""

from __future__ import annotations

from typing import Any

from kompetanse.domain.tilrettelegging import study_year
from kompetanse.kinds import RAPPORT, Kind
from kompetanse.text.inert import markdown_text, pr_title
from kompetanse.validation.problems import Problem


def rapport_summary(document: dict[str, Any]) -> dict[str, Any]:
    """The rapport's figures for the receipt."""
    brukt = document["brukt"]
    return {
        "behovsmelding_id": document["behovsmelding_id"],
        "eier": {k: document["eier"][k] for k in ("navn", "organisasjonsnummer")},
        "brukt": brukt["eier_andel"] + brukt["uh_andel"] + brukt["koordinator_andel"],
        "ikke_brukt": document["ikke_brukt"],
    }


def soknad_summary(document: dict[str, Any]) -> dict[str, Any]:
    """The søknad's facts for the receipt (the number of employees, not their names)."""
    return {
        "eier": {k: document["soker"][k] for k in ("navn", "organisasjonsnummer")},
        "barnehage": document["barnehage"]["navn"],
        "barnehageaar": study_year(document["aar"]),
        "antall_studenter": len(document["studenter"]),
    }


def build_document_receipt(
    kind: Kind, document: dict[str, Any], mottatt: str, warnings: list[Problem]
) -> dict[str, Any]:
    """The receipt for an accepted document (the pull request link is added once it exists)."""
    summary = rapport_summary(document) if kind is RAPPORT else soknad_summary(document)
    return {
        "type": kind.name,
        "id": document["id"],
        "branch": f"{kind.name}/{document['id']}",
        "pull_request_url": None,
        "mottatt": mottatt,
        "aar": document["aar"],
        **summary,
        "advarsler": [problem.as_dict() for problem in warnings],
    }


def document_title(receipt: dict[str, Any]) -> str:
    """``Rapport rp-2025-0a1b2c3d: bm-2025-…, 2025, orgnr 819935181`` and the like."""
    orgnr = pr_title(str(receipt["eier"]["organisasjonsnummer"]), 20)
    if receipt["type"] == RAPPORT.name:
        what = f"Rapport {receipt['id']}: {pr_title(str(receipt['behovsmelding_id']), 20)}, {receipt['aar']}"
    else:
        what = f"Søknad om tilretteleggingsmidler {receipt['id']}: {pr_title(str(receipt['barnehageaar']), 10)}"
    return f"{what}, orgnr {orgnr}"


def document_rows(receipt: dict[str, Any]) -> list[tuple[str, str]]:
    """The rows of the pull request body."""
    rows = [("Id", str(receipt["id"])), ("Eier", pr_title(str(receipt["eier"]["navn"])))]
    rows.append(("Organisasjonsnummer", pr_title(str(receipt["eier"]["organisasjonsnummer"]), 20)))
    if receipt["type"] == RAPPORT.name:
        rows += [
            ("Behovsmelding", pr_title(str(receipt["behovsmelding_id"]), 20)),
            ("Utbetalingsår", str(receipt["aar"])),
            ("Brukt", f"{receipt['brukt']} kr"),
            ("Ikke brukt", f"{receipt['ikke_brukt']} kr"),
        ]
    else:
        rows += [
            ("Barnehage", pr_title(str(receipt["barnehage"]))),
            ("Barnehageår", str(receipt["barnehageaar"])),
            ("Ansatte som studerer", str(receipt["antall_studenter"])),
        ]
    return rows


def document_body(receipt: dict[str, Any]) -> str:
    """A short Markdown body for the pull request (and the commit message's body)."""
    lines = ["Mottatt fra skjemaet.", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {markdown_text(value)} |" for label, value in document_rows(receipt)]
    if receipt["advarsler"]:
        codes = ", ".join(sorted({w["code"] for w in receipt["advarsler"]}))
        lines += ["", f"Advarsler: {codes}."]
    return "\n".join(lines) + "\n"
