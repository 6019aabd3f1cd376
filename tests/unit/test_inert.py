"""Each output context's function in text/inert.py, given hostile text."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetanse.text.inert import (
    csv_cell,
    csv_text,
    html_attr,
    html_text,
    ics_text,
    is_control,
    markdown_code,
    markdown_link,
    markdown_text,
    pr_title,
    terminal_line,
    xlsx_cell,
)
from tests.support.rendering import (
    event_handlers,
    github_html,
    link_targets,
    parse_html,
    site_html,
    tag_names,
    text_of,
)

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<!-- kommentar --> &amp; &lt;b&gt;",
    "[lenke](http://evil.example) ![bilde](http://evil.example/p.png)",
    "[ref][1]\n\n[1]: http://evil.example",
    "<http://evil.example> <a@evil.example>",
    "http://evil.example https://evil.example/a?b=c ftp://evil.example",
    "www.evil.example WWW.EVIL.EXAMPLE (www.evil.example)",
    "*fet* **fet** _kursiv_ __fet__ ~~strøket~~ ~sub~",
    "Tittel {onmouseover=alert(1)} {: #id .klasse onclick=x }",
    "`kode` ``dobbel`` ```gjerde",
    "a | b || c \\| d",
    "linje\r\nlinje\rlinje\nlinje\u2028linje\u2029linje\x85linje",
    "# Overskrift\n## Overskrift\n===\n---\n> sitat\n- liste\n1. liste\n    kode",
    "\x1b[2J\x1b]8;;http://evil.example\x07lenke\x1b]8;;\x07\x00\x08\x7f",
    "\u202eslettet\u202c \u2066isolert\u2069 \u200b\u200c\u200d\u2060\ufeff",
    '!!! note "x"\n??? note\n: definisjon\n*[HTML]: forkortelse',
    "\\*ikke fet\\* \\\\ &#42; &#x2A; &ast;",
    '<div markdown="1">*x*</div>',
]


def without_mail_links(html: str) -> list[str]:
    """The tags, less GitHub's e-mail autolinks (which only a hidden character could stop)."""
    return [
        tag
        for tag, attrs in parse_html(html).tags
        if not (tag == "a" and str(attrs.get("href")).startswith("mailto:"))
    ]


def code_text(html: str) -> str:
    """The text of the only code span."""
    found = re.findall(r"<code>(.*?)</code>", html, flags=re.DOTALL)
    assert len(found) == 1, html
    return text_of(found[0])


def same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def expected_text(text: str) -> str:
    """What a reader should see: the text on one line with control characters as codes."""
    return terminal_line(
        "".join(" " if c in "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029" else c for c in text)
    )


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("render", [site_html, github_html], ids=["site", "github"])
def test_markdown_text_is_one_paragraph_of_the_same_text(text: str, render: object) -> None:
    html = render(markdown_text(text))  # type: ignore[operator]
    assert without_mail_links(html) == ["p"], html
    assert same_text(text_of(html), expected_text(text)), html


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_is_one_cell_of_a_table(text: str) -> None:
    table = f"| a | b |\n|---|---|\n| {markdown_text(text)} | x |\n"
    for html in (site_html(table), github_html(table)):
        assert tag_names(html).count("td") == 2, html
        assert set(without_mail_links(html)) == {"table", "thead", "tbody", "tr", "th", "td"}, html


def test_markdown_text_leaves_ordinary_names_alone() -> None:
    assert markdown_text("Nord-Fron kommune") == "Nord-Fron kommune"
    assert markdown_text("OsloMet – storbyuniversitetet") == "OsloMet – storbyuniversitetet"
    assert markdown_text("Statsforvalteren i Østfold, Buskerud") == (
        "Statsforvalteren i Østfold, Buskerud"
    )
    assert markdown_text("1\u00a0000\u00a0kr") == "1\u00a0000\u00a0kr"


def test_markdown_text_encodes_what_could_start_a_block_or_a_link() -> None:
    assert markdown_text("-x") == "&#45;x"
    assert markdown_text("a -- b") == "a &#45;&#45; b"
    assert markdown_text("1. x") == "1&#46; x"
    assert markdown_text("www.x.no") == "www&#46;x&#46;no"
    assert markdown_text("http://x") == "http&#58;&#47;&#47;x"
    assert markdown_text("  innrykket  ") == "innrykket"


def test_markdown_text_shows_bidi_and_zero_width_characters_as_codes() -> None:
    assert markdown_text("a\u202eb\u200bc") == "a&#92;u202eb&#92;u200bc"


@given(st.text())
def test_markdown_text_renders_as_plain_text_on_the_site(text: str) -> None:
    html = site_html(markdown_text(text))
    assert set(tag_names(html)) <= {"p"}, html
    assert same_text(text_of(html), expected_text(text)), html


@given(st.text())
def test_markdown_text_renders_as_plain_text_on_github(text: str) -> None:
    html = github_html(markdown_text(text))
    assert set(without_mail_links(html)) <= {"p"}, html
    assert same_text(text_of(html), expected_text(text)), html


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_code_stays_inside_its_code_span(text: str) -> None:
    line = f"| `{markdown_code(text)}` | x |"
    for html in (site_html(f"`{markdown_code(text)}`"), github_html(f"`{markdown_code(text)}`")):
        assert tag_names(html) == ["p", "code"], html
    table = github_html(f"| a | b |\n|---|---|\n{line}\n")
    assert tag_names(table).count("td") == 2 and "code" in tag_names(table), table


def test_markdown_code_replaces_backticks_pipes_and_control_characters() -> None:
    assert markdown_code("a`b|c\rd\ne\u202e") == "a'b/c\\x0dd\\x0ae\\u202e"
    assert markdown_code("$.eier.navn") == "$.eier.navn"


@given(st.text(min_size=1).filter(lambda t: t.strip() != ""))
def test_markdown_code_shows_the_text_as_code(text: str) -> None:
    code = markdown_code(text)
    html = github_html(f"`{code}`")
    assert tag_names(html) == ["p", "code"], html
    assert not {"`", "|", "\r", "\n"} & set(code)
    shown = code[1:-1] if code.startswith(" ") and code.endswith(" ") else code
    assert code_text(html) == shown, html


@pytest.mark.parametrize(
    "url",
    [
        "https://e.example/){onmouseover=alert(1)}",
        'https://e.example/" onmouseover="alert(1)',
        "https://e.example/ {: onmouseover=alert(1)}",
        "https://e.example/<x>'y'\\z",
    ],
)
def test_markdown_link_keeps_a_hostile_address_inside_the_link(url: str) -> None:
    html = site_html(markdown_link("Tittel {onmouseover=alert(2)}", url))
    assert event_handlers(html) == [], html
    assert tag_names(html) == ["p", "a"], html
    assert link_targets(html)[0].startswith("https://e.example/"), html


SCRIPT_ADDRESSES = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)"]
SCRIPT_ADDRESSES += ["javascript&colon;alert(1)", "javascript&#58;alert(1)", "vbscript:x"]
SCRIPT_ADDRESSES += ["data:text/html,x"]


@pytest.mark.parametrize("url", SCRIPT_ADDRESSES)
def test_markdown_link_links_no_script_address(url: str) -> None:
    html = site_html(markdown_link("Tittel", url))
    assert link_targets(html) == [], html
    assert text_of(html) == "Tittel"


def test_markdown_link_keeps_ordinary_addresses() -> None:
    assert markdown_link("Udir", "https://www.udir.no/a-b/?x=1&y=2#z") == (
        "[Udir](https://www.udir.no/a-b/?x=1&y=2#z)"
    )
    assert markdown_link("22 00 36 39", "tel:+4722003639") == "[22 00 36 39](tel:+4722003639)"
    assert markdown_link("Nytt", "../nyheter/posts/nytt.md") == "[Nytt](../nyheter/posts/nytt.md)"


@pytest.mark.parametrize("function", [html_text, html_attr])
def test_html_text_and_attributes_hold_no_markup(function: object) -> None:
    text = "<script>\"x\" & 'y'</script>\n\nslutt\u202e"
    escaped = function(text)  # type: ignore[operator]
    assert escaped == (
        "&lt;script&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/script&gt;  slutt\\u202e"
    )
    element = parse_html(f'<span title="{escaped}">{escaped}</span>')
    assert [tag for tag, _ in element.tags] == ["span"]
    assert element.tags[0][1]["title"] == text_of(escaped)


FORMULAS = ["=1+1", "+47", "-2", "@SUM(A1)", "\tx", "\rx", " =1", "  \t=1", "\n=1"]
FORMULAS += ["\u200b=1", "\u200c+1", "\u200d-1", "\u2060@x", "\ufeff=1", " \u200b =1"]
FORMULAS += ["＝1+1", "＋1", "－1", "＠x", "\u00a0=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert csv_cell(text) == xlsx_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Lindeberg kommune", "a=b", "1-2", "", "  ", "'=x", "x@y"])
def test_other_text_is_left_alone(text: str) -> None:
    assert csv_cell(text) == xlsx_cell(text) == text


def test_csv_cells_of_other_types() -> None:
    assert [csv_cell(v) for v in (None, True, False, 0, -5)] == ["", "true", "false", "0", "-5"]


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_text_quotes_carriage_returns_and_ends_lines_with_newline() -> None:
    text = csv_text([("navn", "sum"), ("a\rb", 1), ("c\r\nd", 2), ('e"f,g', 3)])
    assert text == 'navn,sum\n"a\rb",1\n"c\r\nd",2\n"e""f,g",3\n'
    assert parse(text) == [["navn", "sum"], ["a\rb", "1"], ["c\r\nd", "2"], ['e"f,g', "3"]]


@given(st.lists(st.lists(st.text() | st.integers() | st.booleans() | st.none(), min_size=2)))
def test_csv_text_parses_back_to_the_same_cells(rows: list[list[str | int | bool | None]]) -> None:
    assert parse(csv_text(rows)) == [[csv_cell(value) for value in row] for row in rows]


def test_pr_title_is_one_bounded_line_that_mentions_nobody() -> None:
    assert pr_title("Ola @nordmann\n\r| \x1b[31m\u202erød\t  x") == "Ola (at)nordmann | [31m rød x"
    assert pr_title("a" * 200) == "a" * 120
    assert pr_title("123 456 789", 5) == "123 4"


@given(st.text())
def test_pr_title_never_holds_control_characters_or_mentions(text: str) -> None:
    title = pr_title(text)
    assert len(title) <= 120 and "@" not in title
    assert all(char == " " or not char.isspace() for char in title)
    assert not any(is_control(char) for char in title)


def test_terminal_line_shows_control_characters_and_keeps_unicode_spaces() -> None:
    assert terminal_line("1\u00a0000\u00a0kr") == "1\u00a0000\u00a0kr"
    assert terminal_line("a\u2003b\u3000c æøå 😀") == "a\u2003b\u3000c æøå 😀"
    assert terminal_line("\x1b[2J\x07\n\r\t") == "\\x1b[2J\\x07\\x0a\\x0d\\x09"
    assert terminal_line("\u202e\u200b\U000e0041") == "\\u202e\\u200b\\U000e0041"


@given(st.text())
def test_terminal_line_is_one_printable_line(text: str) -> None:
    line = terminal_line(text)
    assert not any(is_control(char) for char in line)
    assert len(line.splitlines()) <= 1


def test_ics_text_escapes_separators_and_every_line_break() -> None:
    assert ics_text("a;b,c\\d\r\ne\rf\ng") == "a\\;b\\,c\\\\d\\ne\\nf\\ng"
    assert ics_text("\x1bx") == "\\\\x1bx"
