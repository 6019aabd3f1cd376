"""Nynorsk: the forms for the rapport and the søknad om tilretteleggingsmidlar
(docs/assets/skjema/dokument.js, site/document_forms.py)."""

WORDS: dict[str, str] = {
    "dokument.rapport.tittel": "Rapport",
    "dokument.rapport.send": "Send rapporten",
    "dokument.rapport.last-ned": "Last ned rapporten",
    "dokument.rapport.mottatt": "Rapporten er motteken",
    "dokument.tilretteleggingssoknad.tittel": "Søknad om tilretteleggingsmidlar",
    "dokument.tilretteleggingssoknad.send": "Send søknaden",
    "dokument.tilretteleggingssoknad.last-ned": "Last ned søknaden",
    "dokument.tilretteleggingssoknad.mottatt": "Søknaden er motteken",
    "dokument.legg-til": "Legg til {element}",
    "dokument.fjern": "Fjern {element} {nummer}",
    "dokument.rapport.ingen-vedtak": (
        "Vi finn ikkje noko vedtak for {id} med utbetaling i {aar}. Sjekk referansenummeret i "
        "svarbrevet."
    ),
    "dokument.rapport.vedtaket": (
        "Vedtaket for {aar}: eigarandelen {eier}, UH-andelen {uh}, koordinering {koordinator}, "
        "til saman {sum}."
    ),
    "dokument.rapport.ikke-brukt": "Innvilga minus brukt: {belop}.",
    "dokument.soknad.ikke-apent": "Det er ikkje opna for søknader for {aar}.",
    "dokument.soknad.regler": (
        "For barnehageåret {aar} blir det gitt {sum} for kvar tilsett med minst {prosent} % "
        "stilling. Fristen er {frist}."
    ),
    "dokument.soknad.regler-fast": (
        "For barnehageåret {aar} blir det gitt {sum} for kvar fast tilsett med minst {prosent} % "
        "stilling. Fristen er {frist}."
    ),
    "dokument.feil.bekreft": "«{felt}» må stadfestast (kryssast av).",
    "dokument.feil.mangler": "«{felt}» manglar.",
    "dokument.feil.heltall": "«{felt}» skal vere eit heilt tal i kroner eller tal på.",
    "dokument.feil.i-skjemaet": "Skjemaet har {antall} feil som må rettast",
    "dokument.feil.fra-mottaket": "Mottaket fann {antall} feil som må rettast",
    "dokument.sender": "Sender …",
    "dokument.ingen-kontakt": (
        "Vi fekk ikkje kontakt med mottaket. Sjekk nettsambandet og prøv igjen."
    ),
    "dokument.for-stor": "Innsendinga er for stor.",
    "dokument.for-mange": (
        "Det er sendt mange innsendingar på kort tid. Vent eit minutt og prøv igjen."
    ),
    "dokument.annen-feil": "Mottaket svarte med status {status}. Prøv igjen seinare.",
    "dokument.lastet-ned": "Fila {fil} er lasta ned. Legg ho i mappa {mappe} i ein pull request.",
    "dokument.se-saken": "Sjå saka hos Statsforvaltaren",
}
