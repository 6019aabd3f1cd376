"""The receiver's intake for the documents after the vedtak: rapporter and søknader om
tilretteleggingsmidler. The same steps as for a behovsmelding (intake.py), in the kind's own
folder, with the kind's id prefix, envelope key and receipt; no deadline check and no e-mail
confirmation state in the file."""

from __future__ import annotations

from typing import Any

from kompetanse.kinds import RAPPORT, TILRETTELEGGINGSSOKNAD, Kind
from kompetanse.receiver.document_receipt import build_document_receipt
from kompetanse.receiver.intake import Intake, IntakeLimits, RemoteView
from kompetanse.receiver.spool import Spool
from kompetanse.receiver.stored import now_stamp, sender_fields, year_of
from kompetanse.validation.checker import Validator
from kompetanse.validation.paths import expected_kind_path
from kompetanse.validation.problems import Problem

DOCUMENT_KINDS: tuple[Kind, ...] = (RAPPORT, TILRETTELEGGINGSSOKNAD)


class DocumentIntake(Intake):
    """Checks a request body holding one document of a kind after the vedtak, and spools it."""

    def __init__(
        self,
        validator: Validator,
        spool: Spool,
        remote: RemoteView,
        secret: bytes,
        limits: IntakeLimits,
        kind: Kind,
    ) -> None:
        super().__init__(validator, spool, remote, secret, limits)
        self.kind = kind

    @property
    def version(self) -> str:
        """The kind's current schema version."""
        return self.validator.for_kind(self.kind).schema.current.version

    def is_late(self, melding: dict[str, Any]) -> bool:
        """Rapporter and søknader are not refused for lateness here (the office decides)."""
        return False

    def relpath_of(self, document: dict[str, Any]) -> str:
        """``submissions/<folder>/<år>/<id>.json``."""
        return expected_kind_path(self.kind, year_of(document), document["id"])

    def prepare(self, melding: dict[str, Any], melding_id: str, late: bool) -> dict[str, Any]:
        """System id and schema version first, then the sender's fields."""
        version = melding.get("schema_version", self.version)
        return {"schema_version": version, "id": melding_id, **sender_fields(melding)}

    def receipt_of(self, document: dict[str, Any], warnings: list[Problem]) -> dict[str, Any]:
        """The kind's receipt."""
        return build_document_receipt(self.kind, document, now_stamp(), warnings)


def document_intakes(
    validator: Validator, spool: Spool, remote: RemoteView, secret: bytes, limits: IntakeLimits
) -> dict[str, DocumentIntake]:
    """One intake per kind after the vedtak, by the kind's name."""
    return {
        kind.name: DocumentIntake(validator, spool, remote, secret, limits, kind)
        for kind in DOCUMENT_KINDS
    }
