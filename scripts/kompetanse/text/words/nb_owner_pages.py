"""The receiver's own pages and letters for the owner, in bokmål: the melding's page, the
confirmation of the address, the answers to the owner's links, the confirmation letter and the
receipt's copy. Owner text is never part of these strings."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "eierside.side.tittel": "Behovsmelding {id}",
    "eierside.side.status": "Status: {status}",
    "eierside.side.historikk": "Historikk",
    "eierside.side.innhold": "Innholdet i behovsmeldingen",
    "eierside.side.rett": "Rett behovsmeldingen",
    "eierside.side.rett.forklaring": (
        "Dere kan rette behovsmeldingen til fristen {frist}. Skjemaet åpnes med det dere sendte."
    ),
    "eierside.side.trekk": "Trekk behovsmeldingen",
    "eierside.side.trekk.forklaring": (
        "Trekker dere behovsmeldingen, blir den ikke behandlet. Det kan ikke angres."
    ),
    "eierside.side.trekk.grunn": "Begrunnelse (valgfritt)",
    "eierside.side.kontakt": (
        "Behovsmeldingen kan ikke endres her lenger. Ta kontakt med {navn} hos Statsforvalteren: "
        "{epost}, telefon {telefon}."
    ),
    "eierside.side.kontakt.generell": (
        "Behovsmeldingen kan ikke endres her lenger. Ta kontakt med Statsforvalteren."
    ),
    "eierside.side.epost.avvist": (
        "E-posten med lenken for å bekrefte adressen kom ikke fram til kontaktpersonen. Rett "
        "e-postadressen i behovsmeldingen, så sender vi en ny."
    ),
    "eierside.side.skriv.ut": "Skriv ut eller lagre som PDF fra nettleseren.",
    "eierside.lenke.ugyldig.tittel": "Lenken virker ikke",
    "eierside.lenke.ugyldig": (
        "Lenken er ikke gyldig. Bruk lenken nøyaktig slik den står i e-posten eller kvitteringen."
    ),
    "eierside.lenke.utlopt.tittel": "Lenken er for gammel",
    "eierside.lenke.utlopt": (
        "Lenken er ikke lenger gyldig. Ta kontakt med Statsforvalteren og oppgi "
        "referansenummeret til behovsmeldingen."
    ),
    "eierside.bekreft.tittel": "Bekreft e-postadressen",
    "eierside.bekreft.forklaring": (
        "Trykk på knappen for å bekrefte at e-postadressen til kontaktpersonen for behovsmelding "
        "{id} er riktig."
    ),
    "eierside.bekreft.knapp": "Bekreft e-postadressen",
    "eierside.bekreft.ferdig.tittel": "E-postadressen er bekreftet",
    "eierside.bekreft.ferdig": (
        "Takk! Statsforvalteren ser nå at behovsmeldingen er sendt fra en bekreftet adresse."
    ),
    "eierside.bekreft.allerede": (
        "E-postadressen er allerede bekreftet. Dere trenger ikke gjøre noe mer."
    ),
    "eierside.bekreft.trukket": "Behovsmeldingen er trukket, så det er ingenting å bekrefte.",
    "eierside.bekreft.behandlet": (
        "Behovsmeldingen er allerede ferdig behandlet; bekreftelsen trengs ikke lenger."
    ),
    "eierside.trekk.ferdig.tittel": "Behovsmeldingen er trukket",
    "eierside.trekk.ferdig": "Behovsmeldingen er trukket og blir ikke behandlet.",
    "eierside.trekk.allerede": "Behovsmeldingen er allerede trukket.",
    "eierside.retting.stengt": (
        "Behovsmeldingen kan ikke endres lenger: fristen er ute, den er behandlet, eller den er "
        "trukket. Ta kontakt med Statsforvalteren."
    ),
    "eierside.retting.flytter": (
        "En retting kan ikke endre år eller ordning. Trekk behovsmeldingen og send en ny."
    ),
    "eierside.retting.ingen": "Ingenting er endret; behovsmeldingen er som før.",
    "eierside.retting.lagret": "Rettingen er tatt imot.",
    "eierside.retting.for-stor": "Innsendingen er for stor.",
    "eierside.lagres.snart": "Endringen er tatt imot og lagres så snart som mulig.",
    "eierside.lagres.fullt": (
        "Endringen kunne ikke lagres nå fordi mottaket er midlertidig utilgjengelig. Ingenting er "
        "endret. Prøv igjen om litt."
    ),
    "eierside.knapp.tilbake": "Til behovsmeldingen",
    "eierside.epost.bekreft.emne": "Bekreft e-postadressen for behovsmelding {id}",
    "eierside.epost.bekreft.tekst": (
        "Hei!\n\n"
        "{kontor} har tatt imot en behovsmelding med denne e-postadressen for kontaktpersonen:\n\n"
        "  Referansenummer: {id}\n  Eier: {eier}\n  Ordning: {ordning}, {aar}\n  Sum: {sum}\n\n"
        "Bekreft at e-postadressen er riktig ved å åpne lenken og trykke på knappen:\n"
        "{bekreft}\n\n"
        "Her ser dere status for behovsmeldingen, og her kan dere rette eller trekke den før "
        "fristen:\n{lenke}\n\n"
        "Ta vare på denne e-posten: lenkene er personlige. Kvitteringen ligger ved.\n\n"
        "Har dere ikke sendt noen behovsmelding, kan dere se bort fra e-posten.\n\n"
        "Hilsen\n{kontor}\n"
    ),
    "eierside.epost.ny.emne": "Bekreft den nye e-postadressen for behovsmelding {id}",
    "eierside.kvittering.tittel": "Kvittering for behovsmelding {id}",
    "eierside.kvittering.mottatt": "Behovsmeldingen ble mottatt {mottatt}.",
    "eierside.kvittering.etter.fristen": (
        "Behovsmeldingen ble sendt etter fristen. Statsforvalteren avgjør om den kan behandles."
    ),
    "eierside.felt.id": "Referansenummer",
    "eierside.felt.ordning-og-aar": "Ordning og år",
    "eierside.felt.ordning-og-aar.verdi": "{ordning} {aar}, {periode} år",
    "eierside.felt.eier": "Eier",
    "eierside.felt.eier.verdi": "{navn} (org.nr. {orgnr}), {eiertype}",
    "eierside.felt.nettverk": "Nettverk",
    "eierside.felt.ingen": "ingen",
    "eierside.felt.enheter": "Enheter",
    "eierside.felt.uh-partner": "UH-partner",
    "eierside.felt.tiltak": "Tiltak",
    "eierside.felt.tiltak.verdi": "{tittel} ({antall} deltakere)",
    "eierside.felt.maalgruppe": "Målgruppe",
    "eierside.felt.behov": "Behov",
    "eierside.felt.egenandel": "Egenandel",
    "eierside.felt.gjelder-ikke": "gjelder ikke",
    "eierside.felt.kontaktperson": "Kontaktperson",
    "eierside.budsjett.tittel": "Budsjett per år",
    "eierside.budsjett.aar": "År",
    "eierside.budsjett.eier": "Eier",
    "eierside.budsjett.uh": "UH",
    "eierside.budsjett.koordinator": "Koordinator",
    "eierside.budsjett.sum": "Sum",
    "eierside.status.mottatt": "mottatt",
    "eierside.status.bekreftet": "bekreftet",
    "eierside.status.til-behandling": "til behandling",
    "eierside.status.vedtatt": "vedtatt",
    "eierside.status.ikke-innvilget": "ikke innvilget",
    "eierside.status.utbetalt": "utbetalt",
    "eierside.status.trukket": "trukket",
    "eierside.hendelse.mottatt": "Behovsmeldingen er mottatt.",
    "eierside.hendelse.bekreftet": "Kontaktpersonen har bekreftet e-postadressen.",
    "eierside.hendelse.til-behandling": "Statsforvalteren behandler behovsmeldingen.",
    "eierside.hendelse.vedtatt": "Statsforvalteren har gjort vedtak om tilskudd.",
    "eierside.hendelse.ikke-innvilget": "Behovsmeldingen fikk ikke tilskudd.",
    "eierside.hendelse.utbetalt": "Tilskuddet er utbetalt for året.",
    "eierside.hendelse.trukket": "Eieren har trukket behovsmeldingen.",
    "eierside.hendelse.vedtatt.sum": "Vedtak om tilskudd på {kroner}.",
    "eierside.hendelse.utbetalt.aar": "Tilskuddet for {aar} er utbetalt.",
    "eierside.hendelse.avsluttet": "Saken ble avsluttet uten vedtak.",
}
