"""The ``kompetanse`` command line. Each command parses, calls one function, maps to an exit code.

Errors that stop a command ("could not run") are translated into one line and exit code 2 at one
edge, in :class:`~kompetanse.cli.norsk.NorwegianGroup`.
"""

from __future__ import annotations

from collections.abc import Iterator

import click

from kompetanse.cli.caseworker import review
from kompetanse.cli.followup import FOLLOWUP_COMMANDS
from kompetanse.cli.fordeling import allocate, propose, publish_command
from kompetanse.cli.history import import_command
from kompetanse.cli.norsk import NorwegianGroup
from kompetanse.cli.serve import demo, serve
from kompetanse.cli.validate import validate


@click.group(cls=NorwegianGroup)
@click.version_option(
    package_name="kompetanse",
    help="Vis versjonen og avslutt.",
    message="%(prog)s, versjon %(version)s",
)
def main() -> None:
    """Behovsmeldinger, validering og fordeling for lokal kompetanseutvikling."""


for command in (validate, review, import_command, allocate, propose, publish_command, serve, demo):
    main.add_command(command)
for command in FOLLOWUP_COMMANDS:
    main.add_command(command)


def iter_command_help() -> Iterator[tuple[str, str]]:
    """Each command's name and its full ``--help`` text, for the docs."""
    context = main.context_class(main, info_name="kompetanse")
    for name in sorted(main.list_commands(context)):
        command = main.get_command(context, name)
        if command is not None:
            with command.context_class(command, info_name=name, parent=context) as sub:
                yield name, command.get_help(sub)
