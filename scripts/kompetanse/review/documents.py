"""The review of a rapport or a søknad om tilretteleggingsmidler: facts for the caseworker.

A rapport is shown beside its vedtak (granted, used, not used, egenandel) with what was done,
who took part and what was learned; a søknad with each employee by number, never by name. The
contact person and the employees' names never appear, neither in the facts nor in the changes.
"""

from __future__ import annotations

import re
from typing import Any

from kompetanse.domain.money import format_kroner
from kompetanse.domain.rapport import Andeler, Rapport, granted_in, required_egenandel
from kompetanse.domain.tilrettelegging import Tilretteleggingssoknad, meets_rules, study_year
from kompetanse.kinds import Kind
from kompetanse.review.build import (
    DocumentReview,
    diff_documents,
    load_json,
    model_is_sound,
    without_private_values,
)
from kompetanse.validation.checker import Validator

PRIVATE_PATH = re.compile(r"^\$\.(?:kontaktperson(?:\.|\[|$)|studenter\[[0-9]+\]\.navn$)")
TEXT_LIMIT = 300
SHARE_HEADERS = ["Hva", "Eierens andel", "UH-andel", "Koordinering", "Sum"]
STUDENT_HEADERS = [
    "Ansatt",
    "Studieprogram",
    "Studiested",
    "Stilling",
    "Fast ansatt",
    "Studiepoeng",
    "Oppfyller vilkårene",
]


def excerpt(text: str) -> str:
    """At most a few lines of owner text."""
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def share_row(label: str, shares: Andeler) -> list[str]:
    """One row of the shares table."""
    amounts = (shares.eier_andel, shares.uh_andel, shares.koordinator_andel, shares.total)
    return [label, *(format_kroner(a) for a in amounts)]


def egenandel_fact(rapport: Rapport, validator: Validator) -> str:
    """The egenandel used beside what the used eier's share requires."""
    ref = validator.meldinger.get(rapport.behovsmelding_id)
    reference = validator.reference
    if ref is None or reference is None or not reference.ordninger.har_egenandel(ref.ordning):
        return "gjelder ikke for ordningen"
    innstilling = validator.settings.innstilling(ref.aar, ref.ordning)
    needed = required_egenandel(rapport.brukt, innstilling.egenandel_sats) if innstilling else 0
    stated = (
        f"{format_kroner(rapport.egenandel.belop)} ({rapport.egenandel.form})"
        if rapport.egenandel
        else "ingen oppgitt"
    )
    return f"{stated}; minst {format_kroner(needed)}"


def rapport_facts(
    item: DocumentReview, rapport: Rapport, document: dict[str, Any], validator: Validator
) -> None:
    """Fill the review with a rapport's facts and its shares beside the vedtak."""
    ref = validator.meldinger.get(rapport.behovsmelding_id)
    ordning = (
        validator.reference.ordninger.kortnavn(ref.ordning)
        if ref and validator.reference
        else "ukjent"
    )
    item.facts = [
        ("Rapport", rapport.id),
        ("Behovsmelding", f"{rapport.behovsmelding_id} ({ordning})"),
        ("Eier", f"{rapport.eier_navn} (org.nr. {rapport.organisasjonsnummer})"),
        ("Utbetalingsår", str(rapport.aar)),
        ("Ikke brukt", format_kroner(rapport.ikke_brukt)),
        ("Egenandel brukt", egenandel_fact(rapport, validator)),
        ("Deltakere", f"{rapport.antall_deltakere}: {excerpt(document['deltakere']['hvem'])}"),
        ("Gjennomført", excerpt(document["gjennomfort"])),
        ("Lært", excerpt(document["laering"])),
    ]
    granted = (
        granted_in(validator.reference.vedtak, rapport.behovsmelding_id, rapport.aar)
        if validator.reference
        else None
    )
    item.headers = SHARE_HEADERS
    item.rows = [
        *([share_row("Innvilget", granted)] if granted else []),
        share_row("Brukt", rapport.brukt),
    ]


def soknad_facts(
    item: DocumentReview, soknad: Tilretteleggingssoknad, validator: Validator
) -> None:
    """Fill the review with a søknad's facts and its employees by number."""
    regel = (validator.followup.tilrettelegging if validator.followup else {}).get(soknad.aar)
    counted = sum(1 for s in soknad.studenter if regel and meets_rules(s, regel))
    asked = (
        f"{counted} × {format_kroner(regel.sum_per_student)} = {format_kroner(counted * regel.sum_per_student)}"
        if regel
        else "ingen regler for året"
    )
    item.facts = [
        ("Søknad", soknad.id),
        ("Søker", f"{soknad.soker_navn} (org.nr. {soknad.organisasjonsnummer}), {soknad.rolle}"),
        ("Barnehage", soknad.barnehage),
        ("Barnehageår", study_year(soknad.aar)),
        ("Søkt", asked),
    ]
    uh = {u.uh_id: u.navn for u in validator.reference.uh} if validator.reference else {}
    item.headers = STUDENT_HEADERS
    item.rows = [
        [
            str(n),
            s.studieprogram,
            uh.get(s.uh_id, s.uh_id),
            f"{s.stillingsprosent} %",
            "ja" if s.fast_ansatt else "nei",
            str(s.studiepoeng),
            "ja" if regel and meets_rules(s, regel) else "nei",
        ]
        for n, s in enumerate(soknad.studenter, start=1)
    ]


def review_document(
    validator: Validator, kind: Kind, relpath: str, old: bytes | None, new: bytes
) -> DocumentReview:
    """Check and summarise one added or changed document of a kind after the vedtak."""
    own = validator.for_kind(kind)
    problems = sorted(
        (without_private_values(p) for p in own.check_bytes(new, relpath)),
        key=lambda p: (p.location, p.code),
    )
    item = DocumentReview(relpath, "ny" if old is None else "endret", kind, problems)
    document = load_json(new)
    schema_ok = isinstance(document, dict) and own.schema.is_valid(document)
    schema_ok = schema_ok and model_is_sound(problems)
    if schema_ok and own.reference is not None:
        model = kind.build_model(document)
        if isinstance(model, Rapport):
            rapport_facts(item, model, document, own)
        elif isinstance(model, Tilretteleggingssoknad):
            soknad_facts(item, model, own)
    before = load_json(old)
    item.comparable = old is None or (isinstance(before, dict) and isinstance(document, dict))
    if old is not None and item.comparable:
        item.changes = [
            c for c in diff_documents(before, document) if not PRIVATE_PATH.match(c.path)
        ]
    return item
