"""Bokmål: the form's review step before sending, the overview of a melding, correcting a melding
already sent, and the receipt (docs/assets/skjema/gjennomgang.js, oversikt.js, retting.js,
kvittering.js)."""

WORDS: dict[str, str] = {
    "skjema.ja": "Ja",
    "skjema.nei": "Nei",
    "skjema.ingen": "Ingen",
    "skjema.statsforvalteren": "Statsforvalteren",
    # Se over før dere sender (gjennomgang.js)
    "skjema.se-over.tittel": "Se over før dere sender",
    "skjema.se-over.ingress": (
        "Slik får {embete} behovsmeldingen. Se over at alt stemmer før dere sender. Vil dere endre "
        "noe, går dere tilbake til skjemaet; ingenting er sendt ennå."
    ),
    "skjema.se-over.send-retting": "Send rettingen",
    "skjema.se-over.tilbake": "Gå tilbake og endre",
    "skjema.se-over.ingen-advarsler": "Skjemaet har ingen advarsler.",
    "skjema.se-over.rett": "Rett dette i skjemaet",
    "skjema.se-over.sett-advarselen": "Vi har sett advarselen og vil sende likevel",
    "skjema.se-over.en-advarsel": "1 advarsel dere må ta stilling til",
    "skjema.se-over.advarsler": "{antall} advarsler dere må ta stilling til",
    "skjema.se-over.kryss-av": (
        "Kryss av for hver advarsel dere vil sende med, eller gå tilbake og rett det advarselen "
        "gjelder."
    ),
    "skjema.se-over.mangler-kryss": (
        "Kryss av for at dere har sett hver advarsel, eller gå tilbake og rett det den gjelder."
    ),
    # Retting (retting.js)
    "skjema.retting.lenke-virker-ikke": (
        "Lenken for å rette behovsmeldingen virker ikke. Åpne den på nytt fra e-posten, eller ta "
        "kontakt med Statsforvalteren."
    ),
    "skjema.retting.ingen-kontakt": (
        "Fikk ikke kontakt med mottaket for å hente behovsmeldingen. Prøv igjen om litt."
    ),
    # Kvitteringen (kvittering.js)
    "skjema.kvittering.tittel": "Behovsmeldingen er sendt",
    "skjema.kvittering.retting-mottatt": "Rettingen er mottatt",
    "skjema.kvittering.ingenting-endret": "Ingenting er endret",
    "skjema.kvittering.ingress": (
        "Ta vare på kvitteringen. Oppgi referansenummeret hvis dere kontakter Statsforvalteren om "
        "behovsmeldingen."
    ),
    "skjema.kvittering.etter-fristen": (
        "Behovsmeldingen ble sendt etter fristen. Statsforvalteren avgjør om den kan behandles."
    ),
    "skjema.kvittering.referanse": "Referansenummer",
    "skjema.kvittering.mottatt": "Mottatt",
    "skjema.kvittering.ordning": "Ordning",
    "skjema.kvittering.aar-og-varighet": "År og varighet",
    "skjema.kvittering.aar-varighet": "{aar}, {periode} år",
    "skjema.kvittering.eier": "Eier",
    "skjema.kvittering.eier-orgnr": "{navn} (org.nr. {orgnr})",
    "skjema.kvittering.sum": "Sum for hele perioden",
    "skjema.kvittering.egenandel-rad": "Egenandel",
    "skjema.kvittering.egenandel": "{belop} ({form}); minst {minimum}",
    "skjema.kvittering.ingen-egenandel": "Ingen (ordningen har ikke egenandel)",
    "skjema.kvittering.hva-naa": "Hva skjer nå?",
    "skjema.kvittering.kontaktpersonen": "kontaktpersonen",
    "skjema.kvittering.epost": (
        "Vi sender en e-post til {adresse}. Åpne lenken i e-posten og trykk på knappen for å "
        "bekrefte at adressen er riktig. Til det er gjort, står behovsmeldingen som «ikke "
        "bekreftet»."
    ),
    "skjema.kvittering.retting-lagt-til": (
        "Rettingen er lagt til behovsmeldingen. Statsforvalteren ser hva som er endret."
    ),
    "skjema.kvittering.siden": (
        "På siden til behovsmeldingen ser dere hvor langt behandlingen har kommet: {lenke}. "
        "Lenken er personlig; den står også i e-posten."
    ),
    "skjema.kvittering.siden-frist": (
        "På siden til behovsmeldingen ser dere hvor langt behandlingen har kommet, og der kan dere "
        "rette eller trekke den fram til fristen {frist}: {lenke}. Lenken er personlig; den står "
        "også i e-posten."
    ),
    "skjema.kvittering.lenketekst": "Se, rett eller trekk behovsmeldingen",
    "skjema.kvittering.behandling": (
        "{embete} behandler behovsmeldingene etter fristen og gjør vedtak om tilskudd."
    ),
    "skjema.kvittering.advarsler": "Statsforvalteren ser også på dette",
    "skjema.kvittering.slik-sendt": "Behovsmeldingen slik dere sendte den",
    "skjema.kvittering.fil-tittel": "Kvittering for behovsmelding {id}",
    "skjema.kvittering.skriv-ut": "Skriv ut kvitteringen",
    "skjema.kvittering.last-ned": "Last ned kvitteringen",
    "skjema.kvittering.meld-nytt": "Meld et nytt behov",
}
