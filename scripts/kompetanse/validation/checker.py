"""The checker: schema, rules and path checks for one document, and the result of a run.

Everything here is pure: the schema, settings and reference data are handed in already loaded
(see :mod:`kompetanse.repository.check` for reading them from a repository).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kompetanse.domain.followup import FollowUpData
from kompetanse.domain.model import ReferenceData
from kompetanse.domain.rapport import MeldingRef
from kompetanse.domain.settings import Settings
from kompetanse.kinds import BEHOVSMELDING, Kind
from kompetanse.text.catalogue import Maalform
from kompetanse.validation.json_input import float_problems, parse_document
from kompetanse.validation.model_reads import rules_can_run
from kompetanse.validation.partial_model import guarded_problems, partial_model
from kompetanse.validation.paths import check_kind_path, kind_of_path
from kompetanse.validation.problems import Problem, Severity, is_failure, say
from kompetanse.validation.rules import RULE_LISTS_BY_KIND, RULES_BY_KIND, RuleContext
from kompetanse.validation.schema import VersionedSchema
from kompetanse.validation.text_checks import text_problems


@dataclass
class CheckResult:
    """Problems found, and how many files were checked."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any problem is an error."""
        return is_failure(self.problems)

    def count(self, severity: Severity) -> int:
        """How many problems have this severity."""
        return sum(1 for problem in self.problems if problem.severity is severity)

    def as_dict(self, maalform: Maalform = "nb") -> dict[str, Any]:
        """``{"status": "ok"|"fail", "files": N, "errors": N, "warnings": N, "problems": [...]}``,
        the messages in ``maalform``."""
        return {
            "status": "fail" if self.failed else "ok",
            "files": self.files,
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "problems": [problem.as_dict(maalform) for problem in self.problems],
        }


@dataclass
class Validator:
    """The schema, settings and reference data, loaded once, checking one document at a time.

    A validator loaded for a repository also holds one validator for each other kind
    (``siblings``): a file in another kind's folder under submissions/ is checked by that kind's.
    """

    schema: VersionedSchema
    reference: ReferenceData | None
    settings: Settings
    reference_error: str | None = None
    kind: Kind = BEHOVSMELDING
    followup: FollowUpData | None = None
    meldinger: Mapping[str, MeldingRef] = field(default_factory=dict)
    siblings: dict[str, Validator] = field(default_factory=dict)

    def reference_problems(self) -> list[Problem]:
        """A problem saying the rules could not run because the tables could not be read."""
        if self.reference_error is None:
            return []
        key = "problem.tabell-uleselig"
        return [say("data/", "", "tabell-uleselig", key, feil=self.reference_error)]

    def for_kind(self, kind: Kind) -> Validator:
        """The validator of a kind (this one for its own kind)."""
        return self if kind is self.kind else self.siblings.get(kind.name, self)

    def check_bytes(self, data: bytes, relpath: str) -> list[Problem]:
        """Every per-file problem of one document given as bytes."""
        parsed = parse_document(data, relpath)
        if parsed.document is None:
            return [parsed.problem] if parsed.problem else []
        return self.check_document(parsed.document, relpath, parsed.has_float)

    def check_document(
        self, document: dict[str, Any], relpath: str, has_float: bool = False
    ) -> list[Problem]:
        """Schema, rules and path checks for one parsed document."""
        owner = self.for_kind(kind_of_path(relpath))
        if owner is not self:
            return owner.check_document(document, relpath, has_float)
        problems = self.schema.problems(document, relpath)
        if has_float:
            problems += float_problems(document, relpath)
        problems += new_places(text_problems(document, relpath), problems)
        if self.reference is not None:
            locations = [problem.location for problem in problems]
            wrong = [p.location for p in problems if p.code == "skjema-type"]
            ctx = RuleContext(relpath, self.settings, self.reference, self.followup, self.meldinger)
            problems += self.rule_problems(document, ctx, locations, wrong)
        problems += check_kind_path(self.kind, relpath, document)
        return problems

    def rule_problems(
        self,
        document: dict[str, Any],
        ctx: RuleContext,
        locations: list[str],
        wrong_types: list[str] | None = None,
    ) -> list[Problem]:
        """The rules' problems: all of them when the schema problems leave the model sound,
        otherwise those the readable values allow (see :mod:`~kompetanse.validation.partial_model`)."""
        build = self.kind.build_model
        if rules_can_run(locations, build, document):
            return list(RULES_BY_KIND[self.kind.name](build(document), ctx))
        rules = RULE_LISTS_BY_KIND.get(self.kind.name)
        model = partial_model(build, document, locations, wrong_types or []) if rules else None
        if rules is None or model is None:
            return []
        return guarded_problems(rules, model, ctx)


def new_places(found: list[Problem], earlier: list[Problem]) -> list[Problem]:
    """The problems of ``found`` at a place that none of ``earlier`` is at already."""
    taken = {problem.location for problem in earlier}
    return [problem for problem in found if problem.location not in taken]


@dataclass(frozen=True)
class Selection:
    """Which files get their content checked; None means everything."""

    paths: frozenset[str] | None = None

    def includes(self, relpath: str) -> bool:
        """True if the file is selected."""
        return (
            self.paths is None
            or relpath in self.paths
            or any(relpath.startswith(p.rstrip("/") + "/") for p in self.paths)
        )
