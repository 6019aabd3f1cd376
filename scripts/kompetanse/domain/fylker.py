"""Fylker and the years each existed: an owner is filed under the fylke of its year.

Fylker were merged in 2020 and split again in 2024 (Viken 2020–2023, then Østfold, Akershus and
Buskerud again; Troms og Finnmark 2020–2023). A row of ``data/fylker.csv`` states the years it is
valid (``fra_aar``/``til_aar``, inclusive; empty means open), so a vedtak from 2022 may name
Viken and one from 2025 may not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Fylke:
    """One fylke over the years it existed under this name and number."""

    fylke: str
    fylkesnummer: str
    i_embetet: bool
    fra_aar: int | None = None
    til_aar: int | None = None

    def valid_in(self, aar: int) -> bool:
        """True when the fylke existed in ``aar``."""
        return (self.fra_aar is None or self.fra_aar <= aar) and (
            self.til_aar is None or aar <= self.til_aar
        )


def fylker_in(fylker: Iterable[Fylke], aar: int) -> list[str]:
    """Names of the fylker that existed in ``aar``, in the table's order."""
    return [f.fylke for f in fylker if f.valid_in(aar)]


def is_fylke_in(fylker: Iterable[Fylke], name: str, aar: int) -> bool:
    """True when ``name`` was a fylke in ``aar``."""
    return any(f.fylke == name and f.valid_in(aar) for f in fylker)


def office_fylker(fylker: Iterable[Fylke]) -> list[str]:
    """Names of the fylker of this office in every year, in the table's order, each once."""
    return list(dict.fromkeys(f.fylke for f in fylker if f.i_embetet))
