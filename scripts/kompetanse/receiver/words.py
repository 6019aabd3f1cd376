"""Every word the receiver's own pages and letters show the owner (bokmål), in one place.

Keys are stable; texts use ``str.format`` fields. Owner text is never part of these strings: it
is escaped where it is put into a page.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "side.tittel": "Behovsmelding {id}",
    "side.status": "Status: {status}",
    "side.historikk": "Historikk",
    "side.innhold": "Innholdet i behovsmeldingen",
    "side.rett": "Rett behovsmeldingen",
    "side.rett.forklaring": "Du kan rette behovsmeldingen til fristen {frist}. Skjemaet åpnes med det du sendte.",
    "side.trekk": "Trekk behovsmeldingen",
    "side.trekk.forklaring": "Trekker du behovsmeldingen, blir den ikke behandlet. Det kan ikke angres.",
    "side.trekk.grunn": "Begrunnelse (valgfritt)",
    "side.kontakt": "Behovsmeldingen kan ikke endres her lenger. Ta kontakt med {navn} hos Statsforvalteren: {epost}, telefon {telefon}.",
    "side.kontakt.generell": "Behovsmeldingen kan ikke endres her lenger. Ta kontakt med Statsforvalteren.",
    "side.epost.avvist": "E-posten med lenken for å bekrefte adressen kom ikke fram til kontaktpersonen. Rett e-postadressen i behovsmeldingen, så sender vi en ny.",
    "side.skriv.ut": "Skriv ut eller lagre som PDF fra nettleseren.",
    "lenke.ugyldig.tittel": "Lenken virker ikke",
    "lenke.ugyldig": "Lenken er ikke gyldig. Bruk lenken nøyaktig slik den står i e-posten eller kvitteringen.",
    "lenke.utlopt.tittel": "Lenken er for gammel",
    "lenke.utlopt": "Lenken er ikke lenger gyldig. Ta kontakt med Statsforvalteren og oppgi id-en til behovsmeldingen.",
    "bekreft.tittel": "Bekreft e-postadressen",
    "bekreft.forklaring": "Trykk på knappen for å bekrefte at du er kontaktperson for behovsmelding {id} og at e-postadressen er din.",
    "bekreft.knapp": "Bekreft e-postadressen",
    "bekreft.ferdig.tittel": "E-postadressen er bekreftet",
    "bekreft.ferdig": "Takk! Statsforvalteren ser nå at behovsmeldingen er sendt fra en bekreftet adresse.",
    "bekreft.allerede": "E-postadressen er allerede bekreftet. Du trenger ikke gjøre noe mer.",
    "bekreft.trukket": "Behovsmeldingen er trukket, så det er ingenting å bekrefte.",
    "bekreft.behandlet": "Behovsmeldingen er allerede ferdig behandlet; bekreftelsen trengs ikke lenger.",
    "trekk.ferdig.tittel": "Behovsmeldingen er trukket",
    "trekk.ferdig": "Behovsmeldingen er trukket og blir ikke behandlet.",
    "trekk.allerede": "Behovsmeldingen er allerede trukket.",
    "retting.stengt": "Behovsmeldingen kan ikke endres lenger: fristen er ute, den er behandlet, eller den er trukket. Ta kontakt med Statsforvalteren.",
    "retting.flytter": "En retting kan ikke endre år eller ordning. Trekk behovsmeldingen og send en ny.",
    "retting.ingen": "Ingenting er endret; behovsmeldingen er som før.",
    "lagres.snart": "Endringen er tatt imot og lagres så snart som mulig.",
    "knapp.tilbake": "Til behovsmeldingen",
    "epost.bekreft.emne": "Bekreft e-postadressen for behovsmelding {id}",
    "epost.bekreft.tekst": (
        "Hei!\n\n"
        "{kontor} har tatt imot en behovsmelding der du står som kontaktperson:\n\n"
        "  Id: {id}\n  Eier: {eier}\n  Ordning: {ordning}, {aar}\n  Sum: {sum}\n\n"
        "Bekreft at e-postadressen er din ved å åpne lenken og trykke på knappen:\n{bekreft}\n\n"
        "Her ser du status for behovsmeldingen, og her kan du rette eller trekke den før fristen:\n{lenke}\n\n"
        "Ta vare på denne e-posten: lenkene er personlige. Kvitteringen ligger ved.\n\n"
        "Har du ikke sendt noen behovsmelding, kan du se bort fra e-posten.\n\n"
        "Hilsen\n{kontor}\n"
    ),
    "epost.ny.emne": "Bekreft den nye e-postadressen for behovsmelding {id}",
    "kvittering.tittel": "Kvittering for behovsmelding {id}",
    "kvittering.mottatt": "Behovsmeldingen ble mottatt {mottatt}.",
    "kvittering.etter.fristen": "Behovsmeldingen ble sendt etter fristen. Statsforvalteren avgjør om den kan behandles.",
}

STATUS_WORDS: dict[str, str] = {
    "mottatt": "mottatt",
    "bekreftet": "bekreftet",
    "til behandling": "til behandling",
    "vedtatt": "vedtatt",
    "ikke innvilget": "ikke innvilget",
    "utbetalt": "utbetalt",
    "trukket": "trukket",
}


def word(key: str, **fields: object) -> str:
    """The text for ``key`` with its fields filled in."""
    return WORDS[key].format(**fields)
