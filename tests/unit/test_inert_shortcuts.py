"""The shortcuts in text/inert.py and validation/text_checks.py (text with nothing to change or
find is passed as it is) give what the character-by-character rules give, for every text."""

from __future__ import annotations

import unicodedata

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


@given(TEXTS)
def test_visible_shows_the_same_codes(text: str) -> None:
    assert inert.visible(text) == visible_by_character(text)


@given(TEXTS)
def test_one_line_turns_the_same_breaks_into_spaces(text: str) -> None:
    assert inert.on_one_line(text) == one_line_by_character(text)


@given(TEXTS)
def test_markdown_text_escapes_the_same_characters(text: str) -> None:
    assert inert.markdown_text(text) == markdown_by_character(text)


def hidden_by_character(text: str) -> list[str]:
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in text if inert.is_hidden(c)))


def mixes_by_character(text: str) -> bool:
    for word in text_checks.WORD.findall(text):
        scripts = {unicodedata.name(c, "UKJENT").split(" ", 1)[0] for c in word}
        if "LATIN" in scripts and scripts & text_checks.LOOK_ALIKE_SCRIPTS:
            return True
    return False


@given(TEXTS)
def test_hidden_characters_finds_the_same_codes(text: str) -> None:
    assert inert.hidden_characters(text) == hidden_by_character(text)


@given(TEXTS)
def test_mixed_scripts_are_found_the_same_way(text: str) -> None:
    assert text_checks.mixes_scripts(text) == mixes_by_character(text)
