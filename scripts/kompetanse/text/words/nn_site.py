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
    "side.meny": "Meny",
    "side.forvaltes-av": "Innhaldet er forvalta av {embete}",
    "side.bunn-navn": "Om nettstaden",
    "side.tilgjengelighet": "Tilgjengelegheitserklæring",
    "side.personvern": "Personvernerklæring",
    "side.nyhetsfeed": "Nyheiter",
    "side.om-nyheten": "Om nyheita",
    "side.nyhetssider": "Sider med nyheiter",
    "side.404.tittel": "Sida finst ikkje",
    "side.404.tekst": (
        "Vi finn ikkje sida de bad om. Ho kan vere flytta, eller adressa kan vere skriven feil."
    ),
    "side.404.forside": "Gå til framsida",
    "side.404.sok": "Bruk søket øvst på sida for å finne det de leitar etter.",
    "side.tabell-rulles": "Tabell som kan rullast sidelengs",
    "side.tabell-rull-hint": "Rull sidelengs for å sjå heile tabellen.",
    # The internal site's front page
    "intern.tittel": "Intern dokumentasjon",
    "intern.ingress": (
        "Sidene her er for saksbehandlarane hos Statsforvaltaren og for dei som driftar og "
        "utviklar systemet. Dei er ikkje ein del av den offentlege nettstaden."
    ),
    "intern.saksbehandling": "For saksbehandlarar: frå behovsmelding til publisert fordeling",
    "intern.utvikling": "Om systemet: kontrollen, problemkodane, kommandolinja, mottaket og nettstaden",
    # Data markers (scripts/kompetanse/site/data_markdown.py)
    "data.digitalt-system": "Hjelp med det digitale systemet",
    "data.epost": "E-post",
    "data.telefon": "Telefon",
    "data.telefon-kort": "telefon",
    "data.kontakt-embetet": "Kontakt {embete} gjennom [kontaktsida]({lenke}).",
    "data.uh-ved": "ved {vert}",
    "data.uh-nettside": "Nettstad",
    "data.uh-kontaktpersoner": "Kontaktpersonar",
    "data.uh-type.universitet": "Universitet",
    "data.uh-type.hoyskole": "Høgskular",
    "data.uh-type.nasjonalt_senter": "Nasjonale senter",
    "data.uh-kontaktvei.med-kontakter": (
        "Kontaktpersonane for kompetanseordningane står ved kvar institusjon nedanfor. Spør gjerne "
        "etter fagmiljøet for barnehage- eller skulebasert kompetanseutvikling."
    ),
    "data.uh-kontaktvei.spor-oss": (
        "**Spør oss.** Kontaktpersonen for ordninga hos Statsforvaltaren veit kven som arbeider med "
        "ordningane ved kvar institusjon, og set dykk i kontakt. Sjå [Kontakt]({kontakt})."
    ),
    "data.uh-kontaktvei.oversikt": (
        "**Les oversikta.** Statsforvaltaren har ei oversikt (PDF) over kontaktpersonane ved "
        "universitet, høgskular og nasjonale senter på {lenke}."
    ),
    "data.uh-kontaktvei.oversikt-lenke": "sida si om ordninga",
    "data.uh-kontaktvei.institusjonen": (
        "**Gå til institusjonen.** Nettstaden til kvar institusjon står i lista nedanfor. Spør etter "
        "fagmiljøet for barnehage- eller skulebasert kompetanseutvikling."
    ),
    "data.lenke-kategori.udir": "Utdanningsdirektoratet",
    "data.lenke-kategori.regelverk": "Regelverk",
    "data.lenke-kategori.statsforvalteren": "Statsforvaltaren",
    "data.lenke-kategori.uh": "Universitet og høgskular",
    "data.lenke-kategori.annet": "Anna",
    "data.embetets-side": "Sida til Statsforvaltaren om ordninga",
    "data.embetets-side-har": "Der finn de òg {liste}.",
    "data.og": "og",
    "data.dokumenter-hos-embetet": "Dokumenta ligg som PDF på {lenke}.",
    "data.ingen-dokumenter": "Ingen dokument er publiserte enno.",
    "data.nettside": "Sida til Statsforvaltaren om ordninga",
    "data.abonnement": "Nyheitsvarsel på e-post frå {embete}",
    "data.egenandel-regel": (
        "Eigenandelen skal vere minst **{sats} av eigarandelen**, rekna for kvart budsjettår og "
        "runda opp til heile kroner. UH-andelen og koordinatorandelen tel ikkje med."
    ),
    "data.koordinator-regel": (
        "Det finst inga fast nasjonal grense for koordinatorandelen. Skjemaet varslar når han er "
        "meir enn **{sats} av summen** for eit år, og samarbeidsforum vurderer om andelen er rimeleg."
    ),
    # Deadlines and calendar (scripts/kompetanse/site/calendar.py)
    "frist.skjema_aapner": "Skjemaet for behovsmeldingar for {aar} opnar",
    "frist.frist": "Frist for behovsmeldingar for {aar}",
    "frist.vedtak_innen": "Vedtak om tildeling for {aar} blir gjort innan denne datoen",
    "frist.kolonne.midler-for": "Midlar for",
    "frist.kolonne.aapner": "Skjemaet opnar",
    "frist.kolonne.frist": "Frist",
    "frist.kolonne.vedtak": "Vedtak innan",
    "frist.kommende": "Komande datoar",
    "frist.ingen-kommende": "Ingen nye datoar er fastsette enno.",
    "frist.tidligere": "Tidlegare datoar",
    "frist.neste": "Neste frist for behovsmeldingar er **{dato}** (midlar for {aar}). {tilstand}",
    "frist.skjema-aapent": "Skjemaet er ope.",
    "frist.skjema-aapner": "Skjemaet opnar {dato}.",
    "frist.ingen-neste": "Neste frist er ikkje fastsett enno. Følg med på nyheitene.",
    "frist.kalendernavn": "Fristar – lokal kompetanseutvikling – {embete}",
    # News (scripts/kompetanse/site/news.py)
    "nyhet.ingen": "Ingen nyheiter enno.",
    "nyhet.feed-tittel": "Nyheiter – lokal kompetanseutvikling – {embete}",
    "nyhet.feed-beskrivelse": "Nyheiter om tilskotsordninga for lokal kompetanseutvikling.",
}
