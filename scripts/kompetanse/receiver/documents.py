"""The receiver's intake for the documents after the vedtak: rapporter and søknader om
tilretteleggingsmidler. The same steps as for a behovsmelding (see intake.py), in the kind's own
folder, with the kind's id prefix, envelope key and receipt."""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Any

from kompetanse.kinds import RAPPORT, TILRETTELEGGINGSSOKNAD, Kind
from kompetanse.receiver.document_receipt import build_document_receipt
from kompetanse.receiver.intake import Intake, year_of
from kompetanse.receiver.spool import Spool
from kompetanse.validation.checker import Validator
from kompetanse.validation.paths import expected_kind_path
from kompetanse.validation.problems import Problem

DOCUMENT_KINDS: tuple[Kind, ...] = (RAPPORT, TILRETTELEGGINGSSOKNAD)


class DocumentIntake(Intake):
    """Checks a request body holding one document of a kind after the vedtak, and spools it."""

    def __init__(
        self, validator: Validator, spool: Spool, taken: Callable[[], Set[str]], kind: Kind
    ) -> None:
        super().__init__(validator, spool, taken)
        self.kind = kind

    @property
    def version(self) -> str:
        """The kind's current schema version."""
        return self.validator.for_kind(self.kind).schema.current.version

    def relpath_of(self, document: dict[str, Any]) -> str:
        """``submissions/<folder>/<år>/<id>.json``."""
        return expected_kind_path(self.kind, year_of(document), document["id"])

    def receipt_of(
        self, document: dict[str, Any], mottatt: str, warnings: list[Problem]
    ) -> dict[str, Any]:
        """The kind's receipt."""
        return build_document_receipt(self.kind, document, mottatt, warnings)


def document_intakes(
    validator: Validator, spool: Spool, taken: Callable[[], Set[str]]
) -> dict[str, DocumentIntake]:
    """One intake per kind after the vedtak, by the kind's name."""
    return {kind.name: DocumentIntake(validator, spool, taken, kind) for kind in DOCUMENT_KINDS}
