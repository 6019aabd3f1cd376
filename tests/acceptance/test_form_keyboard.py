"""The form can be used with the keyboard alone."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from tests.support.form import (
    active_id,
    clean_page,
    form_page,
    open_form,
    press_button,
    shift_tab_to,
    type_into,
)

FOCUSABLE = """() => [...document.querySelectorAll(
  '#skjema-app input:not([tabindex="-1"]), #skjema-app select, #skjema-app textarea, #skjema-app button'
)].filter((el) => el.offsetParent !== null && !el.disabled).map((el) => el.id)"""


def tab_through(page: Page, presses: int) -> list[str]:
    """The ids that receive focus while pressing Tab."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        seen.append(active_id(page))
    return seen


def radio_groups_reached(expected: list[str], seen: list[str]) -> set[str]:
    """Controls that were not reached, counting a radio group as reached through any of its radios."""
    missing = set()
    for control in expected:
        group = control.rsplit("-", 1)[0]
        if control not in seen and not any(
            s.rsplit("-", 1)[0] == group and s[len(group) + 1 :].isdigit() for s in seen
        ):
            missing.add(control)
    return missing


def test_tab_reaches_every_control_in_page_order(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        expected = page.evaluate(FOCUSABLE)
        page.focus("body")
        seen = tab_through(page, len(expected) + 40)
    assert radio_groups_reached(expected, seen) == set()
    reached = [control for control in seen if control in expected]
    first_seen = list(dict.fromkeys(reached))
    assert first_seen == [c for c in expected if c in first_seen], (
        "tabrekkefølgen følger ikke siden"
    )
    assert "nettside" not in seen, "honningkrukken skal ikke kunne nås med Tab"


def test_adding_and_removing_a_unit_moves_focus_sensibly(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        press_button(page, "f-enheter-legg-til")
        assert active_id(page) == "f-enheter-1-navn"
        page.keyboard.type("Andre enhet")
        assert page.inner_text("#f-enheter-1 legend") == "Enhet 2"
        press_button(page, "f-enheter-legg-til")
        assert active_id(page) == "f-enheter-2-navn"
        page.keyboard.type("Tredje enhet")
        shift_tab_to(page, "f-enheter-1-fjern")
        assert page.inner_text("#f-enheter-1-fjern") == "Fjern enhet 2"
        page.keyboard.press("Enter")
        assert active_id(page) == "f-enheter-legg-til"
        names = [page.input_value(f"#f-enheter-{i}-navn") for i in range(2)]
        assert names == ["", "Tredje enhet"]
        assert page.locator("#f-enheter-2-navn").count() == 0


def test_summary_links_take_focus_to_the_field(browser: Browser, site_url: str) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        type_into(page, "f-eier-organisasjonsnummer", "12")
        press_button(page, "send-knapp")
        assert active_id(page) == "feiloppsummering"
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert active_id(page) == "f-ordning-0"
        link = page.locator("#feiloppsummering a", has_text="«12»")
        link.focus()
        page.keyboard.press("Enter")
        assert active_id(page) == "f-eier-organisasjonsnummer"


def test_summary_names_the_repeated_group_each_problem_belongs_to(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        press_button(page, "f-nettverk-legg-til")
        page.keyboard.type("Råde kommune")
        press_button(page, "f-nettverk-legg-til")
        page.keyboard.type("Vestby kommune")
        press_button(page, "send-knapp")
        assert active_id(page) == "feiloppsummering"
        links = page.locator("#feiloppsummering a", has_text="«Type eier» mangler.")
        texts = [text.strip() for text in links.all_inner_texts()]
        assert texts == [
            "«Type eier» mangler.",
            "Eier i nettverket 1: «Type eier» mangler.",
            "Eier i nettverket 2: «Type eier» mangler.",
        ]
        budget = page.locator("#feiloppsummering a", has_text="«Eierens andel (kroner)» mangler.")
        assert budget.inner_text().startswith("Budsjettår ")


def test_a_phone_number_written_with_spaces_the_usual_way_is_accepted(
    browser: Browser, site_url: str
) -> None:
    with form_page(browser, site_url) as page:
        page.focus("body")
        type_into(page, "f-kontaktperson-telefon", "912 34 567")
        press_button(page, "send-knapp")
        assert active_id(page) == "feiloppsummering"
        assert page.is_hidden("#f-kontaktperson-telefon-feil")
        type_into(page, "f-kontaktperson-telefon", "+47 912 34 567")
        press_button(page, "send-knapp")
        assert page.is_hidden("#f-kontaktperson-telefon-feil")
        type_into(page, "f-kontaktperson-telefon", "912 34 56")
        press_button(page, "send-knapp")
        assert "har feil form" in page.inner_text("#f-kontaktperson-telefon-feil")


def test_the_summary_heading_is_in_view_after_send_on_a_phone(
    browser: Browser, site_url: str
) -> None:
    with clean_page(browser) as page:
        page.set_viewport_size({"width": 390, "height": 844})
        open_form(page, site_url)
        page.focus("body")
        press_button(page, "send-knapp")
        assert active_id(page) == "feiloppsummering"
        page.wait_for_function(
            """() => {
              const heading = document.querySelector('#feiloppsummering h2').getBoundingClientRect();
              const header = document.querySelector('.md-header').getBoundingClientRect();
              return heading.top >= header.bottom && heading.bottom <= window.innerHeight;
            }""",
            timeout=3000,
        )
