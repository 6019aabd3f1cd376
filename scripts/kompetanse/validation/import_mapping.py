"""The mapping of an import: which spreadsheet column fills which column of the history table.

The mapping (a TOML file, read elsewhere) names the spreadsheet's column for each column of
``data/vedtak_historikk.csv`` under ``[kolonner]``, and may translate values under
``[verdier.<kolonne>]`` («Regional ordning» → ``regional``). Payouts come either one per row
(columns for ``utbetaling_aar`` and ``sum``) or one row per case with a column per year
(``[[utbetalinger]]``, each with ``aar``, the column of its ``sum`` and, where known, of the
shares). ``ark`` names the sheet of a workbook and ``overskriftsrad`` the row of the headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kompetanse.domain.history import SHARE_FIELDS
from kompetanse.validation.problems import Problem, make_problem

CASE_COLUMNS = (
    "saksnummer",
    "ordning",
    "vedtak_aar",
    "eier",
    "organisasjonsnummer",
    "eiertype",
    "fylke",
    "uh_id",
    "tiltak_tittel",
)
PAYOUT_COLUMNS = ("utbetaling_aar", "sum")
TABLE_COLUMNS = (*CASE_COLUMNS, "utbetaling_aar", *SHARE_FIELDS, "sum")
TOP_KEYS = frozenset({"ark", "overskriftsrad", "kolonner", "utbetalinger", "verdier"})


@dataclass(frozen=True)
class Payout:
    """One payout year in a wide spreadsheet: its year and the columns of its amounts."""

    aar: int
    columns: Mapping[str, str]


@dataclass(frozen=True)
class ImportMapping:
    """Which spreadsheet column fills which table column, and how values are translated."""

    columns: Mapping[str, str]
    payouts: tuple[Payout, ...] = ()
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int = 1


def mapping_problem(file: str, message: str) -> Problem:
    """A problem with the mapping file."""
    return make_problem(file, "", "import-oppsett-ugyldig", message)


def text_map(value: Any) -> dict[str, str] | None:
    """A TOML table of text to text, or None."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return None
    return {str(k): v for k, v in value.items()}


def parse_payouts(raw: Any, file: str) -> tuple[tuple[Payout, ...], list[Problem]]:
    """The ``[[utbetalinger]]`` entries of a wide spreadsheet."""
    if raw is None:
        return (), []
    payouts, problems = [], []
    for entry in raw if isinstance(raw, list) else [raw]:
        columns = (
            text_map({k: v for k, v in entry.items() if k != "aar"})
            if isinstance(entry, dict)
            else None
        )
        aar = entry.get("aar") if isinstance(entry, dict) else None
        if columns is None or not isinstance(aar, int) or "sum" not in columns:
            message = (
                "Hver [[utbetalinger]] må ha aar (et år) og sum (en kolonne), og kan ha andelene."
            )
            problems.append(mapping_problem(file, message))
        elif set(columns) - {"sum", *SHARE_FIELDS}:
            unknown = ", ".join(sorted(set(columns) - {"sum", *SHARE_FIELDS}))
            problems.append(mapping_problem(file, f"Ukjente felt i [[utbetalinger]]: {unknown}."))
        else:
            payouts.append(Payout(aar, columns))
    return tuple(payouts), problems


def column_problems(columns: Mapping[str, str], wide: bool, file: str) -> list[Problem]:
    """Columns of the table that [kolonner] leaves out, and names it does not know."""
    problems = []
    wanted = list(CASE_COLUMNS) + ([] if wide else list(PAYOUT_COLUMNS))
    missing = [name for name in wanted if name not in columns]
    if missing:
        message = f"[kolonner] mangler kolonnen for: {', '.join(missing)}."
        problems.append(mapping_problem(file, message))
    unknown = sorted(set(columns) - set(TABLE_COLUMNS))
    if unknown:
        message = f"Ukjente kolonner i [kolonner]: {', '.join(unknown)}."
        problems.append(mapping_problem(file, message))
    return problems


def sheet_problems(sheet: Any, header_row: Any, file: str) -> list[Problem]:
    """The sheet's name is text and the header row a number from 1."""
    if (
        isinstance(header_row, int)
        and header_row >= 1
        and (sheet is None or isinstance(sheet, str))
    ):
        return []
    return [mapping_problem(file, "ark skal være tekst og overskriftsrad et tall fra 1.")]


def parse_values(raw: Any, file: str) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """The ``[verdier.<kolonne>]`` tables: text as the sheet writes it to text for the table."""
    tables = raw if isinstance(raw, dict) else None
    values = {str(k): text_map(v) for k, v in (tables or {}).items()}
    if tables is None or None in values.values() or set(values) - set(TABLE_COLUMNS):
        message = "[verdier] skal ha én tabell per kolonne i tabellen, med tekst = tekst."
        return {}, [mapping_problem(file, message)]
    return {k: v for k, v in values.items() if v is not None}, []


def parse_mapping(raw: dict[str, Any], file: str) -> tuple[ImportMapping | None, list[Problem]]:
    """The mapping from the parsed TOML, or the problems that make it unusable."""
    problems = [
        mapping_problem(file, f"Ukjent innstilling «{key}» i oppsettet.")
        for key in sorted(set(raw) - TOP_KEYS)
    ]
    columns = text_map(raw.get("kolonner"))
    payouts, payout_problems = parse_payouts(raw.get("utbetalinger"), file)
    problems += payout_problems
    if columns is None:
        return None, [*problems, mapping_problem(file, "Oppsettet mangler tabellen [kolonner].")]
    problems += column_problems(columns, bool(payouts), file)
    sheet, header_row = raw.get("ark"), raw.get("overskriftsrad", 1)
    problems += sheet_problems(sheet, header_row, file)
    values, value_problems = parse_values(raw.get("verdier", {}), file)
    problems += value_problems
    if problems:
        return None, problems
    return ImportMapping(columns, payouts, values, sheet, header_row), []
