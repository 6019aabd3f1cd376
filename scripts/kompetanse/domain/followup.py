"""What the office keeps in data/ for the work after the vedtak: språkvedtak, accounts,
reporting deadlines and the rules for tilretteleggingsmidler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from kompetanse.domain.maalform import Spraakvedtak
from kompetanse.domain.tilrettelegging import TilretteleggingRegel


@dataclass(frozen=True)
class Konto:
    """Where the finance office pays an organisation."""

    organisasjonsnummer: str
    navn: str
    kontonummer: str
    referanse: str | None = None


@dataclass(frozen=True)
class FollowUpData:
    """The tables of the work after the vedtak, keyed for look-up."""

    spraakvedtak: Mapping[str, Spraakvedtak] = field(default_factory=dict)
    kontoer: Mapping[str, Konto] = field(default_factory=dict)
    rapporteringsfrister: Mapping[int, dt.date] = field(default_factory=dict)
    tilrettelegging: Mapping[int, TilretteleggingRegel] = field(default_factory=dict)
