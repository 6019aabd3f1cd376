"""The register of ordninger: what ``data/ordninger.csv`` says about each scheme of the grant.

No code names an ordning. Everything that differs between them (names, whether the owner pays an
egenandel, which enhetstyper and eiertyper may take part, the order they are shown in) is read
from the register and asked for here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class OrdningInfo:
    """One ordning as the register describes it."""

    ordning: str
    navn: str
    navn_nn: str
    kortnavn: str
    har_egenandel: bool
    enhetstyper: tuple[str, ...]
    eiertyper: tuple[str, ...]
    rekkefolge: int

    def tillater_enhetstype(self, enhetstype: str) -> bool:
        """True when a unit of this type may take part."""
        return enhetstype in self.enhetstyper

    def tillater_eiertype(self, eiertype: str) -> bool:
        """True when an owner of this type may take part."""
        return eiertype in self.eiertyper


class OrdningRegister:
    """Every ordning, in the register's order (``rekkefolge``, then the slug)."""

    def __init__(self, ordninger: Iterable[OrdningInfo]) -> None:
        self._ordninger = tuple(sorted(ordninger, key=lambda o: (o.rekkefolge, o.ordning)))
        self._by_slug = {info.ordning: info for info in self._ordninger}

    def __iter__(self) -> Iterator[OrdningInfo]:
        return iter(self._ordninger)

    def __len__(self) -> int:
        return len(self._ordninger)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def slugs(self) -> tuple[str, ...]:
        """The slugs in the register's order."""
        return tuple(info.ordning for info in self._ordninger)

    def get(self, slug: str) -> OrdningInfo | None:
        """The ordning with this slug, or None when the register has none."""
        return self._by_slug.get(slug)

    def kortnavn(self, slug: str) -> str:
        """The short name (the slug itself for an ordning the register does not know)."""
        info = self._by_slug.get(slug)
        return info.kortnavn if info else slug

    def navn(self, slug: str) -> str:
        """The full name (the slug itself for an ordning the register does not know)."""
        info = self._by_slug.get(slug)
        return info.navn if info else slug

    def har_egenandel(self, slug: str) -> bool:
        """True when the ordning asks the owner for an egenandel (False when unknown)."""
        info = self._by_slug.get(slug)
        return info.har_egenandel if info else False

    def position(self, slug: str) -> int | None:
        """The ordning's place in the register's order, or None when unknown."""
        slugs = self.slugs()
        return slugs.index(slug) if slug in self._by_slug else None
