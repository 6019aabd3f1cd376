"""Nynorsk: the form's review step before sending, the overview of a melding, correcting a
melding already sent, and the receipt (docs/assets/skjema/gjennomgang.js, oversikt.js, retting.js,
kvittering.js)."""

WORDS: dict[str, str] = {
    "skjema.ja": "Ja",
    "skjema.nei": "Nei",
    "skjema.ingen": "Ingen",
    "skjema.statsforvalteren": "Statsforvaltaren",
    # Sjå over før de sender (gjennomgang.js)
    "skjema.se-over.tittel": "Sjå over før de sender",
    "skjema.se-over.ingress": (
        "Slik får {embete} behovsmeldinga. Sjå over at alt stemmer før de sender. Vil de endre "
        "noko, går de tilbake til skjemaet; ingenting er sendt enno."
    ),
    "skjema.se-over.send-retting": "Send rettinga",
    "skjema.se-over.tilbake": "Gå tilbake og endre",
    "skjema.se-over.ingen-advarsler": "Skjemaet har ingen åtvaringar.",
    "skjema.se-over.rett": "Rett dette i skjemaet",
    "skjema.se-over.sett-advarselen": "Vi har sett åtvaringa og vil sende likevel",
    "skjema.se-over.en-advarsel": "1 åtvaring de må ta stilling til",
    "skjema.se-over.advarsler": "{antall} åtvaringar de må ta stilling til",
    "skjema.se-over.kryss-av": (
        "Kryss av for kvar åtvaring de vil sende med, eller gå tilbake og rett det åtvaringa gjeld."
    ),
    "skjema.se-over.mangler-kryss": (
        "Kryss av for at de har sett kvar åtvaring, eller gå tilbake og rett det ho gjeld."
    ),
    # Retting (retting.js)
    "skjema.retting.lenke-virker-ikke": (
        "Lenkja for å rette behovsmeldinga verkar ikkje. Opne ho på nytt frå e-posten, eller ta "
        "kontakt med Statsforvaltaren."
    ),
    "skjema.retting.ingen-kontakt": (
        "Fekk ikkje kontakt med mottaket for å hente behovsmeldinga. Prøv igjen om litt."
    ),
    # Kvitteringa (kvittering.js)
    "skjema.kvittering.tittel": "Behovsmeldinga er sendt",
    "skjema.kvittering.retting-mottatt": "Rettinga er motteken",
    "skjema.kvittering.ingenting-endret": "Ingenting er endra",
    "skjema.kvittering.ingress": (
        "Ta vare på kvitteringa. Oppgi referansenummeret viss de kontaktar Statsforvaltaren om "
        "behovsmeldinga."
    ),
    "skjema.kvittering.etter-fristen": (
        "Behovsmeldinga vart sendt etter fristen. Statsforvaltaren avgjer om ho kan behandlast."
    ),
    "skjema.kvittering.referanse": "Referansenummer",
    "skjema.kvittering.mottatt": "Motteken",
    "skjema.kvittering.ordning": "Ordning",
    "skjema.kvittering.aar-og-varighet": "År og varigheit",
    "skjema.kvittering.aar-varighet": "{aar}, {periode} år",
    "skjema.kvittering.eier": "Eigar",
    "skjema.kvittering.eier-orgnr": "{navn} (org.nr. {orgnr})",
    "skjema.kvittering.sum": "Sum for heile perioden",
    "skjema.kvittering.egenandel-rad": "Eigenandel",
    "skjema.kvittering.egenandel": "{belop} ({form}); minst {minimum}",
    "skjema.kvittering.ingen-egenandel": "Ingen (ordninga har ikkje eigenandel)",
    "skjema.kvittering.hva-naa": "Kva skjer no?",
    "skjema.kvittering.kontaktpersonen": "kontaktpersonen",
    "skjema.kvittering.epost": (
        "Vi sender ein e-post til {adresse}. Opne lenkja i e-posten og trykk på knappen for å "
        "stadfeste at adressa er rett. Til det er gjort, står behovsmeldinga som «ikkje "
        "stadfesta»."
    ),
    "skjema.kvittering.retting-lagt-til": (
        "Rettinga er lagd til behovsmeldinga. Statsforvaltaren ser kva som er endra."
    ),
    "skjema.kvittering.siden": (
        "På sida til behovsmeldinga ser de kor langt behandlinga har kome: {lenke}. Lenkja er "
        "personleg; ho står òg i e-posten."
    ),
    "skjema.kvittering.siden-frist": (
        "På sida til behovsmeldinga ser de kor langt behandlinga har kome, og der kan de rette "
        "eller trekkje ho fram til fristen {frist}: {lenke}. Lenkja er personleg; ho står òg i "
        "e-posten."
    ),
    "skjema.kvittering.lenketekst": "Sjå, rett eller trekk behovsmeldinga",
    "skjema.kvittering.behandling": (
        "{embete} behandlar behovsmeldingane etter fristen og gjer vedtak om tilskot."
    ),
    "skjema.kvittering.advarsler": "Statsforvaltaren ser òg på dette",
    "skjema.kvittering.slik-sendt": "Behovsmeldinga slik de sende ho",
    "skjema.kvittering.fil-tittel": "Kvittering for behovsmelding {id}",
    "skjema.kvittering.skriv-ut": "Skriv ut kvitteringa",
    "skjema.kvittering.last-ned": "Last ned kvitteringa",
    "skjema.kvittering.meld-nytt": "Meld eit nytt behov",
}
