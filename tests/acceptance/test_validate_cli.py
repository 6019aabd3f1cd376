"""The validate command as a user runs it: exit codes, output formats, changed-since with git."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.synthetic import write_synthetic_repository
from tests.examples_support import count_repository_files
from tests.support.cli import REGIONAL, git, invoke


def break_orgnr(root: Path, relpath: str = REGIONAL) -> None:
    path = root / relpath
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["organisasjonsnummer"] = "979754328"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def test_text_output_is_one_line_per_problem_and_a_count(copy_of_project: Path) -> None:
    break_orgnr(copy_of_project)
    code, output = invoke("validate", "--root", str(copy_of_project))
    assert code == 1
    lines = output.strip().splitlines()
    assert lines[0].startswith(
        f"{REGIONAL}::$.eier.organisasjonsnummer: [feil orgnr-ugyldig] «979754328»"
    )
    total = count_repository_files(copy_of_project)
    assert lines[-1] == f"Kontrollen feilet. {total} filer kontrollert: 1 feil, 0 advarsler."


def test_json_output_shape(copy_of_project: Path) -> None:
    break_orgnr(copy_of_project)
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    report = json.loads(output)
    assert code == 1
    assert report["status"] == "fail"
    assert report["files"] == count_repository_files(copy_of_project)
    assert report["problems"][0] == {
        "code": "orgnr-ugyldig",
        "severity": "error",
        "file": REGIONAL,
        "location": "$.eier.organisasjonsnummer",
        "message": (
            "«979754328» er ikke et gyldig organisasjonsnummer. Sjekk at det har 9 siffer og er "
            "skrevet riktig."
        ),
    }


def test_markdown_output_escapes_owner_text(copy_of_project: Path) -> None:
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["organisasjonsnummer"] = "<b>|x"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "markdown")
    assert code == 1
    assert "| Alvor | Kode | Fil | Sted | Melding |" in output
    assert "<b>" not in output and "&#60;b&#62;&#124;x" in output


def test_warnings_never_fail(copy_of_project: Path) -> None:
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["fylke"] = "Finnmark"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project))
    assert code == 0
    assert "[advarsel fylke-utenfor-embetet]" in output and "0 feil, 1 advarsel." in output


def test_could_not_run_exits_2_with_one_line(copy_of_project: Path) -> None:
    (copy_of_project / "schemas/behovsmelding.schema.json").unlink()
    code, output = invoke("validate", "--root", str(copy_of_project))
    assert code == 2
    assert output.strip().startswith("kompetanse: kan ikke lese schemas/behovsmelding.schema.json")
    assert "Traceback" not in output


def test_changed_since_checks_only_changed_files_but_integrity_of_all(
    copy_of_project: Path,
) -> None:
    git(copy_of_project, "init", "-q", "-b", "main")
    git(copy_of_project, "add", "-A")
    git(copy_of_project, "commit", "-q", "-m", "start")
    git(copy_of_project, "branch", "base")
    break_orgnr(copy_of_project, "submissions/2024/regional/bm-2024-a0240001.json")
    git(copy_of_project, "commit", "-qam", "old problem on main")
    git(copy_of_project, "branch", "-f", "base")
    break_orgnr(copy_of_project)
    added = copy_of_project / "submissions/2025/regional/bm-2025-0000abcd.json"
    shutil.copy(copy_of_project / REGIONAL, added)
    code, output = invoke(
        "validate", "--root", str(copy_of_project), "--changed-since", "base", "-o", "json"
    )
    report = json.loads(output)
    assert code == 1
    assert report["files"] == 2
    assert sorted((p["file"], p["code"]) for p in report["problems"]) == [
        ("submissions/2025/regional/bm-2025-0000abcd.json", "filsti-stemmer-ikke"),
        ("submissions/2025/regional/bm-2025-0000abcd.json", "orgnr-ugyldig"),
        (REGIONAL, "orgnr-ugyldig"),
    ]


def test_changed_since_refuses_option_like_or_unknown_refs(copy_of_project: Path) -> None:
    git(copy_of_project, "init", "-q", "-b", "main")
    for ref in ["--output=/tmp/x", "finnes-ikke"]:
        code, output = invoke("validate", "--root", str(copy_of_project), "--changed-since", ref)
        assert code == 2
        assert output.startswith("kompetanse: ")


def test_a_file_outside_the_project_is_checked_under_its_given_name(
    copy_of_project: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "annen.json"
    outside.write_text("{}", encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), str(outside))
    assert code == 1
    assert f"{outside}::$.aar: [feil skjema-mangler-felt]" in output
    assert "Kontrollen feilet. 1 fil kontrollert: " in output


def test_generated_repository_is_valid(tmp_path: Path, fixture_office: Path) -> None:
    target = tmp_path / "syntetisk"
    written = write_synthetic_repository(target, 30, seed=1, source=fixture_office)
    assert len(written) == 30
    code, output = invoke("validate", "--root", str(target))
    assert code == 0, output
