"""Bokmål: the public site's own words (templates, data markers, calendar, news feed)."""

WORDS: dict[str, str] = {
    # Page frame
    "side.lenke-til-delen": "Lenke til denne delen",
    "side.sist-oppdatert": "Sist oppdatert",
    "side.maalform-bytte": "Les denne siden på {maalform}",
    "side.maalform-navn.nb": "bokmål",
    "side.maalform-navn.nn": "nynorsk",
    "side.maalform-kort.nb": "Bokmål",
    "side.maalform-kort.nn": "Nynorsk",
    "side.meld-behov": "Meld behov",
    "side.forvaltes-av": "Innholdet forvaltes av {embete}",
    "side.bunn-navn": "Om nettstedet",
    "side.tilgjengelighet": "Tilgjengelighetserklæring",
    "side.personvern": "Personvernerklæring",
    "side.nyhetsfeed": "Nyheter",
    "side.404.tittel": "Siden finnes ikke",
    "side.404.tekst": (
        "Vi finner ikke siden dere ba om. Den kan være flyttet, eller adressen kan være skrevet feil."
    ),
    "side.404.forside": "Gå til forsiden",
    "side.404.sok": "Bruk søket øverst på siden for å finne det dere leter etter.",
    "side.tabell-rulles": "Tabell som kan rulles sideveis",
    # The internal site's front page
    "intern.tittel": "Intern dokumentasjon",
    "intern.ingress": (
        "Sidene her er for saksbehandlerne hos Statsforvalteren og for dem som drifter og "
        "utvikler systemet. De er ikke en del av det offentlige nettstedet."
    ),
    "intern.saksbehandling": "For saksbehandlere: fra behovsmelding til publisert fordeling",
    "intern.utvikling": "Om systemet: kontrollen, problemkodene, kommandolinjen, mottaket og nettstedet",
}
