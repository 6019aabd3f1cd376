"""The yearly tables of a synthetic repository: carried to the years they lack, rammer funded.

A year missing from ``rammer``, ``innstillinger``, ``rapporteringsfrister`` or ``tilrettelegging``
gets the rows of the nearest year the table has, with every date moved by the difference in years.
The rammer are then raised to what the synthetic meldinger ask for.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

YEARLY_TABLES = ("rammer", "innstillinger", "rapporteringsfrister", "tilrettelegging")
ISO_DATE = re.compile(r"^(\d{4})(-\d{2}-\d{2})$")


def shift_value(value: str, years: int) -> str:
    """An ISO date moved by ``years`` (29 February becomes 28 February); other text as it is."""
    match = ISO_DATE.match(value)
    if match is None:
        return value
    month_day = "-02-28" if match.group(2) == "-02-29" else match.group(2)
    return f"{int(match.group(1)) + years}{month_day}"


def carried_rows(rows: list[dict[str, str]], aar: int) -> list[dict[str, str]]:
    """The rows of the year nearest ``aar``, moved to ``aar``."""
    nearest = min({int(row["aar"]) for row in rows}, key=lambda year: (abs(year - aar), year))
    return [
        {**{key: shift_value(value, aar - nearest) for key, value in row.items()}, "aar": str(aar)}
        for row in rows
        if int(row["aar"]) == nearest
    ]


def extend_table(path: Path, years: tuple[int, ...]) -> None:
    """Add rows for every year in ``years`` the table lacks, keeping its rows sorted by year."""
    fields, rows = read_rows(path)
    if not rows:
        return
    present = {int(row["aar"]) for row in rows}
    added = [row for aar in years if aar not in present for row in carried_rows(rows, aar)]
    write_rows(path, fields, sorted([*rows, *added], key=lambda row: int(row["aar"])))


def extend_years(root: Path, years: tuple[int, ...]) -> None:
    """Give every yearly table of ``root/data`` rows for all of ``years``."""
    for name in YEARLY_TABLES:
        path = root / "data" / f"{name}.csv"
        if path.is_file():
            extend_table(path, years)


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and the rows of a CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), list(reader)


def write_rows(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    """Write a CSV file with ``fields`` as its header."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def payouts_by_year(meldinger: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """What the meldinger ask to be paid out, per (year, ordning)."""
    asked: Counter[tuple[str, str]] = Counter()
    for doc in meldinger:
        for row in doc["budsjett"]:
            asked[(str(row["aar"]), doc["ordning"])] += row["sum"]
    return asked


def funded(row: dict[str, str], asked: int) -> str:
    """A ramme that covers ``asked`` with a tenth to spare after the set-aside, in 100,000s."""
    share = 1 - Decimal(row.get("tilrettelegging_sats") or 0)
    needed = Decimal(asked) * Decimal("1.1") / share + int(row.get("tilrettelegging_kroner") or 0)
    rounded = -(-int(needed) // 100_000) * 100_000
    return str(max(int(row["ramme_fra_udir"]), rounded))


def fund_rammer(root: Path, meldinger: list[dict[str, Any]]) -> None:
    """Raise each year's ramme so that every synthetic vedtak fits, as Udir's letter would."""
    path = root / "data" / "rammer.csv"
    fields, rows = read_rows(path)
    asked = payouts_by_year(meldinger)
    for row in rows:
        row["ramme_fra_udir"] = funded(row, asked[(row["aar"], row["ordning"])])
    write_rows(path, fields, rows)
