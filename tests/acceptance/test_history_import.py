"""``kompetanse import``: the office's spreadsheet of earlier vedtak, checked before anything is
written, with problems pointing at the spreadsheet's rows and columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.support.cli import invoke
from tests.support.office import SECOND_OFFICE, copy_office

HEADERS = ["Saksnr.", "Ordning", "År", "Mottaker", "Org.nr.", "Type", "Fylke", "UH", "Tiltak"]
WIDE_MAPPING = """
ark = "Vedtak"
overskriftsrad = 2

[kolonner]
saksnummer = "Saksnr."
ordning = "Ordning"
vedtak_aar = "År"
eier = "Mottaker"
organisasjonsnummer = "Org.nr."
eiertype = "Type"
fylke = "Fylke"
uh_id = "UH"
tiltak_tittel = "Tiltak"

[[utbetalinger]]
aar = 2022
sum = "Utbetalt 2022"

[[utbetalinger]]
aar = 2023
sum = "Utbetalt 2023"
eier_andel = "Eier 2023"
uh_andel = "UH 2023"
koordinator_andel = "Koordinator 2023"

[verdier.ordning]
"Regional ordning" = "regional"
"Desentralisert ordning" = "desentralisert"

[verdier.eiertype]
Kommune = "kommune"
Fylkeskommune = "fylkeskommune"

[verdier.uh_id]
"UiT" = "uit"
"""
LONG_MAPPING = """
[kolonner]
saksnummer = "Saksnr."
ordning = "Ordning"
vedtak_aar = "År"
eier = "Mottaker"
organisasjonsnummer = "Org.nr."
eiertype = "Type"
fylke = "Fylke"
uh_id = "UH"
tiltak_tittel = "Tiltak"
utbetaling_aar = "Utbetalingsår"
sum = "Beløp"
"""
WIDE_ROWS = [
    [
        "TF-2022/044",
        "Regional ordning",
        2022,
        "Sjøby kommune",
        "936671276",
        "Kommune",
        "Troms og Finnmark",
        "UiT",
        "Lesing i barnehagen",
        "450 000 kr",
        400000.0,
        300000,
        90000,
        10000,
    ],
    [
        "TF-2022/045",
        "Desentralisert ordning",
        2022,
        "Troms og Finnmark fylkeskommune",
        "951819093",
        "Fylkeskommune",
        "Troms og Finnmark",
        "UiT",
        "Yrkesfag i nord",
        None,
        "1.200.000,00",
        "",
        "",
        "",
    ],
    [None] * 14,
]
WIDE_HEADERS = [
    *HEADERS,
    "Utbetalt 2022",
    "Utbetalt 2023",
    "Eier 2023",
    "UH 2023",
    "Koordinator 2023",
]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return copy_office(tmp_path / "repo", SECOND_OFFICE)


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Vedtak"
    sheet.append(["Vedtak før 2024, fra sakssystemet"])
    sheet.append(WIDE_HEADERS)
    for row in WIDE_ROWS:
        sheet.append(row)
    book.save(path)
    return path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def problem_line(file: Path, location: str, code: str) -> str:
    """A problem as import prints it (the format of validate)."""
    where = f"::{location}" if location else ""
    return f"{file}{where}: [feil {code}]"


def history(office: Path) -> str:
    return (office / "data/vedtak_historikk.csv").read_text(encoding="utf-8")


def test_a_workbook_is_checked_in_a_dry_run_then_imported(office: Path, tmp_path: Path) -> None:
    sheet = workbook(tmp_path / "vedtak.xlsx")
    mapping = write(tmp_path / "oppsett.toml", WIDE_MAPPING)
    before = history(office)
    arguments = ["import", str(sheet), "--mapping", str(mapping), "--root", str(office)]
    code, output = invoke(*arguments, "--dry-run")
    assert (code, output) == (
        0,
        "Prøvekjøring uten feil: 3 nye rader, 0 erstattet. Ingenting er skrevet.\n",
    )
    assert history(office) == before
    code, output = invoke(*arguments)
    assert (code, output) == (0, "Skrev data/vedtak_historikk.csv: 3 nye rader, 0 erstattet.\n")
    added = history(office).removeprefix(before)
    assert added.splitlines() == [
        "TF-2022/044,regional,2022,Sjøby kommune,936671276,kommune,Troms og Finnmark,uit,Lesing i barnehagen,2022,,,,450000",
        "TF-2022/044,regional,2022,Sjøby kommune,936671276,kommune,Troms og Finnmark,uit,Lesing i barnehagen,2023,300000,90000,10000,400000",
        "TF-2022/045,desentralisert,2022,Troms og Finnmark fylkeskommune,951819093,fylkeskommune,Troms og Finnmark,uit,Yrkesfag i nord,2023,,,,1200000",
    ]
    assert invoke("validate", "--root", str(office))[0] == 0
    code, output = invoke("allocate", "--year", "2023", "--root", str(office))
    assert code == 0 and "Bundet opp fra 2022" in output
    code, output = invoke(*arguments)
    assert (code, output) == (0, "Skrev data/vedtak_historikk.csv: 0 nye rader, 3 erstattet.\n")
    assert history(office) == before + added


def test_problems_point_at_the_spreadsheet_and_nothing_is_written(
    office: Path, tmp_path: Path
) -> None:
    rows = [
        "Saksnr.;Ordning;År;Mottaker;Org.nr.;Type;Fylke;UH;Tiltak;Utbetalingsår;Beløp",
        "TF-2022/050;regional;2022;Sjøby kommune;936671276;kommune;Troms;uit;Språk;2022;500 000",
        "TF-2022/051;regional;2022;Sjøby kommune;936671276;kommune;Troms og Finnmark;uit;Lek;2022;tolv",
    ]
    sheet = write(tmp_path / "vedtak.csv", "\n".join(rows) + "\n")
    mapping = write(tmp_path / "oppsett.toml", LONG_MAPPING)
    before = history(office)
    code, output = invoke("import", str(sheet), "--mapping", str(mapping), "--root", str(office))
    assert code == 1
    assert problem_line(sheet, "rad 3, Beløp", "import-verdi-ugyldig") + " «tolv»" in output
    assert output.endswith("Importen feilet: 1 feil. Ingenting er skrevet.\n")
    sheet.write_text("\n".join(rows[:2]) + "\n" + rows[1] + "\n", encoding="utf-8")
    code, output = invoke("import", str(sheet), "--mapping", str(mapping), "--root", str(office))
    assert code == 1
    assert (
        problem_line(sheet, "rad 2, Fylke", "historikk-fylke-ugyldig")
        + " «Troms» var ikke et fylke i 2022"
        in output
    )
    assert (
        problem_line(sheet, "rad 3", "import-rad-dobbel")
        + " Saken TF-2022/050 har utbetalingsåret 2022 også i rad 2"
        in output
    )
    assert history(office) == before


def test_a_mapping_that_names_a_missing_column_or_nothing_usable(
    office: Path, tmp_path: Path
) -> None:
    sheet = write(tmp_path / "vedtak.csv", "Saksnr.,Ordning\nTF-1,regional\n")
    mapping = write(tmp_path / "oppsett.toml", LONG_MAPPING)
    code, output = invoke("import", str(sheet), "--mapping", str(mapping), "--root", str(office))
    assert code == 1
    assert (
        problem_line(sheet, "rad 1", "import-kolonne-mangler")
        + " Regnearket har ingen kolonne «År»"
        in output
    )
    broken = write(tmp_path / "feil.toml", "[kolonner]\nsaksnummer = 'Saksnr.'\nukjent = 'x'\n")
    code, output = invoke("import", str(sheet), "--mapping", str(broken), "--root", str(office))
    assert code == 1
    assert (
        problem_line(broken, "", "import-oppsett-ugyldig")
        + " [kolonner] mangler kolonnen for: ordning"
        in output
    )
    assert "Ukjente kolonner i [kolonner]: ukjent." in output
    code, output = invoke(
        "import", str(tmp_path / "oppsett.toml"), "--mapping", str(mapping), "--root", str(office)
    )
    assert code == 2 and output.startswith("kompetanse: oppsett.toml er verken et regneark")
