"""Owner text in Markdown output is shown literally."""

from __future__ import annotations

from kompetanse.text.inert import escape_markdown_cell


def test_links_images_html_emphasis_and_pipes_are_inert() -> None:
    text = "[k](https://e.x) ![i](https://e.x/p.png) <b>*x*</b> a|b\nc"
    escaped = escape_markdown_cell(text)
    assert escaped == (
        "\\[k\\]\\(https://e.x\\) \\!\\[i\\]\\(https://e.x/p.png\\) &lt;b&gt;\\*x\\*&lt;/b&gt; a\\|b c"
    )
