"""Bokmål: the published allocation pages and their chart (scripts/kompetanse/publication/)."""

WORDS: dict[str, str] = {
    "fordeling.tittel": "Fordeling",
    "fordeling.aar-tittel": "Fordeling {aar}",
    "fordeling.oversikt": (
        "Her publiseres fordelingen av midlene for hvert år: rammene fra Udir, hva som er bundet "
        "opp fra tidligere år, hva som er disponibelt, innmeldte behov, vedtak og hva hver eier og "
        "hver UH-partner får. Tabellene kan lastes ned som CSV og som regneark."
    ),
    "fordeling.ingen-aar": "Ingen år har data ennå.",
    "fordeling.aar": "År",
    "fordeling.ingress": (
        "Rammer, bundne midler, innmeldte behov og vedtak for {aar}, og hva hver eier og hver "
        "UH-partner får. Tallene oppdateres hver gang det kommer nye behovsmeldinger eller vedtak."
    ),
    "fordeling.per-ordning": "Midler per ordning",
    "fordeling.per-ordning-forklaring": (
        "Beløpene er i hele kroner. Disponibelt er tildelt fra Udir minus det som er bundet opp "
        "av vedtak fra tidligere år. Innmeldte behov er det behovsmeldingene for året ber om for "
        "dette året."
    ),
    "fordeling.kolonne.ordning": "Ordning",
    "fordeling.kolonne.tildelt": "Tildelt fra Udir",
    "fordeling.kolonne.bundet-opp": "Bundet opp fra tidligere år",
    "fordeling.kolonne.bundet-opp-fra": "Bundet opp fra {aar}",
    "fordeling.kolonne.disponibelt": "Disponibelt",
    "fordeling.kolonne.innmeldte-behov": "Innmeldte behov",
    "fordeling.kolonne.vedtatt": "Vedtatt",
    "fordeling.kolonne.gjenstaar": "Gjenstår",
    "fordeling.kolonne.fylke": "Fylke",
    "fordeling.kolonne.eier": "Eier",
    "fordeling.kolonne.orgnr": "Organisasjonsnummer",
    "fordeling.kolonne.uh": "UH",
    "fordeling.kolonne.utbetaling": "Utbetaling {aar}",
    "fordeling.kolonne.sum": "Sum",
    "fordeling.kolonne.egenandel": "Egenandel",
    "fordeling.totalt": "Totalt",
    "fordeling.tilrettelegging-note": (
        "\\* Etter at {avsatt} av rammen på {ramme} er satt av til tilretteleggingsmidler."
    ),
    "fordeling.tilrettelegging-note-navngitt": (
        "\\* {ordning}: etter at {avsatt} av rammen på {ramme} er satt av til "
        "tilretteleggingsmidler."
    ),
    "fordeling.egenandel-gjelder": "Kolonnen Egenandel gjelder bare {ordninger}.",
    "fordeling.ingen-egenandel": "Ingen av ordningene har egenandel.",
    "fordeling.ramme-mangler": "Rammen fra Udir er ikke registrert ennå for: {ordninger}.",
    "fordeling.per-fylke": "Behovsmeldinger per fylke",
    "fordeling.per-fylke-forklaring": (
        "Antall behovsmeldinger for {aar} etter fylket eieren hører til, i embetets rekkefølge; en "
        "rad kan også samle en type eier (som fylkeskommunene)."
    ),
    "fordeling.historikk-telling": (
        "Tallene tar med {saker} vedtak fra {aar} som er ført fra embetets egne saker (fra før "
        "behovsmeldingene kom inn her); de telles etter eieren og fylket i vedtaket. Innmeldte "
        "behov omfatter bare behovsmeldinger som er kommet inn her."
    ),
    "fordeling.historikk-lister": (
        "Listene tar med {antall} vedtak ført fra embetets egne saker. Der fordelingen mellom "
        "eier, UH og koordinator ikke er kjent, er hele beløpet ført på eieren."
    ),
    "fordeling.eiere": "Hva hver eier får",
    "fordeling.uh": "Hva hver UH får",
    "fordeling.ingen-vedtak": "Det er ingen vedtak som gir utbetaling i {aar} ennå.",
    "fordeling.eiere-forklaring": (
        "Eieren får utbetalt eierens andel og koordinatorandelen; UH-andelen går til UH-partneren."
    ),
    "fordeling.vedtak-fra-eiere": "Vedtak fra {aar} (eiere)",
    "fordeling.vedtak-fra-uh": "Vedtak fra {aar} (UH)",
    "fordeling.last-ned": "Last ned",
    "fordeling.fil": "{tittel}: [{fil}]({fil}) (tabellskjema: [{skjema}]({skjema}))",
    "fordeling.regneark": "Alle tabellene i ett regneark: [{fil}]({fil})",
    "fordeling.datapakke": "Datapakke som beskriver filene: [{fil}]({fil})",
    "fordeling.tabell.ordninger": "Midler per ordning",
    "fordeling.tabell.fylker": "Behovsmeldinger per fylke",
    "fordeling.tabell.eiere": "Hva hver eier får",
    "fordeling.tabell.uh": "Hva hver UH får",
    # The chart (scripts/kompetanse/publication/chart.py)
    "diagram.tittel": "Disponibelt, innmeldte behov og vedtatt per ordning i {aar}",
    "diagram.beskrivelse": "Søylediagram for {aar}.",
    "diagram.serie.disponibelt": "Disponibelt",
    "diagram.serie.innmeldte_behov": "Innmeldte behov",
    "diagram.serie.vedtatt": "Vedtatt",
    # Bruken av midlene (publication/rapportering.py)
    "rapportering.tittel": "Bruken av midlene",
    "rapportering.ingress": (
        "Her står, for hvert utbetalingsår og hver ordning, hvor mye som er innvilget, og hvor mye "
        "eierne har rapportert som brukt og som ikke brukt. Rapportene for et år kommer inn "
        "vinteren etter, så tallene for det siste året fylles på etter hvert."
    ),
    "rapportering.utbetalt-i": "Utbetalt i {aar}",
    "rapportering.kolonne.ordning": "Ordning",
    "rapportering.kolonne.utbetalinger": "Utbetalinger",
    "rapportering.kolonne.rapporter": "Rapporter",
    "rapportering.kolonne.innvilget": "Innvilget",
    "rapportering.kolonne.brukt": "Rapportert brukt",
    "rapportering.kolonne.ikke-brukt": "Rapportert ikke brukt",
    "rapportering.ingen": "Det er ingen vedtak med utbetalinger ennå.",
    "rapportering.last-ned": "Tabellen kan lastes ned som [CSV]({fil}).",
    # Tildelte tilretteleggingsmidler (publication/tildeling_page.py)
    "tildeling.tittel": "Tildelte tilretteleggingsmidler",
    "tildeling.ingress": (
        "Hva hver barnehageeier har søkt om og fått i tilretteleggingsmidler, per barnehageår. "
        "Navnene på de ansatte som studerer, publiseres ikke."
    ),
    "tildeling.barnehageaar": "Barnehageåret {aar}",
    "tildeling.summer": (
        "Satt av: {satt_av}. Søkt: {sokt}. Tildelt: {tildelt}. {per_student} per student som "
        "oppfyller vilkårene. {merknad}"
    ),
    "tildeling.avkortet": (
        "Søknadene ba om mer enn det som er satt av, så hver søknad har fått sin forholdsmessige "
        "del."
    ),
    "tildeling.alle-fikk": "Alle søknadene har fått det de søkte om.",
    "tildeling.kolonne.eier": "Eier",
    "tildeling.kolonne.orgnr": "Organisasjonsnummer",
    "tildeling.kolonne.soknader": "Søknader",
    "tildeling.kolonne.studenter": "Studenter",
    "tildeling.kolonne.sokt": "Søkt",
    "tildeling.kolonne.tildelt": "Tildelt",
    "tildeling.ingen": "Det er ingen søknader ennå.",
}
