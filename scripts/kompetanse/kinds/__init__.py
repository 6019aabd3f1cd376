"""The kinds of document the system takes in, one entry each.

A kind names what the rest of the system must know about its documents: the current schema file
and the folder of earlier versions, the id prefix, the key the form sends it under, its title in
messages, and the builder that reads a schema-valid document into the domain. Validation, the
receiver, the review report and the form look a kind up here instead of naming behovsmelding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kompetanse.domain.model import behovsmelding_from_document

OLDER_SCHEMAS_DIR = "schemas/eldre"


@dataclass(frozen=True)
class Kind:
    """What the system knows about one kind of document."""

    name: str
    title: str
    id_prefix: str
    build_model: Callable[[Any], object]

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
)

KINDS: tuple[Kind, ...] = (BEHOVSMELDING,)
KIND_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
