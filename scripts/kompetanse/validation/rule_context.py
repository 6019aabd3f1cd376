"""What a rule is handed besides the document: its file, the settings and the reference data.

Rules for the documents after the vedtak also need the tables of that work (``followup``) and
the year and ordning of every behovsmelding in the repository (``meldinger``, from the paths).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from kompetanse.domain.followup import FollowUpData
from kompetanse.domain.model import Behovsmelding, ReferenceData
from kompetanse.domain.ordninger import OrdningInfo
from kompetanse.domain.rapport import MeldingRef
from kompetanse.domain.settings import Settings
from kompetanse.validation.problems import Problem, make_problem


class RuleContext:
    """What the rules need besides the document: its file, the settings and the reference data."""

    def __init__(
        self,
        file: str,
        settings: Settings,
        reference: ReferenceData,
        followup: FollowUpData | None = None,
        meldinger: Mapping[str, MeldingRef] | None = None,
    ) -> None:
        self.file = file
        self.settings = settings
        self.reference = reference
        self.followup = followup or FollowUpData()
        self.meldinger = meldinger or {}

    def problem(self, location: str, code: str, message: str) -> Problem:
        """A problem in this context's file."""
        return make_problem(self.file, location, code, message)

    def ordning(self, melding: Behovsmelding) -> OrdningInfo | None:
        """The melding's ordning as the register describes it (None when it has no such one)."""
        return self.reference.ordninger.get(melding.ordning)


Rule = Callable[[Behovsmelding, RuleContext], Iterator[Problem]]
