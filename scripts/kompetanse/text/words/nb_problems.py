"""Bokmål: the problem messages of validation (scripts/kompetanse/validation/)."""

WORDS: dict[str, str] = {
    "problem.ingen": "ingen",
    "problem.ukjent": "ukjent",
    # Reading the file (json_input.py)
    "problem.json-duplikat-nokkel": "Feltet «{felt}» står mer enn én gang.",
    "problem.json-ugyldig-tall": "Fant {navn}, som ikke er et gyldig tall i JSON.",
    "problem.fil-for-stor": "Filen er {storrelse} byte; en behovsmelding kan være høyst {maks} byte.",
    "problem.json-bom": "Filen starter med et byte-order-merke (BOM). Lagre som UTF-8 uten BOM.",
    "problem.json-ugyldig-utf8": "Filen er ikke gyldig UTF-8 (ugyldig byte ved posisjon {posisjon}).",
    "problem.json-ugyldig": "Ugyldig JSON på linje {linje}, kolonne {kolonne}: {feil}.",
    "problem.json-ugyldig.store-tall": "Ugyldig JSON: et tall har altfor mange sifre.",
    "problem.json-for-dyp": "Filen er nestet dypere enn {maks} nivåer.",
    "problem.json-surrogat": "Teksten har et ugyldig tegn (en enslig surrogat, som \\ud800).",
    "problem.json-ikke-objekt": "Behovsmeldingen må være et JSON-objekt ({{ … }}).",
    "problem.tall-ikke-heltall": "Tallet {verdi} skal skrives som heltall, uten desimaler.",
    "json.forventet-verdi": "forventet en verdi",
    "json.forventet-feltnavn": "forventet et feltnavn i doble anførselstegn",
    "json.forventet-komma": "forventet komma",
    "json.forventet-kolon": "forventet kolon",
    "json.ekstra-tegn": "ekstra tegn etter slutten av dokumentet",
    "json.uavsluttet-tekst": "tekst uten avsluttende anførselstegn",
    "json.kontrolltegn": "ugyldig kontrolltegn i tekst",
    "json.escape": "ugyldig escape-sekvens",
    # Schema (schema.py, schema_messages.py)
    "skjema.type.string": "tekst",
    "skjema.type.integer": "et heltall",
    "skjema.type.number": "et tall",
    "skjema.type.boolean": "ja/nei (true eller false)",
    "skjema.type.array": "en liste",
    "skjema.type.object": "et objekt",
    "skjema.type.null": "tom (null)",
    "skjema.verdi.objekt": "et objekt",
    "skjema.verdi.liste": "en liste med {antall} elementer",
    "skjema.verdi.skjult": "en verdi som ikke vises her (personopplysning)",
    "problem.skjema-mangler-felt": "«{felt}» mangler.",
    "problem.skjema-bekreftes": "«{felt}» må bekreftes (krysses av).",
    "problem.skjema-type": "«{felt}» skal være {ventet}, men er {type} ({funnet}).",
    "problem.skjema-ukjent-felt": "«{felt}» har felt som ikke finnes i skjemaet: {navn}.",
    "problem.skjema-fast-verdi": "«{felt}» skal være {ventet}, men er {funnet}.",
    "problem.skjema-ugyldig-valg": "«{felt}» må være en av: {valg}; fant {funnet}.",
    "problem.skjema-ugyldig-format.med-hjelp": "«{felt}» har feil form: {funnet}. {hjelp}",
    "problem.skjema-ugyldig-format": "«{felt}» har feil form: {funnet}.",
    "problem.skjema-for-lav": "«{felt}» må være minst {grense}; fant {funnet}.",
    "problem.skjema-for-lav.eksklusiv": "«{felt}» må være større enn {grense}; fant {funnet}.",
    "problem.skjema-for-hoy": "«{felt}» kan være høyst {grense}; fant {funnet}.",
    "problem.skjema-for-hoy.eksklusiv": "«{felt}» må være mindre enn {grense}; fant {funnet}.",
    "problem.skjema-for-kort": "«{felt}» må ha minst {grense} tegn; har {lengde}.",
    "problem.skjema-for-lang": "«{felt}» kan ha høyst {grense} tegn; har {lengde}.",
    "problem.skjema-for-faa": "«{felt}» må ha minst {grense}; har {antall}.",
    "problem.skjema-for-mange": "«{felt}» kan ha høyst {grense}; har {antall}.",
    "problem.skjema-annet": "«{felt}» oppfyller ikke kravet «{krav}» i skjemaet.",
    "problem.skjema-versjon-ukjent": "Ukjent skjemaversjon {funnet}; kjente versjoner: {kjente}.",
    "problem.skjema-versjon-ukjent.ikke-tekst": (
        "«Skjemaversjon» skal være tekst, men er {funnet}; kjente versjoner: {kjente}."
    ),
    # Rules (rules.py, ordning_rules.py)
    "problem.orgnr-ugyldig": (
        "«{nummer}» er ikke et gyldig organisasjonsnummer. Sjekk at det har 9 siffer og er skrevet "
        "riktig."
    ),
    "problem.budsjett-sum-feil": (
        "Summen for {aar} er {sum}, men eierens andel + UH-andel + koordinatorandel er {beregnet}."
    ),
    "problem.budsjett-aar-feil": (
        "Budsjettet skal ha én linje for hvert år {forventet} (år {aar}, {periode} år); "
        "fant {funnet}."
    ),
    "problem.koordinator-andel-hoy": (
        "Koordinatorandelen for {aar} er {andel} % av summen; varselgrensen er {grense}. "
        "Koordinering skal bare ha en begrenset del."
    ),
    "problem.aar-ikke-apent": (
        "Det er ikke åpnet for behovsmeldinger for {aar} i denne ordningen. Årene som har frister: "
        "{aarene}."
    ),
    "problem.periode-for-lang": "Varigheten er {periode} år; for {aar} er lengste periode {maks} år.",
    "problem.nettverk-inneholder-eier": (
        "«{navn}» har samme organisasjonsnummer ({nummer}) som eieren som melder, og skal ikke stå "
        "i nettverket."
    ),
    "problem.nettverk-duplikat": "{navn} ({nummer}) står flere ganger i nettverket.",
    "problem.fylke-utenfor-embetet": (
        "{fylke} hører ikke til {embete}. Er behovsmeldingen sendt til riktig embete?"
    ),
    "problem.uh-ukjent": "UH-partneren «{uh}» finnes ikke i listen over UH-partnere.",
    "problem.supplerende-vedtak-mangler": (
        "Det finnes ikke noe vedtak for behovsmeldingen «{id}» som denne skal supplere."
    ),
    "problem.ordning-ukjent": "Det finnes ingen ordning «{ordning}». Ordningene er: {kjente}.",
    "problem.enhetstype-ikke-tillatt": (
        "«{navn}» kan ikke være med i {ordning}: ordningen tar ikke imot denne typen enhet. Velg "
        "en annen type, eller meld behovet i en ordning som tar imot den."
    ),
    "problem.eiertype-ikke-tillatt": (
        "«{navn}» kan ikke være med i {ordning}: ordningen er ikke åpen for denne typen eier."
    ),
    "problem.egenandel-mangler": "{ordning} krever egenandel; fyll ut feltet «Egenandel».",
    "problem.egenandel-ikke-tillatt": "{ordning} har ingen egenandel; ta bort feltet «Egenandel».",
    "problem.egenandel-under-minimum": (
        "Egenandelen er {oppgitt}, men må være minst {minimum} ({sats} av eierens andel hvert år)."
    ),
    "problem.frist-utlopt": (
        "Fristen for behovsmeldinger for {aar} var {frist}, og Statsforvalteren tar ikke imot "
        "flere i denne ordningen. Ta kontakt med Statsforvalteren."
    ),
    # The repository (paths.py, integrity.py, checker.py)
    "problem.filsti-ugyldig": (
        "Filen skal ligge som submissions/<år>/<ordning>/<id>.json, der <ordning> er ordningens "
        "korte id og <id> for eksempel bm-2025-0a1b2c3d."
    ),
    "problem.filsti-stemmer-ikke": (
        "Filstien stemmer ikke med innholdet (år, ordning, id); innholdet hører hjemme i {riktig}."
    ),
    "problem.filsti-ugyldig-type": (
        "Filen skal ligge som {eksempel}, der <id> for eksempel er {prefiks}-2025-0a1b2c3d."
    ),
    "problem.filsti-stemmer-ikke-type": (
        "Filstien stemmer ikke med innholdet (år, id); innholdet hører hjemme i {riktig}."
    ),
    "problem.id-duplikat": "Id-en «{id}» brukes også av {andre}.",
    "problem.vedtak-behovsmelding-mangler": (
        "Vedtaket viser til behovsmeldingen «{id}», som ikke finnes i submissions/."
    ),
    "problem.vedtak-foer-behovsmelding": (
        "Vedtaket for «{id}» (behovsmelding for {aar}) har vedtaksår {vedtaksaar} og utbetalingsår "
        "{utbetalingsaar}."
    ),
    "problem.rammer-mangler": (
        "Det finnes behovsmeldinger for {aar} ({ordning}), men rammen fra Udir er ikke registrert "
        "ennå."
    ),
    "problem.tabell-uleselig": (
        "Referansedataene kunne ikke leses, så reglene ble ikke kontrollert: {feil}"
    ),
    # Output (review/check_report.py)
    "kontroll.feil": "feil",
    "kontroll.advarsel": "advarsel",
    "kontroll.advarsler": "advarsler",
    "kontroll.fil": "fil",
    "kontroll.filer": "filer",
    "kontroll.ingen-feil": "Ingen feil.",
    "kontroll.feilet": "Kontrollen feilet.",
    "kontroll.oppsummering": "{utfall} {filer} kontrollert: {feil} feil, {advarsler}.",
    "kontroll.overskrift": "Validering",
    "kontroll.kolonne.alvor": "Alvor",
    "kontroll.kolonne.kode": "Kode",
    "kontroll.kolonne.fil": "Fil",
    "kontroll.kolonne.sted": "Sted",
    "kontroll.kolonne.melding": "Melding",
    # The text itself (text_checks.py)
    "problem.tekst-usynlige-tegn": (
        "Teksten har usynlige tegn eller tegn som snur skriveretningen ({koder}). De vises som koder på sidene og i rapporten; skriv teksten på nytt uten dem."
    ),
    "problem.tekst-blandet-skrift": (
        "Et ord blander latinske bokstaver med kyrilliske eller greske som ser like ut. Skriv ordet på nytt med vanlige bokstaver."
    ),
    "problem.celle-formel": (
        "Cellen begynner som en regnearkformel (=, @, eller + eller - foran en bokstav). Den blir vist som tekst, men sjekk at den er ment slik."
    ),
}
