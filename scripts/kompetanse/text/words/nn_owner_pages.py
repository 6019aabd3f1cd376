"""The receiver's own pages and letters for the owner, in nynorsk (see :mod:`nb_owner_pages`)."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "eierside.side.tittel": "Behovsmelding {id}",
    "eierside.side.status": "Status: {status}",
    "eierside.side.historikk": "Historikk",
    "eierside.side.innhold": "Innhaldet i behovsmeldinga",
    "eierside.side.rett": "Rett behovsmeldinga",
    "eierside.side.rett.forklaring": (
        "De kan rette behovsmeldinga fram til fristen {frist}. Skjemaet opnar med det de sende."
    ),
    "eierside.side.trekk": "Trekk behovsmeldinga",
    "eierside.side.trekk.forklaring": (
        "Trekkjer de behovsmeldinga, blir ho ikkje behandla. Det kan ikkje angrast."
    ),
    "eierside.side.trekk.grunn": "Grunngiving (valfritt)",
    "eierside.side.kontakt": (
        "Behovsmeldinga kan ikkje endrast her lenger. Ta kontakt med {navn} hos "
        "Statsforvaltaren: {epost}, telefon {telefon}."
    ),
    "eierside.side.kontakt.generell": (
        "Behovsmeldinga kan ikkje endrast her lenger. Ta kontakt med Statsforvaltaren."
    ),
    "eierside.side.epost.avvist": (
        "E-posten med lenkja for å stadfeste adressa kom ikkje fram til kontaktpersonen. Rett "
        "e-postadressa i behovsmeldinga, så sender vi ein ny."
    ),
    "eierside.side.skriv.ut": "Skriv ut eller lagre som PDF frå nettlesaren.",
    "eierside.lenke.ugyldig.tittel": "Lenkja verkar ikkje",
    "eierside.lenke.ugyldig": (
        "Lenkja er ikkje gyldig. Bruk lenkja nøyaktig slik ho står i e-posten eller kvitteringa."
    ),
    "eierside.lenke.utlopt.tittel": "Lenkja er for gammal",
    "eierside.lenke.utlopt": (
        "Lenkja er ikkje gyldig lenger. Ta kontakt med Statsforvaltaren og oppgi "
        "referansenummeret til behovsmeldinga."
    ),
    "eierside.bekreft.tittel": "Stadfest e-postadressa",
    "eierside.bekreft.forklaring": (
        "Trykk på knappen for å stadfeste at e-postadressa til kontaktpersonen for "
        "behovsmelding {id} er rett."
    ),
    "eierside.bekreft.knapp": "Stadfest e-postadressa",
    "eierside.bekreft.ferdig.tittel": "E-postadressa er stadfesta",
    "eierside.bekreft.ferdig": (
        "Takk! Statsforvaltaren ser no at behovsmeldinga er send frå ei stadfesta adresse."
    ),
    "eierside.bekreft.allerede": (
        "E-postadressa er allereie stadfesta. De treng ikkje gjere noko meir."
    ),
    "eierside.bekreft.trukket": "Behovsmeldinga er trekt, så det er ingenting å stadfeste.",
    "eierside.bekreft.behandlet": (
        "Behovsmeldinga er allereie ferdig behandla; stadfestinga trengst ikkje lenger."
    ),
    "eierside.trekk.ferdig.tittel": "Behovsmeldinga er trekt",
    "eierside.trekk.ferdig": "Behovsmeldinga er trekt og blir ikkje behandla.",
    "eierside.trekk.allerede": "Behovsmeldinga er allereie trekt.",
    "eierside.retting.stengt": (
        "Behovsmeldinga kan ikkje endrast lenger: fristen er ute, ho er behandla, eller ho er "
        "trekt. Ta kontakt med Statsforvaltaren."
    ),
    "eierside.retting.flytter": (
        "Ei retting kan ikkje endre år eller ordning. Trekk behovsmeldinga og send ei ny."
    ),
    "eierside.retting.ingen": "Ingenting er endra; behovsmeldinga er som før.",
    "eierside.retting.lagret": "Rettinga er teken imot.",
    "eierside.retting.for-stor": "Innsendinga er for stor.",
    "eierside.lagres.snart": "Endringa er teken imot og blir lagra så snart som mogleg.",
    "eierside.lagres.fullt": (
        "Endringa kunne ikkje lagrast no fordi mottaket er mellombels utilgjengeleg. Ingenting er "
        "endra. Prøv igjen om litt."
    ),
    "eierside.knapp.tilbake": "Til behovsmeldinga",
    "eierside.epost.bekreft.emne": "Stadfest e-postadressa for behovsmelding {id}",
    "eierside.epost.bekreft.tekst": (
        "Hei!\n\n"
        "{kontor} har teke imot ei behovsmelding med denne e-postadressa for kontaktpersonen:\n\n"
        "  Referansenummer: {id}\n  Eigar: {eier}\n  Ordning: {ordning}, {aar}\n  Sum: {sum}\n\n"
        "Stadfest at e-postadressa er rett ved å opne lenkja og trykkje på knappen:\n"
        "{bekreft}\n\n"
        "Her ser de status for behovsmeldinga, og her kan de rette eller trekkje ho før "
        "fristen:\n{lenke}\n\n"
        "Ta vare på denne e-posten: lenkjene er personlege. Kvitteringa ligg ved.\n\n"
        "Har de ikkje sendt noka behovsmelding, kan de sjå bort frå e-posten.\n\n"
        "Helsing\n{kontor}\n"
    ),
    "eierside.epost.ny.emne": "Stadfest den nye e-postadressa for behovsmelding {id}",
    "eierside.kvittering.tittel": "Kvittering for behovsmelding {id}",
    "eierside.kvittering.mottatt": "Behovsmeldinga vart teken imot {mottatt}.",
    "eierside.kvittering.etter.fristen": (
        "Behovsmeldinga vart send etter fristen. Statsforvaltaren avgjer om ho kan behandlast."
    ),
    "eierside.felt.id": "Referansenummer",
    "eierside.felt.ordning-og-aar": "Ordning og år",
    "eierside.felt.ordning-og-aar.verdi": "{ordning} {aar}, {periode} år",
    "eierside.felt.eier": "Eigar",
    "eierside.felt.eier.verdi": "{navn} (org.nr. {orgnr}), {eiertype}",
    "eierside.felt.nettverk": "Nettverk",
    "eierside.felt.ingen": "ingen",
    "eierside.felt.enheter": "Einingar",
    "eierside.felt.uh-partner": "UH-partnar",
    "eierside.felt.tiltak": "Tiltak",
    "eierside.felt.tiltak.verdi": "{tittel} ({antall} deltakarar)",
    "eierside.felt.maalgruppe": "Målgruppe",
    "eierside.felt.behov": "Behov",
    "eierside.felt.egenandel": "Eigenandel",
    "eierside.felt.gjelder-ikke": "gjeld ikkje",
    "eierside.felt.kontaktperson": "Kontaktperson",
    "eierside.budsjett.tittel": "Budsjett per år",
    "eierside.budsjett.aar": "År",
    "eierside.budsjett.eier": "Eigar",
    "eierside.budsjett.uh": "UH",
    "eierside.budsjett.koordinator": "Koordinator",
    "eierside.budsjett.sum": "Sum",
    "eierside.status.mottatt": "teken imot",
    "eierside.status.bekreftet": "stadfesta",
    "eierside.status.til-behandling": "til behandling",
    "eierside.status.vedtatt": "vedteken",
    "eierside.status.ikke-innvilget": "ikkje innvilga",
    "eierside.status.utbetalt": "utbetalt",
    "eierside.status.trukket": "trekt",
    "eierside.hendelse.mottatt": "Behovsmeldinga er teken imot.",
    "eierside.hendelse.bekreftet": "Kontaktpersonen har stadfesta e-postadressa.",
    "eierside.hendelse.til-behandling": "Statsforvaltaren behandlar behovsmeldinga.",
    "eierside.hendelse.vedtatt": "Statsforvaltaren har gjort vedtak om tilskot.",
    "eierside.hendelse.ikke-innvilget": "Behovsmeldinga fekk ikkje tilskot.",
    "eierside.hendelse.utbetalt": "Tilskotet er utbetalt for året.",
    "eierside.hendelse.trukket": "Eigaren har trekt behovsmeldinga.",
    "eierside.hendelse.vedtatt.sum": "Vedtak om tilskot på {kroner}.",
    "eierside.hendelse.utbetalt.aar": "Tilskotet for {aar} er utbetalt.",
    "eierside.hendelse.avsluttet": "Saka vart avslutta utan vedtak.",
}
