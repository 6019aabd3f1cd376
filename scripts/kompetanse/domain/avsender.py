"""Whether a confirmed address belongs to the owner: its domain is one the office lists for the
owner's organisasjonsnummer (``data/eier_domener.csv``), or a subdomain of one."""

from __future__ import annotations

from collections.abc import Mapping

from kompetanse.domain.orgnr import compact_orgnr


def address_domain(address: str) -> str:
    """The part after the ``@``, in lower case ('' when there is none)."""
    local, at, domain = address.strip().rpartition("@")
    return domain.lower().rstrip(".") if at and local else ""


def from_owner_domain(
    address: str, organisasjonsnummer: str, domener: Mapping[str, frozenset[str]]
) -> bool:
    """The address is at one of the owner's domains (``oslo.kommune.no``) or below one."""
    domain = address_domain(address)
    known = domener.get(compact_orgnr(organisasjonsnummer), frozenset())
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in known)
