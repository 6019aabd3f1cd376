"""The written allocation: reproducible, schema-valid, escaped, neutralised and accessible."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kompetanse.publication.files import GeneratedTableError, validate_written
from kompetanse.publication.fordeling import write_all
from kompetanse.text.inert import markdown_text, xlsx_cell

HOSTILE = '=HYPERLINK("http://x.invalid")|<script>alert(1)</script> *fet* [lenke](http://x)'
REGIONAL_2025 = "submissions/2025/regional/bm-2025-a0250001.json"


def rename_owner(root: Path, relpath: str, name: str) -> None:
    path = root / relpath
    document = json.loads(path.read_text(encoding="utf-8"))
    document["eier"]["navn"] = name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def tree(root: Path) -> dict[str, bytes]:
    base = root / "docs/fordeling"
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in base.rglob("*") if p.is_file()}


def test_outputs_are_byte_for_byte_reproducible(copy_of_project: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(copy_of_project, other)
    write_all(copy_of_project)
    first = tree(copy_of_project)
    write_all(copy_of_project)
    write_all(other)
    assert tree(copy_of_project) == first == tree(other)
    assert {"2024/index.md", "2025/fordeling-2025.xlsx", "2026/eiere.schema.json"} <= set(first)


def test_every_year_folder_holds_the_files_the_page_links(copy_of_project: Path) -> None:
    write_all(copy_of_project)
    folder = copy_of_project / "docs/fordeling/2025"
    page = (folder / "index.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(([^)]+)\)", page):
        assert (folder / link).is_file(), link
    index = (copy_of_project / "docs/fordeling/index.md").read_text(encoding="utf-8")
    assert [f"({aar}/index.md)" in index for aar in (2024, 2025, 2026)] == [True] * 3


def test_owner_text_is_escaped_in_pages_and_neutralised_in_tables(copy_of_project: Path) -> None:
    rename_owner(copy_of_project, REGIONAL_2025, HOSTILE)
    write_all(copy_of_project)
    folder = copy_of_project / "docs/fordeling/2025"
    page = (folder / "index.md").read_text(encoding="utf-8")
    assert "<script" not in page and "*fet*" not in page and "](http" not in page
    assert markdown_text(HOSTILE) in page
    with (folder / "eiere.csv").open(encoding="utf-8", newline="") as handle:
        names = [row["eier"] for row in csv.DictReader(handle)]
    assert "'" + HOSTILE in names
    sheet = load_workbook(folder / "fordeling-2025.xlsx")["eiere"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == "'" + HOSTILE]
    assert cells and all(cell.data_type == "s" for cell in cells)


@pytest.mark.parametrize("text", ["=1+1", "+47", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(text: str) -> None:
    assert xlsx_cell(text) == "'" + text


def test_plain_text_is_left_alone() -> None:
    assert xlsx_cell("Lindeberg kommune") == "Lindeberg kommune"


def test_chart_is_an_image_with_a_name_and_a_description_next_to_its_table(
    copy_of_project: Path,
) -> None:
    write_all(copy_of_project)
    page = (copy_of_project / "docs/fordeling/2025/index.md").read_text(encoding="utf-8")
    svg = re.search(r"<svg[^>]*>", page)
    assert svg and 'role="img"' in svg.group(0) and "aria-labelledby" in svg.group(0)
    assert "<title id=" in page and "<desc id=" in page
    assert "disponibelt 69\u00a0350\u00a0000\u00a0kr" in page
    after_chart = page[page.index("</figure>") + len("</figure>") :]
    assert after_chart.lstrip().startswith("| Ordning | Tildelt fra Udir")


def contact_details(root: Path) -> set[str]:
    """Every name, e-mail address and phone number of a contact person in the meldinger."""
    found: set[str] = set()
    for path in (root / "submissions").rglob("*.json"):
        found |= set(json.loads(path.read_text(encoding="utf-8"))["kontaktperson"].values())
    return found


def test_no_contact_person_appears_in_any_output(copy_of_project: Path) -> None:
    write_all(copy_of_project)
    everything = b"".join(tree(copy_of_project).values()).decode("utf-8", errors="ignore")
    private = contact_details(copy_of_project)
    assert len(private) == 3 * 8  # eight different people in the fixture office
    assert sorted(value for value in private if value in everything) == []


def test_a_table_that_breaks_its_schema_is_refused(copy_of_project: Path) -> None:
    write_all(copy_of_project)
    folder = copy_of_project / "docs/fordeling/2025"
    with (folder / "ordninger.csv").open("a", encoding="utf-8") as handle:
        handle.write("2025,regional,Regional,ikke-et-tall,0,0,0,0,0,0,0,true\n")
    with pytest.raises(GeneratedTableError):
        validate_written(folder)


def test_years_without_data_are_removed(copy_of_project: Path) -> None:
    (copy_of_project / "docs/fordeling/2019").mkdir(parents=True)
    write_all(copy_of_project)
    assert not (copy_of_project / "docs/fordeling/2019").exists()
