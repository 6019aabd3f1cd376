"""Nynorsk: the published allocation pages and their chart (scripts/kompetanse/publication/)."""

WORDS: dict[str, str] = {
    "fordeling.tittel": "Fordeling",
    "fordeling.aar-tittel": "Fordeling {aar}",
    "fordeling.oversikt": (
        "Her blir fordelinga av midlane publisert for kvart år: rammene frå Udir, kva som er bunde "
        "opp frå tidlegare år, kva som er disponibelt, innmelde behov, vedtak og kva kvar eigar og "
        "kvar UH-partnar får. Tabellane kan lastast ned som CSV og som rekneark."
    ),
    "fordeling.ingen-aar": "Ingen år har data enno.",
    "fordeling.aar": "År",
    "fordeling.ingress": (
        "Rammer, bundne midlar, innmelde behov og vedtak for {aar}, og kva kvar eigar og kvar "
        "UH-partnar får. Tala blir oppdaterte kvar gong det kjem nye behovsmeldingar eller vedtak."
    ),
    "fordeling.per-ordning": "Midlar per ordning",
    "fordeling.per-ordning-forklaring": (
        "Beløpa er i heile kroner. Disponibelt er tildelt frå Udir minus det som er bunde opp av "
        "vedtak frå tidlegare år. Innmelde behov er det behovsmeldingane for året ber om for dette "
        "året."
    ),
    "fordeling.kolonne.ordning": "Ordning",
    "fordeling.kolonne.tildelt": "Tildelt frå Udir",
    "fordeling.kolonne.bundet-opp": "Bunde opp frå tidlegare år",
    "fordeling.kolonne.bundet-opp-fra": "Bunde opp frå {aar}",
    "fordeling.kolonne.disponibelt": "Disponibelt",
    "fordeling.kolonne.innmeldte-behov": "Innmelde behov",
    "fordeling.kolonne.vedtatt": "Vedteke",
    "fordeling.kolonne.gjenstaar": "Står att",
    "fordeling.kolonne.fylke": "Fylke",
    "fordeling.kolonne.eier": "Eigar",
    "fordeling.kolonne.orgnr": "Organisasjonsnummer",
    "fordeling.kolonne.uh": "UH",
    "fordeling.kolonne.utbetaling": "Utbetaling {aar}",
    "fordeling.kolonne.sum": "Sum",
    "fordeling.kolonne.egenandel": "Eigenandel",
    "fordeling.totalt": "Totalt",
    "fordeling.tilrettelegging-note": (
        "\\* Etter at {avsatt} av ramma på {ramme} er sett av til tilretteleggingsmidlar."
    ),
    "fordeling.tilrettelegging-note-navngitt": (
        "\\* {ordning}: etter at {avsatt} av ramma på {ramme} er sett av til "
        "tilretteleggingsmidlar."
    ),
    "fordeling.egenandel-gjelder": "Kolonnen Eigenandel gjeld berre {ordninger}.",
    "fordeling.ingen-egenandel": "Ingen av ordningane har eigenandel.",
    "fordeling.ramme-mangler": "Ramma frå Udir er ikkje registrert enno for: {ordninger}.",
    "fordeling.per-fylke": "Behovsmeldingar per fylke",
    "fordeling.per-fylke-forklaring": (
        "Talet på behovsmeldingar for {aar} etter fylket eigaren høyrer til, i den rekkjefølgja "
        "embetet bruker; ei rad kan òg samle ein type eigar (som fylkeskommunane)."
    ),
    "fordeling.historikk-telling": (
        "Tala tek med {saker} vedtak frå {aar} som er førte frå dei eigne sakene til embetet (frå "
        "før behovsmeldingane kom inn her); dei blir talde etter eigaren og fylket i vedtaket. "
        "Innmelde behov omfattar berre behovsmeldingar som har kome inn her."
    ),
    "fordeling.historikk-lister": (
        "Listene tek med {antall} vedtak førte frå dei eigne sakene til embetet. Der fordelinga "
        "mellom eigar, UH og koordinator ikkje er kjend, er heile beløpet ført på eigaren."
    ),
    "fordeling.eiere": "Kva kvar eigar får",
    "fordeling.uh": "Kva kvar UH får",
    "fordeling.ingen-vedtak": "Det er ingen vedtak som gir utbetaling i {aar} enno.",
    "fordeling.eiere-forklaring": (
        "Eigaren får utbetalt eigarandelen og koordinatorandelen; UH-andelen går til UH-partnaren."
    ),
    "fordeling.vedtak-fra-eiere": "Vedtak frå {aar} (eigarar)",
    "fordeling.vedtak-fra-uh": "Vedtak frå {aar} (UH)",
    "fordeling.last-ned": "Last ned",
    "fordeling.fil": "{tittel}: [{fil}]({fil}) (tabellskjema: [{skjema}]({skjema}))",
    "fordeling.regneark": "Alle tabellane i eitt rekneark: [{fil}]({fil})",
    "fordeling.datapakke": "Datapakke som skildrar filene: [{fil}]({fil})",
    "fordeling.tabell.ordninger": "Midlar per ordning",
    "fordeling.tabell.fylker": "Behovsmeldingar per fylke",
    "fordeling.tabell.eiere": "Kva kvar eigar får",
    "fordeling.tabell.uh": "Kva kvar UH får",
    # The chart (scripts/kompetanse/publication/chart.py)
    "diagram.tittel": "Disponibelt, innmelde behov og vedteke per ordning i {aar}",
    "diagram.beskrivelse": "Søylediagram for {aar}.",
    "diagram.serie.disponibelt": "Disponibelt",
    "diagram.serie.innmeldte_behov": "Innmelde behov",
    "diagram.serie.vedtatt": "Vedteke",
    # Bruken av midlane (publication/rapportering.py)
    "rapportering.tittel": "Bruken av midlane",
    "rapportering.ingress": (
        "Her står, for kvart utbetalingsår og kvar ordning, kor mykje som er innvilga, og kor mykje "
        "eigarane har rapportert som brukt og som ikkje brukt. Rapportane for eit år kjem inn "
        "vinteren etter, så tala for det siste året blir fylte på etter kvart."
    ),
    "rapportering.utbetalt-i": "Utbetalt i {aar}",
    "rapportering.kolonne.ordning": "Ordning",
    "rapportering.kolonne.utbetalinger": "Utbetalingar",
    "rapportering.kolonne.rapporter": "Rapportar",
    "rapportering.kolonne.innvilget": "Innvilga",
    "rapportering.kolonne.brukt": "Rapportert brukt",
    "rapportering.kolonne.ikke-brukt": "Rapportert ikkje brukt",
    "rapportering.ingen": "Det er ingen vedtak med utbetalingar enno.",
    "rapportering.last-ned": "Tabellen kan lastast ned som [CSV]({fil}).",
    # Tildelte tilretteleggingsmidlar (publication/tildeling_page.py)
    "tildeling.tittel": "Tildelte tilretteleggingsmidlar",
    "tildeling.ingress": (
        "Kva kvar barnehageeigar har søkt om og fått i tilretteleggingsmidlar, per barnehageår. "
        "Namna på dei tilsette som studerer, blir ikkje publiserte."
    ),
    "tildeling.barnehageaar": "Barnehageåret {aar}",
    "tildeling.summer": (
        "Sett av: {satt_av}. Søkt: {sokt}. Tildelt: {tildelt}. {per_student} per student som "
        "oppfyller vilkåra. {merknad}"
    ),
    "tildeling.avkortet": (
        "Søknadene bad om meir enn det som er sett av, så kvar søknad har fått sin forholdsmessige "
        "del."
    ),
    "tildeling.alle-fikk": "Alle søknadene har fått det dei søkte om.",
    "tildeling.kolonne.eier": "Eigar",
    "tildeling.kolonne.orgnr": "Organisasjonsnummer",
    "tildeling.kolonne.soknader": "Søknader",
    "tildeling.kolonne.studenter": "Studentar",
    "tildeling.kolonne.sokt": "Søkt",
    "tildeling.kolonne.tildelt": "Tildelt",
    "tildeling.ingen": "Det er ingen søknader enno.",
}
