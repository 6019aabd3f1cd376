"""The shortcuts in text/inert.py and validation/text_checks.py (text with nothing to change or
find is passed as it is) give what the character-by-character rules give, for every text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.text import inert
from kompetanse.validation import text_checks

# Letters, punctuation, the no-break and ideographic spaces, line breaks of every kind, bidi and
# zero-width characters, escape: every branch of the rules.
TRICKY = (
    "aZæøåаοΩЖ09 ,.-_*[]<>&|#\u00a0\u3000\t\n\r\x85\u2028\u2029\u202e\u2066\u200b\ufeff\x1b\x00"
)
TEXTS = st.text(alphabet=st.sampled_from(TRICKY), max_size=16) | st.text(max_size=16)


def visible_by_character(text: str) -> str:
    return "".join(inert.code_of(c) if inert.is_control(c) else c for c in text)


def one_line_by_character(text: str) -> str:
    return "".join(" " if c in inert.LINE_BREAKS else c for c in text)


def markdown_by_character(text: str) -> str:
    plain = visible_by_character(one_line_by_character(text)).strip(" ")
    return "".join(inert.markdown_char(plain, index) for index in range(len(plain)))


def hidden_by_character(text: str) -> list[str]:
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in text if inert.is_hidden(c)))


def mixes_by_character(text: str) -> bool:
    for word in text_checks.WORD.findall(text):
        scripts = {unicodedata.name(c, "UKJENT").split(" ", 1)[0] for c in word}
        if "LATIN" in scripts and scripts & text_checks.LOOK_ALIKE_SCRIPTS:
            return True
    return False


# Each shortcut beside the rule it must agree with.
SHORTCUTS: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {
    "visible": (inert.visible, visible_by_character),
    "on_one_line": (inert.on_one_line, one_line_by_character),
    "markdown_text": (inert.markdown_text, markdown_by_character),
    "hidden_characters": (inert.hidden_characters, hidden_by_character),
    "mixes_scripts": (text_checks.mixes_scripts, mixes_by_character),
}


@pytest.mark.parametrize("name", SHORTCUTS)
@given(text=TEXTS)
def test_the_shortcut_gives_what_the_rule_gives(name: str, text: str) -> None:
    shortcut, rule = SHORTCUTS[name]
    assert shortcut(text) == rule(text)
