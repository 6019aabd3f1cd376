"""Bokmål: the forms for the rapport and the søknad om tilretteleggingsmidler
(docs/assets/skjema/dokument.js, site/document_forms.py)."""

WORDS: dict[str, str] = {
    "dokument.rapport.tittel": "Rapport",
    "dokument.rapport.send": "Send rapporten",
    "dokument.rapport.last-ned": "Last ned rapporten",
    "dokument.rapport.mottatt": "Rapporten er mottatt",
    "dokument.tilretteleggingssoknad.tittel": "Søknad om tilretteleggingsmidler",
    "dokument.tilretteleggingssoknad.send": "Send søknaden",
    "dokument.tilretteleggingssoknad.last-ned": "Last ned søknaden",
    "dokument.tilretteleggingssoknad.mottatt": "Søknaden er mottatt",
    "dokument.legg-til": "Legg til {element}",
    "dokument.fjern": "Fjern {element} {nummer}",
    "dokument.rapport.ingen-vedtak": (
        "Vi finner ikke noe vedtak for {id} med utbetaling i {aar}. Sjekk referansenummeret i "
        "svarbrevet."
    ),
    "dokument.rapport.vedtaket": (
        "Vedtaket for {aar}: eierens andel {eier}, UH-andelen {uh}, koordinering {koordinator}, "
        "til sammen {sum}."
    ),
    "dokument.rapport.ikke-brukt": "Innvilget minus brukt: {belop}.",
    "dokument.soknad.ikke-apent": "Det er ikke åpnet for søknader for {aar}.",
    "dokument.soknad.regler": (
        "For barnehageåret {aar} gis {sum} for hver ansatt med minst {prosent} % stilling. "
        "Fristen er {frist}."
    ),
    "dokument.soknad.regler-fast": (
        "For barnehageåret {aar} gis {sum} for hver fast ansatt med minst {prosent} % stilling. "
        "Fristen er {frist}."
    ),
    "dokument.feil.bekreft": "«{felt}» må bekreftes (krysses av).",
    "dokument.feil.mangler": "«{felt}» mangler.",
    "dokument.feil.heltall": "«{felt}» skal være et helt tall i kroner eller antall.",
    "dokument.feil.i-skjemaet": "Skjemaet har {antall} feil som må rettes",
    "dokument.feil.fra-mottaket": "Mottaket fant {antall} feil som må rettes",
    "dokument.sender": "Sender …",
    "dokument.ingen-kontakt": (
        "Vi fikk ikke kontakt med mottaket. Sjekk nettforbindelsen og prøv igjen."
    ),
    "dokument.for-stor": "Innsendingen er for stor.",
    "dokument.for-mange": (
        "Det er sendt mange innsendinger på kort tid. Vent et minutt og prøv igjen."
    ),
    "dokument.annen-feil": "Mottaket svarte med status {status}. Prøv igjen senere.",
    "dokument.lastet-ned": "Filen {fil} er lastet ned. Legg den i mappen {mappe} i en pull request.",
    "dokument.se-saken": "Se saken hos Statsforvalteren",
}
