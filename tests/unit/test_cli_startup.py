"""The command line starts light: ``--help`` and a one-file ``validate`` leave the heavy libraries
(GitPython, Frictionless, python-jsonschema, WeasyPrint, Playwright, …) unimported.

Each run is a fresh Python process, so the modules it lists are exactly those the command pulled
in; the libraries are imported where they are used, inside the commands that need them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kompetanse.cli import main
from kompetanse.cli.caseworker import REVIEW_FORMAT_NAMES, review_formats
from tests.support.cli import REGIONAL

NEVER_AT_START = frozenset(
    {
        "git",
        "frictionless",
        "jsonschema",
        "jsonschema_rs",
        "weasyprint",
        "playwright",
        "jinja2",
        "mkdocs",
        "openpyxl",
        "xlsxwriter",
        "rich",
        "starlette",
        "uvicorn",
        "httpx",
        "stdnum",
        "multiprocessing",
        "ssl",
    }
)
# What checking one valid melding really needs: the fast schema check.
NEEDED_BY_VALIDATE = frozenset({"jsonschema_rs"})
RUN_AND_LIST = """
import json, sys
watched = json.loads(sys.stdin.readline())
from kompetanse.cli import main
try:
    main(sys.argv[1:], prog_name="kompetanse")
except SystemExit as stop:
    code = stop.code
print()
print(json.dumps({"code": code, "loaded": sorted(m for m in watched if m in sys.modules)}))
"""


def loaded_by(cwd: Path, *args: str) -> tuple[object, set[str]]:
    """Run ``kompetanse ARGS`` in a fresh interpreter; its result and the watched modules it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, *args],
        cwd=cwd,
        input=json.dumps(sorted(NEVER_AT_START)) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(done.stdout.splitlines()[-1])
    return report["code"], set(report["loaded"])


def test_help_imports_none_of_the_heavy_libraries(tmp_path: Path) -> None:
    code, loaded = loaded_by(tmp_path, "--help")
    assert code == 0
    assert loaded == set()


def test_every_command_s_help_imports_none_of_them(tmp_path: Path) -> None:
    for name in sorted(main.commands):
        code, loaded = loaded_by(tmp_path, name, "--help")
        assert (code, loaded) == (0, set()), name


def test_one_file_validate_imports_only_what_checking_a_melding_needs(
    copy_of_project: Path,
) -> None:
    code, loaded = loaded_by(copy_of_project, "validate", REGIONAL)
    assert code == 0
    assert loaded == NEEDED_BY_VALIDATE


def test_an_invalid_melding_still_gets_every_problem_from_the_reference_validator(
    copy_of_project: Path,
) -> None:
    melding = copy_of_project / REGIONAL
    document = json.loads(melding.read_text(encoding="utf-8"))
    del document["tiltak"]
    melding.write_text(json.dumps(document), encoding="utf-8")
    code, loaded = loaded_by(copy_of_project, "validate", REGIONAL)
    assert code == 1
    assert "jsonschema" in loaded and "git" not in loaded and "frictionless" not in loaded


def test_the_review_formats_listed_for_help_are_the_review_s_renderers() -> None:
    assert tuple(sorted(review_formats())) == REVIEW_FORMAT_NAMES
