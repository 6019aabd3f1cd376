"""Nynorsk: the public site's own words (templates, data markers, calendar, news feed)."""

WORDS: dict[str, str] = {
    # Page frame
    "side.lenke-til-delen": "Lenkje til denne delen",
    "side.sist-oppdatert": "Sist oppdatert",
    "side.maalform-bytte": "Les denne sida på {maalform}",
    "side.maalform-navn.nb": "bokmål",
    "side.maalform-navn.nn": "nynorsk",
    "side.maalform-kort.nb": "Bokmål",
    "side.maalform-kort.nn": "Nynorsk",
    "side.meld-behov": "Meld behov",
    "side.forvaltes-av": "Innhaldet er forvalta av {embete}",
    "side.bunn-navn": "Om nettstaden",
    "side.tilgjengelighet": "Tilgjengeerklæring",
    "side.personvern": "Personvernerklæring",
    "side.nyhetsfeed": "Nyheiter",
    "side.404.tittel": "Sida finst ikkje",
    "side.404.tekst": (
        "Vi finn ikkje sida de bad om. Ho kan vere flytta, eller adressa kan vere skriven feil."
    ),
    "side.404.forside": "Gå til framsida",
    "side.404.sok": "Bruk søket øvst på sida for å finne det de leitar etter.",
    "side.tabell-rulles": "Tabell som kan rullast sidelengs",
    # The internal site's front page
    "intern.tittel": "Intern dokumentasjon",
    "intern.ingress": (
        "Sidene her er for saksbehandlarane hos Statsforvaltaren og for dei som driftar og "
        "utviklar systemet. Dei er ikkje ein del av den offentlege nettstaden."
    ),
    "intern.saksbehandling": "For saksbehandlarar: frå behovsmelding til publisert fordeling",
    "intern.utvikling": "Om systemet: kontrollen, problemkodane, kommandolinja, mottaket og nettstaden",
}
