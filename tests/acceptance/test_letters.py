"""Answer letters after the vedtak: one per eier, tagged PDF/UA and HTML in the eier's målform,
byte for byte the same on a rerun, from templates a test holds to the letter's fields."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from playwright.sync_api import Browser

from tests.support.browser import describe_violations, run_axe
from tests.support.cli import invoke

KOMPETANSE = Path(sys.executable).parent / "kompetanse"
VEDTAK_AAR = 2025
NYNORSK_KOMMUNE = "890937861"
PRIVATE_OWNER = "819935181"
PRIVATE_MELDING = "submissions/2025/desentralisert/bm-2025-a0250002.json"
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def write_letters(root: Path, folder: Path) -> tuple[int, str]:
    return invoke(
        "letters", "--year", str(VEDTAK_AAR), "--root", str(root), "--output", str(folder)
    )


def change_melding(root: Path, relpath: str, **fields: object) -> None:
    path = root / relpath
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(document | fields, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.fixture
def letters(copy_of_project: Path, tmp_path: Path) -> Path:
    """The year's letters."""
    code, output = write_letters(copy_of_project, tmp_path / "brev")
    assert code == 0, output
    return tmp_path / "brev"


def html_lang(html: str) -> str:
    match = re.search(r'<html lang="([a-z]+)">', html)
    assert match, "brevet mangler <html lang>"
    return match[1]


def test_every_letter_is_a_tagged_pdf_with_the_language_and_title_of_its_html(
    letters: Path,
) -> None:
    pdfs = sorted(letters.glob("*.pdf"))
    assert [p.stem for p in pdfs] == [p.stem for p in sorted(letters.glob("*.html"))]
    assert len(pdfs) == 4
    languages = {}
    for pdf_path in pdfs:
        html = pdf_path.with_suffix(".html").read_text(encoding="utf-8")
        with pikepdf.open(pdf_path) as pdf:
            assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked
            assert str(pdf.Root.Lang) == html_lang(html)
            title = str(pdf.docinfo["/Title"])
        assert title == TITLE.search(html)[1].replace("&amp;", "&")  # type: ignore[index]
        assert str(VEDTAK_AAR) in title
        languages[pdf_path.stem.rsplit("-", 1)[1]] = html_lang(html)
    assert languages[NYNORSK_KOMMUNE] == "nn", "kommunens språkvedtak er nynorsk"
    assert languages[PRIVATE_OWNER] == "nb", "den private eieren skrev på bokmål"
    assert set(languages.values()) == {"nb", "nn"}


def test_the_letter_says_what_was_reported_granted_required_and_how_to_appeal(
    letters: Path,
) -> None:
    nynorsk = (letters / f"svarbrev-{VEDTAK_AAR}-{NYNORSK_KOMMUNE}.html").read_text(
        encoding="utf-8"
    )
    assert "1\u00a0100\u00a0000\u00a0kr" in nynorsk and "700\u00a0000\u00a0kr" in nynorsk
    assert "Eigendel" in nynorsk and "330\u00a0000\u00a0kr" in nynorsk
    assert "15. januar 2026" in nynorsk
    assert "tre veker" in nynorsk and "forvaltningslova § 29" in nynorsk
    bokmaal = (letters / f"svarbrev-{VEDTAK_AAR}-846281940.html").read_text(encoding="utf-8")
    assert "tre uker" in bokmaal and "forvaltningsloven § 29" in bokmaal
    assert "Egenandel" not in bokmaal, "Kompetanseløftet har ikke egenandel"


def test_a_rerun_in_a_new_process_writes_the_same_bytes(
    letters: Path, copy_of_project: Path, tmp_path: Path
) -> None:
    again = tmp_path / "igjen"
    command = [
        str(KOMPETANSE),
        "letters",
        "--year",
        str(VEDTAK_AAR),
        "--root",
        str(copy_of_project),
    ]
    subprocess.run([*command, "--output", str(again)], check=True, capture_output=True)
    first = {p.name: p.read_bytes() for p in letters.iterdir()}
    assert first == {p.name: p.read_bytes() for p in again.iterdir()}


def test_the_html_letters_in_nb_and_nn_have_no_axe_violations(
    letters: Path, browser: Browser
) -> None:
    page = browser.new_page()
    try:
        for name in (
            f"svarbrev-{VEDTAK_AAR}-{NYNORSK_KOMMUNE}",
            f"svarbrev-{VEDTAK_AAR}-846281940",
        ):
            page.goto((letters / f"{name}.html").as_uri())
            violations = run_axe(page)
            assert violations == [], describe_violations(violations)
    finally:
        page.close()


def test_owner_text_cannot_become_markup_in_a_letter(copy_of_project: Path, tmp_path: Path) -> None:
    document = json.loads((copy_of_project / PRIVATE_MELDING).read_text(encoding="utf-8"))
    hostile = {**document["eier"], "navn": "<img src=x onerror=alert(1)> & Co"}
    change_melding(copy_of_project, PRIVATE_MELDING, eier=hostile)
    assert write_letters(copy_of_project, tmp_path / "brev")[0] == 0
    html = (tmp_path / f"brev/svarbrev-{VEDTAK_AAR}-{PRIVATE_OWNER}.html").read_text(
        encoding="utf-8"
    )
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt; &amp; Co" in html


@pytest.mark.parametrize(
    "mistake", ["{{ t.ukjent_felt }}", "{{ ukjent }}", "{% if false %}{{ eier.navn }}{% endif %}"]
)
def test_a_template_that_names_an_unknown_field_stops_the_letters(
    copy_of_project: Path, tmp_path: Path, mistake: str
) -> None:
    template = copy_of_project / "data/brevmaler/svarbrev.nn.html"
    template.write_text(
        template.read_text(encoding="utf-8").replace("</main>", f"{mistake}\n</main>"),
        encoding="utf-8",
    )
    code, output = write_letters(copy_of_project, tmp_path / "brev")
    assert code == 2
    assert "data/brevmaler/svarbrev.nn.html" in output and "ukjent felt" in output
    assert not (tmp_path / "brev").exists() or not any((tmp_path / "brev").iterdir())


def test_letters_are_never_written_under_the_public_site(copy_of_project: Path) -> None:
    code, output = write_letters(copy_of_project, copy_of_project / "docs/brev")
    assert code == 2 and "docs/" in output
    assert not (copy_of_project / "docs/brev").exists()


def test_validate_checks_the_templates_so_a_pull_request_with_a_broken_one_fails(
    copy_of_project: Path,
) -> None:
    assert invoke("validate", "--root", str(copy_of_project))[0] == 0
    template = copy_of_project / "data/brevmaler/tilrettelegging.nb.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("{{ soker }}", "{{ soker.navn }}"), encoding="utf-8")
    code, output = invoke("validate", "--root", str(copy_of_project), "-o", "json")
    problems = json.loads(output)["problems"]
    assert code == 1
    assert [(p["file"], p["code"]) for p in problems] == [
        ("data/brevmaler/tilrettelegging.nb.html", "brevmal-ugyldig")
    ]
    assert "ukjent felt «navn»" in problems[0]["message"]
