"""What the sender gets back, and the neutral texts for commits and pull requests.

Commit messages and pull request titles and bodies name the id, ordning, year, sums and the
eier's public name and organisasjonsnummer; never the contact person's name, e-mail or phone.
"""

from __future__ import annotations

from typing import Any

from kompetanse.domain.egenandel import check_egenandel
from kompetanse.domain.model import behovsmelding_from_document
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.receiver.document_receipt import document_body, document_title
from kompetanse.text.inert import markdown_text, pr_title
from kompetanse.validation.checker import Validator
from kompetanse.validation.problems import Problem

BRANCH_PREFIX = "behovsmelding/"


def ordninger_of(validator: Validator) -> OrdningRegister:
    """The register of ordninger the validator checks against (empty when it could not be read)."""
    return validator.reference.ordninger if validator.reference else OrdningRegister(())


def egenandel_summary(document: dict[str, Any], validator: Validator) -> dict[str, Any] | None:
    """Stated egenandel, its form and the minimum for the year (None when there is none)."""
    stated = document.get("egenandel")
    if not isinstance(stated, dict):
        return None
    melding = behovsmelding_from_document(document)
    check = check_egenandel(melding, validator.settings, ordninger_of(validator))
    return {
        "belop": stated.get("belop"),
        "minimum": check.minimum if check else None,
        "form": stated.get("form"),
    }


def build_receipt(
    document: dict[str, Any], validator: Validator, mottatt: str, warnings: list[Problem]
) -> dict[str, Any]:
    """The receipt for an accepted melding (the pull request link is added once it exists)."""
    eier = document["eier"]
    return {
        "id": document["id"],
        "branch": BRANCH_PREFIX + document["id"],
        "pull_request_url": None,
        "mottatt": mottatt,
        "ordning": document["ordning"],
        "ordning_navn": ordninger_of(validator).kortnavn(document["ordning"]),
        "aar": document["aar"],
        "periode_aar": document["periode_aar"],
        "eier": {"navn": eier["navn"], "organisasjonsnummer": eier["organisasjonsnummer"]},
        "budsjett": document["budsjett"],
        "sum_total": sum(row["sum"] for row in document["budsjett"]),
        "egenandel": egenandel_summary(document, validator),
        "advarsler": [problem.as_dict() for problem in warnings],
    }


def ordning_name(receipt: dict[str, Any]) -> str:
    """The ordning's short name as the receipt carries it (its slug in a receipt without one)."""
    return pr_title(str(receipt.get("ordning_navn") or receipt["ordning"]), 100)


def title_of(receipt: dict[str, Any]) -> str:
    """``Behovsmelding bm-2025-0a1b2c3d: Desentralisert ordning 2025, orgnr 819935181``."""
    if "type" in receipt:
        return document_title(receipt)
    ordning = ordning_name(receipt)
    orgnr = pr_title(str(receipt["eier"]["organisasjonsnummer"]), 20)
    return f"Behovsmelding {receipt['id']}: {ordning} {receipt['aar']}, orgnr {orgnr}"


def body_of(receipt: dict[str, Any]) -> str:
    """A short Markdown body for the pull request (and the commit message's body)."""
    if "type" in receipt:
        return document_body(receipt)
    rows = [
        ("Id", receipt["id"]),
        ("Eier", pr_title(str(receipt["eier"]["navn"]))),
        ("Organisasjonsnummer", pr_title(str(receipt["eier"]["organisasjonsnummer"]), 20)),
        ("Ordning", ordning_name(receipt)),
        ("År", f"{receipt['aar']} ({receipt['periode_aar']} år)"),
        ("Sum", f"{receipt['sum_total']} kr"),
    ]
    lines = ["Mottatt fra skjemaet.", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {markdown_text(value)} |" for label, value in rows]
    if receipt["advarsler"]:
        codes = ", ".join(sorted({w["code"] for w in receipt["advarsler"]}))
        lines += ["", f"Advarsler: {codes}."]
    return "\n".join(lines) + "\n"


def commit_message_of(receipt: dict[str, Any]) -> str:
    """Title line, blank line, body."""
    return f"{title_of(receipt)}\n\n{body_of(receipt)}"
