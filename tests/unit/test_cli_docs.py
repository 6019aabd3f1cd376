"""Every CLI command has a Norwegian help text.

That the command reference shows it is checked on the built page
(tests/acceptance/test_site_reference_pages.py).
"""

from __future__ import annotations

from kompetanse.cli import iter_command_help, main


def test_every_command_has_a_norwegian_help_text() -> None:
    helps = dict(iter_command_help())
    caseworker = {"validate", "review", "import", "allocate", "propose", "publish", "serve", "demo"}
    after_vedtak = {"letters", "payouts", "reports", "tilrettelegging"}
    assert caseworker | after_vedtak == set(helps)
    for name, text in helps.items():
        command = main.commands[name]
        assert command.help and len(command.help.strip()) > 20, name
        assert text.startswith(f"Bruk: kompetanse {name}")
        assert "Show this message" not in text
