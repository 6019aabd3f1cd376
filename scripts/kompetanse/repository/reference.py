"""Read the caseworkers' tables in ``data/`` into the model (I/O only)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from kompetanse.domain.fylker import Fylke, office_fylker
from kompetanse.domain.history import HistorikkRad
from kompetanse.domain.layout import CountLayout, Radregel
from kompetanse.domain.model import (
    Embete,
    Innstilling,
    Ramme,
    ReferenceData,
    Uh,
    Vedtak,
)
from kompetanse.domain.money import InvalidRateError, parse_rate
from kompetanse.domain.ordninger import OrdningInfo, OrdningRegister
from kompetanse.errors import ReferenceDataError
from kompetanse.repository.table_schema import record_converter

Row = dict[str, str]
T = TypeVar("T")

DATA_DIR = "data"
HISTORY_TABLE = "vedtak_historikk"
LAYOUT_TABLE = "fordeling_rader"


def iter_rows(path: Path) -> Iterator[Row]:
    """Yield the rows of a UTF-8 CSV file as dicts of strings (a byte-order mark is skipped)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle)


def read_table(root: Path, name: str) -> list[Row]:
    """All rows of ``data/<name>.csv``; a missing or unreadable file is a ReferenceDataError."""
    path = root / DATA_DIR / f"{name}.csv"
    try:
        return list(iter_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ReferenceDataError(f"kan ikke lese {path.relative_to(root)}: {error}") from error


def convert_rows(root: Path, name: str, convert: Callable[[Row], T]) -> tuple[T, ...]:
    """Read a table and convert each row; a bad cell names the table and row."""
    items = []
    for number, row in enumerate(read_table(root, name), start=2):
        where = f"data/{name}.csv rad {number}"
        if None in row.values():
            raise ReferenceDataError(f"{where}: raden har færre celler enn overskriften")
        try:
            items.append(convert(row))
        except KeyError as error:
            raise ReferenceDataError(f"{where}: kolonnen {error} mangler") from error
        except (ValueError, TypeError, InvalidRateError) as error:
            raise ReferenceDataError(f"{where}: {error}") from error
    return tuple(items)


def optional(text: str | None) -> str | None:
    """An empty cell as None."""
    return text or None


def to_innstilling(row: Row) -> Innstilling:
    """One row of innstillinger.csv."""
    return Innstilling(
        aar=int(row["aar"]),
        ordning=row["ordning"],
        skjema_aapner=dt.date.fromisoformat(row["skjema_aapner"]),
        frist=dt.date.fromisoformat(row["frist"]),
        vedtak_innen=dt.date.fromisoformat(row["vedtak_innen"]),
        egenandel_sats=parse_rate(row["egenandel_sats"]),
        koordinator_varsel_sats=parse_rate(row["koordinator_varsel_sats"]),
        maks_periode_aar=int(row["maks_periode_aar"]),
        etter_fristen=row.get("etter_fristen") or "merk",
    )


def to_ramme(row: Row) -> Ramme:
    """One row of rammer.csv (an empty set-aside cell is None)."""
    sats, kroner = row["tilrettelegging_sats"], row["tilrettelegging_kroner"]
    return Ramme(
        aar=int(row["aar"]),
        ordning=row["ordning"],
        ramme_fra_udir=int(row["ramme_fra_udir"]),
        tilrettelegging_sats=parse_rate(sats) if sats else None,
        tilrettelegging_kroner=int(kroner) if kroner else None,
    )


def to_uh(row: Row) -> Uh:
    """One row of uh.csv."""
    return Uh(
        uh_id=row["uh_id"],
        navn=row["navn"],
        uh_type=row["uh_type"],
        vertsinstitusjon=optional(row.get("vertsinstitusjon")),
        nettside=optional(row.get("nettside")),
        organisasjonsnummer=optional(row.get("organisasjonsnummer")),
    )


def to_boolean(text: str) -> bool:
    """A ``true``/``false`` cell."""
    if text not in ("true", "false"):
        raise ValueError(f"«{text}» er ikke true eller false")
    return text == "true"


def to_list(text: str) -> tuple[str, ...]:
    """A cell of space-separated values, such as ``grunnskole videregaende_skole``."""
    return tuple(text.split())


def to_ordning(row: Row) -> OrdningInfo:
    """One row of ordninger.csv."""
    return OrdningInfo(
        ordning=row["ordning"],
        navn=row["navn"],
        navn_nn=row["navn_nn"],
        kortnavn=row["kortnavn"],
        kortnavn_nn=row["kortnavn_nn"],
        har_egenandel=to_boolean(row["har_egenandel"]),
        enhetstyper=to_list(row["enhetstyper"]),
        eiertyper=to_list(row["eiertyper"]),
        rekkefolge=int(row["rekkefolge"]),
    )


def load_ordninger(root: Path) -> OrdningRegister:
    """The register of ordninger (data/ordninger.csv)."""
    return OrdningRegister(convert_rows(root, "ordninger", to_ordning))


def to_embete(row: Row) -> Embete:
    """The one row of embete.csv."""
    return Embete(**{key: row[key] for key in Embete.__dataclass_fields__})


def load_embete(root: Path) -> Embete:
    """The office that runs this repository (the first row of embete.csv)."""
    embeter = convert_rows(root, "embete", to_embete)
    if not embeter:
        raise ReferenceDataError("data/embete.csv har ingen rader")
    return embeter[0]


def load_fylker(root: Path) -> tuple[Fylke, ...]:
    """Every fylke with the years it existed, in the table's order."""
    return convert_rows(root, "fylker", record_converter(root, "fylker", Fylke))


def load_historikk(root: Path) -> tuple[HistorikkRad, ...]:
    """The office's earlier vedtak, one row per case and payout year."""
    converter = record_converter(root, HISTORY_TABLE, HistorikkRad)
    return convert_rows(root, HISTORY_TABLE, converter)


def load_layout(root: Path) -> CountLayout | None:
    """The office's rows of the published count; None when the table has no rows (the default)."""
    rules = convert_rows(root, LAYOUT_TABLE, record_converter(root, LAYOUT_TABLE, Radregel))
    return CountLayout(rules) if rules else None


def load_eier_domener(root: Path) -> dict[str, frozenset[str]]:
    """The owners' e-mail domains by organisasjonsnummer (data/eier_domener.csv; may be empty)."""
    rows = convert_rows(
        root, "eier_domener", lambda row: (row["organisasjonsnummer"], row["domene"])
    )
    found: dict[str, set[str]] = {}
    for orgnr, domene in rows:
        found.setdefault(orgnr, set()).add(domene.lower())
    return {orgnr: frozenset(domener) for orgnr, domener in found.items()}


def load_reference_data(root: Path) -> ReferenceData:
    """Everything in data/ that the rules and computations need."""
    fylker = load_fylker(root)
    return ReferenceData(
        embete=load_embete(root),
        fylker_i_embetet=frozenset(office_fylker(fylker)),
        innstillinger=convert_rows(root, "innstillinger", to_innstilling),
        rammer=convert_rows(root, "rammer", to_ramme),
        vedtak=convert_rows(root, "vedtak", record_converter(root, "vedtak", Vedtak)),
        uh=convert_rows(root, "uh", to_uh),
        ordninger=load_ordninger(root),
        fylker=fylker,
        historikk=load_historikk(root),
        eier_domener=load_eier_domener(root),
    )
