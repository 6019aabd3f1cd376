"""The public site's data markers and the Markdown they become."""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kompetanse.repository.site_data import SiteData, UhKontakt, load_site_data
from kompetanse.site import data_markdown


@pytest.fixture(scope="module")
def data(fixture_office: Path) -> SiteData:
    """The fixture office's data."""
    return load_site_data(fixture_office)


@pytest.fixture(scope="module")
def hook(project_root: Path, data: SiteData) -> ModuleType:
    """The hook module, loaded the way MkDocs loads hooks, with the fixture office's data."""
    path = project_root / "scripts" / "kompetanse" / "site" / "public_site.py"
    spec = importlib.util.spec_from_file_location("public_site_hook", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.STATE.data = data
    module.STATE.docs_dir = project_root / "docs"
    return module


def test_contacts_come_from_data_with_links(data: SiteData) -> None:
    text = data_markdown.contact_cards(data)
    for kontakt in data.kontakter:
        assert kontakt.navn in text
        assert f"mailto:{kontakt.epost}" in text
    assert "Hjelp med det digitale systemet" in text


def test_empty_uh_contacts_point_to_the_overview_and_the_institutions(data: SiteData) -> None:
    assert not data.uh_kontakter
    text = data_markdown.uh_sections(data)
    assert "lenker-og-dokumenter.md#dokumenter" in text
    assert "Kontaktpersoner:" not in text
    assert "https://www.oslomet.no" in text
    assert "(ved Universitetet i Stavanger)" in text
    for heading in ("## Universiteter", "## Høyskoler", "## Nasjonale sentre"):
        assert heading in text


def test_uh_contacts_are_shown_when_data_has_them(data: SiteData) -> None:
    person = UhKontakt("oslomet", "regional", "Kari Nordmann", None, None)
    text = data_markdown.uh_sections(dataclasses.replace(data, uh_kontakter=(person,)))
    assert "Kontaktpersoner: Kari Nordmann" in text
    assert "lenker-og-dokumenter.md#dokumenter" not in text


def test_markers_are_filled(hook: ModuleType, data: SiteData) -> None:
    text = hook.render_markers(
        "<!-- kompetanse:embete --> <!-- kompetanse:egenandel-sats -->", "index.md"
    )
    assert text == f"{data.embete.navn} 30 %"
    regional = hook.render_markers("<!-- kompetanse:kontakt:regional -->", "ordninger/x.md")
    assert "Randi Prøvesen" in regional


def test_an_unknown_marker_is_a_warning(hook: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        text = hook.render_markers("<!-- kompetanse:finnes-ikke -->", "x.md")
    assert text == "<!-- kompetanse:finnes-ikke -->"
    assert "finnes-ikke" in caplog.text


def test_allocation_years_join_the_fordeling_section(hook: ModuleType, tmp_path: Path) -> None:
    for year in ("2024", "2025", "skisse"):
        (tmp_path / "fordeling" / year).mkdir(parents=True)
        (tmp_path / "fordeling" / year / "index.md").write_text("# x\n")
    nav: list[dict[str, Any]] = [{"Forside": "index.md"}, {"Fordeling": ["fordeling/index.md"]}]
    hook.add_year_pages(nav, tmp_path)
    hook.add_year_pages(nav, tmp_path)
    assert nav[1]["Fordeling"] == [
        "fordeling/index.md",
        {"Fordeling 2025": "fordeling/2025/index.md"},
        {"Fordeling 2024": "fordeling/2024/index.md"},
    ]
