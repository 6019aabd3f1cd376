"""Norwegian help texts and usage errors for click, whose own strings are English."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from kompetanse.cli.common import fail
from kompetanse.errors import KompetanseError

SECTION_NB = {"Options": "Valg", "Commands": "Kommandoer", "Arguments": "Argumenter"}
ANNOTATION_NB = (
    ("[default: ", "[standard: "),
    ("[required]", "[påkrevd]"),
    ("; required]", "; påkrevd]"),
)
HELP_NB = {
    "Show this message and exit.": "Vis denne hjelpen og avslutt.",
    "Show the version and exit.": "Vis versjonen og avslutt.",
}
OPTIONS_METAVAR = "[VALG]"
SUBCOMMAND_METAVAR = "KOMMANDO [ARGUMENTER]..."
ERROR_NB: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^Missing option '(.+)'\.", r"Valget «\1» mangler."),
        (r"^Missing argument '(.+)'\.", r"Argumentet «\1» mangler."),
        (r"^No such option: (\S+)", r"Ukjent valg: \1"),
        (r"^No such option '(.+)'\.", r"Ukjent valg «\1»."),
        (r"^No such command '(.+)'\.", r"Ukjent kommando «\1»."),
        (r"^Got unexpected extra arguments? \((.+)\)", r"Uventet argument: \1"),
        (r"^Option '(.+)' requires an argument\.", r"Valget «\1» trenger en verdi."),
        (r"^Invalid value for (.+?): ", r"Ugyldig verdi for \1: "),
        (r"'([^']*)' is not a valid integer( range)?\.", r"«\1» er ikke et heltall."),
        (r"'([^']*)' is not one of (.+)\.", r"«\1» er ikke en av \2."),
        (r"(-?\d+) is not in the range (.+)\.", r"\1 er utenfor området \2."),
        (r"(File|Directory|Path) '(.+)' does not exist\.", r"«\2» finnes ikke."),
        (r"Did you mean one of: (.+)\?", r"Mente du en av: \1?"),
        (r"Did you mean (.+)\?", r"Mente du \1?"),
        (r"\(Possible options: (.+)\)", r"(mulige valg: \1)"),
        (r"(File|Directory|Path) '(.+)' is a directory\.", r"«\2» er en mappe."),
        (r"(File|Directory|Path) '(.+)' is a file\.", r"«\2» er en fil."),
        (r"(File|Directory|Path) '(.+)' is not readable\.", r"«\2» kan ikke leses."),
    )
)


def translate_error(message: str) -> str:
    """click's English usage message in Norwegian, as far as the table knows it."""
    for pattern, replacement in ERROR_NB:
        message = pattern.sub(replacement, message)
    return message


def translate_help(text: str) -> str:
    """An option's help line with click's own words in Norwegian."""
    text = HELP_NB.get(text, text)
    for english, norwegian in ANNOTATION_NB:
        text = text.replace(english, norwegian)
    return text


class NorwegianHelpFormatter(click.HelpFormatter):
    """Writes ``Bruk:``, ``Valg`` and ``Kommandoer`` instead of click's English headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line with a Norwegian prefix."""
        super().write_usage(prog, args, prefix="Bruk: ")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A help section with a Norwegian heading."""
        with super().section(SECTION_NB.get(name, name)):
            yield

    def write_dl(
        self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Definition rows, with click's own option help in Norwegian."""
        super().write_dl(
            [(term, translate_help(text)) for term, text in rows], col_max, col_spacing
        )


class NorwegianContext(click.Context):
    """A context whose help is formatted in Norwegian."""

    formatter_class = NorwegianHelpFormatter


def metavar_nb(param: click.Parameter) -> str | None:
    """A Norwegian placeholder for a parameter's value, from its type (None: click's own is fine)."""
    kind = param.type
    if isinstance(kind, click.Path):
        if not kind.dir_okay:
            return "FIL"
        return "MAPPE" if not kind.file_okay else "STI"
    if isinstance(kind, click.types.IntParamType):
        return "HELTALL"
    if isinstance(kind, click.types.StringParamType):
        return "TEKST"
    return None


def norwegian_placeholders(command: click.Command) -> None:
    """Give the command's usage line and every value placeholder Norwegian words."""
    command.options_metavar = OPTIONS_METAVAR
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            param.metavar = metavar_nb(param)


class NorwegianGroup(click.Group):
    """The command group: Norwegian help for itself and its commands, Norwegian usage errors."""

    context_class = NorwegianContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Register a command so that its help and usage are Norwegian too."""
        cmd.context_class = NorwegianContext
        norwegian_placeholders(cmd)
        super().add_command(cmd, name)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run; usage errors become one Norwegian message and exit code 2."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            click.echo(error.format_message())
            sys.exit(error.exit_code)
        except click.UsageError as error:
            show_usage_error(error)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            click.echo(f"Feil: {translate_error(error.format_message())}", err=True)
            sys.exit(error.exit_code)
        except KompetanseError as error:
            fail(str(error))
        except click.Abort:
            click.echo("Avbrutt.", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


def show_usage_error(error: click.UsageError) -> None:
    """Usage, the Norwegian message and where to find help, on stderr."""
    if error.ctx is not None:
        click.echo(error.ctx.get_usage(), err=True)
        click.echo(f"Prøv «{error.ctx.command_path} --help» for hjelp.\n", err=True)
    click.echo(f"Feil: {translate_error(error.format_message())}", err=True)
