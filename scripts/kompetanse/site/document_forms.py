"""MkDocs hook for the form pages of the documents after the vedtak.

A page with ``template: dokumentskjema.html`` and ``skjema: <kind>`` in its front matter gets the
kind's schema, the UH register, the receiver's address for the kind (beside the behovsmelding
receiver in ``extra.mottak.url``: ``…/api/<plural>``), and what the form shows while it is filled
in: for a rapport the vedtak per behovsmelding and payout year (public in data/vedtak.csv), for a
søknad om tilretteleggingsmidler the rules per study year. The page's Content-Security-Policy is
the same strict one as the Meld behov form's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from kompetanse.domain.model import Vedtak
from kompetanse.domain.rapport import granted_in
from kompetanse.kinds import KIND_BY_NAME, RAPPORT, TILRETTELEGGINGSSOKNAD, Kind
from kompetanse.repository.followup import load_followup
from kompetanse.repository.reference import convert_rows
from kompetanse.repository.schemas import read_schema_file
from kompetanse.repository.table_schema import record_converter
from kompetanse.site.form import (
    CSP_PLACEHOLDER,
    SYSTEM_FIELDS,
    content_security_policy,
    form_data_json,
    load_uh_choices,
    project_root,
    receiver_url,
)

log = logging.getLogger("mkdocs.plugins.kompetanse.document_forms")

TEMPLATE = "dokumentskjema.html"


def page_kind(page: Any) -> Kind | None:
    """The kind a form page is for (None for other pages; a warning for an unknown kind)."""
    if page.meta.get("template") != TEMPLATE:
        return None
    kind = KIND_BY_NAME.get(str(page.meta.get("skjema")))
    if kind is None or kind.folder is None:
        log.warning(
            "%s: «skjema» i sidens topptekst må være rapport eller tilretteleggingssoknad",
            page.file.src_uri,
        )
        return None
    return kind


def kind_receiver_url(config: Any, kind: Kind) -> str:
    """The kind's receiver address beside the behovsmelding receiver's (empty without one)."""
    url = receiver_url(config)
    return f"{url.rsplit('/', 1)[0]}/{kind.plural}" if url else ""


def granted_by_melding(root: Path) -> dict[str, dict[int, dict[str, int]]]:
    """What each behovsmelding's vedtak pay out, per payout year and share."""
    vedtak = convert_rows(root, "vedtak", record_converter(root, "vedtak", Vedtak))
    granted: dict[str, dict[int, dict[str, int]]] = {}
    for melding_id, aar in sorted({(v.behovsmelding_id, v.utbetaling_aar) for v in vedtak}):
        shares = granted_in(vedtak, melding_id, aar)
        if shares is not None:
            granted.setdefault(melding_id, {})[aar] = {
                "eier_andel": shares.eier_andel,
                "uh_andel": shares.uh_andel,
                "koordinator_andel": shares.koordinator_andel,
            }
    return granted


def study_year_rules(root: Path) -> list[dict[str, Any]]:
    """The rules for tilretteleggingsmidler per study year, as the form reads them."""
    return [
        {
            "aar": regel.aar,
            "sum_per_student": regel.sum_per_student,
            "min_stillingsprosent": regel.min_stillingsprosent,
            "krever_fast_ansatt": regel.krever_fast_ansatt,
            "frist": regel.frist.isoformat(),
        }
        for regel in sorted(load_followup(root).tilrettelegging.values(), key=lambda r: r.aar)
    ]


def build_document_data(root: Path, config: Any, kind: Kind) -> dict[str, Any]:
    """Everything the kind's form page is generated from."""
    data: dict[str, Any] = {
        "kind": kind.name,
        "tittel": kind.title,
        "id_prefix": kind.id_prefix,
        "folder": kind.folder,
        "schema": read_schema_file(root, kind.schema_file),
        "system_fields": list(SYSTEM_FIELDS),
        "uh": load_uh_choices(root),
        "mottak": {"url": kind_receiver_url(config, kind)},
    }
    if kind is RAPPORT:
        data["vedtak"] = granted_by_melding(root)
    if kind is TILRETTELEGGINGSSOKNAD:
        data["regler"] = study_year_rules(root)
    return data


def on_page_context(context: Any, page: Any, config: Any, **_: Any) -> Any:
    """Give a document form page its data."""
    kind = page_kind(page)
    if kind is not None:
        data = build_document_data(project_root(config), config, kind)
        context["dokument_data"] = form_data_json(data)
        context["dokument_skjemafil"] = kind.schema_file
        context["skjema_csp"] = CSP_PLACEHOLDER
    return context


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    """Fill the page's Content-Security-Policy now that the page is complete."""
    kind = page_kind(page)
    if kind is None:
        return output
    policy = content_security_policy(output, kind_receiver_url(config, kind))
    return output.replace(CSP_PLACEHOLDER, policy, 1)
