"""Markdown for the pages that show data: contacts, UH partners, links and documents.

Every function takes the målform of the page it writes for; the words come from the catalogue and
the data's own texts from its bokmål or nynorsk column.
"""

from __future__ import annotations

from kompetanse.domain.model import Embete, Uh
from kompetanse.repository.site_data import Dokument, Kontakt, Lenke, SiteData
from kompetanse.text.catalogue import Maalform, in_maalform, word
from kompetanse.text.format import email_link, format_date, phone_link
from kompetanse.text.inert import markdown_link, markdown_text

UH_TYPES = ("universitet", "hoyskole", "nasjonalt_senter")
LINK_CATEGORIES = ("udir", "regelverk", "statsforvalteren", "uh", "annet")
OFFICE_CATEGORY = "statsforvalteren"


def embete_name(embete: Embete, maalform: Maalform = "nb") -> str:
    """The office's name in ``maalform``."""
    return in_maalform(maalform, embete.navn, embete.navn_nn)


def embete_page(embete: Embete, maalform: Maalform = "nb") -> str:
    """The address of the office's own page about the scheme, in ``maalform``."""
    return in_maalform(maalform, embete.nettside, embete.nettside_nn)


def contact_role(data: SiteData, kontakt: Kontakt, maalform: Maalform = "nb") -> str:
    """What a contact person answers for."""
    if kontakt.ordning is not None:
        return markdown_text(data.ordning_navn(kontakt.ordning, maalform))
    return word("data.digitalt-system", maalform)


def contact_card(data: SiteData, kontakt: Kontakt, maalform: Maalform = "nb") -> str:
    """One contact as a card: what they answer for, name, e-mail and phone."""
    return (
        f"-   **{contact_role(data, kontakt, maalform)}**\n\n"
        f"    {markdown_text(kontakt.navn)}  \n"
        f"    {word('data.epost', maalform)}: {email_link(kontakt.epost)}  \n"
        f"    {word('data.telefon', maalform)}: {phone_link(kontakt.telefon)}\n"
    )


def contact_cards(data: SiteData, maalform: Maalform = "nb", *, digital_only: bool = False) -> str:
    """Contacts at Statsforvalteren as a grid of cards (readable on a phone too)."""
    people = [k for k in data.kontakter if not digital_only or k.ordning is None]
    cards = "\n".join(contact_card(data, kontakt, maalform) for kontakt in people)
    return f'<div class="grid cards kontakter" markdown>\n\n{cards}\n</div>'


def contact_for_ordning(data: SiteData, ordning: str, maalform: Maalform = "nb") -> str:
    """A short contact line for one ordning's page."""
    people = [k for k in data.kontakter if k.ordning == ordning]
    if not people:
        embete = markdown_text(embete_name(data.embete, maalform))
        return word("data.kontakt-embetet", maalform, embete=embete, lenke="../kontakt/index.md")
    phone = word("data.telefon-kort", maalform)
    lines = [
        f"- **{markdown_text(k.navn)}**, {email_link(k.epost)}, {phone} {phone_link(k.telefon)}"
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


def uh_item(data: SiteData, uh: Uh, host: str, maalform: Maalform = "nb") -> str:
    """One institution as a list item: name, host institution, website, contacts."""
    line = f"- **{markdown_text(uh.navn)}**"
    if host:
        line += f" ({word('data.uh-ved', maalform, vert=markdown_text(host))})"
    line += f"  \n  {word('data.uh-nettside', maalform)}: {uh_website(uh)}"
    contacts = uh_contacts(data, uh)
    if contacts:
        line += f"  \n  {word('data.uh-kontaktpersoner', maalform)}: {contacts}"
    return line


def uh_list(data: SiteData, uh_type: str, maalform: Maalform = "nb") -> str:
    """The institutions of one kind as a Markdown list."""
    names = {uh.uh_id: uh.navn for uh in data.uh}
    items = [
        uh_item(data, uh, names.get(uh.vertsinstitusjon or "", ""), maalform)
        for uh in data.uh
        if uh.uh_type == uh_type
    ]
    return "\n".join(items)


def uh_sections(data: SiteData, maalform: Maalform = "nb") -> str:
    """The UH register grouped by kind."""
    parts = []
    for uh_type in UH_TYPES:
        items = uh_list(data, uh_type, maalform)
        if items:
            parts.append(f"## {word(f'data.uh-type.{uh_type}', maalform)}\n\n{items}")
    return "\n\n".join(parts)


def uh_contact_route(data: SiteData, maalform: Maalform = "nb") -> str:
    """How to find a contact person at a UH: from data when published, else three steps."""
    if data.uh_kontakter:
        return word("data.uh-kontaktvei.med-kontakter", maalform)
    page = markdown_link(
        word("data.uh-kontaktvei.oversikt-lenke", maalform), embete_page(data.embete, maalform)
    )
    steps = [
        word("data.uh-kontaktvei.spor-oss", maalform, kontakt="index.md"),
        word("data.uh-kontaktvei.oversikt", maalform, lenke=page),
        word("data.uh-kontaktvei.institusjonen", maalform),
    ]
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1))


def spoken_list(items: list[str], maalform: Maalform = "nb") -> str:
    """``a, b og c``."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word('data.og', maalform)} {items[-1]}"


def office_link(data: SiteData, found_there: list[Lenke], maalform: Maalform = "nb") -> str:
    """The link to the office's own page, naming what is found there without an address here."""
    page = embete_page(data.embete, maalform)
    line = f"- {markdown_link(word('data.embetets-side', maalform), page)}"
    if found_there:
        titles = [markdown_text(in_maalform(maalform, x.tittel, x.tittel_nn)) for x in found_there]
        line += (
            f"  \n  {word('data.embetets-side-har', maalform, liste=spoken_list(titles, maalform))}"
        )
    return line


def link_items(data: SiteData, category: str, maalform: Maalform = "nb") -> list[str]:
    """The links of one category as Markdown list items."""
    links = [lenke for lenke in data.lenker if lenke.kategori == category]
    items = [
        f"- {markdown_link(in_maalform(maalform, x.tittel, x.tittel_nn), x.url)}"
        for x in links
        if x.url
    ]
    if category == OFFICE_CATEGORY:
        items.insert(0, office_link(data, [x for x in links if not x.url], maalform))
    return items


def link_sections(data: SiteData, maalform: Maalform = "nb") -> str:
    """External links grouped by category; each address appears once."""
    parts = []
    for category in LINK_CATEGORIES:
        items = link_items(data, category, maalform)
        if items:
            heading = word(f"data.lenke-kategori.{category}", maalform)
            parts.append(f"### {heading}\n\n" + "\n".join(items))
    return "\n\n".join(parts)


def document_item(dokument: Dokument, maalform: Maalform = "nb") -> str:
    """One document: its title (a link when it has an address), date and description."""
    title = in_maalform(maalform, dokument.tittel, dokument.tittel_nn)
    line = (
        f"- {markdown_link(title, dokument.url)}" if dokument.url else f"- {markdown_text(title)}"
    )
    if dokument.dato:
        line += f" ({format_date(dokument.dato, maalform)})"
    description = in_maalform(maalform, dokument.beskrivelse or "", dokument.beskrivelse_nn)
    if description:
        line += f"  \n  {markdown_text(description)}"
    return line


def document_list(data: SiteData, maalform: Maalform = "nb") -> str:
    """The office's documents; those without an address here get one link to the office's page."""
    if not data.dokumenter:
        return word("data.ingen-dokumenter", maalform)
    lines = [document_item(dokument, maalform) for dokument in data.dokumenter]
    if any(not dokument.url for dokument in data.dokumenter):
        page = markdown_link(
            word("data.embetets-side", maalform), embete_page(data.embete, maalform)
        )
        lines += ["", word("data.dokumenter-hos-embetet", maalform, lenke=page)]
    return "\n".join(lines)
