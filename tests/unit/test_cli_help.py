"""Help, usage and version speak Norwegian everywhere, and every option says what it does."""

from __future__ import annotations

import re

import click
import pytest

from kompetanse.cli import iter_command_help, main
from tests.support.cli import invoke

ENGLISH_WORDS = re.compile(
    r"\b(OPTIONS|COMMAND|ARGS|INTEGER|RANGE|DIRECTORY|FILE|PATHS?|TEXT|REF|BOOLEAN|FLOAT|CHOICE"
    r"|Usage|Options|Commands|Arguments|Show|version|default|required)\b"
)
OPTION_NAME = re.compile(r"--?[a-z][a-z-]*")
COMMANDS = sorted(main.commands)


def usage_and_option_lines(help_text: str) -> list[str]:
    """The usage line and the option rows: the parts click writes itself."""
    lines = help_text.splitlines()
    start = lines.index("Valg:")
    return [OPTION_NAME.sub("", line) for line in [lines[0], *lines[start:]]]


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_has_no_english_words_from_click(name: str) -> None:
    code, output = invoke(*([name] if name else []), "--help")
    assert code == 0
    found = [m for line in usage_and_option_lines(output) for m in ENGLISH_WORDS.findall(line)]
    assert found == [], output


def test_every_option_of_every_command_has_help() -> None:
    for name, command in main.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help and len(param.help) > 10, f"{name} {param.opts}"


def test_the_usage_lines_name_their_parts_in_norwegian() -> None:
    helps = dict(iter_command_help())
    assert helps["validate"].startswith("Bruk: kompetanse validate [VALG] [STIER]...")
    assert "--year ÅR" in helps["allocate"] and "--root MAPPE" in helps["allocate"]
    assert "--base REFERANSE" in helps["review"]
    code, output = invoke("--help")
    assert code == 0 and output.startswith("Bruk: main [VALG] KOMMANDO [ARGUMENTER]...")


def test_version_and_a_bare_call_are_norwegian() -> None:
    code, output = invoke("--version")
    assert code == 0 and ", versjon " in output
    code, output = invoke()
    assert "Kommandoer:" in output and "Feil" not in output
