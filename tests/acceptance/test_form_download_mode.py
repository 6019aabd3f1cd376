"""Without a receiver (``extra.mottak.url`` empty) the form checks the melding and downloads it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Download, expect

from kompetanse.cli import main
from tests.support.browser import RequestLog
from tests.support.form import (
    active_id,
    build_site,
    clean_page,
    form_page,
    open_form,
    press_button,
)
from tests.support.servers import serve_directory

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests/examples/valid/desentralisert-minimal.json"


@pytest.fixture(scope="module")
def offline_site_url(
    fixture_project: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The site built with no receiver configured, served on loopback."""
    target = tmp_path_factory.mktemp("site-uten-mottak")
    site = build_site(fixture_project, target, receiver_url="")
    with serve_directory(site) as url:
        yield url


def test_send_becomes_download_with_a_guide(browser: Browser, offline_site_url: str) -> None:
    with form_page(browser, offline_site_url) as page:
        assert page.inner_text("#send-knapp") == "Last ned behovsmeldingen"
        guide = page.inner_text("#innsending-veiledning")
        assert "pull request" in guide
        assert "last opp filen uten å endre navnet" in guide
        year = page.input_value("#f-aar")
        assert year.isdigit()
        assert page.inner_text("#veiledning-mappe") == f"submissions/{year}/<ordning>/"
        page.check("#f-ordning-1")
        assert page.inner_text("#veiledning-mappe") == f"submissions/{year}/desentralisert/"


def test_a_melding_with_errors_is_not_downloaded(browser: Browser, offline_site_url: str) -> None:
    with form_page(browser, offline_site_url) as page:
        downloads: list[Download] = []

        def note(download: Download) -> None:
            downloads.append(download)

        page.on("download", note)
        try:
            page.focus("body")
            press_button(page, "send-knapp")
            assert active_id(page) == "feiloppsummering"
        finally:
            page.remove_listener("download", note)
        assert downloads == []


def test_a_valid_melding_is_downloaded_with_a_system_id_and_nothing_is_posted(
    browser: Browser, offline_site_url: str, copy_of_project: Path
) -> None:
    with clean_page(browser) as page, RequestLog(page, offline_site_url) as log:
        open_form(page, offline_site_url)
        page.set_input_files("#hent-fil", str(EXAMPLE))
        expect(page.locator("#skjema-status")).to_contain_text("er hentet inn")
        with page.expect_download() as download:
            press_button(page, "send-knapp")
        content = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        name = download.value.suggested_filename
        assert re.fullmatch(r"bm-2025-[0-9a-f]{8}\.json", name)
        assert "Følg veiledningen" in page.inner_text("#skjema-status")
        assert page.inner_text("#veiledning-mappe") == "submissions/2025/desentralisert/"
        assert log.posted == []
        assert log.console_errors == []
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert content == {**example, "id": name.removesuffix(".json"), "maalform": "nb"}
    assert list(content)[:2] == ["schema_version", "id"]
    uploaded = copy_of_project / "submissions/2025/desentralisert" / name
    uploaded.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    checked = CliRunner().invoke(main, ["validate", "--root", str(copy_of_project), str(uploaded)])
    assert checked.exit_code == 0, checked.output
