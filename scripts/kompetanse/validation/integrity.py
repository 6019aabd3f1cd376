"""Checks across files: ids, vedtak, rammer and settings against the whole repository."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from kompetanse.domain.model import ReferenceData
from kompetanse.domain.settings import Settings
from kompetanse.validation.history import iter_history_problems
from kompetanse.validation.paths import parse_submission_path
from kompetanse.validation.problems import Problem, make_problem
from kompetanse.validation.rammer import iter_rammer_problems

VEDTAK_FILE = "data/vedtak.csv"
RAMMER_FILE = "data/rammer.csv"


class RepositoryIndex:
    """What the cross-file checks need, read from the paths of every submission file."""

    def __init__(self, relpaths: Iterable[str]) -> None:
        self.files_by_id: dict[str, list[str]] = defaultdict(list)
        self.years_by_ordning: dict[str, set[int]] = defaultdict(set)
        self.aar_by_id: dict[str, int] = {}
        for relpath in relpaths:
            parts = parse_submission_path(relpath)
            if parts is not None:
                self.files_by_id[parts.id].append(relpath)
                self.years_by_ordning[parts.ordning].add(parts.aar)
                self.aar_by_id[parts.id] = parts.aar


def check_duplicate_ids(index: RepositoryIndex) -> Iterator[Problem]:
    """No two files carry the same id."""
    for melding_id, files in sorted(index.files_by_id.items()):
        for file in sorted(files)[1:]:
            others = ", ".join(f for f in sorted(files) if f != file)
            message = f"Id-en «{melding_id}» brukes også av {others}."
            yield make_problem(file, "$.id", "id-duplikat", message)


def check_vedtak_targets(reference: ReferenceData, index: RepositoryIndex) -> Iterator[Problem]:
    """Every vedtak row points to an existing behovsmelding, in a sensible order of years."""
    for number, row in enumerate(reference.vedtak, start=2):
        location = f"rad {number}"
        aar = index.aar_by_id.get(row.behovsmelding_id)
        if aar is None:
            message = f"Vedtaket viser til behovsmeldingen «{row.behovsmelding_id}», som ikke finnes i submissions/."
            yield make_problem(VEDTAK_FILE, location, "vedtak-behovsmelding-mangler", message)
        elif row.vedtak_aar < aar or row.utbetaling_aar < row.vedtak_aar:
            message = (
                f"Vedtaket for «{row.behovsmelding_id}» (behovsmelding for {aar}) har vedtaksår "
                f"{row.vedtak_aar} og utbetalingsår {row.utbetaling_aar}."
            )
            yield make_problem(VEDTAK_FILE, location, "vedtak-foer-behovsmelding", message)


def check_years_have_rammer(
    reference: ReferenceData, settings: Settings, index: RepositoryIndex
) -> Iterator[Problem]:
    """Every year with submissions has rammer (a warning: Udir's figures come after the deadline).

    An ordning the register does not know is left to the per-file rule (``ordning-ukjent``)."""
    for ordning, years in sorted(index.years_by_ordning.items()):
        if ordning not in reference.ordninger:
            continue
        for aar in sorted(years):
            if settings.ramme(aar, ordning) is None:
                message = f"Det finnes behovsmeldinger for {aar} ({ordning}), men rammen fra Udir er ikke registrert ennå."
                yield make_problem(RAMMER_FILE, f"{aar}/{ordning}", "rammer-mangler", message)


def iter_integrity_problems(
    reference: ReferenceData, settings: Settings, index: RepositoryIndex
) -> Iterator[Problem]:
    """All cross-file problems."""
    yield from check_duplicate_ids(index)
    yield from check_vedtak_targets(reference, index)
    yield from check_years_have_rammer(reference, settings, index)
    yield from iter_rammer_problems(reference.rammer)
    yield from iter_history_problems(reference.historikk, reference.fylker)


def check_duplicate_rapporter(rapporter: Iterable[tuple[str, str, int]]) -> Iterator[Problem]:
    """At most one rapport per behovsmelding and payout year (given as path, melding id, year)."""
    files_by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
    for relpath, melding_id, aar in rapporter:
        files_by_key[(melding_id, aar)].append(relpath)
    for (melding_id, aar), files in sorted(files_by_key.items()):
        for file in sorted(files)[1:]:
            message = (
                f"Det finnes allerede en rapport for «{melding_id}» og {aar}: {sorted(files)[0]}."
            )
            yield make_problem(file, "$.behovsmelding_id", "rapport-duplikat", message)
