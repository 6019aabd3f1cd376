"""Owner text made inert, one function for each output it reaches.

Owner and caseworker text (names, titles, file paths, JSON keys, addresses) is never trusted.
Before it goes into Markdown, HTML, CSV, a workbook, a pull request title, a calendar file or a
terminal it passes through the function here for that context, and nowhere else is text escaped:

- :func:`markdown_text`: inline Markdown text and table cells (the site, the review, the pull
  request body, ``validate -o markdown``, the allocation pages);
- :func:`markdown_code`: the inside of a code span;
- :func:`markdown_link` and :func:`markdown_url`: a link to an address from data;
- :func:`html_text` and :func:`html_attr`: raw HTML (the chart, the site's footer);
- :func:`csv_cell` and :func:`csv_text`: the published CSV files; :func:`xlsx_cell`: the workbook;
- :func:`pr_title`: a pull request's title (and a line of its body);
- :func:`ics_text`: a TEXT value in an iCalendar file;
- :func:`terminal_line`: a line printed to a terminal.

Control and format characters (escape sequences, bidi overrides, zero-width characters) are
shown as codes such as ``\\u202e`` wherever a person reads the text, so nothing is hidden or
reordered; ordinary letters, digits and Unicode spaces (the no-break space in ``1 000 kr``) are
kept as they are.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import string
import unicodedata
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any

CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
LINE_BREAKS = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def is_control(char: str) -> bool:
    """True for control, format, surrogate and line or paragraph separator characters."""
    return unicodedata.category(char) in CONTROL_CATEGORIES


def code_of(char: str) -> str:
    """``\\x1b``, ``\\u202e`` or ``\\U0001d173``: the character's code as Python writes it."""
    number = ord(char)
    if number < 0x100:
        return f"\\x{number:02x}"
    return f"\\u{number:04x}" if number < 0x10000 else f"\\U{number:08x}"


def visible(text: str) -> str:
    """The text with every control and format character shown as its code."""
    if text.isprintable():  # no Cc, Cf, Cs, Zl or Zp character (nor any other than ' ' in Z*)
        return text
    return "".join(code_of(char) if is_control(char) else char for char in text)


KEPT_CONTROLS = frozenset("\t\n\r")


def is_hidden(char: str) -> bool:
    """True for an invisible character: a bidi control (U+202E, U+2066, …), a zero-width
    character (U+200B–U+200D, U+2060, U+FEFF), another of Unicode's format characters, or a
    control character (escape, bell, NUL) other than tab and line breaks."""
    category = unicodedata.category(char)
    return category == "Cf" or (category == "Cc" and char not in KEPT_CONTROLS)


def hidden_characters(text: str) -> list[str]:
    """The invisible characters in ``text`` as ``U+202E``, each once, in order."""
    if text.isprintable():  # no Cc or Cf character at all
        return []
    found = dict.fromkeys(f"U+{ord(char):04X}" for char in text if is_hidden(char))
    return list(found)


ONE_LINE = str.maketrans(dict.fromkeys(LINE_BREAKS, " "))


def on_one_line(text: str) -> str:
    """The text with tabs and line breaks of every kind turned into spaces."""
    return text.translate(ONE_LINE)


def terminal_line(text: str) -> str:
    """Text a terminal shows as it is: no escape sequences, line breaks or bidi overrides."""
    return visible(text)


def markdown_text(text: str) -> str:
    """Text that Markdown and HTML show literally, on one line, also inside a table cell.

    ASCII punctuation becomes a numeric character reference, so no HTML, link, image, autolink
    (``http://``, ``www.``), emphasis, attribute list, heading, list or table cell boundary can
    form; a comma, and a hyphen between two letters or digits, are left as they are.
    """
    plain = visible(on_one_line(text)).strip(" ")
    if not MARKDOWN_PUNCTUATION.search(plain):
        return plain
    return "".join(markdown_char(plain, index) for index in range(len(plain)))


# The characters :func:`markdown_char` may change (ASCII punctuation but the comma).
MARKDOWN_PUNCTUATION = re.compile("[" + re.escape(string.punctuation.replace(",", "")) + "]")


def markdown_char(text: str, index: int) -> str:
    """One character of :func:`markdown_text`."""
    char = text[index]
    if char not in string.punctuation or char == ",":
        return char
    if char == "-" and 0 < index < len(text) - 1 and joins_words(text, index):
        return char
    return f"&#{ord(char)};"


def joins_words(text: str, index: int) -> bool:
    """True when the characters on both sides of ``index`` are letters or digits."""
    return text[index - 1].isalnum() and text[index + 1].isalnum()


CODE_REPLACEMENTS = {"`": "'", "|": "/"}


def markdown_code(text: str) -> str:
    """Text for the inside of a code span: no backticks, pipes, line breaks or control codes."""
    return "".join(CODE_REPLACEMENTS.get(char, char) for char in visible(text))


URL_SAFE = "-._~:/?#@!$&*+,="
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def markdown_url(url: str) -> str:
    """An address for a Markdown link target: brackets, braces, quotes, spaces and the like
    percent-encoded, so nothing can close the target or add attributes to the link."""
    return urllib.parse.quote(url, safe=URL_SAFE)


def is_link_target(url: str) -> bool:
    """True for an http(s), mailto or tel address, or a relative path without a scheme."""
    scheme = SCHEME.match(url)
    if scheme is None:
        return ":" not in url and "&" not in url
    return scheme[1].lower() in LINK_SCHEMES


def markdown_link(text: str, url: str) -> str:
    """A Markdown link showing ``text``; only the text when the address is not a link target."""
    if not is_link_target(url):
        return markdown_text(text)
    return f"[{markdown_text(text)}]({markdown_url(url)})"


def html_text(text: str) -> str:
    """Text for an HTML element's content: markup escaped, on one line, codes shown."""
    return html.escape(visible(on_one_line(text)), quote=True)


def html_attr(text: str) -> str:
    """Text for a quoted HTML attribute value (quotes escaped too)."""
    return html_text(text)


FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def spreadsheet_start(text: str) -> str:
    """The first character a spreadsheet reads after spaces and zero-width characters."""
    for char in text:
        if char in FORMULA_STARTS or not (char.isspace() or char in ZERO_WIDTH):
            return char
    return ""


def xlsx_cell(text: str) -> str:
    """Text a spreadsheet cannot take for a formula: a leading apostrophe when it could."""
    return f"'{text}" if spreadsheet_start(text) in FORMULA_STARTS else text


CsvValue = str | int | bool | None


def csv_cell(value: CsvValue) -> str:
    """A cell as CSV text: booleans as true/false, None as empty, text safe from formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return xlsx_cell(value)


RECORD_END = "\r\n"


def csv_text(rows: Iterable[Sequence[CsvValue]]) -> str:
    """UTF-8 CSV with ``\\n`` line endings; a cell holding a line break of any kind is quoted.

    The writer ends records with ``\\r\\n`` so that it quotes cells containing ``\\r`` as well
    as ``\\n``; each record's ending is then made ``\\n``.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=RECORD_END)
    records = []
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_cell(value) for value in row])
        records.append(buffer.getvalue().removesuffix(RECORD_END) + "\n")
    return "".join(records)


def pr_title(text: str, limit: int = 120) -> str:
    """One line for a pull request title or body: no control characters, no mentions, at most
    ``limit`` characters."""
    cleaned = "".join(" " if is_control(char) else char for char in text)
    return " ".join(cleaned.replace("@", "(at)").split())[:limit]


def ics_text(text: str) -> str:
    """An iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as ``\\n``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = [
        visible(line).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        for line in lines
    ]
    return "\\n".join(escaped)


SCRIPT_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
)


def script_json(data: Any) -> str:
    """Data as JSON that stays inert inside an HTML ``<script>`` element (keys in their order)."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_JSON_ESCAPES)
