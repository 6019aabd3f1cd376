"""The form page: strict policy, built from the schema, and axe-clean in every state."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Route

from tests.acceptance.form_filling import fill_owner, fill_start
from tests.support.browser import RequestLog, describe_violations
from tests.support.form import (
    FORM_PATH,
    active_id,
    axe_violations,
    clean_page,
    form_page,
    open_form,
    press_button,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas/behovsmelding.schema.json").read_text(encoding="utf-8"))
DATA_BLOCK = re.compile(
    r'(<script type="application/json" id="skjema-data">)(.*?)(</script>)', re.S
)


def policy_of(html: str) -> str:
    """The Content-Security-Policy in the page's meta element."""
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert match, "skjemasiden mangler Content-Security-Policy"
    return match.group(1)


def test_the_page_has_a_strict_policy_before_any_script(built_site: Path) -> None:
    html = (built_site / "meld-behov/index.html").read_text(encoding="utf-8")
    policy = policy_of(html)
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert html.index("Content-Security-Policy") < html.index("<script")


def test_the_form_runs_under_the_policy_without_errors_or_foreign_requests(
    browser: Browser, site_url: str
) -> None:
    with clean_page(browser) as page, RequestLog(page, site_url) as log:
        open_form(page, site_url)
        press_button(page, "send-knapp")
        assert active_id(page) == "feiloppsummering"
        assert "feil som må rettes" in page.inner_text("#feiloppsummering")
        assert log.console_errors == []
        assert log.foreign == []


def leaf_titles(node: dict[str, Any], path: str = "$") -> dict[str, str]:
    """Every visible leaf field's title by its path pattern, read from the schema."""
    node = resolve(node)
    if node.get("type") == "object":
        found: dict[str, str] = {}
        for name, child in node.get("properties", {}).items():
            if path == "$" and name in ("id", "schema_version", "maalform", "innsending"):
                continue
            found |= leaf_titles(child, f"{path}.{name}")
        return found
    if node.get("type") == "array":
        return leaf_titles(node["items"], f"{path}[0]")
    return {path: node["title"]}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """A node with its $ref followed (sibling keywords win)."""
    while "$ref" in node:
        target = SCHEMA
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def shown_titles(page: Page) -> dict[str, str]:
    """Path -> label text of every field the form shows."""
    return dict(
        page.evaluate(
            """() => [...document.querySelectorAll('[data-kind=field], [data-kind=computed]')].map((el) => {
                 const label = el.querySelector('label, legend, .skjema-etikett');
                 return [el.dataset.path, label.textContent.replace(/ \\(valgfritt\\)$/, '')];
               })"""
        )
    )


def test_every_schema_field_is_in_the_form_with_its_title(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.check("#f-ordning-1")
        page.check("#f-supplerende-valgt")
        page.click("#f-nettverk-legg-til")
        shown = shown_titles(page)
    expected = leaf_titles(SCHEMA)
    assert shown == expected
    assert "$.id" not in shown and "$.schema_version" not in shown


def add_field_to_tiltak(route: Route) -> None:
    """Serve the form page with one extra optional field in the schema it is built from."""
    response = route.fetch()
    html = response.text()
    block = DATA_BLOCK.search(html)
    assert block
    data = json.loads(block.group(2))
    data["schema"]["$defs"]["tiltak"]["properties"]["nettside"] = {
        "title": "Nettside om tiltaket",
        "description": "Lenke til en side der dere forteller om tiltaket.",
        "type": "string",
        "maxLength": 300,
    }
    changed = html[: block.start(2)] + json.dumps(data, ensure_ascii=False) + html[block.end(2) :]
    route.fulfill(response=response, body=changed)


def test_a_field_added_to_the_schema_appears_without_changing_the_form(
    browser: Browser, site_url: str
) -> None:
    with clean_page(browser) as page:
        page.route(f"{site_url}{FORM_PATH}", add_field_to_tiltak)
        open_form(page, site_url)
        label = page.inner_text("label[for=f-tiltak-nettside]")
        help_text = page.inner_text("#f-tiltak-nettside-hjelp")
    assert label == "Nettside om tiltaket (valgfritt)"
    assert help_text == "Lenke til en side der dere forteller om tiltaket."


def assert_no_violations(page: Page) -> None:
    """axe-core finds no WCAG 2.1 A/AA violation."""
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def test_axe_finds_nothing_in_the_empty_form(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url, axe=True) as page:
        assert_no_violations(page)


def test_axe_finds_nothing_in_a_half_filled_form(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url, axe=True) as page:
        page.focus("body")
        fill_start(page)
        fill_owner(page)
        press_button(page, "f-enheter-legg-til")
        assert_no_violations(page)


def test_axe_finds_nothing_while_errors_are_shown(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url, axe=True) as page:
        page.focus("body")
        fill_start(page)
        fill_owner(page)
        press_button(page, "send-knapp")
        assert page.is_visible("#f-eier-organisasjonsnummer-feil")
        assert page.is_visible("#f-egenandel-belop-feil")
        assert_no_violations(page)
