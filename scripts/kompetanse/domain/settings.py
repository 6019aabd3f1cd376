"""Rates and limits per year and ordning, looked up from the reference data."""

from __future__ import annotations

from collections.abc import Iterable

from kompetanse.domain.model import Innstilling, Ramme


class Settings:
    """Look-ups of the year's rules: egenandel rate, coordinator warning level, period, rammer."""

    def __init__(self, innstillinger: Iterable[Innstilling], rammer: Iterable[Ramme] = ()) -> None:
        self._innstilling_by_key = {(i.aar, i.ordning): i for i in innstillinger}
        self._ramme_by_key = {(r.aar, r.ordning): r for r in rammer}

    def innstilling(self, aar: int, ordning: str) -> Innstilling | None:
        """The settings for one year and ordning, or None when the year has none."""
        return self._innstilling_by_key.get((aar, ordning))

    def ramme(self, aar: int, ordning: str) -> Ramme | None:
        """The ramme for one year and ordning, or None when Udir's figure is not in yet."""
        return self._ramme_by_key.get((aar, ordning))

    def years(self) -> list[int]:
        """Every year that has settings, ascending."""
        return sorted({aar for aar, _ in self._innstilling_by_key})
