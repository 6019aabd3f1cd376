"""The owner's pages on the receiver (status, confirmation, answers) and the receipt's copy.

Plain HTML with one stylesheet of our own; owner text is escaped. The pages carry
``Referrer-Policy: no-referrer`` (see :mod:`kompetanse.receiver.owner_routes`), so the secret in
their address never leaves with a click.
"""

from __future__ import annotations

from typing import Any

from kompetanse.receiver.status import Event
from kompetanse.receiver.words import maalform_of_document, status_word, word
from kompetanse.text.catalogue import Maalform
from kompetanse.text.inert import html_attr, html_text

STYLE = """
body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
header{border-bottom:2px solid #005a87;margin-bottom:1rem}
h1{font-size:1.6rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}
td.tall{text-align:right}
button,.knapp{font:inherit;padding:.5rem 1rem;background:#005a87;color:#fff;border:0;border-radius:4px;text-decoration:none;display:inline-block}
button.fare{background:#a4161a}
textarea{width:100%;min-height:4rem;font:inherit}
.status{font-size:1.2rem;font-weight:600}
@media print{.ikke-utskrift{display:none}body{max-width:none}}
"""


def kroner(value: Any) -> str:
    """``1 234 kr`` with no-break spaces."""
    return f"{int(value or 0):,}".replace(",", "\u00a0") + "\u00a0kr"


def shell(
    title: str, body: str, office: str, maalform: Maalform, inline_style: bool = False
) -> str:
    """A complete page (with its style inline when it travels as a file)."""
    style = (
        f"<style>{STYLE}</style>" if inline_style else '<link rel="stylesheet" href="/mottak.css">'
    )
    return (
        f'<!doctype html>\n<html lang="{maalform}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{html_text(title)}</title>{style}</head>"
        f"<body><header><p>{html_text(office)}</p></header><main>"
        f'<h1 id="tittel" tabindex="-1">{html_text(title)}</h1>{body}</main></body></html>\n'
    )


def message_page(title: str, text: str, office: str, maalform: Maalform, back: str = "") -> str:
    """A short answer, with a way back to the melding when there is one."""
    label = word("knapp.tilbake", maalform)
    link = f'<p><a class="knapp" href="{html_attr(back)}">{label}</a></p>' if back else ""
    return shell(title, f'<p id="melding">{html_text(text)}</p>{link}', office, maalform)


def pairs(rows: list[tuple[str, str]]) -> str:
    """A definition list of already escaped values."""
    return "<dl>" + "".join(f"<dt>{html_text(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


BUDGET_COLUMNS = (
    ("eier", "eier_andel"),
    ("uh", "uh_andel"),
    ("koordinator", "koordinator_andel"),
    ("sum", "sum"),
)


def budget_table(budsjett: list[dict[str, Any]], maalform: Maalform) -> str:
    """The budget per year."""
    names = ("aar", *(name for name, _ in BUDGET_COLUMNS))
    head = "".join(f"<th scope=col>{word('budsjett.' + n, maalform)}</th>" for n in names)
    body = "".join(
        f"<tr><th scope=row>{html_text(str(y.get('aar', '')))}</th>"
        + "".join(f'<td class="tall">{kroner(y.get(k))}</td>' for _, k in BUDGET_COLUMNS)
        + "</tr>"
        for y in budsjett
    )
    caption = word("budsjett.tittel", maalform)
    return f"<table><caption>{caption}</caption><tr>{head}</tr>{body}</table>"


def names_of(items: Any) -> str:
    """The escaped names of a list of units or networks, comma separated."""
    return ", ".join(html_text(str(item.get("navn", ""))) for item in items or [])


def summary_rows(document: dict[str, Any], maalform: Maalform) -> list[tuple[str, str]]:
    """Id, ordning, eier, nettverk and enheter."""
    eier = document.get("eier") or {}
    ordning = word(
        "felt.ordning-og-aar.verdi",
        maalform,
        ordning=document.get("ordning", ""),
        aar=document.get("aar", ""),
        periode=document.get("periode_aar", ""),
    )
    eier_text = word(
        "felt.eier.verdi",
        maalform,
        navn=eier.get("navn", ""),
        orgnr=eier.get("organisasjonsnummer", ""),
        eiertype=eier.get("eiertype", ""),
    )
    return [
        (word("felt.id", maalform), html_text(str(document.get("id", "")))),
        (word("felt.ordning-og-aar", maalform), html_text(ordning)),
        (word("felt.eier", maalform), html_text(eier_text)),
        (
            word("felt.nettverk", maalform),
            names_of(document.get("nettverk")) or word("felt.ingen", maalform),
        ),
        (word("felt.enheter", maalform), names_of(document.get("enheter"))),
    ]


def tiltak_rows(document: dict[str, Any], maalform: Maalform) -> list[tuple[str, str]]:
    """UH-partner, tiltak, målgruppe, behov, egenandel and the contact person."""
    tiltak, uh = document.get("tiltak") or {}, document.get("uh_partner") or {}
    kontakt, egenandel = document.get("kontaktperson") or {}, document.get("egenandel")
    tittel = word(
        "felt.tiltak.verdi",
        maalform,
        tittel=tiltak.get("tittel", ""),
        antall=tiltak.get("antall_deltakere", ""),
    )
    contact = f"{kontakt.get('navn', '')}, {kontakt.get('epost', '')}, {kontakt.get('telefon', '')}"
    share = (
        kroner(egenandel.get("belop"))
        if isinstance(egenandel, dict)
        else word("felt.gjelder-ikke", maalform)
    )
    return [
        (word("felt.uh-partner", maalform), html_text(str(uh.get("uh_id", "")))),
        (word("felt.tiltak", maalform), html_text(tittel)),
        (word("felt.maalgruppe", maalform), html_text(str(tiltak.get("maalgruppe", "")))),
        (
            word("felt.behov", maalform),
            html_text(str((document.get("behov") or {}).get("beskrivelse", ""))),
        ),
        (word("felt.egenandel", maalform), share),
        (word("felt.kontaktperson", maalform), html_text(contact)),
    ]


def melding_html(document: dict[str, Any], maalform: Maalform) -> str:
    """The whole melding as the caseworker reads it (contact person included: it is the owner's)."""
    rows = summary_rows(document, maalform) + tiltak_rows(document, maalform)
    return pairs(rows) + budget_table(list(document.get("budsjett") or []), maalform)


def history_list(events: list[Event], maalform: Maalform) -> str:
    """The history, oldest first."""
    items = "".join(
        f"<li><strong>{html_text(status_word(e.status, maalform))}</strong>"
        f" ({html_text(e.dato)}): {html_text(e.tekst)}</li>"
        for e in events
    )
    return f'<ol id="historikk">{items}</ol>'


def actions_html(correct_url: str, withdraw_url: str, frist: str, maalform: Maalform) -> str:
    """The buttons to correct and withdraw, while that is allowed."""
    rett, trekk = word("side.rett", maalform), word("side.trekk", maalform)
    explain = html_text(word("side.rett.forklaring", maalform, frist=frist))
    return (
        '<section class="ikke-utskrift" aria-labelledby="rett-tittel">'
        f'<h2 id="rett-tittel">{rett}</h2><p>{explain}</p>'
        f'<p><a class="knapp" id="rett" href="{html_attr(correct_url)}">{rett}</a></p>'
        f"<h2>{trekk}</h2><p>{word('side.trekk.forklaring', maalform)}</p>"
        f'<form method="post" action="{html_attr(withdraw_url)}">'
        f'<label for="grunn">{word("side.trekk.grunn", maalform)}</label>'
        '<textarea id="grunn" name="grunn" maxlength="500"></textarea>'
        f'<p><button class="fare" id="trekk" type="submit">{trekk}</button></p></form></section>'
    )


def status_page(
    melding_id: str,
    events: list[Event],
    document: dict[str, Any],
    office: str,
    actions: str,
    maalform: Maalform,
) -> str:
    """The melding's own page."""
    status = word("side.status", maalform, status=status_word(events[-1].status, maalform))
    body = (
        f'<p class="status" id="status">{html_text(status)}</p>'
        f"<h2>{word('side.historikk', maalform)}</h2>{history_list(events, maalform)}{actions}"
        f"<h2>{word('side.innhold', maalform)}</h2>{melding_html(document, maalform)}"
    )
    return shell(word("side.tittel", maalform, id=melding_id), body, office, maalform)


def confirm_page(melding_id: str, action: str, office: str, maalform: Maalform) -> str:
    """The page behind the e-mail's link: a button, so a prefetching scanner confirms nothing."""
    body = (
        f"<p>{html_text(word('bekreft.forklaring', maalform, id=melding_id))}</p>"
        f'<form method="post" action="{html_attr(action)}">'
        f'<button id="bekreft" type="submit">{word("bekreft.knapp", maalform)}</button></form>'
    )
    return shell(word("bekreft.tittel", maalform), body, office, maalform)


def receipt_copy(document: dict[str, Any], receipt: dict[str, Any], office: str) -> str:
    """The receipt with the whole melding, to print or keep (attached to the e-mail)."""
    maalform = maalform_of_document(document)
    late = (
        f"<p>{word('kvittering.etter.fristen', maalform)}</p>"
        if receipt.get("etter_fristen")
        else ""
    )
    received = word("kvittering.mottatt", maalform, mottatt=str(receipt.get("mottatt", "")))
    body = (
        f"<p>{html_text(received)}</p>{late}{melding_html(document, maalform)}"
        f"<p class='ikke-utskrift'>{word('side.skriv.ut', maalform)}</p>"
    )
    title = word("kvittering.tittel", maalform, id=document.get("id", ""))
    return shell(title, body, office, maalform, True)
