"""A fourth ordning added to a copy of a project by editing data rows only, as a caseworker would.

The new ordning takes PP-tjenester and other services run by a kommune or fylkeskommune; it has
a set-aside for tilretteleggingsmidler and, when asked for, an egenandel. One behovsmelding in
it is written for the newest year that has rammer.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SLUG = "laget_rundt"
NAVN = "Laget rundt barnet i kommunene"
KORTNAVN = "Laget rundt"
ENHETSTYPER = ("pp_tjeneste", "annen_tjeneste")
EIERTYPER = ("kommune", "fylkeskommune")
EGENANDEL_SATS = "0.25"
RAMME = 10_000_000
TILRETTELEGGING_SATS = "0.10"
EIER_ANDEL, UH_ANDEL = 300_000, 150_000
MINIMUM_EGENANDEL = 75_000  # 25 % of the owner's 300 000 kr
MELDING_ID_SUFFIX = "4f4f4f4f"


@dataclass(frozen=True)
class FourthOrdning:
    """Where the new ordning and its behovsmelding were written."""

    root: Path
    aar: int
    har_egenandel: bool
    melding_path: Path

    @property
    def melding_id(self) -> str:
        """The id of the behovsmelding in the new ordning."""
        return f"bm-{self.aar}-{MELDING_ID_SUFFIX}"


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """A CSV table's header and rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def append_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Add rows to a CSV table, in the order of its header."""
    header, _ = read_rows(path)
    buffer = io.StringIO()
    csv.DictWriter(buffer, header, lineterminator="\n").writerows(rows)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + buffer.getvalue(), "utf-8")


def add_register_row(root: Path, har_egenandel: bool) -> None:
    """The new ordning, last in the register's order."""
    _, rows = read_rows(root / "data/ordninger.csv")
    row = {
        "ordning": SLUG,
        "navn": NAVN,
        "navn_nn": "Laget rundt barnet i kommunane",
        "kortnavn": KORTNAVN,
        "kortnavn_nn": KORTNAVN,
        "har_egenandel": "true" if har_egenandel else "false",
        "enhetstyper": " ".join(ENHETSTYPER),
        "eiertyper": " ".join(EIERTYPER),
        "rekkefolge": str(max(int(r["rekkefolge"]) for r in rows) + 1),
    }
    append_rows(root / "data/ordninger.csv", [row])


def add_settings_and_rammer(root: Path, har_egenandel: bool) -> int:
    """Settings for every year that has some, a ramme for the newest year with rammer."""
    _, settings = read_rows(root / "data/innstillinger.csv")
    first = settings[0]["ordning"]
    rate = EGENANDEL_SATS if har_egenandel else "0"
    new = [
        {**r, "ordning": SLUG, "egenandel_sats": rate} for r in settings if r["ordning"] == first
    ]
    append_rows(root / "data/innstillinger.csv", new)
    _, rammer = read_rows(root / "data/rammer.csv")
    aar = max(int(r["aar"]) for r in rammer)
    row = {"aar": str(aar), "ordning": SLUG, "ramme_fra_udir": str(RAMME)}
    append_rows(root / "data/rammer.csv", [{**row, "tilrettelegging_sats": TILRETTELEGGING_SATS}])
    return aar


def new_melding(root: Path, aar: int, har_egenandel: bool) -> dict[str, Any]:
    """A behovsmelding in the new ordning, made from the first one in the repository."""
    template = sorted((root / "submissions").rglob("*.json"))[0]
    doc = json.loads(template.read_text(encoding="utf-8"))
    doc.pop("supplerende", None)
    doc.pop("egenandel", None)
    doc |= {"id": f"bm-{aar}-{MELDING_ID_SUFFIX}", "ordning": SLUG, "aar": aar, "periode_aar": 1}
    doc["eier"]["eiertype"] = "kommune"
    doc["nettverk"] = []
    doc["enheter"] = [
        {"navn": "PP-tjenesten", "enhetstype": "pp_tjeneste"},
        {"navn": "Helsestasjonen", "enhetstype": "annen_tjeneste"},
    ]
    total = EIER_ANDEL + UH_ANDEL
    doc["budsjett"] = [
        {"aar": aar, "eier_andel": EIER_ANDEL, "uh_andel": UH_ANDEL, "koordinator_andel": 0}
        | {"sum": total}
    ]
    if har_egenandel:
        doc["egenandel"] = {"belop": MINIMUM_EGENANDEL, "form": "lonn_frikjop"}
    return doc


def write_melding(root: Path, doc: dict[str, Any], name: str | None = None) -> Path:
    """Write a melding where it belongs (under another file name when ``name`` is given)."""
    folder = root / "submissions" / str(doc["aar"]) / doc["ordning"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or doc['id']}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def add_fourth_ordning(root: Path, har_egenandel: bool) -> FourthOrdning:
    """Register the fourth ordning in data/ and write one behovsmelding in it."""
    add_register_row(root, har_egenandel)
    aar = add_settings_and_rammer(root, har_egenandel)
    path = write_melding(root, new_melding(root, aar, har_egenandel))
    return FourthOrdning(root, aar, har_egenandel, path)
