"""A confirmed address on the owner's own domain (data/eier_domener.csv)."""

from __future__ import annotations

from pathlib import Path

from kompetanse.domain.avsender import address_domain, from_owner_domain
from kompetanse.repository.reference import load_eier_domener

DOMENER = {"958935420": frozenset({"oslo.kommune.no"})}


def test_the_domain_or_a_subdomain_counts_and_nothing_that_only_looks_alike() -> None:
    assert from_owner_domain("kari@oslo.kommune.no", "958 935 420", DOMENER)
    assert from_owner_domain("Kari@Bydel-Frogner.Oslo.Kommune.No", "958935420", DOMENER)
    for address in (
        "kari@eviloslo.kommune.no",
        "kari@oslo.kommune.no.example.net",
        "oslo.kommune.no",
        "kari@",
    ):
        assert not from_owner_domain(address, "958935420", DOMENER), address
    assert not from_owner_domain("kari@oslo.kommune.no", "940039541", DOMENER)
    assert address_domain("ola@Example.NO.") == "example.no"


def test_the_fixture_office_lists_one_owner_domain(fixture_office: Path) -> None:
    assert load_eier_domener(fixture_office) == {"964947082": frozenset({"example.no"})}
