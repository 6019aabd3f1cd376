"""End to end after the vedtak: a rapport and a søknad om tilretteleggingsmidler are each filled in
on the real form in Chromium and sent to the real receiver (``kompetanse serve`` on loopback,
serving the built site). Each arrives as a branch with one file, passes ``kompetanse validate``,
shows in ``kompetanse review``, and after the branch is merged ``kompetanse publish`` counts it in
the published aggregate. The employees' names never leave the file."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.browser import RequestLog, describe_violations
from tests.support.cli import git, invoke
from tests.support.form import active_id, axe_violations, clean_page, field_error
from tests.support.receiver import Receiver, running_receiver, seed_remote, wait_for_branches

MELDING = "bm-2025-a0250002"
CONTACT = ("Kari Rapportør", "kari.rapportor@example.no", "99887766")
STUDENTS = ("Aina Studentsen", "Bjørn Deltidsen")
SECRETS = (*CONTACT, *STUDENTS)
# The theme's header fades its title in when the page scrolls; axe measures after the fade.
SETTLED = "() => document.getAnimations().every((a) => a.playState !== 'running')"


@pytest.fixture(scope="module")
def receiver_and_remote(
    tmp_path_factory: pytest.TempPathFactory, built_site: Path
) -> Iterator[tuple[Receiver, Path]]:
    """The real receiver serving the built site and the API on one loopback origin."""
    folder = tmp_path_factory.mktemp("etter-vedtak")
    remote = seed_remote(folder)
    with running_receiver(folder / "mottak", remote, static_dir=str(built_site)) as receiver:
        yield receiver, remote


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#dokument-skjema")


def fill(page: Page, values: dict[str, str]) -> None:
    for field, value in values.items():
        page.fill(f"#{field}", value)


def fill_contact_and_confirm(page: Page) -> None:
    fill(
        page,
        dict(
            zip(
                ("f-kontaktperson-navn", "f-kontaktperson-epost", "f-kontaktperson-telefon"),
                CONTACT,
                strict=True,
            )
        ),
    )
    page.check("#f-bekreftelser-opplysningene_er_riktige")


def send_and_wait_for_receipt(page: Page) -> str:
    page.click("#send-knapp")
    page.wait_for_selector("#kvittering-id")
    expect(page.locator("#kvittering")).to_be_focused()
    return page.inner_text("#kvittering-id")


def arrived(remote: Path, branch: str, prefix: str) -> list[str]:
    """The files the branch adds to main on the remote."""
    assert branch in wait_for_branches(remote, {branch}, prefix=prefix)
    changed = git(
        remote.parent, "--git-dir", str(remote), "diff", "--name-only", f"main...{branch}"
    )
    return changed.split()


def checkout(remote: Path, target: Path, branch: str) -> Path:
    subprocess.run(["git", "clone", "-q", str(remote), str(target)], check=True)
    git(target, "checkout", "-q", branch)
    return target


def merge_and_publish(clone: Path, branch: str) -> None:
    git(clone, "checkout", "-q", "main")
    git(clone, "merge", "-q", "--no-ff", "-m", f"Flett {branch}", branch)
    code, output = invoke("publish", "--root", str(clone))
    assert code == 0, output


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def fill_rapport(page: Page, ikke_brukt: str) -> None:
    fill(page, {"f-behovsmelding_id": MELDING, "f-aar": "2025"})
    expect(page.locator("#dokument-veiledning")).to_contain_text("350\u00a0000\u00a0kr")
    fill(
        page,
        {
            "f-eier-navn": "Stiftelsen Bjørkely friskole",
            "f-eier-organisasjonsnummer": "819 935 181",
        },
    )
    fill(
        page,
        {
            "f-brukt-eier_andel": "180 000",
            "f-brukt-uh_andel": "150000",
            "f-brukt-koordinator_andel": "0",
        },
    )
    expect(page.locator("#dokument-veiledning")).to_contain_text(
        "Innvilget minus brukt: 20\u00a0000\u00a0kr"
    )
    fill(page, {"f-ikke_brukt": ikke_brukt})
    page.check("#f-egenandel_brukt-valgt")
    fill(page, {"f-egenandel_brukt-belop": "60 000"})
    page.check("#f-egenandel_brukt-form-1")
    fill(
        page,
        {
            "f-gjennomfort": "Lærerne har prøvd ut lesestrategier i alle fag og hatt fire samlinger.",
            "f-deltakere-antall": "24",
            "f-deltakere-hvem": "Alle lærere og ledere ved skolen",
            "f-laering": "Vi har fått felles begreper om lesing som vi tar med videre.",
        },
    )
    fill_contact_and_confirm(page)


def test_a_rapport_sent_on_the_form_is_validated_reviewed_and_counted_after_the_merge(
    browser: Browser, receiver_and_remote: tuple[Receiver, Path], tmp_path: Path
) -> None:
    receiver, remote = receiver_and_remote
    with clean_page(browser) as page, RequestLog(page, receiver.url) as log:
        open_page(page, f"{receiver.url}/rapportering/send-rapport/")
        fill_rapport(page, ikke_brukt="0")
        page.click("#send-knapp")
        expect(page.locator("#feiloppsummering")).to_be_focused()
        assert "minus brukt" in field_error(page, "f-ikke_brukt")
        assert page.get_attribute("#f-ikke_brukt", "aria-invalid") == "true"
        fill(page, {"f-ikke_brukt": "20 000"})
        rapport_id = send_and_wait_for_receipt(page)
        assert log.foreign == []
        assert [e for e in log.console_errors if "status of 422" not in e] == []
    relpath = f"submissions/rapporter/2025/{rapport_id}.json"
    assert arrived(remote, f"rapport/{rapport_id}", "rapport/") == [relpath]
    clone = checkout(remote, tmp_path / "klon", f"rapport/{rapport_id}")
    stored = json.loads((clone / relpath).read_text(encoding="utf-8"))
    assert stored["brukt"] == {"eier_andel": 180_000, "uh_andel": 150_000, "koordinator_andel": 0}
    assert invoke("validate", "--root", str(clone), "--changed-since", "origin/main")[0] == 0
    code, report = invoke("review", "--base", "origin/main", "--root", str(clone))
    assert (
        code == 0 and f"`{relpath}` (rapporten), ny" in report and "klar til behandling" in report
    )
    assert not any(secret in report for secret in CONTACT)
    merge_and_publish(clone, f"rapport/{rapport_id}")
    rows = read_csv(clone / "docs/rapportering/resultat/rapportering.csv")
    line = next(r for r in rows if r["aar"] == "2025" and r["ordning"] == "desentralisert")
    assert (line["rapporter"], line["brukt"], line["ikke_brukt"]) == ("1", "330000", "20000")


def fill_soknad(page: Page) -> None:
    fill(page, {"f-aar": "2025"})
    expect(page.locator("#dokument-veiledning")).to_contain_text("45\u00a0000\u00a0kr")
    fill(
        page,
        {
            "f-soker-navn": "Stiftelsen Solsikken barnehager",
            "f-soker-organisasjonsnummer": "979754329",
        },
    )
    page.check("#f-soker-eiertype-2")
    page.check("#f-soker-rolle-1")
    fill(page, {"f-barnehage-navn": "Solsikken barnehage"})
    for index, name in enumerate(STUDENTS):
        if index:
            page.click("#f-studenter-legg-til")
        prefix = f"f-studenter-{index}"
        fill(
            page,
            {f"{prefix}-navn": name, f"{prefix}-studieprogram": "Barnehagelærerutdanning, deltid"},
        )
        page.select_option(f"#{prefix}-uh_id", "oslomet")
        fill(page, {f"{prefix}-stillingsprosent": "80", f"{prefix}-studiepoeng": "30"})
        page.check(f"#{prefix}-fast_ansatt")
    fill_contact_and_confirm(page)


def test_a_søknad_sent_on_the_form_arrives_without_names_anywhere_but_the_file(
    browser: Browser, receiver_and_remote: tuple[Receiver, Path], tmp_path: Path
) -> None:
    receiver, remote = receiver_and_remote
    with clean_page(browser) as page:
        open_page(page, f"{receiver.url}/tilrettelegging/soknad/")
        fill_soknad(page)
        soknad_id = send_and_wait_for_receipt(page)
        assert not any(name in page.inner_text("#kvittering") for name in STUDENTS)
    branch = f"tilretteleggingssoknad/{soknad_id}"
    relpath = f"submissions/tilrettelegging/2025/{soknad_id}.json"
    assert arrived(remote, branch, "tilretteleggingssoknad/") == [relpath]
    clone = checkout(remote, tmp_path / "klon", branch)
    assert [s["navn"] for s in json.loads((clone / relpath).read_text())["studenter"]] == list(
        STUDENTS
    )
    assert invoke("validate", "--root", str(clone), "--changed-since", "origin/main")[0] == 0
    code, report = invoke("review", "--base", "origin/main", "--root", str(clone))
    assert code == 0 and f"`{relpath}` (søknaden om tilretteleggingsmidler), ny" in report
    merge_and_publish(clone, branch)
    rows = read_csv(clone / "docs/tilrettelegging/tildeling/tildeling.csv")
    assert [(r["organisasjonsnummer"], r["studenter"], r["sokt"], r["tildelt"]) for r in rows] == [
        ("979754329", "2", "90000", "90000")
    ]
    commits = git(clone, "log", "--all", "--format=%s%n%b")
    published = [
        p.read_text(encoding="utf-8")
        for p in (clone / "docs").rglob("*")
        if p.is_file() and p.suffix in (".md", ".csv")
    ]
    for text in (report, commits, branch, receiver.log.read_text(encoding="utf-8"), *published):
        assert not any(secret in text for secret in SECRETS)


@pytest.mark.parametrize("path", ["/rapportering/send-rapport/", "/tilrettelegging/soknad/"])
def test_the_forms_have_no_axe_violations_empty_and_with_errors(
    browser: Browser, site_url: str, path: str
) -> None:
    with clean_page(browser, axe=True) as page:
        open_page(page, site_url + path)
        assert axe_violations(page) == []
        page.click("#send-knapp")
        expect(page.locator("#feiloppsummering")).to_be_focused()
        page.wait_for_function(SETTLED)
        violations = axe_violations(page)
        assert violations == [], describe_violations(violations)
        first = page.locator("#feiloppsummering a").first
        target = (first.get_attribute("href") or "").removeprefix("#")
        first.click()
        assert active_id(page) == target
