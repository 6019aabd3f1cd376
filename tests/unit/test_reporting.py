"""Owner text in Markdown output is shown literally."""

from __future__ import annotations

from kompetanse.text.inert import markdown_text


def test_links_images_html_emphasis_and_pipes_are_inert() -> None:
    text = "[k](https://e.x) ![i](https://e.x/p.png) <b>*x*</b> a|b\nc"
    escaped = markdown_text(text)
    assert escaped == (
        "&#91;k&#93;&#40;https&#58;&#47;&#47;e&#46;x&#41; "
        "&#33;&#91;i&#93;&#40;https&#58;&#47;&#47;e&#46;x&#47;p&#46;png&#41; "
        "&#60;b&#62;&#42;x&#42;&#60;&#47;b&#62; a&#124;b c"
    )
