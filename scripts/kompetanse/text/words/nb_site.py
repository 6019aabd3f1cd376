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
    "side.meny": "Meny",
    "side.forvaltes-av": "Innholdet forvaltes av {embete}",
    "side.bunn-navn": "Om nettstedet",
    "side.tilgjengelighet": "Tilgjengelighetserklæring",
    "side.personvern": "Personvernerklæring",
    "side.nyhetsfeed": "Nyheter",
    "side.om-nyheten": "Om nyheten",
    "side.nyhetssider": "Sider med nyheter",
    "side.404.tittel": "Siden finnes ikke",
    "side.404.tekst": (
        "Vi finner ikke siden dere ba om. Den kan være flyttet, eller adressen kan være skrevet feil."
    ),
    "side.404.forside": "Gå til forsiden",
    "side.404.sok": "Bruk søket øverst på siden for å finne det dere leter etter.",
    "side.tabell-rulles": "Tabell som kan rulles sideveis",
    "side.tabell-rull-hint": "Rull sideveis for å se hele tabellen.",
    # The internal site's front page
    "intern.tittel": "Intern dokumentasjon",
    "intern.ingress": (
        "Sidene her er for saksbehandlerne hos Statsforvalteren og for dem som drifter og "
        "utvikler systemet. De er ikke en del av det offentlige nettstedet."
    ),
    "intern.saksbehandling": "For saksbehandlere: fra behovsmelding til publisert fordeling",
    "intern.utvikling": "Om systemet: kontrollen, problemkodene, kommandolinjen, mottaket og nettstedet",
    # Data markers (scripts/kompetanse/site/data_markdown.py)
    "data.digitalt-system": "Hjelp med det digitale systemet",
    "data.epost": "E-post",
    "data.telefon": "Telefon",
    "data.telefon-kort": "telefon",
    "data.kontakt-embetet": "Kontakt {embete} gjennom [kontaktsiden]({lenke}).",
    "data.uh-ved": "ved {vert}",
    "data.uh-nettside": "Nettside",
    "data.uh-kontaktpersoner": "Kontaktpersoner",
    "data.uh-type.universitet": "Universiteter",
    "data.uh-type.hoyskole": "Høyskoler",
    "data.uh-type.nasjonalt_senter": "Nasjonale sentre",
    "data.uh-kontaktvei.med-kontakter": (
        "Kontaktpersonene for kompetanseordningene står ved hver institusjon nedenfor. Spør gjerne "
        "etter fagmiljøet for barnehage- eller skolebasert kompetanseutvikling."
    ),
    "data.uh-kontaktvei.spor-oss": (
        "**Spør oss.** Kontaktpersonen for ordningen hos Statsforvalteren vet hvem som arbeider med "
        "ordningene ved hver institusjon, og setter dere i kontakt. Se [Kontakt]({kontakt})."
    ),
    "data.uh-kontaktvei.oversikt": (
        "**Les oversikten.** Statsforvalteren har en oversikt (PDF) over kontaktpersonene ved "
        "universiteter, høyskoler og nasjonale sentre på {lenke}."
    ),
    "data.uh-kontaktvei.oversikt-lenke": "sin side om ordningen",
    "data.uh-kontaktvei.institusjonen": (
        "**Gå til institusjonen.** Nettsiden til hver institusjon står i listen nedenfor. Spør etter "
        "fagmiljøet for barnehage- eller skolebasert kompetanseutvikling."
    ),
    "data.lenke-kategori.udir": "Utdanningsdirektoratet",
    "data.lenke-kategori.regelverk": "Regelverk",
    "data.lenke-kategori.statsforvalteren": "Statsforvalteren",
    "data.lenke-kategori.uh": "Universiteter og høyskoler",
    "data.lenke-kategori.annet": "Annet",
    "data.embetets-side": "Statsforvalterens side om ordningen",
    "data.embetets-side-har": "Der finner dere også {liste}.",
    "data.og": "og",
    "data.dokumenter-hos-embetet": "Dokumentene ligger som PDF på {lenke}.",
    "data.ingen-dokumenter": "Ingen dokumenter er publisert ennå.",
    "data.nettside": "Statsforvalterens egen side om ordningen",
    "data.abonnement": "Nyhetsvarsel på e-post fra {embete}",
    "data.egenandel-regel": (
        "Egenandelen skal være minst **{sats} av eierens andel**, regnet for hvert budsjettår og "
        "rundet opp til hele kroner. UH-andelen og koordinatorandelen teller ikke med."
    ),
    "data.koordinator-regel": (
        "Det finnes ingen fast nasjonal grense for koordinatorandelen. Skjemaet varsler når den er "
        "mer enn **{sats} av summen** for et år, og samarbeidsforum vurderer om andelen er rimelig."
    ),
    # Deadlines and calendar (scripts/kompetanse/site/calendar.py)
    "frist.skjema_aapner": "Skjemaet for behovsmeldinger for {aar} åpner",
    "frist.frist": "Frist for behovsmeldinger for {aar}",
    "frist.vedtak_innen": "Vedtak om tildeling for {aar} fattes innen denne datoen",
    "frist.kolonne.midler-for": "Midler for",
    "frist.kolonne.aapner": "Skjemaet åpner",
    "frist.kolonne.frist": "Frist",
    "frist.kolonne.vedtak": "Vedtak innen",
    "frist.kommende": "Kommende datoer",
    "frist.ingen-kommende": "Ingen nye datoer er fastsatt ennå.",
    "frist.tidligere": "Tidligere datoer",
    "frist.neste": "Neste frist for behovsmeldinger er **{dato}** (midler for {aar}). {tilstand}",
    "frist.skjema-aapent": "Skjemaet er åpent.",
    "frist.skjema-aapner": "Skjemaet åpner {dato}.",
    "frist.ingen-neste": "Neste frist er ikke fastsatt ennå. Følg med på nyhetene.",
    "frist.kalendernavn": "Frister – lokal kompetanseutvikling – {embete}",
    # News (scripts/kompetanse/site/news.py)
    "nyhet.ingen": "Ingen nyheter ennå.",
    "nyhet.feed-tittel": "Nyheter – lokal kompetanseutvikling – {embete}",
    "nyhet.feed-beskrivelse": "Nyheter om tilskuddsordningen for lokal kompetanseutvikling.",
}
