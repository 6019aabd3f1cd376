"""The internal site's reference pages against what they describe: the CLI as run, the codes
as emitted."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

from kompetanse.cli import main
from tests.support.cli import invoke
from tests.support.codes import emitted_codes

ROW = re.compile(
    r"<tr>\s*<td><code>([a-z0-9-]+)</code></td>\s*<td>([^<]*)</td>\s*<td>(.*?)</td>\s*</tr>", re.S
)
FRICTIONLESS_INTRO = "har kodene fra Frictionless"
KOMPETANSE = Path(sys.executable).parent / "kompetanse"


def page(site: Path, path: str) -> str:
    """The HTML of a built page."""
    return (site / path / "index.html").read_text(encoding="utf-8")


def code_block_after(text: str, anchor: str) -> str:
    """The text of the first code block after the heading with this id."""
    start = text.index(f'id="{anchor}"')
    block = re.search(r"<pre>.*?<code>(.*?)</code></pre>", text[start:], re.S)
    assert block is not None, anchor
    return html.unescape(re.sub(r"<[^>]+>", "", block.group(1)))


def code_rows(text: str) -> dict[str, tuple[str, str]]:
    """Each table row's code with its severity and meaning."""
    return {code: (alvor, html.unescape(meaning)) for code, alvor, meaning in ROW.findall(text)}


def test_the_command_page_shows_what_each_command_prints_for_help(internal_site: Path) -> None:
    text = page(internal_site, "utvikling/kommandoer")
    assert set(main.commands) >= {"validate", "review", "allocate", "propose", "publish", "serve"}
    for name in main.commands:
        printed = subprocess.run(
            [str(KOMPETANSE), name, "--help"], capture_output=True, text=True, check=True
        ).stdout
        assert printed.startswith(f"Bruk: kompetanse {name}"), printed
        assert code_block_after(text, f"kompetanse-{name}").strip() == printed.strip(), name


def test_the_problem_code_page_explains_every_code_the_package_can_emit(
    internal_site: Path,
) -> None:
    ours, _ = page(internal_site, "utvikling/problemkoder").split(FRICTIONLESS_INTRO, 1)
    rows = code_rows(ours)
    emitted = emitted_codes()
    assert len(emitted) > 40
    assert sorted(emitted - set(rows)) == []
    for code in emitted:
        alvor, meaning = rows[code]
        assert alvor in {"feil", "advarsel"} and len(meaning) > 10, code


def break_tables(root: Path) -> None:
    """Damage the fixture office's tables in the ways a caseworker's spreadsheet can."""
    edits = {
        "rammer": lambda t: t + "2026,ukjent,abc,0,\n2026,regional\n2026,regional,1,0.3,,x\n,,,,\n",
        "embete": lambda t: t + t.splitlines()[1] + "\n",
        "uh": lambda t: t.replace(",nasjonalt_senter,uis,", ",nasjonalt_senter,finnes-ikke,", 1),
        "dokumenter": lambda t: t.replace(",url\n", ",url,ekstra\n", 1),
        "kalender": lambda t: t.replace(",beskrivelse_nn\n", ",\n", 1),
        "fylker": lambda t: t.replace("fylkesnummer", "nummer", 1),
    }
    for name, edit in edits.items():
        path = root / "data" / f"{name}.csv"
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_every_frictionless_code_a_broken_table_gets_is_explained(
    internal_site: Path, copy_of_project: Path
) -> None:
    break_tables(copy_of_project)
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    assert code == 1, output
    seen = {problem["code"] for problem in json.loads(output)["problems"]}
    frictionless = seen - emitted_codes()
    assert frictionless >= {
        "blank-label",
        "blank-row",
        "constraint-error",
        "extra-cell",
        "extra-label",
        "foreign-key",
        "incorrect-label",
        "missing-cell",
        "primary-key",
        "type-error",
    }
    _, theirs = page(internal_site, "utvikling/problemkoder").split(FRICTIONLESS_INTRO, 1)
    rows = code_rows(theirs)
    assert sorted(frictionless - set(rows)) == []
    assert all(rows[code][0] == "feil" and rows[code][1] for code in frictionless)
