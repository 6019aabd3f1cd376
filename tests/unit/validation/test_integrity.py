"""Checks across files, on a scratch copy of the project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kompetanse.repository.check import check_repository


def codes_by_file(root: Path) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for problem in check_repository(root).problems:
        result.setdefault(problem.file, set()).add(problem.code)
    return result


REGIONAL = "submissions/2025/regional/bm-2025-a0250001.json"


def test_the_project_itself_has_no_problems(copy_of_project: Path) -> None:
    assert codes_by_file(copy_of_project) == {}


def test_same_id_in_two_places_is_reported_once(copy_of_project: Path) -> None:
    other = copy_of_project / "submissions/2025/desentralisert/bm-2025-a0250001.json"
    shutil.copy(copy_of_project / REGIONAL, other)
    problems = codes_by_file(copy_of_project)
    assert problems == {
        other.relative_to(copy_of_project).as_posix(): {"filsti-stemmer-ikke"},
        REGIONAL: {"id-duplikat"},
    }


def append_vedtak(root: Path, row: str) -> None:
    with (root / "data/vedtak.csv").open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")


def test_vedtak_must_point_to_an_existing_melding(copy_of_project: Path) -> None:
    append_vedtak(copy_of_project, "bm-2025-ffffffff,2025,2025,1,1,0")
    assert codes_by_file(copy_of_project) == {"data/vedtak.csv": {"vedtak-behovsmelding-mangler"}}


def test_vedtak_years_must_not_precede_the_melding(copy_of_project: Path) -> None:
    append_vedtak(copy_of_project, "bm-2025-a0250001,2024,2026,1,1,0")
    assert codes_by_file(copy_of_project) == {"data/vedtak.csv": {"vedtak-foer-behovsmelding"}}


def test_period_longer_than_the_setting_allows(copy_of_project: Path) -> None:
    path = copy_of_project / "data/innstillinger.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("0.10,3,", "0.10,1,"), encoding="utf-8"
    )
    problems = codes_by_file(copy_of_project)
    assert problems["submissions/2024/desentralisert/bm-2024-a0240002.json"] == {"periode-for-lang"}


def test_unreadable_file_is_one_problem_and_the_rest_is_checked(copy_of_project: Path) -> None:
    dangling = copy_of_project / "submissions/2025/regional/bm-2025-00000000.json"
    dangling.symlink_to(copy_of_project / "finnes-ikke.json")
    assert codes_by_file(copy_of_project) == {
        dangling.relative_to(copy_of_project).as_posix(): {"fil-uleselig"}
    }


def test_stray_file_outside_the_layout(copy_of_project: Path) -> None:
    (copy_of_project / "submissions/notat.json").write_text(
        (copy_of_project / REGIONAL).read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert codes_by_file(copy_of_project) == {"submissions/notat.json": {"filsti-ugyldig"}}


def test_missing_table(copy_of_project: Path) -> None:
    (copy_of_project / "data/kalender.csv").unlink()
    assert codes_by_file(copy_of_project) == {"data/kalender.csv": {"tabell-mangler"}}


def test_broken_table_keeps_frictionless_codes_and_reports_that_rules_did_not_run(
    copy_of_project: Path,
) -> None:
    path = copy_of_project / "data/rammer.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + "2026,Ukjent ordning,abc,0\n", encoding="utf-8"
    )
    problems = codes_by_file(copy_of_project)
    assert {"constraint-error", "type-error"} <= problems["data/rammer.csv"]
    assert problems["data/"] == {"tabell-uleselig"}


def test_foreign_key_between_tables(copy_of_project: Path) -> None:
    path = copy_of_project / "data/uh.csv"
    text = path.read_text(encoding="utf-8").replace(
        ",nasjonalt_senter,uis,", ",nasjonalt_senter,finnes-ikke,", 1
    )
    path.write_text(text, encoding="utf-8")
    assert codes_by_file(copy_of_project) == {"data/uh.csv": {"foreign-key"}}


def test_problem_dicts_survive_json_and_say_where_and_what(copy_of_project: Path) -> None:
    append_vedtak(copy_of_project, "bm-2025-ffffffff,2025,2025,1,1,0")
    row = len((copy_of_project / "data/vedtak.csv").read_text(encoding="utf-8").splitlines())
    dicts = [p.as_dict() for p in check_repository(copy_of_project).problems]
    assert json.loads(json.dumps(dicts)) == dicts
    assert dicts == [
        {
            "code": "vedtak-behovsmelding-mangler",
            "severity": "error",
            "file": "data/vedtak.csv",
            "location": f"rad {row}",
            "message": "Vedtaket viser til behovsmeldingen «bm-2025-ffffffff», som ikke finnes "
            "i submissions/.",
        }
    ]
