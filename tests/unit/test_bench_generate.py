"""The synthetic generator's command line refuses what it cannot do, in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate


def test_without_a_project_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    out = tmp_path / "ut"
    assert generate(["--count", "2", "--out", str(out), "--root", str(empty)]) == 2
    assert capsys.readouterr().err == (
        f"generate: finner ikke schemas/behovsmelding.schema.json i {empty}\n"
    )
    assert not out.exists()


def test_into_a_folder_it_cannot_make_exits_2(
    tmp_path: Path, fixture_office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "ut"
    assert generate(["--count", "2", "--out", str(out), "--root", str(fixture_office)]) == 2
    assert capsys.readouterr().err == f"generate: kunne ikke skrive {out}: Not a directory\n"


def test_into_a_folder_that_is_not_empty_exits_2(tmp_path: Path, fixture_office: Path) -> None:
    (tmp_path / "noe.txt").write_text("", encoding="utf-8")
    assert generate(["--count", "2", "--out", str(tmp_path), "--root", str(fixture_office)]) == 2


def test_writes_the_asked_number_of_files(
    tmp_path: Path, fixture_office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut"
    assert generate(["--count", "3", "--out", str(out), "--root", str(fixture_office)]) == 0
    assert capsys.readouterr().out == f"Skrev 3 behovsmeldinger til {out}\n"
    assert len(list(out.glob("submissions/*/*/*.json"))) == 3
    assert (out / "data/embete.csv").read_bytes() == (
        fixture_office / "data/embete.csv"
    ).read_bytes()
