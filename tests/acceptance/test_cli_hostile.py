"""The caseworkers' commands given odd or hostile input: refs, file names, links and tables."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.cli import REGIONAL, git, invoke


@pytest.fixture
def committed(copy_of_project: Path) -> Path:
    """The example project as a git repository with one commit on ``main``."""
    git(copy_of_project, "init", "-q", "-b", "main")
    git(copy_of_project, "add", "-A")
    git(copy_of_project, "commit", "-q", "-m", "start")
    return copy_of_project


@pytest.mark.parametrize("ref", ["HEAD@{5}", "main@{3}", "HEAD@{}"])
def test_reflog_refs_that_do_not_resolve_exit_2_with_one_line(committed: Path, ref: str) -> None:
    for command in (["validate", "--changed-since", ref], ["review", "--base", ref]):
        code, output = invoke(*command, "--root", str(committed))
        assert code == 2, output
        assert output == f"kompetanse: finner ikke git-referansen {ref!r}\n"


def test_reflog_refs_that_resolve_are_used(committed: Path) -> None:
    code, output = invoke("validate", "--root", str(committed), "--changed-since", "HEAD@{0}")
    assert code == 0, output
    assert "0 filer kontrollert" in output


@pytest.mark.parametrize("name", ["bm-ø.json", "tab\tnavn.json", "linje\nskift.json"])
def test_changed_since_checks_files_whose_names_git_would_quote(committed: Path, name: str) -> None:
    relpath = f"submissions/2025/regional/{name}"
    git(committed, "checkout", "-q", "-b", "pr")
    (committed / relpath).write_text("{ugyldig", encoding="utf-8")
    for staged in (False, True):
        if staged:
            git(committed, "add", "-A")
        code, output = invoke(
            "validate", "--root", str(committed), "--changed-since", "main", "-o", "json"
        )
        assert code == 1, output
        assert [p["file"] for p in json.loads(output)["problems"]] == [relpath]
    git(committed, "commit", "-q", "-m", "ny fil")
    code, output = invoke("review", "--root", str(committed), "--base", "main", "-o", "json")
    assert code == 0, output
    assert [m["fil"] for m in json.loads(output)["meldinger"]] == [relpath]


def test_review_never_quotes_contact_details_from_problem_messages(committed: Path) -> None:
    git(committed, "checkout", "-q", "-b", "pr")
    path = committed / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    document["kontaktperson"] = {
        "navn": "Kari Hemmelig",
        "epost": "kari.hemmelig@@privat",
        "telefon": "kari 99 88 77 66",
        "ekstra": "x",
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    git(committed, "commit", "-q", "-am", "endret kontaktperson")
    for output_format in ("markdown", "json"):
        code, output = invoke(
            "review", "--root", str(committed), "--base", "main", "-o", output_format
        )
        assert code == 0, output
        assert "hemmelig" not in output.lower() and "99 88 77 66" not in output
        assert "kontaktperson.epost" in output and "kontaktperson.telefon" in output
    problems = json.loads(output)["meldinger"][0]["problemer"]
    assert {p["code"] for p in problems} == {"skjema-ugyldig-format", "skjema-ukjent-felt"}


def test_symbolic_links_under_submissions_are_not_followed(committed: Path, tmp_path: Path) -> None:
    secret = tmp_path / "hemmelig.json"
    secret.write_text('{"id": "HEMMELIG-NOKKEL", "aar": "passord"}', encoding="utf-8")
    git(committed, "checkout", "-q", "-b", "pr")
    link = "submissions/2026/regional/bm-2026-aaaaaaaa.json"
    (committed / link).symlink_to(secret)
    git(committed, "add", "-A")
    git(committed, "commit", "-q", "-m", "lenke")
    runs = [
        ["validate", "-o", "json"],
        ["validate", "--changed-since", "main", "-o", "json"],
        ["review", "--base", "main", "-o", "json"],
        ["review", "--base", "main"],
    ]
    for command in runs:
        code, output = invoke(*command, "--root", str(committed))
        assert "HEMMELIG" not in output and "passord" not in output, output
        assert "symbolsk lenke" in output
    code, output = invoke("validate", "--root", str(committed), "-o", "json")
    assert code == 1
    assert [(p["file"], p["code"]) for p in json.loads(output)["problems"]] == [
        (link, "fil-uleselig")
    ]


@pytest.mark.parametrize(
    ("resource", "reason"),
    [
        ({"name": "x", "path": "/etc/passwd"}, 'path "/etc/passwd" is not safe'),
        ({"name": "x", "path": "../" * 20 + "etc/passwd"}, "is not safe"),
        ({"path": "data/rammer.csv"}, "'name' is a required property"),
    ],
)
def test_a_broken_data_package_is_one_line_and_exit_2(
    copy_of_project: Path, resource: dict[str, str], reason: str
) -> None:
    package = copy_of_project / "schemas/datapackage.json"
    package.write_text(json.dumps({"resources": [resource]}), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project))
    assert code == 2, output
    assert output.startswith("kompetanse: schemas/datapackage.json er ugyldig: ")
    assert reason in output and output.count("\n") == 1


def test_validate_markdown_shows_owner_text_literally(copy_of_project: Path) -> None:
    import markdown  # type: ignore[import-untyped]

    hostile = "![x](https://e.x/p) [k](https://e.x) **f** _i_ <b>"
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["fylke"] = hostile
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "markdown")
    assert code == 1, output
    rendered = markdown.markdown(output, extensions=["tables"])
    for tag in ("<a ", "<img", "<strong>", "<em>", "<b>"):
        assert tag not in rendered, rendered
    assert "«![x](https://e.x/p) [k](https://e.x) **f** _i_ <b>»" in html.unescape(rendered)


@pytest.mark.parametrize("branch", ["HEAD", "refs/heads/main"])
def test_publish_never_pushes_to_a_branch_named_like_a_ref(committed: Path, branch: str) -> None:
    bare = committed.parent / "remote.git"
    git(committed.parent, "init", "-q", "--bare", "-b", "main", str(bare))
    git(committed, "remote", "add", "origin", str(bare))
    git(committed, "push", "-q", "origin", "main")
    code, output = invoke("publish", "--root", str(committed), "--push", "--branch", branch)
    assert code == 2, output
    assert output == f"kompetanse: ugyldig grennavn: {branch!r}\n"
    assert git(bare, "for-each-ref", "--format=%(refname)") == "refs/heads/main\n"


def test_a_push_git_refuses_is_reported_on_one_line(committed: Path) -> None:
    git(committed, "remote", "add", "origin", str(committed.parent / "finnes-ikke.git"))
    code, output = invoke("publish", "--root", str(committed), "--push")
    assert code == 2, output
    assert output.startswith("kompetanse: kunne ikke sende til fjernrepoet: fatal: ")
    assert output.count("\n") == 1 and "Could not read from remote repository" in output


@pytest.mark.parametrize("command", ["allocate", "propose"])
def test_a_year_without_any_data_writes_nothing(copy_of_project: Path, command: str) -> None:
    draft = copy_of_project / "data/vedtak_forslag.csv"
    draft.write_text(draft.read_text(encoding="utf-8") + "bm-2026-a0260001,2026,2026,1,1,1,3\n")
    before = draft.read_bytes()
    code, output = invoke(command, "--root", str(copy_of_project), "--year", "2030")
    assert code == 2, output
    assert output == (
        "kompetanse: 2030 har ingen rammer, behovsmeldinger eller vedtak "
        "(år med data: 2024, 2025, 2026)\n"
    )
    assert not (copy_of_project / "docs").exists()
    assert draft.read_bytes() == before


def limit_file_size() -> None:
    """Run in the child: files may grow to 4 KiB (writing more fails with EFBIG)."""
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_failed_write_keeps_the_old_files_whole(copy_of_project: Path) -> None:
    kompetanse = Path(sys.executable).parent / "kompetanse"
    command = [str(kompetanse), "allocate", "--year", "2025", "--root", str(copy_of_project)]
    subprocess.run(command, check=True, capture_output=True)
    folder = copy_of_project / "docs/fordeling/2025"
    workbook = folder / "fordeling-2025.xlsx"
    before = workbook.read_bytes()
    assert len(before) > 4096
    rammer = copy_of_project / "data/rammer.csv"
    rammer.write_text(rammer.read_text(encoding="utf-8").replace("81234567", "81234568"))
    done = subprocess.run(
        command, capture_output=True, text=True, preexec_fn=limit_file_size, check=False
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"kompetanse: kunne ikke skrive {workbook}: File too large\n"
    assert workbook.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("table", "change", "reason"),
    [
        ("vedtak", lambda text: text + "bm-2024-a0240001,2024\n", "færre celler enn overskriften"),
        ("fylker", lambda text: text.replace("fylke,", "navn,", 1), "kolonnen 'fylke' mangler"),
    ],
)
def test_a_short_row_or_a_renamed_column_in_data_is_reported_not_raised(
    committed: Path, table: str, change: Callable[[str], str], reason: str
) -> None:
    path = committed / f"data/{table}.csv"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    code, output = invoke("allocate", "--root", str(committed), "--year", "2025")
    assert code == 2 and output.startswith(f"kompetanse: data/{table}.csv rad ")
    assert reason in output and output.count("\n") == 1
    code, output = invoke("validate", "--root", str(committed), "-o", "json")
    assert code == 1, output
    codes = {p["code"] for p in json.loads(output)["problems"]}
    assert "tabell-uleselig" in codes
    code, output = invoke("review", "--root", str(committed), "--base", "main")
    assert code == 0, output
    assert f"data/{table}.csv" in output


@pytest.mark.parametrize("depth", [400, 900, 5000])
def test_review_of_a_deeply_nested_change_is_a_problem_not_a_crash(
    committed: Path, depth: int
) -> None:
    git(committed, "checkout", "-q", "-b", "pr")
    path = committed / REGIONAL
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    document["tiltak"]["tittel"] = "DYP"
    nested = "[" * depth + "]" * depth
    path.write_text(json.dumps(document).replace('"DYP"', nested), encoding="utf-8")
    git(committed, "commit", "-q", "-am", "dyp")
    code, output = invoke("review", "--root", str(committed), "--base", "main")
    assert code == 0, output
    assert "`json-for-dyp`" in output
    assert "kunne ikke sammenlignes med forrige versjon" in output


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("navn", 123),
        ("navn", None),
        ("fylke", ["Oslo"]),
        ("sum", "abc"),
        ("eier_andel", 1.5),
        ("sum", 10**30),
    ],
)
def test_allocate_and_propose_refuse_a_melding_of_the_wrong_shape(
    copy_of_project: Path, field: str, value: object
) -> None:
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    target = document["eier"] if field in ("navn", "fylke") else document["budsjett"][0]
    target[field] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    refusal = f"{REGIONAL}::$: [feil fordeling-behovsmelding-hoppet-over]"
    for command in ("allocate", "propose"):
        code, output = invoke(command, "--root", str(copy_of_project), "--year", "2025")
        assert code == 1, output
        assert refusal in output and "Fordelingen ble ikke skrevet: 1 feil." in output
    assert not (copy_of_project / "docs/fordeling/2025").exists()
    assert (copy_of_project / "data/vedtak_forslag.csv").read_text("utf-8").count("\n") == 1


def test_validate_dot_at_the_root_checks_the_whole_project(
    copy_of_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of_project / REGIONAL
    path.write_text("{ugyldig", encoding="utf-8")
    whole = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    monkeypatch.chdir(copy_of_project)
    for arguments in (["."], [str(copy_of_project)], [".", "data"]):
        code, output = invoke("validate", *arguments, "-o", "json")
        assert (code, output) == whole
        assert json.loads(output)["files"] > 20


@pytest.mark.parametrize("name", ["README.md", "melding.txt", "schemas"])
def test_validate_refuses_a_path_it_would_not_check(copy_of_project: Path, name: str) -> None:
    path = copy_of_project / name
    if not path.exists():
        path.write_text("{ugyldig", encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), str(path))
    assert code == 2, output
    assert output == (
        f"kompetanse: {path} er verken en behovsmelding (en .json-fil) eller en tabell i "
        "datapakken, så den kan ikke kontrolleres\n"
    )


@pytest.mark.parametrize(
    ("name", "files"),
    [("submissions", 10), ("submissions/2025", 4), ("data", 20), ("data/rammer.csv", 1)],
)
def test_validate_accepts_submissions_and_tables(
    copy_of_project: Path, name: str, files: int
) -> None:
    path = copy_of_project / name
    code, output = invoke("validate", "--root", str(copy_of_project), str(path), "-o", "json")
    assert code == 0, output
    assert json.loads(output)["files"] == files


def test_changed_since_checks_every_melding_when_the_rules_data_changed(committed: Path) -> None:
    settings = committed / "data/innstillinger.csv"
    lines = settings.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = [
        line.replace(",0.30,", ",0.90,") if line.startswith("2025,desentralisert,") else line
        for line in lines
    ]
    settings.write_text("".join(changed), encoding="utf-8")
    code, output = invoke(
        "validate", "--root", str(committed), "--changed-since", "main", "-o", "json"
    )
    assert code == 1, output
    report = json.loads(output)
    assert report == json.loads(invoke("validate", "--root", str(committed), "-o", "json")[1])
    assert {(p["file"], p["code"]) for p in report["problems"]} == {
        ("submissions/2025/desentralisert/bm-2025-a0250002.json", "egenandel-under-minimum"),
        ("submissions/2025/desentralisert/bm-2025-a0250003.json", "egenandel-under-minimum"),
    }


def test_each_missing_field_is_named_once(copy_of_project: Path) -> None:
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    for name in ("behov", "tiltak", "kontaktperson"):
        del document[name]
    path.write_text(json.dumps(document), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), str(path), "-o", "json")
    assert code == 1, output
    missing = [
        (p["location"], p["message"])
        for p in json.loads(output)["problems"]
        if p["code"] == "skjema-mangler-felt"
    ]
    assert missing == [
        ("$.behov", "«Lokalt behov» mangler."),
        ("$.kontaktperson", "«Kontaktperson» mangler."),
        ("$.tiltak", "«Tiltaket» mangler."),
    ]


def test_validate_text_shows_escape_sequences_and_line_breaks_as_codes(
    copy_of_project: Path,
) -> None:
    path = copy_of_project / REGIONAL
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["fylke"] = "\x1b[2J\x1b]8;;https://e.x\x07Oslo\nfalsk linje\u202e"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), str(path))
    assert code == 1, output
    lines = output.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{REGIONAL}::$.eier.fylke: ")
    assert "«\\x1b[2J\\x1b]8;;https://e.x\\x07Oslo\\x0afalsk linje\\u202e»" in lines[0]
    assert all(char.isprintable() for char in lines[0])


def test_a_table_saved_with_a_byte_order_mark_is_read(copy_of_project: Path) -> None:
    rammer = copy_of_project / "data/rammer.csv"
    rammer.write_bytes(b"\xef\xbb\xbf" + rammer.read_bytes())
    code, output = invoke("validate", "--root", str(copy_of_project))
    assert code == 0, output
    code, output = invoke("allocate", "--root", str(copy_of_project), "--year", "2025")
    assert code == 0, output
    assert re.search(r"Totalt\s+159\u00a0864\u00a0196\u00a0kr", output)
