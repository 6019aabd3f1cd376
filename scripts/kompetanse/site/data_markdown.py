"""Markdown for the pages that show data: contacts, UH partners, links and documents."""

from __future__ import annotations

from kompetanse.domain.model import Uh
from kompetanse.repository.site_data import Kontakt, SiteData
from kompetanse.text.format import email_link, phone_link
from kompetanse.text.format import format_date_nb as date_nb
from kompetanse.text.inert import markdown_link, markdown_text

UH_TYPE_HEADINGS = (
    ("universitet", "Universiteter"),
    ("hoyskole", "Høyskoler"),
    ("nasjonalt_senter", "Nasjonale sentre"),
)
LINK_CATEGORY_HEADINGS = (
    ("udir", "Utdanningsdirektoratet"),
    ("regelverk", "Regelverk"),
    ("statsforvalteren", "Statsforvalteren"),
    ("uh", "Universiteter og høyskoler"),
    ("annet", "Annet"),
)
NO_UH_CONTACTS = (
    '!!! info "Kontaktpersoner hos UH"\n\n'
    "    Hver institusjon har egne kontaktpersoner for kompetanseordningene. Vi publiserer ikke\n"
    "    navnene her. Du finner dem i oversikten fra Statsforvalteren under\n"
    "    [Lenker og dokumenter](lenker-og-dokumenter.md#dokumenter), eller du kan ta kontakt\n"
    "    med institusjonen direkte gjennom nettsiden nedenfor. Spør gjerne etter fagmiljøet for\n"
    "    barnehage- eller skolebasert kompetanseutvikling."
)


def contact_role(data: SiteData, kontakt: Kontakt) -> str:
    """What a contact person answers for."""
    if kontakt.ordning is not None:
        return markdown_text(data.ordning_navn(kontakt.ordning))
    return "Hjelp med det digitale systemet"


def contact_card(data: SiteData, kontakt: Kontakt) -> str:
    """One contact as a card: what they answer for, name, e-mail and phone."""
    return (
        f"-   **{contact_role(data, kontakt)}**\n\n"
        f"    {markdown_text(kontakt.navn)}  \n"
        f"    E-post: {email_link(kontakt.epost)}  \n"
        f"    Telefon: {phone_link(kontakt.telefon)}\n"
    )


def contact_cards(data: SiteData) -> str:
    """Every contact at Statsforvalteren as a grid of cards (readable on a phone too)."""
    cards = "\n".join(contact_card(data, kontakt) for kontakt in data.kontakter)
    return f'<div class="grid cards kontakter" markdown>\n\n{cards}\n</div>'


def contact_for_ordning(data: SiteData, ordning: str) -> str:
    """A short contact line for one ordning's page."""
    people = [k for k in data.kontakter if k.ordning == ordning]
    if not people:
        return f"Kontakt {markdown_text(data.embete.navn)} gjennom [kontaktsiden](../kontakt/index.md)."
    lines = [
        f"- **{markdown_text(k.navn)}**, {email_link(k.epost)}, telefon {phone_link(k.telefon)}"
        for k in people
    ]
    return "\n".join(lines)


def uh_website(uh: Uh) -> str:
    """A link to the institution's website, or a dash."""
    if not uh.nettside:
        return "–"
    shown = uh.nettside.removeprefix("https://").removeprefix("http://").rstrip("/")
    return markdown_link(shown, uh.nettside)


def uh_contacts(data: SiteData, uh: Uh) -> str:
    """Names of the contact persons at one UH (empty when none are published)."""
    people = [k for k in data.uh_kontakter if k.uh_id == uh.uh_id]
    return ", ".join(markdown_text(k.navn) for k in people)


def uh_item(data: SiteData, uh: Uh, host: str) -> str:
    """One institution as a list item: name, host institution, website, contacts."""
    line = f"- **{markdown_text(uh.navn)}**"
    if host:
        line += f" (ved {markdown_text(host)})"
    line += f"  \n  Nettside: {uh_website(uh)}"
    contacts = uh_contacts(data, uh)
    if contacts:
        line += f"  \n  Kontaktpersoner: {contacts}"
    return line


def uh_list(data: SiteData, uh_type: str) -> str:
    """The institutions of one kind as a Markdown list."""
    names = {uh.uh_id: uh.navn for uh in data.uh}
    items = [
        uh_item(data, uh, names.get(uh.vertsinstitusjon or "", ""))
        for uh in data.uh
        if uh.uh_type == uh_type
    ]
    return "\n".join(items)


def uh_sections(data: SiteData) -> str:
    """The UH register grouped by kind, with a note when no contact persons are published."""
    parts = [] if data.uh_kontakter else [NO_UH_CONTACTS]
    for uh_type, heading in UH_TYPE_HEADINGS:
        items = uh_list(data, uh_type)
        if items:
            parts.append(f"## {heading}\n\n{items}")
    return "\n\n".join(parts)


def link_sections(data: SiteData) -> str:
    """External links grouped by category."""
    parts = []
    for category, heading in LINK_CATEGORY_HEADINGS:
        links = [lenke for lenke in data.lenker if lenke.kategori == category]
        if links:
            items = "\n".join(f"- {markdown_link(lenke.tittel, lenke.url)}" for lenke in links)
            parts.append(f"### {heading}\n\n{items}")
    return "\n\n".join(parts)


def document_list(data: SiteData) -> str:
    """The office's documents, with date and description."""
    items = []
    for dokument in data.dokumenter:
        line = f"- {markdown_link(dokument.tittel, dokument.url)}"
        if dokument.dato:
            line += f" ({date_nb(dokument.dato)})"
        if dokument.beskrivelse:
            line += f"  \n  {markdown_text(dokument.beskrivelse)}"
        items.append(line)
    return "\n".join(items) or "Ingen dokumenter er publisert ennå."
