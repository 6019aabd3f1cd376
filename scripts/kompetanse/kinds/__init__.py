"""The kinds of document the system takes in, one entry each.

A kind names what the rest of the system must know about its documents: the current schema file
and the folder of earlier versions, the id prefix, the key the form sends it under, its title in
messages, the builder that reads a schema-valid document into the domain, the receiver's path
(``/api/<plural>``) and, for kinds other than behovsmelding, the folder under submissions/. Validation, the
receiver, the review report and the form look a kind up here instead of naming behovsmelding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kompetanse.domain.model import behovsmelding_from_document
from kompetanse.domain.rapport import rapport_from_document
from kompetanse.domain.tilrettelegging import soknad_from_document

OLDER_SCHEMAS_DIR = "schemas/eldre"


@dataclass(frozen=True)
class Kind:
    """What the system knows about one kind of document."""

    name: str
    title: str
    id_prefix: str
    build_model: Callable[[Any], object]
    plural: str
    folder: str | None = None

    @property
    def schema_file(self) -> str:
        """The schema of the current version, relative to the project root."""
        return f"schemas/{self.name}.schema.json"

    @property
    def older_schema_pattern(self) -> str:
        """A glob (relative to the project root) for the schemas of earlier versions."""
        return f"{OLDER_SCHEMAS_DIR}/{self.name}-*.schema.json"


BEHOVSMELDING = Kind(
    name="behovsmelding",
    title="Behovsmeldingen",
    id_prefix="bm",
    build_model=behovsmelding_from_document,
    plural="behovsmeldinger",
)

# Documents after the vedtak live in a folder of their own: submissions/<folder>/<år>/<id>.json.
RAPPORT = Kind(
    name="rapport",
    title="Rapporten",
    id_prefix="rp",
    build_model=rapport_from_document,
    plural="rapporter",
    folder="rapporter",
)

TILRETTELEGGINGSSOKNAD = Kind(
    name="tilretteleggingssoknad",
    title="Søknaden om tilretteleggingsmidler",
    id_prefix="ts",
    build_model=soknad_from_document,
    plural="tilretteleggingssoknader",
    folder="tilrettelegging",
)

KINDS: tuple[Kind, ...] = (BEHOVSMELDING, RAPPORT, TILRETTELEGGINGSSOKNAD)
KIND_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
KIND_BY_FOLDER: dict[str, Kind] = {kind.folder: kind for kind in KINDS if kind.folder}
