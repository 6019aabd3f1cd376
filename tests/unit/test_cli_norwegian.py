"""The command line speaks Norwegian, also where click's own words would be English."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kompetanse.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kompetanse")
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [[], ["validate"], ["allocate"], ["serve"], ["publish"]])
def test_help_has_norwegian_headings_and_click_words(command: list[str]) -> None:
    code, output = run(*command, "--help")
    assert code == 0
    assert output.startswith("Bruk: kompetanse")
    assert "Valg:" in output and "Vis denne hjelpen og avslutt." in output
    for english in (
        "Usage:",
        "Options:",
        "Commands:",
        "Show this message",
        "[default:",
        "required]",
    ):
        assert english not in output


@pytest.mark.parametrize(
    "args,message",
    [
        (["allocate"], "Feil: Valget «--year» mangler."),
        (
            ["allocate", "--year", "abc"],
            "Feil: Ugyldig verdi for '--year': «abc» er ikke et heltall.",
        ),
        (
            ["valdiate"],
            "Feil: Ukjent kommando «valdiate». (Mente du en av: 'allocate', 'validate'?)",
        ),
        (["validate", "--bogus"], "Feil: Ukjent valg «--bogus»."),
        (["validate", "-o", "xml"], "«xml» er ikke en av 'json', 'markdown', 'tekst'."),
    ],
)
def test_usage_errors_are_norwegian_and_exit_2(args: list[str], message: str) -> None:
    code, output = run(*args)
    assert code == 2
    assert message in output
    assert "Prøv «kompetanse" in output and "Error:" not in output
