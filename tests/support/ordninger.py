"""A register of ordninger for unit tests that build their records in code."""

from __future__ import annotations

from kompetanse.domain.ordninger import OrdningInfo, OrdningRegister

REGIONAL, DESENTRALISERT, KOMPETANSELOFTET = "regional", "desentralisert", "kompetanseloftet"
ALLE_EIERTYPER = ("kommune", "fylkeskommune", "privat")


def ordning(
    slug: str,
    kortnavn: str,
    enhetstyper: tuple[str, ...],
    har_egenandel: bool = False,
    rekkefolge: int = 1,
    eiertyper: tuple[str, ...] = ALLE_EIERTYPER,
) -> OrdningInfo:
    """One ordning; its full names are made from the short one."""
    return OrdningInfo(
        ordning=slug,
        navn=f"{kortnavn} (fullt navn)",
        navn_nn=f"{kortnavn} (fullt namn)",
        kortnavn=kortnavn,
        har_egenandel=har_egenandel,
        enhetstyper=enhetstyper,
        eiertyper=eiertyper,
        rekkefolge=rekkefolge,
    )


def three_ordninger() -> OrdningRegister:
    """The three ordninger of the grant as the project's register describes them today."""
    return OrdningRegister(
        [
            ordning(KOMPETANSELOFTET, "Kompetanseløftet", ("barnehage", "pp_tjeneste"), False, 3),
            ordning(REGIONAL, "Regional ordning", ("barnehage",), False, 1),
            ordning(DESENTRALISERT, "Desentralisert ordning", ("grunnskole",), True, 2),
        ]
    )
