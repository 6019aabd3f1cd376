"""From request body to a spooled record or a problem list: the receiver's one decision.

The envelope is ``{"behovsmelding": {...}, "nettside": ""}``. The melding is checked with the same
:class:`~kompetanse.repository.check.Validator` as CI; the id is made here (from the idempotency key when
there is one, so a repeated send finds the same id), never taken from the sender.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Callable, Set
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.receiver.receipt import build_receipt
from kompetanse.receiver.spool import Record, Spool
from kompetanse.validation.checker import CheckResult, Validator
from kompetanse.validation.json_input import ParsedDocument, parse_document, too_deep_problem
from kompetanse.validation.paths import expected_path
from kompetanse.validation.problems import Problem, Severity, make_problem

KIND = BEHOVSMELDING
LABEL = KIND.name
KEY_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,200}$")
ID_ATTEMPTS = 20


@dataclass(frozen=True)
class Outcome:
    """The HTTP status and JSON body to answer with."""

    status: int
    body: dict[str, Any]


def problem_outcome(status: int, problems: list[Problem]) -> Outcome:
    """The ``kompetanse validate -o json`` shape for these problems."""
    return Outcome(status, CheckResult(files=1, problems=problems).as_dict())


def refusal(
    status: int, code: str, message: str, location: str = "$", label: str = LABEL
) -> Outcome:
    """One problem with a receiver code (not in the file catalogue: it is about the request)."""
    return problem_outcome(status, [Problem(label, location, code, message, Severity.ERROR)])


def parse_body(body: bytes, label: str = LABEL) -> ParsedDocument:
    """The request body as JSON, or one problem; paths inside the melding start at the melding."""
    parsed = parse_document(body, label)
    if parsed.problem is not None and parsed.problem.location.startswith(f"$.{label}"):
        location = "$" + parsed.problem.location.removeprefix(f"$.{label}")
        return ParsedDocument(None, replace(parsed.problem, location=location))
    return parsed


def envelope_problems(envelope: dict[str, Any], kind: Kind = KIND) -> list[Problem]:
    """What is wrong with the envelope around the document (``{"<kind>": {...}, "nettside": ""}``)."""
    label = kind.name
    problems = [
        make_problem(
            label, f"$.{key}", "skjema-ukjent-felt", f"Feltet «{key}» hører ikke hjemme her."
        )
        for key in sorted(name[:60] for name in set(envelope) - {label, "nettside"})
    ]
    if label not in envelope:
        problems.append(
            make_problem(label, "$", "skjema-mangler-felt", f"Feltet «{label}» mangler.")
        )
    elif not isinstance(envelope[label], dict):
        message = f"{kind.title} må være et JSON-objekt."
        problems.append(make_problem(label, f"$.{label}", "skjema-type", message))
    if not isinstance(envelope.get("nettside", ""), str):
        problems.append(make_problem(label, "$.nettside", "skjema-type", "Feltet skal være tekst."))
    return problems


def id_suffix(key: str | None) -> str:
    """Eight hex digits: from the idempotency key (stable across processes) or random."""
    if key is None:
        return secrets.token_hex(4)
    return hashlib.sha256(f"kompetanse-idempotens:{key}".encode()).hexdigest()[:8]


def hash_key(key: str | None) -> str:
    """What the spool keeps of an idempotency key: enough to recognise it, not the key."""
    return "" if key is None else hashlib.sha256(f"kompetanse-nokkel:{key}".encode()).hexdigest()


def year_of(melding: dict[str, Any]) -> int:
    """The stated year when it can go into an id, otherwise 0 (the schema reports it)."""
    aar = melding.get("aar")
    return aar if isinstance(aar, int) and not isinstance(aar, bool) and 0 <= aar <= 9999 else 0


def prepare_document(melding: dict[str, Any], melding_id: str, version: str) -> dict[str, Any]:
    """The melding as it will be stored: system id, schema version, the sender's fields after.

    A sender that states no version gets the current one; a stated version is kept, so that an
    unknown one is reported rather than silently replaced.
    """
    rest = {key: value for key, value in melding.items() if key not in ("id", "schema_version")}
    return {"schema_version": melding.get("schema_version", version), "id": melding_id, **rest}


def relpath_of(document: dict[str, Any]) -> str:
    """Where the file would go (checked by the validator before anything is written)."""
    return expected_path(document.get("aar", 0), str(document.get("ordning", "")), document["id"])


def relabel(problems: list[Problem], label: str = LABEL) -> list[Problem]:
    """Problems named after the form, path problems dropped when the sender's fields caused them."""
    has_other_errors = any(
        p.severity is Severity.ERROR and not p.code.startswith("filsti-") for p in problems
    )
    kept = [p for p in problems if not (has_other_errors and p.code.startswith("filsti-"))]
    return [replace(p, file=label) for p in kept]


class Intake:
    """Checks a request body and spools what is accepted."""

    kind: Kind = KIND

    def __init__(self, validator: Validator, spool: Spool, taken: Callable[[], Set[str]]) -> None:
        self.validator = validator
        self.spool = spool
        self.taken = taken

    @property
    def version(self) -> str:
        """The schema version a new melding is stored with: the current one."""
        return self.validator.schema.current.version

    def receive(self, body: bytes, key: str | None) -> Outcome:
        """201 with a receipt, 200 for a repeated key, 400 or 422 with problems."""
        if key is not None and not KEY_PATTERN.match(key):
            return refusal(
                400,
                "mottak-ugyldig-nokkel",
                "Idempotency-Key må være 8–200 tegn (bokstaver, tall, . _ : -).",
                label=self.kind.name,
            )
        if self.validator.reference is None:
            message = "Mottaket kan ikke kontrollere innsendinger akkurat nå. Prøv igjen senere."
            return refusal(503, "mottak-utilgjengelig", message, label=self.kind.name)
        parsed = parse_body(body, self.kind.name)
        if parsed.document is None:
            return problem_outcome(400, [parsed.problem] if parsed.problem else [])
        problems = envelope_problems(parsed.document, self.kind)
        if problems:
            return problem_outcome(400, problems)
        if parsed.document.get("nettside"):
            return refusal(400, "mottak-avvist", "Innsendingen ble avvist.", label=self.kind.name)
        melding: dict[str, Any] = parsed.document[self.kind.name]
        deep = too_deep_problem(melding, self.kind.name)
        if deep is not None:
            return problem_outcome(400, [deep])
        return self.check_and_spool(melding, key, parsed.has_float)

    def check_and_spool(self, melding: dict[str, Any], key: str | None, has_float: bool) -> Outcome:
        """Validate; on success store the record and answer with its receipt.

        A repeated key finds its earlier record (200). An id whose record was made with another
        key (a hash collision, or someone aiming at it) is never answered with that record: the
        melding gets a fresh random id instead.
        """
        key_hash = hash_key(key)
        melding_id = self.new_id(melding, key)
        earlier = self.spool.find(melding_id)
        if earlier is not None and key_hash and earlier.key_hash == key_hash:
            return Outcome(200, {"status": "ok", "kvittering": earlier.receipt})
        if earlier is not None:
            melding_id = self.new_id(melding, None)
        document = prepare_document(melding, melding_id, self.version)
        relpath = self.relpath_of(document)
        problems = relabel(
            self.validator.check_document(document, relpath, has_float), self.kind.name
        )
        if any(p.severity is Severity.ERROR for p in problems):
            return problem_outcome(422, problems)
        return self.store(document, melding, problems, key_hash)

    def store(
        self,
        document: dict[str, Any],
        melding: dict[str, Any],
        warnings: list[Problem],
        key_hash: str,
    ) -> Outcome:
        """Spool the record; if another key won the id meanwhile, spool under a fresh id."""
        record = self.make_record(document, self.relpath_of(document), warnings, key_hash)
        stored = self.spool.accept(record)
        if stored is not record and key_hash and stored.key_hash == key_hash:
            return Outcome(200, {"status": "ok", "kvittering": stored.receipt})
        if stored is not record:
            fresh = prepare_document(melding, self.new_id(melding, None), self.version)
            stored = self.spool.accept(
                self.make_record(fresh, self.relpath_of(fresh), warnings, key_hash)
            )
        return Outcome(201, {"status": "ok", "kvittering": stored.receipt})

    def new_id(self, melding: dict[str, Any], key: str | None) -> str:
        """The id for this melding; a random one avoids every id already known."""
        year = year_of(melding)
        if key is not None:
            return f"{self.kind.id_prefix}-{year:04d}-{id_suffix(key)}"
        taken = self.taken()
        for _ in range(ID_ATTEMPTS):
            candidate = f"{self.kind.id_prefix}-{year:04d}-{id_suffix(None)}"
            if candidate not in taken and not self.spool.holds(candidate):
                return candidate
        raise RuntimeError("fant ingen ledig id")

    def relpath_of(self, document: dict[str, Any]) -> str:
        """Where the file would go (checked by the validator before anything is written)."""
        return relpath_of(document)

    def receipt_of(
        self, document: dict[str, Any], mottatt: str, warnings: list[Problem]
    ) -> dict[str, Any]:
        """The receipt for an accepted document."""
        return build_receipt(document, self.validator, mottatt, warnings)

    def make_record(
        self, document: dict[str, Any], relpath: str, warnings: list[Problem], key_hash: str
    ) -> Record:
        """The spool record: exact file content and the receipt."""
        content = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        mottatt = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        receipt = self.receipt_of(document, mottatt, warnings)
        return Record(document["id"], relpath, receipt["branch"], content, receipt, key_hash)
