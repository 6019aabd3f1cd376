"""Hostile owner and data text through every output it reaches: review, validate, PR body,
allocation files and pages, and the site's data pages.

Markdown is rendered the way its readers see it: by Python-Markdown with the site's extensions,
and by GitHub's cmark-gfm with raw HTML allowed (a permissive renderer).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kompetanse.publication.fordeling import write_all
from kompetanse.receiver.receipt import body_of
from kompetanse.repository.site_data import load_site_data
from kompetanse.site import data_markdown, public_site
from tests.support.cli import REGIONAL, git, invoke
from tests.support.rendering import (
    event_handlers,
    github_html,
    link_targets,
    site_html,
    tag_names,
)

HTML_AND_LINKS = "\r\r<h1>Overskrift</h1>\r\r[x](http://evil.example) | `kode` \r## Falsk"
AUTOLINKS = "Besøk http://evil.example/a og www.evil.example eller https://evil.example."
HOSTILE_URL = "https://e.example/){onmouseover=alert(1)}"
CHANGED = "submissions/2026/desentralisert/bm-2026-a0260003.json"
SOURCE = "submissions/2026/regional/bm-2026-a0260001.json"


def load(root: Path, relpath: str) -> dict[str, Any]:
    return dict(json.loads((root / relpath).read_text(encoding="utf-8")))


def save(root: Path, relpath: str, document: dict[str, Any]) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    (root / relpath).write_text(text, encoding="utf-8")


def rename_owner(root: Path, relpath: str, name: str) -> None:
    document = load(root, relpath)
    document["eier"]["navn"] = name
    save(root, relpath, document)


def no_evil_links(html: str) -> None:
    assert [href for href in link_targets(html) if "evil" in href] == [], html


@pytest.fixture
def committed(copy_of_project: Path) -> Path:
    git(copy_of_project, "init", "-q", "-b", "main")
    git(copy_of_project, "add", "-A")
    git(copy_of_project, "commit", "-q", "-m", "start")
    git(copy_of_project, "checkout", "-q", "-b", "pr")
    return copy_of_project


def review_markdown(root: Path) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pull request")
    code, output = invoke("review", "--base", "main", "--root", str(root))
    assert code == 0, output
    return output


def test_a_file_path_or_json_key_cannot_end_a_code_span_in_the_review(committed: Path) -> None:
    hostile_path = f"submissions/2026/regional/bm{HTML_AND_LINKS.replace('/', '')}.json"
    (committed / hostile_path).write_bytes((committed / SOURCE).read_bytes())
    changed = load(committed, CHANGED)
    changed["tiltak"][f"nøkkel{HTML_AND_LINKS}"] = "verdi"
    save(committed, CHANGED, changed)
    report = review_markdown(committed)
    for html in (site_html(report), github_html(report)):
        assert "h1" not in tag_names(html) and tag_names(html).count("h2") == 1, html
        no_evil_links(html)


def test_links_in_owner_names_are_not_autolinked_in_the_review(committed: Path) -> None:
    rename_owner(committed, SOURCE, AUTOLINKS)
    no_evil_links(github_html(review_markdown(committed)))


def test_links_in_owner_names_are_not_autolinked_in_the_pull_request_body() -> None:
    receipt = {
        "id": "bm-2025-0a1b2c3d",
        "ordning": "regional",
        "aar": 2025,
        "periode_aar": 1,
        "eier": {"navn": AUTOLINKS + HTML_AND_LINKS, "organisasjonsnummer": "www.evil.example"},
        "sum_total": 1,
        "advarsler": [],
    }
    body = body_of(receipt)
    for html in (github_html(body), site_html(body)):
        no_evil_links(html)
        assert "h1" not in tag_names(html), html


def test_links_in_owner_text_are_not_autolinked_by_validate_markdown(
    copy_of_project: Path,
) -> None:
    document = load(copy_of_project, REGIONAL)
    document["eier"]["fylke"] = AUTOLINKS + HTML_AND_LINKS
    save(copy_of_project, REGIONAL, document)
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "markdown")
    assert code == 1, output
    for html in (github_html(output), site_html(output)):
        no_evil_links(html)
        assert "h1" not in tag_names(html), html


def test_links_in_owner_names_are_not_autolinked_on_the_allocation_page(
    copy_of_project: Path,
) -> None:
    rename_owner(copy_of_project, REGIONAL, AUTOLINKS)
    write_all(copy_of_project)
    page = (copy_of_project / "docs/fordeling/2025/index.md").read_text(encoding="utf-8")
    for html in (github_html(page), site_html(page)):
        no_evil_links(html)


def set_first_row(root: Path, table: str, field: str, value: str) -> None:
    path = root / "data" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns, rows = list(reader.fieldnames or []), list(reader)
    rows[0][field] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


URL_FIELDS = [
    ("lenker", "url"),
    ("dokumenter", "url"),
    ("embete", "nettside"),
    ("embete", "abonnement_url"),
    ("uh", "nettside"),
]


@pytest.mark.parametrize(("table", "field"), URL_FIELDS)
@pytest.mark.parametrize(
    "url",
    [
        HOSTILE_URL,
        "https://e.example/{: onmouseover=alert(1)}",
        "https://e.example/a'b",
        "https://e.example/a\\b",
        "https://e.example/(x)",
        "http://e.example/",
    ],
)
def test_a_url_that_could_break_out_of_a_link_fails_validate(
    copy_of_project: Path, table: str, field: str, url: str
) -> None:
    set_first_row(copy_of_project, table, field, url)
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    assert code == 1, output
    problems = json.loads(output)["problems"]
    assert [(p["file"], p["code"]) for p in problems] == [(f"data/{table}.csv", "constraint-error")]


@pytest.fixture
def hostile_site_data(copy_of_project: Path) -> Path:
    braces = " {onmouseover=alert(1)} {: onmouseover=alert(2) }"
    set_first_row(copy_of_project, "lenker", "url", HOSTILE_URL)
    set_first_row(copy_of_project, "lenker", "tittel", "Lenke" + braces)
    set_first_row(copy_of_project, "dokumenter", "url", HOSTILE_URL)
    set_first_row(copy_of_project, "dokumenter", "tittel", "Dokument)" + braces)
    set_first_row(copy_of_project, "dokumenter", "beskrivelse", "Om" + braces)
    set_first_row(copy_of_project, "uh", "nettside", HOSTILE_URL)
    set_first_row(copy_of_project, "uh", "navn", "UH" + braces)
    set_first_row(copy_of_project, "embete", "nettside", HOSTILE_URL)
    set_first_row(copy_of_project, "kontakter", "navn", "Navn" + braces)
    set_first_row(copy_of_project, "kontakter", "epost", "a@b.example){onmouseover=alert(3)}")
    set_first_row(copy_of_project, "kontakter", "telefon", "1](javascript:alert(4)){onclick=x}")
    return copy_of_project


def test_data_pages_never_carry_an_event_handler(hostile_site_data: Path) -> None:
    data = load_site_data(hostile_site_data)
    public_site.STATE.data = data
    pages = [
        data_markdown.link_sections(data),
        data_markdown.document_list(data),
        data_markdown.uh_sections(data),
        data_markdown.contact_cards(data),
        public_site.render_markers("<!-- kompetanse:nettside -->", "index.md"),
    ]
    for markdown_text in pages:
        html = site_html(markdown_text)
        assert event_handlers(html) == [], html
        assert not [href for href in link_targets(html) if href.startswith("javascript")], html


def test_the_office_name_in_the_footer_is_html_escaped(copy_of_project: Path) -> None:
    set_first_row(copy_of_project, "embete", "navn", "<script>alert(1)</script> & Co")
    config = public_site.on_config({"docs_dir": str(copy_of_project / "docs"), "nav": None})
    assert config["copyright"] == (
        "Innholdet forvaltes av &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"
    )


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", ["Solsikken\rbarnehager", "Solsikken\rbarnehager\r\nAS\nOslo"])
def test_a_carriage_return_in_an_owner_name_is_quoted_in_the_csv(
    copy_of_project: Path, name: str
) -> None:
    rename_owner(copy_of_project, REGIONAL, name)
    code, output = invoke("allocate", "--year", "2025", "--root", str(copy_of_project))
    assert code == 0, output
    rows = read_rows(copy_of_project / "docs/fordeling/2025/eiere.csv")
    assert name in [row["eier"] for row in rows]
    assert {len(row) for row in rows} == {len(rows[0])}
    assert len(write_all(copy_of_project).written) == 3


def limit_file_size() -> None:
    """Run in the child: files may grow to 4 KiB (writing more fails with EFBIG)."""
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_year_is_written_whole_or_not_at_all(copy_of_project: Path) -> None:
    kompetanse = Path(sys.executable).parent / "kompetanse"
    command = [str(kompetanse), "allocate", "--year", "2025", "--root", str(copy_of_project)]
    subprocess.run(command, check=True, capture_output=True)
    folder = copy_of_project / "docs/fordeling/2025"
    before = folder_bytes(folder)
    rammer = copy_of_project / "data/rammer.csv"
    rammer.write_text(rammer.read_text(encoding="utf-8").replace("81234567", "81234568"))
    done = subprocess.run(
        command, capture_output=True, text=True, preexec_fn=limit_file_size, check=False
    )
    assert done.returncode == 2, done.stderr
    assert folder_bytes(folder) == before


def test_amounts_keep_their_no_break_spaces_in_the_terminal(copy_of_project: Path) -> None:
    relpath = "submissions/2025/desentralisert/bm-2025-a0250002.json"
    document = load(copy_of_project, relpath)
    document["egenandel"]["belop"] = 1000
    save(copy_of_project, relpath, document)
    code, output = invoke(
        "validate", "--root", str(copy_of_project), str(copy_of_project / relpath)
    )
    assert code == 1, output
    line = next(line for line in output.splitlines() if "egenandel-under-minimum" in line)
    assert "1\u00a0000\u00a0kr" in line and "\\xa0" not in line, line
