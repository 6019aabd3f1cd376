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
    "fordeling.per-fylke-forklaring": "Antall behovsmeldinger for {aar} etter fylket eieren hører til.",
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
}
