"""Read the tables and documents of the work after the vedtak (I/O only).

The tables are the språkvedtak, the accounts, the reporting deadlines and the rules for
tilretteleggingsmidler. Rapporter and søknader are read from their kind's folder under
submissions/; a file that is not schema-valid JSON in its right place is left out (``validate``
says why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kompetanse.domain.followup import FollowUpData, Konto
from kompetanse.domain.maalform import Spraakvedtak
from kompetanse.domain.rapport import MeldingRef
from kompetanse.domain.tilrettelegging import TilretteleggingRegel
from kompetanse.kinds import Kind
from kompetanse.repository.reference import convert_rows
from kompetanse.repository.schemas import load_schema
from kompetanse.repository.submissions import iter_submission_relpaths, read_submission_bytes
from kompetanse.repository.table_schema import record_converter
from kompetanse.validation.json_input import parse_document
from kompetanse.validation.paths import parse_kind_path, parse_submission_path


def load_followup(root: Path) -> FollowUpData:
    """The four tables, keyed for look-up (ReferenceDataError when one cannot be read)."""
    spraak = convert_rows(
        root, "spraakvedtak", lambda r: (r["organisasjonsnummer"], Spraakvedtak(r["spraakvedtak"]))
    )
    kontoer = convert_rows(root, "kontoer", record_converter(root, "kontoer", Konto))
    frister = convert_rows(
        root, "rapporteringsfrister", lambda r: (int(r["aar"]), dt.date.fromisoformat(r["frist"]))
    )
    regler = convert_rows(
        root, "tilrettelegging", record_converter(root, "tilrettelegging", TilretteleggingRegel)
    )
    return FollowUpData(
        spraakvedtak=dict(spraak),
        kontoer={konto.organisasjonsnummer: konto for konto in kontoer},
        rapporteringsfrister=dict(frister),
        tilrettelegging={regel.aar: regel for regel in regler},
    )


def melding_refs(relpaths: list[str]) -> dict[str, MeldingRef]:
    """The year and ordning of every behovsmelding, from where its file lies."""
    refs: dict[str, MeldingRef] = {}
    for relpath in relpaths:
        parts = parse_submission_path(relpath)
        if parts is not None:
            refs.setdefault(parts.id, MeldingRef(parts.aar, parts.ordning))
    return refs


def iter_kind_documents(root: Path, kind: Kind) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema-valid document of the kind in its right place, with its path."""
    schema = load_schema(root, kind)
    for relpath in iter_submission_relpaths(root):
        parts = parse_kind_path(relpath)
        if parts is None or parts.kind is not kind:
            continue
        try:
            parsed = parse_document(read_submission_bytes(root, relpath), relpath)
        except OSError:
            continue
        document = parsed.document
        if document is None or parsed.has_float or not schema.is_valid(document):
            continue
        if document.get("id") == parts.id and document.get("aar") == parts.aar:
            yield relpath, document


def load_models(root: Path, kind: Kind) -> list[Any]:
    """The kind's documents read into the domain, sorted by id."""
    models = [kind.build_model(document) for _, document in iter_kind_documents(root, kind)]
    return sorted(models, key=lambda model: model.id)


def stated_maalform_of(root: Path, relpath: str) -> str | None:
    """The målform a behovsmelding file states (``maalform``), or None when it states none."""
    try:
        document = parse_document(read_submission_bytes(root, relpath), relpath).document
    except OSError:
        return None
    value = document.get("maalform") if isinstance(document, dict) else None
    return value if isinstance(value, str) else None
