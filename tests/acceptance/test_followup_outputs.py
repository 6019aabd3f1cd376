"""What the office gets from the rapporter and the søknader: the published aggregate, the list of
payouts without a rapport, and the share-out of tilretteleggingsmidler with one letter per søknad."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pikepdf

from tests.examples_support import EXAMPLES
from tests.support.cli import invoke

RAPPORT = "submissions/rapporter/2025/rp-2025-0a1b2c3d.json"
SOKNAD = EXAMPLES / "valid/tilretteleggingssoknad-minimal.json"
STUDENTS = ("Aina Studentsen", "Bjørn Deltidsen")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def place_rapport(root: Path) -> None:
    target = root / RAPPORT
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "valid/rapport-minimal.json", target)


def place_soknad(root: Path, suffix: str, **soker: str) -> None:
    document = json.loads(SOKNAD.read_text(encoding="utf-8"))
    document["id"] = f"ts-2025-{suffix}"
    document["soker"] |= soker
    target = root / f"submissions/tilrettelegging/2025/{document['id']}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_the_published_aggregate_counts_valid_rapporter_and_names_no_eier(
    copy_of_project: Path,
) -> None:
    place_rapport(copy_of_project)
    assert invoke("publish", "--root", str(copy_of_project))[0] == 0
    folder = copy_of_project / "docs/rapportering/resultat"
    rows = {(r["aar"], r["ordning"]): r for r in read_csv(folder / "rapportering.csv")}
    line = rows[("2025", "desentralisert")]
    assert (line["utbetalinger"], line["rapporter"], line["innvilget"]) == ("3", "1", "4890000")
    assert (line["brukt"], line["ikke_brukt"]) == ("330000", "20000")
    assert rows[("2024", "regional")]["rapporter"] == "0"
    page = (folder / "index.md").read_text(encoding="utf-8")
    assert "## Utbetalt i 2025" in page and "Bjørkely" not in page and "819935181" not in page


def test_the_office_lists_the_payouts_without_a_rapport(
    copy_of_project: Path, tmp_path: Path
) -> None:
    place_rapport(copy_of_project)
    args = ["reports", "--year", "2025", "--root", str(copy_of_project), "--output", str(tmp_path)]
    code, output = invoke(*args, "--date", "2026-02-01")
    assert code == 0, output
    assert "Rapporteringsfristen 15. januar 2026 er gått ut." in output
    missing = read_csv(tmp_path / "mangler-rapport-2025.csv")
    ids = [row["behovsmelding_id"] for row in missing]
    assert "bm-2025-a0250002" not in ids and "bm-2025-a0250003" in ids
    assert {row["frist"] for row in missing} == {"2026-01-15"}
    haugvik = next(row for row in missing if row["behovsmelding_id"] == "bm-2025-a0250003")
    assert (haugvik["eier"], haugvik["innvilget"]) == ("Haugvik kommune", "1890000")
    assert "er ikke gått ut ennå" in invoke(*args, "--date", "2026-01-15")[1]


def test_tilretteleggingsmidler_are_shared_pro_rata_when_the_søknader_ask_for_more(
    copy_of_project: Path, tmp_path: Path
) -> None:
    letters = tmp_path / "brev"
    place_soknad(copy_of_project, "00000001")
    place_soknad(
        copy_of_project,
        "00000002",
        navn="Haugvik kommune",
        organisasjonsnummer="890937861",
        eiertype="kommune",
    )
    rammer = copy_of_project / "data/rammer.csv"
    rammer.write_text(
        re.sub(r"(2025,regional,[0-9]+),[0-9.]*,", r"\1,,90001", rammer.read_text()),
        encoding="utf-8",
    )
    assert invoke("validate", "--root", str(copy_of_project))[0] == 0
    code, output = invoke(
        "tilrettelegging",
        "--year",
        "2025",
        "--root",
        str(copy_of_project),
        "--output",
        str(letters),
    )
    assert code == 0, output
    assert (
        "satt av 90\u00a0001\u00a0kr, søkt 180\u00a0000\u00a0kr, tildelt 90\u00a0001\u00a0kr"
        in output
    )
    assert invoke("publish", "--root", str(copy_of_project))[0] == 0
    rows = read_csv(copy_of_project / "docs/tilrettelegging/tildeling/tildeling.csv")
    assert sorted((r["eier"], r["sokt"], r["tildelt"]) for r in rows) == [
        ("Haugvik kommune", "90000", "45000"),
        ("Stiftelsen Solsikken barnehager", "90000", "45001"),
    ]
    nynorsk = (letters / "tilrettelegging-ts-2025-00000002.html").read_text(encoding="utf-8")
    bokmaal = (letters / "tilrettelegging-ts-2025-00000001.html").read_text(encoding="utf-8")
    assert (
        '<html lang="nn">' in nynorsk
        and "forholdsmessige del" in nynorsk
        and "45\u00a0000\u00a0kr" in nynorsk
    )
    assert '<html lang="nb">' in bokmaal and "tre uker" in bokmaal
    with pikepdf.open(letters / "tilrettelegging-ts-2025-00000002.pdf") as pdf:
        assert str(pdf.Root.Lang) == "nn" and "2025/26" in str(pdf.docinfo["/Title"])
    written = [p.read_bytes() for p in letters.iterdir()]
    written += [
        p.read_bytes() for p in (copy_of_project / "docs/tilrettelegging").rglob("*") if p.is_file()
    ]
    assert not any(name.encode() in content for name in STUDENTS for content in written)


def test_a_study_year_without_rules_is_one_clear_line(copy_of_project: Path) -> None:
    code, output = invoke("tilrettelegging", "--year", "2030", "--root", str(copy_of_project))
    assert code == 2 and "2030 har ingen regler for tilretteleggingsmidler" in output
