"""``kompetanse review`` on a real git repository: an added, a changed and an invalid melding."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kompetanse.cli import main

CHANGED = "submissions/2026/desentralisert/bm-2026-a0260003.json"
SOURCE = "submissions/2026/regional/bm-2026-a0260001.json"
ADDED = "submissions/2026/regional/bm-2026-aaaa0001.json"
INVALID = "submissions/2026/regional/bm-2026-bbbb0002.json"
WARNED = "submissions/2026/regional/bm-2026-cccc0003.json"


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    done = subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    return done.stdout.decode()


def load(root: Path, relpath: str) -> dict[str, Any]:
    return dict(json.loads((root / relpath).read_text(encoding="utf-8")))


def save(root: Path, relpath: str, document: dict[str, Any]) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    (root / relpath).write_text(text, encoding="utf-8")


def copy_as(root: Path, relpath: str, melding_id: str, **eier: str) -> dict[str, Any]:
    document = load(root, SOURCE)
    document["id"] = melding_id
    document["eier"] |= eier
    save(root, relpath, document)
    return document


@pytest.fixture
def pull_request(copy_of_project: Path) -> Path:
    """A repository whose branch ``pr`` adds, changes and breaks meldinger on top of ``main``."""
    root = copy_of_project
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    git(root, "checkout", "-q", "-b", "pr")
    copy_as(root, ADDED, "bm-2026-aaaa0001", navn="Nyby <b>kommune</b> | *x*")
    copy_as(root, INVALID, "bm-2026-bbbb0002", organisasjonsnummer="123456789")
    warned = copy_as(root, WARNED, "bm-2026-cccc0003")
    warned["budsjett"][0] |= {"koordinator_andel": 400_000, "sum": 1_450_000}
    save(root, WARNED, warned)
    changed = load(root, CHANGED)
    changed["tiltak"]["antall_deltakere"] = 50
    changed["kontaktperson"]["telefon"] = "99 88 77 66"
    save(root, CHANGED, changed)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pull request")
    return root


def review(root: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["review", "--base", "main", "--root", str(root), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_top_lines_give_one_verdict_per_melding(pull_request: Path) -> None:
    top = review(pull_request).split("### ", 1)[0]
    assert f"**klar til behandling**: `{ADDED}`" in top
    assert f"**har feil**: `{INVALID}`" in top
    assert f"**har advarsler**: `{WARNED}`" in top
    assert f"**klar til behandling**: `{CHANGED}`" in top


def test_added_melding_is_summarised(pull_request: Path) -> None:
    section = review(pull_request).split("bm-2026-aaaa0001:", 1)[1].split("\n### ", 1)[0]
    assert "**Ordning:** Regional ordning" in section
    assert "**År og periode:** 2026, 2 år (2026–2027)" in section
    assert "**enheter:** 3" in section
    assert "**UH-partner:** Universitetet i Sørøst-Norge" in section
    assert "| 2026 | 650\u00a0000\u00a0kr | 400\u00a0000\u00a0kr | 50\u00a0000\u00a0kr" in section
    assert "Ny fil." in section


def test_owner_text_is_escaped(pull_request: Path) -> None:
    report = review(pull_request)
    assert "<b>" not in report and "| *x*" not in report
    assert "Nyby &#60;b&#62;kommune&#60;&#47;b&#62; &#124; &#42;x&#42;" in report


def test_changed_melding_shows_what_changed_but_no_contact_details(pull_request: Path) -> None:
    report = review(pull_request)
    section = report.split("bm-2026-a0260003:", 1)[1].split("\n### ", 1)[0]
    assert "| `$.tiltak.antall_deltakere` | 45 | 50 |" in section
    assert "**Egenandel:** oppgitt 85\u00a0000\u00a0kr, minst 81\u00a0000\u00a0kr" in section
    for private in ("kontaktperson", "99 88 77 66", "Håkon Viken", "hakon.viken@", "69 30 30 31"):
        assert private not in report


def test_invalid_melding_lists_its_errors(pull_request: Path) -> None:
    section = review(pull_request).split("bm-2026-bbbb0002:", 1)[1].split("\n### ", 1)[0]
    assert "| feil | `orgnr-ugyldig` | `$.eier.organisasjonsnummer` |" in section


def test_coordinator_share_is_shown_against_the_warning_level(pull_request: Path) -> None:
    section = review(pull_request).split("bm-2026-cccc0003:", 1)[1].split("\n### ", 1)[0]
    assert "Koordinatorandel (grense 10\u00a0%)" in section
    assert "27,6\u00a0% over grensen" in section
    assert "`koordinator-andel-hoy`" in section


def test_json_output(pull_request: Path) -> None:
    payload = json.loads(review(pull_request, "-o", "json"))
    verdicts = {item["fil"]: item["vurdering"] for item in payload["meldinger"]}
    assert verdicts == {
        ADDED: "klar til behandling",
        CHANGED: "klar til behandling",
        INVALID: "har feil",
        WARNED: "har advarsler",
    }
    changed = next(item for item in payload["meldinger"] if item["fil"] == CHANGED)
    assert changed["egenandel"]["minimum"] == 81_000
    assert "kontaktperson" not in json.dumps(payload)


def test_removed_melding_is_listed(pull_request: Path) -> None:
    git(pull_request, "rm", "-q", SOURCE)
    assert f"**fjernet**: `{SOURCE}`" in review(pull_request)


def test_changed_tables_are_listed(pull_request: Path) -> None:
    with (pull_request / "data/vedtak_forslag.csv").open("a", encoding="utf-8") as handle:
        handle.write("bm-2026-aaaa0001,2026,2026,1,1,0,2\n")
    assert "**tabell endret**: `data/vedtak_forslag.csv`" in review(pull_request)


def test_unknown_ref_is_one_clear_line(pull_request: Path) -> None:
    result = CliRunner().invoke(main, ["review", "--base", "nope", "--root", str(pull_request)])
    assert result.exit_code == 2
    assert "finner ikke git-referansen" in result.output
