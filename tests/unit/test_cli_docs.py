"""Every CLI command has help text and appears in the generated command reference."""

from __future__ import annotations

from kompetanse.cli import iter_command_help, main
from kompetanse.cli.help_page import command_reference


def test_every_command_has_a_norwegian_help_text() -> None:
    helps = dict(iter_command_help())
    assert {
        "validate",
        "review",
        "import",
        "allocate",
        "propose",
        "publish",
        "serve",
        "demo",
    } == set(helps)
    for name, text in helps.items():
        command = main.commands[name]
        assert command.help and len(command.help.strip()) > 20, name
        assert text.startswith(f"Bruk: kompetanse {name}")
        assert "Show this message" not in text


def test_reference_lists_every_command_with_its_help() -> None:
    reference = command_reference()
    for name, text in iter_command_help():
        assert f"## `kompetanse {name}`" in reference
        assert text in reference
