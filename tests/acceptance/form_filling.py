"""A whole desentralisert behovsmelding typed into the form with the keyboard only."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

from tests.support.form import (
    check_box,
    choose_option,
    choose_radio,
    press_button,
    tab_to,
    type_into,
)

WRONG_ORGNR = "123 456 789"
OWNER_ORGNR = "964 947 082"
SCHOOL_ORGNR = "974760673"
TOO_SMALL_EGENANDEL = "100000"
ENOUGH_EGENANDEL = "120000"


def fill_start(page: Page) -> None:
    """Ordning desentralisert, year 2027, two years."""
    choose_radio(page, "f-ordning", 1)
    type_into(page, "f-aar", "2027")
    choose_radio(page, "f-periode_aar", 1)


def fill_owner(page: Page, orgnr: str = WRONG_ORGNR, fylke: str = "Østfold") -> None:
    """The reporting owner."""
    type_into(page, "f-eier-navn", "Fredrikstad kommune")
    type_into(page, "f-eier-organisasjonsnummer", orgnr)
    choose_radio(page, "f-eier-eiertype", 0)
    choose_option(page, "f-eier-fylke", fylke)


def fill_units(page: Page, school: str = "Grunnskole") -> None:
    """Two participating schools: the second added with the 'Legg til enhet' button
    (``school`` is the label of the unit type in the page's målform)."""
    type_into(page, "f-enheter-0-navn", "Cicignon skole")
    choose_option(page, "f-enheter-0-enhetstype", school)
    type_into(page, "f-enheter-0-organisasjonsnummer", SCHOOL_ORGNR)
    type_into(page, "f-enheter-0-antall_ansatte", "45")
    press_button(page, "f-enheter-legg-til")
    assert page.evaluate("() => document.activeElement.id") == "f-enheter-1-navn"
    page.keyboard.type("Gressvik ungdomsskole")
    choose_option(page, "f-enheter-1-enhetstype", school)


def fill_partner_and_need(page: Page) -> None:
    """UH partner from the register, the local need and the measure."""
    choose_option(page, "f-uh_partner-uh_id", "Høgskolen i Østfold")
    type_into(page, "f-uh_partner-fagmiljo", "Fakultet for lærerutdanning")
    type_into(
        page,
        "f-behov-beskrivelse",
        "Lærerne ønsker å bli tryggere i lesing som grunnleggende ferdighet i alle fag.",
    )
    type_into(
        page,
        "f-behov-involvering",
        "Alle ansatte har drøftet behovet i fellestid, og tillitsvalgte har vært med.",
    )
    type_into(
        page,
        "f-behov-dialog_med_uh",
        "Høgskolen har vært med på to møter og har foreslått opplegget sammen med oss.",
    )
    type_into(page, "f-tiltak-tittel", "Lesing i alle fag")
    type_into(
        page,
        "f-tiltak-beskrivelse",
        "Felles samlinger, utprøving i klasserommet og veiledning fra høgskolen.",
    )
    type_into(page, "f-tiltak-maalgruppe", "Alle lærere og ledere ved skolene")
    type_into(page, "f-tiltak-antall_deltakere", "70")
    check_box(page, "f-tiltak-kollektivt")


def fill_budget(page: Page, egenandel: str = TOO_SMALL_EGENANDEL) -> None:
    """Two budget years and the egenandel."""
    type_into(page, "f-budsjett-0-eier_andel", "200 000")
    type_into(page, "f-budsjett-0-uh_andel", "150000")
    type_into(page, "f-budsjett-0-koordinator_andel", "10000")
    type_into(page, "f-budsjett-1-eier_andel", "180000")
    type_into(page, "f-budsjett-1-uh_andel", "120000")
    type_into(page, "f-budsjett-1-koordinator_andel", "0")
    type_into(page, "f-egenandel-belop", egenandel)
    choose_radio(page, "f-egenandel-form", 1)


def fill_contact(page: Page) -> None:
    """Contact person and the two confirmations."""
    type_into(page, "f-kontaktperson-navn", "Kari Nordmann")
    type_into(page, "f-kontaktperson-epost", "kari.nordmann@example.no")
    type_into(page, "f-kontaktperson-telefon", "+47 69 30 60 00")
    check_box(page, "f-bekreftelser-ansatte_involvert")
    check_box(page, "f-bekreftelser-uh_har_sett_behovsmeldingen")


def fill_everything(
    page: Page, orgnr: str = WRONG_ORGNR, egenandel: str = TOO_SMALL_EGENANDEL
) -> None:
    """The whole form, top to bottom, with the keyboard."""
    page.focus("body")
    fill_start(page)
    fill_owner(page, orgnr)
    fill_units(page)
    fill_partner_and_need(page)
    fill_budget(page, egenandel)
    fill_contact(page)
    tab_to(page, "send-knapp")


EXPECTED: dict[str, Any] = {
    "schema_version": "1",
    "maalform": "nb",
    "ordning": "desentralisert",
    "aar": 2027,
    "periode_aar": 2,
    "eier": {
        "navn": "Fredrikstad kommune",
        "organisasjonsnummer": OWNER_ORGNR,
        "eiertype": "kommune",
        "fylke": "Østfold",
    },
    "nettverk": [],
    "enheter": [
        {
            "navn": "Cicignon skole",
            "enhetstype": "grunnskole",
            "organisasjonsnummer": SCHOOL_ORGNR,
            "antall_ansatte": 45,
        },
        {"navn": "Gressvik ungdomsskole", "enhetstype": "grunnskole"},
    ],
    "uh_partner": {"uh_id": "hiof", "fagmiljo": "Fakultet for lærerutdanning"},
    "behov": {
        "beskrivelse": "Lærerne ønsker å bli tryggere i lesing som grunnleggende ferdighet i alle fag.",
        "involvering": "Alle ansatte har drøftet behovet i fellestid, og tillitsvalgte har vært med.",
        "dialog_med_uh": "Høgskolen har vært med på to møter og har foreslått opplegget sammen med oss.",
    },
    "tiltak": {
        "tittel": "Lesing i alle fag",
        "beskrivelse": "Felles samlinger, utprøving i klasserommet og veiledning fra høgskolen.",
        "maalgruppe": "Alle lærere og ledere ved skolene",
        "antall_deltakere": 70,
        "kollektivt": True,
    },
    "budsjett": [
        {
            "aar": 2027,
            "eier_andel": 200000,
            "uh_andel": 150000,
            "koordinator_andel": 10000,
            "sum": 360000,
        },
        {
            "aar": 2028,
            "eier_andel": 180000,
            "uh_andel": 120000,
            "koordinator_andel": 0,
            "sum": 300000,
        },
    ],
    "egenandel": {"belop": int(ENOUGH_EGENANDEL), "form": "lonn_frikjop"},
    "kontaktperson": {
        "navn": "Kari Nordmann",
        "epost": "kari.nordmann@example.no",
        "telefon": "+47 69 30 60 00",
    },
    "bekreftelser": {"ansatte_involvert": True, "uh_har_sett_behovsmeldingen": True},
}
