"""Read what the allocation needs from a repository: meldinger (only those used), rammer, vedtak."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kompetanse.domain.allocation import AllocationInput
from kompetanse.domain.layout import CountLayout
from kompetanse.domain.model import (
    Behovsmelding,
    ReferenceData,
    behovsmelding_from_document,
)
from kompetanse.domain.settings import Settings
from kompetanse.domain.vedtak import ids_in_view
from kompetanse.errors import KompetanseError
from kompetanse.repository.reference import load_layout, load_reference_data
from kompetanse.repository.schemas import load_schema
from kompetanse.repository.submissions import iter_submission_relpaths, read_submission_bytes
from kompetanse.validation.json_input import parse_document
from kompetanse.validation.paths import parse_submission_path
from kompetanse.validation.schema import VersionedSchema


class UnknownYearError(KompetanseError):
    """The year has no rammer, behovsmeldinger or vedtak, so there is nothing to allocate."""


@dataclass
class RepositoryData:
    """Reference data, the index of submission paths, and meldinger read on demand (cached)."""

    root: Path
    reference: ReferenceData
    settings: Settings
    schema: VersionedSchema
    relpath_by_id: dict[str, str]
    ordning_by_id: dict[str, str]
    aar_by_id: dict[str, int]
    layout: CountLayout | None = None
    skipped: list[str] = field(default_factory=list)
    _cache: dict[str, Behovsmelding | None] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> RepositoryData:
        """Read the reference tables and list the submission files (contents are read later)."""
        reference = load_reference_data(root)
        relpath_by_id, ordning_by_id, aar_by_id = {}, {}, {}
        for relpath in iter_submission_relpaths(root):
            parts = parse_submission_path(relpath)
            if parts is not None and parts.id not in relpath_by_id:
                relpath_by_id[parts.id] = relpath
                ordning_by_id[parts.id] = parts.ordning
                aar_by_id[parts.id] = parts.aar
        settings = Settings(reference.innstillinger, reference.rammer)
        schema = load_schema(root)
        layout = load_layout(root)
        return cls(
            root, reference, settings, schema, relpath_by_id, ordning_by_id, aar_by_id, layout
        )

    def melding(self, melding_id: str) -> Behovsmelding | None:
        """The melding with this id, or None when it cannot be read as a valid melding."""
        if melding_id not in self._cache:
            self._cache[melding_id] = self._read(self.relpath_by_id[melding_id])
        return self._cache[melding_id]

    def _read(self, relpath: str) -> Behovsmelding | None:
        """The melding when the file is readable, schema-valid JSON (no decimal numbers)."""
        try:
            parsed = parse_document(read_submission_bytes(self.root, relpath), relpath)
            document, has_float = parsed.document, parsed.has_float
            if document is not None and not has_float and self.schema.is_valid(document):
                return behovsmelding_from_document(document)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
        self.skipped.append(relpath)
        return None

    def years(self) -> list[int]:
        """Every year with rammer, meldinger or vedtak (earlier ones included), ascending."""
        years = {r.aar for r in self.reference.rammer} | set(self.aar_by_id.values())
        years |= {row.vedtak_aar for row in self.reference.historikk}
        return sorted(years | {v.vedtak_aar for v in self.reference.vedtak})

    def require_year(self, aar: int) -> int:
        """The year, when it has rammer, meldinger or vedtak; otherwise an UnknownYearError."""
        years = self.years()
        if aar not in years:
            known = ", ".join(map(str, years)) or "ingen"
            raise UnknownYearError(
                f"{aar} har ingen rammer, behovsmeldinger eller vedtak (år med data: {known})"
            )
        return aar

    def needed_ids(self, aar: int) -> set[str]:
        """Ids the year's allocation reads: its meldinger and those of vedtak in view."""
        ids = {melding_id for melding_id, year in self.aar_by_id.items() if year == aar}
        ids |= ids_in_view(self.reference.vedtak, aar)
        return {melding_id for melding_id in ids if melding_id in self.relpath_by_id}

    def unreadable(self, aar: int) -> list[str]:
        """Paths of the meldinger the year needs that cannot be read as valid meldinger."""
        return sorted(
            self.relpath_by_id[melding_id]
            for melding_id in self.needed_ids(aar)
            if (melding := self.melding(melding_id)) is None or melding.id != melding_id
        )

    def allocation_input(self, aar: int) -> AllocationInput:
        """Everything ``build_allocation`` needs for one year."""
        meldinger = {}
        for melding_id in sorted(self.needed_ids(aar)):
            melding = self.melding(melding_id)
            if melding is not None and melding.id == melding_id:
                meldinger[melding_id] = melding
        return AllocationInput(
            aar=aar,
            meldinger=meldinger,
            ordning_by_id=self.ordning_by_id,
            vedtak=self.reference.vedtak,
            settings=self.settings,
            ordninger=self.reference.ordninger,
            uh_navn={uh.uh_id: uh.navn for uh in self.reference.uh},
            fylker=self.reference.fylker,
            historikk=self.reference.historikk,
            layout=self.layout,
        )
