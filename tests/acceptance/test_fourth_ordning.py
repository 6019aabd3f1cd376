"""A fourth ordning added by editing data rows only: validate, allocate, propose, publish and
the form all take it up, and its egenandel follows the register (once without, once with)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser

from kompetanse.cli import main
from tests.support.form import form_page
from tests.support.fourth_ordning import (
    EIER_ANDEL,
    KORTNAVN,
    MINIMUM_EGENANDEL,
    NAVN,
    RAMME,
    SLUG,
    UH_ANDEL,
    FourthOrdning,
    add_fourth_ordning,
    append_rows,
    read_rows,
    write_melding,
)
from tests.support.office import copy_site_sources
from tests.support.servers import serve_directory

NBSP = "\u00a0"
SET_ASIDE = RAMME // 10
REQUESTED = EIER_ANDEL + UH_ANDEL


@pytest.fixture(params=[False, True], ids=["uten-egenandel", "med-egenandel"])
def fourth(request: pytest.FixtureRequest, copy_of_project: Path) -> FourthOrdning:
    """A copy of the project with a fourth ordning and one behovsmelding in it."""
    return add_fourth_ordning(copy_of_project, bool(request.param))


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--root", str(root)])
    return result.exit_code, result.output


def kr(amount: int) -> str:
    return f"{amount:,}".replace(",", NBSP) + f"{NBSP}kr"


def codes_for(fourth: FourthOrdning, change: dict, suffix: str) -> set[str]:
    """The problem codes of a variant of the new ordning's melding, checked on its own."""
    doc = json.loads(fourth.melding_path.read_text(encoding="utf-8"))
    doc = {key: value for key, value in (doc | change).items() if value is not None}
    doc["id"] = f"bm-{fourth.aar}-{suffix}"
    path = write_melding(fourth.root, doc)
    try:
        _, output = invoke(fourth.root, "validate", "-o", "json", str(path))
        return {p["code"] for p in json.loads(output)["problems"]}
    finally:
        path.unlink()


def test_validate_checks_the_fourth_ordning_against_the_register(fourth: FourthOrdning) -> None:
    code, output = invoke(fourth.root, "validate")
    assert code == 0, output
    egenandel = {"belop": MINIMUM_EGENANDEL, "form": "kontant"}
    if fourth.har_egenandel:
        assert codes_for(fourth, {"egenandel": None}, "0000000a") == {"egenandel-mangler"}
        short = {"egenandel": {**egenandel, "belop": MINIMUM_EGENANDEL - 1}}
        assert codes_for(fourth, short, "0000000b") == {"egenandel-under-minimum"}
    else:
        assert codes_for(fourth, {"egenandel": egenandel}, "0000000a") == {"egenandel-ikke-tillatt"}
    barnehage = {"enheter": [{"navn": "Solsikken barnehage", "enhetstype": "barnehage"}]}
    assert codes_for(fourth, barnehage, "0000000c") == {"enhetstype-ikke-tillatt"}
    doc = json.loads(fourth.melding_path.read_text(encoding="utf-8"))
    privat = {"eier": {**doc["eier"], "eiertype": "privat"}}
    assert codes_for(fourth, privat, "0000000d") == {"eiertype-ikke-tillatt"}


def test_allocate_gives_the_fourth_ordning_its_line_and_fylke_column(
    fourth: FourthOrdning,
) -> None:
    code, output = invoke(fourth.root, "allocate", "--year", str(fourth.aar))
    assert code == 0, output
    tildelt = RAMME - SET_ASIDE
    row = next(line for line in output.splitlines() if line.strip().startswith(KORTNAVN))
    figures = [kr(tildelt), kr(0), kr(tildelt), kr(REQUESTED), kr(0), kr(tildelt)]
    assert re.split(r"\s{2,}", row.strip()) == [KORTNAVN, *figures]
    folder = fourth.root / "docs/fordeling" / str(fourth.aar)
    _, lines = read_rows(folder / "ordninger.csv")
    assert [r["ordning"] for r in lines][-2:] == [SLUG, "totalt"]
    mine = lines[-2]
    assert (mine["ordning_navn"], mine["ramme_fra_udir"]) == (KORTNAVN, str(RAMME))
    assert mine["tilretteleggingsmidler"] == str(SET_ASIDE)
    header, fylker = read_rows(folder / "fylker.csv")
    assert len(header) == 6 and header[-2:] == [SLUG, "totalt"]
    assert fylker[-1][SLUG] == "1"
    page = (folder / "index.md").read_text(encoding="utf-8")
    assert f"| {KORTNAVN} \\* | {kr(tildelt)} |" in page
    assert f"etter at {kr(SET_ASIDE)} av rammen på {kr(RAMME)} er satt av" in page.lower()
    fylke_header = next(line for line in page.splitlines() if line.startswith("| Fylke |"))
    assert fylke_header.endswith(f"| {KORTNAVN} | Totalt |") and fylke_header.count("|") == 7


def grant_the_proposal(root: Path, melding_id: str) -> None:
    """Copy the draft's rows for one melding into vedtak.csv, as the caseworker does."""
    _, proposal = read_rows(root / "data/vedtak_forslag.csv")
    header, _ = read_rows(root / "data/vedtak.csv")
    rows = [
        {key: r[key] for key in header} for r in proposal if r["behovsmelding_id"] == melding_id
    ]
    append_rows(root / "data/vedtak.csv", rows)


def test_propose_and_publish_pay_the_fourth_ordning_with_egenandel_per_register(
    fourth: FourthOrdning,
) -> None:
    code, output = invoke(fourth.root, "propose", "--year", str(fourth.aar))
    assert code == 0, output
    _, proposal = read_rows(fourth.root / "data/vedtak_forslag.csv")
    mine = [r for r in proposal if r["behovsmelding_id"] == fourth.melding_id]
    assert [(r["eier_andel"], r["uh_andel"]) for r in mine] == [(str(EIER_ANDEL), str(UH_ANDEL))]
    grant_the_proposal(fourth.root, fourth.melding_id)
    assert invoke(fourth.root, "validate")[0] == 0
    code, output = invoke(fourth.root, "publish")
    assert code == 0, output
    folder = fourth.root / "docs/fordeling" / str(fourth.aar)
    _, eiere = read_rows(folder / "eiere.csv")
    row = next(r for r in eiere if r["ordning"] == SLUG)
    assert row["sum"] == str(EIER_ANDEL)
    assert row["egenandel"] == (str(MINIMUM_EGENANDEL) if fourth.har_egenandel else "")
    page = (folder / "index.md").read_text(encoding="utf-8")
    note = next(line for line in page.splitlines() if line.startswith("Eieren får"))
    assert (KORTNAVN in note) is fourth.har_egenandel
    eiere_section = page.split("## Hva hver eier får")[1].split("## Hva hver UH får")[0]
    line = next(line for line in eiere_section.splitlines() if f"| {KORTNAVN} |" in line)
    egenandel = kr(MINIMUM_EGENANDEL) if fourth.har_egenandel else "–"
    assert line.endswith(f"| {kr(EIER_ANDEL)} | {egenandel} |")


def build_site(root: Path, target: Path) -> Path:
    """``mkdocs build --strict`` in the copy (never -q)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    env = {**os.environ, "KOMPETANSE_MOTTAK_URL": "/api/behovsmeldinger"}
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, (
        f"mkdocs build --strict feilet:\n{result.stdout}\n{result.stderr}"
    )
    return target


def test_the_form_offers_the_fourth_ordning_and_asks_for_egenandel_per_register(
    fourth: FourthOrdning, browser: Browser, tmp_path: Path
) -> None:
    copy_site_sources(fourth.root)
    published = CliRunner().invoke(main, ["publish", "--root", str(fourth.root)])
    assert published.exit_code == 0, published.output
    site = build_site(fourth.root, tmp_path / "site")
    with serve_directory(site) as url, form_page(browser, url) as page:
        labels = page.eval_on_selector_all(
            "[name='$.ordning'] + label", "(labels) => labels.map((l) => l.textContent)"
        )
        assert len(labels) == 4 and labels[-1] == NAVN
        page.check("#f-ordning-3")
        assert (page.locator("#f-egenandel").count() == 1) is fourth.har_egenandel
        assert ("Minste egenandel" in page.inner_text("#utregning")) is fourth.har_egenandel
        options = page.eval_on_selector(
            "#f-enheter-0-enhetstype", "(s) => [...s.options].slice(1).map((o) => o.value)"
        )
        assert options == ["pp_tjeneste", "annen_tjeneste"]
        assert page.locator("[name='$.eier.eiertype']").count() == 2
        page.check("#f-ordning-0")
        assert page.locator("[name='$.eier.eiertype']").count() == 3
