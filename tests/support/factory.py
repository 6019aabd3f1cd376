"""In-memory behovsmeldinger for tests: one valid document, changed only where a test says so.

``make_melding`` gives a document that passes ``kompetanse validate`` against the fixture office
(tests/unit/test_factory.py checks it for every ordning); ``make_behovsmelding`` gives the same
melding as the domain record.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_CEILING, Decimal
from typing import Any

from kompetanse.domain.model import Behovsmelding, behovsmelding_from_document

Shares = tuple[int, int, int]
ENHETSTYPE_BY_ORDNING = {
    "regional": "barnehage",
    "desentralisert": "grunnskole",
    "kompetanseloftet": "pp_tjeneste",
}
EGENANDEL_ORDNINGER = frozenset({"desentralisert"})
EGENANDEL_SATS = Decimal("0.30")
TEXT = "Personalet og lederne har kartlagt behovet sammen med UH-partneren i felles møter."


def budget(aar: int, shares: Iterable[Shares]) -> list[dict[str, int]]:
    """Budget lines from (eier, UH, koordinator) shares, one year each from ``aar``, with sums."""
    return [
        {
            "aar": aar + offset,
            "eier_andel": eier,
            "uh_andel": uh,
            "koordinator_andel": koordinator,
            "sum": eier + uh + koordinator,
        }
        for offset, (eier, uh, koordinator) in enumerate(shares)
    ]


def minimum_egenandel(lines: list[dict[str, int]]) -> int:
    """The fixture office's minimum: 30 % of the owner's share, each year rounded up."""
    return sum(
        int((EGENANDEL_SATS * line["eier_andel"]).to_integral_value(ROUND_CEILING))
        for line in lines
    )


def make_melding(
    *,
    ordning: str = "regional",
    aar: int = 2025,
    shares: Iterable[Shares] = ((500_000, 300_000, 0),),
    **overrides: Any,
) -> dict[str, Any]:
    """A valid behovsmelding document; ``overrides`` replace top-level keys (``None`` drops one).

    The budget runs from ``aar`` with one line per item of ``shares``; a desentralisert melding
    gets exactly the minimum egenandel.
    """
    lines = budget(aar, shares)
    document: dict[str, Any] = {
        "schema_version": "1",
        "id": f"bm-{aar}-00000001",
        "ordning": str(ordning),
        "aar": aar,
        "periode_aar": len(lines),
        "eier": {
            "navn": "Prøvedal kommune",
            "organisasjonsnummer": "974760673",
            "eiertype": "kommune",
            "fylke": "Oslo",
        },
        "nettverk": [],
        "enheter": [{"navn": "Prøvedal enhet", "enhetstype": ENHETSTYPE_BY_ORDNING[ordning]}],
        "uh_partner": {"uh_id": "oslomet"},
        "behov": {"beskrivelse": TEXT, "involvering": TEXT, "dialog_med_uh": TEXT},
        "tiltak": {
            "tittel": "Felles kompetanseutvikling i Prøvedal",
            "beskrivelse": TEXT,
            "maalgruppe": "Alle ansatte og ledere",
            "antall_deltakere": 40,
            "kollektivt": True,
        },
        "budsjett": lines,
        "kontaktperson": {
            "navn": "Pia Prøvesen",
            "epost": "pia.provesen@provedal.kommune.no",
            "telefon": "22 00 11 22",
        },
        "bekreftelser": {"ansatte_involvert": True, "uh_har_sett_behovsmeldingen": True},
    }
    if ordning in EGENANDEL_ORDNINGER:
        document["egenandel"] = {"belop": minimum_egenandel(lines), "form": "kontant"}
    document.update(overrides)
    return {key: value for key, value in document.items() if value is not None}


def make_behovsmelding(**arguments: Any) -> Behovsmelding:
    """The domain record of ``make_melding(**arguments)``."""
    return behovsmelding_from_document(make_melding(**arguments))
