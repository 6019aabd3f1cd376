"""The owner's pages on the receiver (status, confirmation, answers) and the receipt's copy.

Plain HTML with one stylesheet of our own; owner text is escaped. The pages carry
``Referrer-Policy: no-referrer`` (see :mod:`kompetanse.receiver.owner_routes`), so the secret in
their address never leaves with a click.
"""

from __future__ import annotations

from typing import Any

from kompetanse.receiver.status import Event
from kompetanse.receiver.words import STATUS_WORDS, word
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


def shell(title: str, body: str, office: str, inline_style: bool = False) -> str:
    """A complete page (with its style inline when it travels as a file)."""
    style = (
        f"<style>{STYLE}</style>" if inline_style else '<link rel="stylesheet" href="/mottak.css">'
    )
    return (
        '<!doctype html>\n<html lang="nb"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{html_text(title)}</title>{style}</head>"
        f"<body><header><p>{html_text(office)}</p></header><main>"
        f'<h1 id="tittel" tabindex="-1">{html_text(title)}</h1>{body}</main></body></html>\n'
    )


def message_page(title: str, text: str, office: str, back: str = "") -> str:
    """A short answer, with a way back to the melding when there is one."""
    link = (
        f'<p><a class="knapp" href="{html_attr(back)}">{word("knapp.tilbake")}</a></p>'
        if back
        else ""
    )
    return shell(title, f'<p id="melding">{html_text(text)}</p>{link}', office)


def pairs(rows: list[tuple[str, str]]) -> str:
    """A definition list of already escaped values."""
    return "<dl>" + "".join(f"<dt>{html_text(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def budget_table(budsjett: list[dict[str, Any]]) -> str:
    """The budget per year."""
    head = "".join(f"<th scope=col>{h}</th>" for h in ("År", "Eier", "UH", "Koordinator", "Sum"))
    body = "".join(
        f"<tr><th scope=row>{html_text(str(y.get('aar', '')))}</th>"
        + "".join(
            f'<td class="tall">{kroner(y.get(k))}</td>'
            for k in ("eier_andel", "uh_andel", "koordinator_andel", "sum")
        )
        + "</tr>"
        for y in budsjett
    )
    return f"<table><caption>Budsjett per år</caption><tr>{head}</tr>{body}</table>"


def melding_html(document: dict[str, Any]) -> str:
    """The whole melding as the caseworker reads it (contact person included: it is the owner's)."""
    eier, tiltak = document.get("eier") or {}, document.get("tiltak") or {}
    kontakt, uh = document.get("kontaktperson") or {}, document.get("uh_partner") or {}
    behov, egenandel = document.get("behov") or {}, document.get("egenandel")
    enheter = ", ".join(html_text(str(e.get("navn", ""))) for e in document.get("enheter") or [])
    nettverk = ", ".join(html_text(str(n.get("navn", ""))) for n in document.get("nettverk") or [])
    rows = [
        ("Id", html_text(str(document.get("id", "")))),
        (
            "Ordning og år",
            html_text(
                f"{document.get('ordning', '')} {document.get('aar', '')}, {document.get('periode_aar', '')} år"
            ),
        ),
        (
            "Eier",
            html_text(
                f"{eier.get('navn', '')} (org.nr. {eier.get('organisasjonsnummer', '')}), {eier.get('eiertype', '')}"
            ),
        ),
        ("Nettverk", nettverk or "ingen"),
        ("Enheter", enheter),
        ("UH-partner", html_text(str(uh.get("uh_id", "")))),
        (
            "Tiltak",
            html_text(
                f"{tiltak.get('tittel', '')} ({tiltak.get('antall_deltakere', '')} deltakere)"
            ),
        ),
        ("Målgruppe", html_text(str(tiltak.get("maalgruppe", "")))),
        ("Behov", html_text(str(behov.get("beskrivelse", "")))),
        (
            "Egenandel",
            kroner(egenandel.get("belop")) if isinstance(egenandel, dict) else "gjelder ikke",
        ),
        (
            "Kontaktperson",
            html_text(
                f"{kontakt.get('navn', '')}, {kontakt.get('epost', '')}, {kontakt.get('telefon', '')}"
            ),
        ),
    ]
    return pairs(rows) + budget_table(list(document.get("budsjett") or []))


def history_list(events: list[Event]) -> str:
    """The history, oldest first."""
    items = "".join(
        f"<li><strong>{html_text(STATUS_WORDS.get(e.status, e.status))}</strong>"
        f" ({html_text(e.dato)}): {html_text(e.tekst)}</li>"
        for e in events
    )
    return f'<ol id="historikk">{items}</ol>'


def actions_html(correct_url: str, withdraw_url: str, frist: str) -> str:
    """The buttons to correct and withdraw, while that is allowed."""
    return (
        '<section class="ikke-utskrift" aria-labelledby="rett-tittel">'
        f'<h2 id="rett-tittel">{word("side.rett")}</h2><p>{html_text(word("side.rett.forklaring", frist=frist))}</p>'
        f'<p><a class="knapp" id="rett" href="{html_attr(correct_url)}">{word("side.rett")}</a></p>'
        f"<h2>{word('side.trekk')}</h2><p>{word('side.trekk.forklaring')}</p>"
        f'<form method="post" action="{html_attr(withdraw_url)}">'
        f'<label for="grunn">{word("side.trekk.grunn")}</label>'
        '<textarea id="grunn" name="grunn" maxlength="500"></textarea>'
        f'<p><button class="fare" id="trekk" type="submit">{word("side.trekk")}</button></p></form></section>'
    )


def status_page(
    melding_id: str, events: list[Event], document: dict[str, Any], office: str, actions: str
) -> str:
    """The melding's own page."""
    status = STATUS_WORDS.get(events[-1].status, events[-1].status)
    body = (
        f'<p class="status" id="status">{html_text(word("side.status", status=status))}</p>'
        f"<h2>{word('side.historikk')}</h2>{history_list(events)}{actions}"
        f"<h2>{word('side.innhold')}</h2>{melding_html(document)}"
    )
    return shell(word("side.tittel", id=melding_id), body, office)


def confirm_page(melding_id: str, action: str, office: str) -> str:
    """The page behind the e-mail's link: a button, so a prefetching scanner confirms nothing."""
    body = (
        f"<p>{html_text(word('bekreft.forklaring', id=melding_id))}</p>"
        f'<form method="post" action="{html_attr(action)}">'
        f'<button id="bekreft" type="submit">{word("bekreft.knapp")}</button></form>'
    )
    return shell(word("bekreft.tittel"), body, office)


def receipt_copy(document: dict[str, Any], receipt: dict[str, Any], office: str) -> str:
    """The receipt with the whole melding, to print or keep (attached to the e-mail)."""
    late = f"<p>{word('kvittering.etter.fristen')}</p>" if receipt.get("etter_fristen") else ""
    body = (
        f"<p>{html_text(word('kvittering.mottatt', mottatt=str(receipt.get('mottatt', ''))))}</p>"
        f"{late}{melding_html(document)}<p class='ikke-utskrift'>{word('side.skriv.ut')}</p>"
    )
    return shell(word("kvittering.tittel", id=document.get("id", "")), body, office, True)
