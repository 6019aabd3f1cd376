"""The deadline, per year and ordning from the settings: after it, mark the melding or refuse it.

The date is read in Norwegian time: a melding sent on the deadline day is on time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from kompetanse.domain.model import Innstilling
from kompetanse.domain.settings import Settings
from kompetanse.text.format import format_date_nb
from kompetanse.validation.problems import Problem, say

OSLO = ZoneInfo("Europe/Oslo")
REFUSE = "avvis"


def today_in_norway() -> dt.date:
    """Today's date in Norway."""
    return dt.datetime.now(OSLO).date()


def innstilling_of(melding: dict[str, Any], settings: Settings) -> Innstilling | None:
    """The settings for the melding's year and ordning, when both are readable."""
    aar, ordning = melding.get("aar"), melding.get("ordning")
    if not isinstance(aar, int) or not isinstance(ordning, str):
        return None
    return settings.innstilling(aar, ordning)


def is_late(melding: dict[str, Any], settings: Settings, today: dt.date | None = None) -> bool:
    """The deadline for the melding's year and ordning has passed."""
    innstilling = innstilling_of(melding, settings)
    return innstilling is not None and (today or today_in_norway()) > innstilling.frist


def deadline_problem(melding: dict[str, Any], settings: Settings) -> Problem | None:
    """The refusal when the year's setting is to refuse late meldinger; None when it marks them."""
    innstilling = innstilling_of(melding, settings)
    if innstilling is None or innstilling.etter_fristen != REFUSE:
        return None
    frist = format_date_nb(innstilling.frist)
    key = "problem.frist-utlopt"
    return say("behovsmelding", "$.aar", "frist-utlopt", key, aar=innstilling.aar, frist=frist)
