"""Synthetic, valid behovsmeldinger at scale, for benchmarks and load tests (deterministic)."""

from __future__ import annotations

import csv
import json
import random
import shutil
from dataclasses import astuple
from pathlib import Path
from typing import Any

from stdnum.no import orgnr

from bench.years import extend_years, fund_rammer
from kompetanse.domain.egenandel import minimum_egenandel
from kompetanse.domain.model import ReferenceData, Vedtak, budsjettaar_from_document
from kompetanse.domain.ordninger import OrdningInfo
from kompetanse.domain.settings import Settings
from kompetanse.repository.reference import load_reference_data
from kompetanse.repository.table_schema import table_columns
from kompetanse.text.inert import csv_text
from kompetanse.validation.paths import expected_path

YEARS = (2024, 2025, 2026)
FYLKER = ("Østfold", "Akershus", "Oslo", "Buskerud")
UH_IDS = ("oslomet", "uio", "usn", "hiof", "nmbu", "inn", "nla")
TEXT = (
    "Personalet har kartlagt behovet i egne møter sammen med ledere og tillitsvalgte, "
    "og universitetet har vært med på å planlegge arbeidet i hver enhet gjennom året."
)


def make_orgnr(rng: random.Random) -> str:
    """A random 9-digit organisasjonsnummer with a valid mod-11 check digit."""
    while True:
        stem = str(rng.choice((8, 9))) + "".join(str(rng.randrange(10)) for _ in range(7))
        valid = [stem + digit for digit in "0123456789" if orgnr.is_valid(stem + digit)]
        if valid:
            return valid[0]


def make_budget(rng: random.Random, aar: int, years: int) -> list[dict[str, int]]:
    """One budget line per year, shares in whole thousands of kroner."""
    rows = []
    for offset in range(years):
        eier, uh = rng.randrange(100, 900) * 1000, rng.randrange(50, 500) * 1000
        koordinator = rng.randrange(0, (eier + uh) // 20_000 + 1) * 1000
        total = eier + uh + koordinator
        rows.append(
            {
                "aar": aar + offset,
                "eier_andel": eier,
                "uh_andel": uh,
                "koordinator_andel": koordinator,
                "sum": total,
            }
        )
    return rows


def eiertype_for(ordning: OrdningInfo, wanted: str) -> str:
    """``wanted`` when the ordning takes that eiertype, otherwise the first one it takes."""
    return wanted if ordning.tillater_eiertype(wanted) else ordning.eiertyper[0]


def add_egenandel(
    rng: random.Random, doc: dict[str, Any], ordning: OrdningInfo, settings: Settings
) -> None:
    """An egenandel at or a little above the year's minimum, when the ordning has one."""
    innstilling = settings.innstilling(doc["aar"], ordning.ordning)
    if not ordning.har_egenandel or innstilling is None:
        return
    budget = [budsjettaar_from_document(row) for row in doc["budsjett"]]
    doc["egenandel"] = {
        "belop": minimum_egenandel(budget, innstilling.egenandel_sats) + rng.randrange(0, 5) * 1000,
        "form": rng.choice(["kontant", "lonn_frikjop", "blandet"]),
    }


def fylker_for(reference: ReferenceData, aar: int) -> tuple[str, ...]:
    """The office's fylker in ``aar`` (the usual four when the reference names none)."""
    return tuple(f.fylke for f in reference.fylker if f.i_embetet and f.valid_in(aar)) or FYLKER


def make_melding(
    rng: random.Random, number: int, reference: ReferenceData, years: tuple[int, ...] = YEARS
) -> dict[str, Any]:
    """One valid behovsmelding (about 3 KB), in each of the register's ordninger in turn."""
    ordninger = list(reference.ordninger)
    ordning = ordninger[number % len(ordninger)]
    aar = years[number % len(years)]
    melding_id = f"bm-{aar}-{rng.getrandbits(32):08x}"
    budget = make_budget(rng, aar, rng.randint(1, 3))
    doc: dict[str, Any] = {
        "schema_version": "1",
        "id": melding_id,
        "ordning": ordning.ordning,
        "aar": aar,
        "periode_aar": len(budget),
        "eier": {
            "navn": f"Syntetisk kommune {number}",
            "organisasjonsnummer": make_orgnr(rng),
            "eiertype": eiertype_for(ordning, "kommune"),
            "fylke": rng.choice(fylker_for(reference, aar)),
        },
        "nettverk": [
            {
                "navn": f"Nettverkseier {number}-{i}",
                "organisasjonsnummer": make_orgnr(rng),
                "eiertype": eiertype_for(ordning, "privat"),
            }
            for i in range(rng.randint(0, 3))
        ],
        "enheter": [
            {"navn": f"Enhet {number}-{i}", "enhetstype": rng.choice(ordning.enhetstyper)}
            for i in range(rng.randint(1, 6))
        ],
        "uh_partner": {"uh_id": rng.choice(UH_IDS), "fagmiljo": "Institutt for pedagogikk"},
        "behov": {"beskrivelse": TEXT, "involvering": TEXT, "dialog_med_uh": TEXT},
        "tiltak": {
            "tittel": f"Kollektivt tiltak {number}",
            "beskrivelse": TEXT * 2,
            "maalgruppe": "Alle ansatte og ledere",
            "antall_deltakere": rng.randint(10, 400),
            "kollektivt": True,
        },
        "budsjett": budget,
        "kontaktperson": {
            "navn": "Ola Nordmann",
            "epost": "ola.nordmann@example.no",
            "telefon": "22 00 00 00",
        },
        "bekreftelser": {"ansatte_involvert": True, "uh_har_sett_behovsmeldingen": True},
    }
    add_egenandel(rng, doc, ordning, Settings(reference.innstillinger))
    return doc


def vedtak_rows(doc: dict[str, Any]) -> list[Vedtak]:
    """Vedtak approving a decided melding in full, one per payout year."""
    return [
        Vedtak(
            behovsmelding_id=doc["id"],
            vedtak_aar=doc["aar"],
            utbetaling_aar=row["aar"],
            eier_andel=row["eier_andel"],
            uh_andel=row["uh_andel"],
            koordinator_andel=row["koordinator_andel"],
        )
        for row in doc["budsjett"]
    ]


def vedtak_csv(root: Path, decided: list[Vedtak]) -> str:
    """The vedtak as CSV in the columns of their table schema."""
    columns = [name for name, _ in table_columns(root, "vedtak")]
    rows = sorted(astuple(v) for v in decided)
    return csv_text([tuple(columns), *rows])


def copy_reference(source: Path, root: Path) -> None:
    """Copy the schemas and reference tables (not the submissions) from a project."""
    for name in ("schemas", "data"):
        shutil.copytree(source / name, root / name, dirs_exist_ok=True)


def write_synthetic_repository(
    root: Path,
    count: int,
    seed: int = 1,
    source: Path | None = None,
    years: tuple[int, ...] = YEARS,
) -> list[str]:
    """Write ``count`` valid meldinger over ``years`` (and vedtak for years before the last).

    Schemas and data are copied from ``source`` (the project), the yearly tables carried to every
    one of ``years``. Returns the written paths.
    """
    copy_reference(source or Path.cwd(), root)
    extend_years(root, years)
    reference = load_reference_data(root)
    rng = random.Random(seed)
    written, decided = [], []
    for number in range(count):
        doc = make_melding(rng, number, reference, years)
        relpath = expected_path(doc["aar"], doc["ordning"], doc["id"])
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(relpath)
        if doc["aar"] < years[-1]:
            decided.extend(vedtak_rows(doc))
    (root / "data" / "vedtak.csv").write_text(vedtak_csv(root, decided), encoding="utf-8")
    meldinger = [json.loads((root / p).read_text(encoding="utf-8")) for p in written]
    write_owner_domains(root, meldinger)
    fund_rammer(root, meldinger)
    return written


def write_owner_domains(root: Path, meldinger: list[dict[str, Any]]) -> None:
    """The first few owners' e-mail domains: their contact persons' domain."""
    rows = sorted(
        {
            (doc["eier"]["organisasjonsnummer"], doc["kontaktperson"]["epost"].rsplit("@", 1)[1])
            for doc in meldinger[:5]
        }
    )
    with (root / "data" / "eier_domener.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["organisasjonsnummer", "domene"])
        out.writerows(rows)
