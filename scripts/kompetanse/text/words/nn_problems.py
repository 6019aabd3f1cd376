"""Nynorsk: the problem messages of validation (scripts/kompetanse/validation/)."""

WORDS: dict[str, str] = {
    "problem.ingen": "ingen",
    "problem.ukjent": "ukjend",
    # Reading the file (json_input.py)
    "problem.json-duplikat-nokkel": "Feltet «{felt}» står meir enn éin gong.",
    "problem.json-ugyldig-tall": "Fann {navn}, som ikkje er eit gyldig tal i JSON.",
    "problem.fil-for-stor": "Fila er {storrelse} byte; ei behovsmelding kan vere høgst {maks} byte.",
    "problem.json-bom": "Fila byrjar med eit byte-order-merke (BOM). Lagre som UTF-8 utan BOM.",
    "problem.json-ugyldig-utf8": "Fila er ikkje gyldig UTF-8 (ugyldig byte ved posisjon {posisjon}).",
    "problem.json-ugyldig": "Ugyldig JSON på linje {linje}, kolonne {kolonne}: {feil}.",
    "problem.json-ugyldig.store-tall": "Ugyldig JSON: eit tal har altfor mange siffer.",
    "problem.json-for-dyp": "Fila er nesta djupare enn {maks} nivå.",
    "problem.json-surrogat": "Teksten har eit ugyldig teikn (eit einsleg surrogat, som \\ud800).",
    "problem.json-ikke-objekt": "Behovsmeldinga må vere eit JSON-objekt ({{ … }}).",
    "problem.tall-ikke-heltall": "Talet {verdi} skal skrivast som heiltal, utan desimalar.",
    "json.forventet-verdi": "venta ein verdi",
    "json.forventet-feltnavn": "venta eit feltnamn i doble hermeteikn",
    "json.forventet-komma": "venta komma",
    "json.forventet-kolon": "venta kolon",
    "json.ekstra-tegn": "ekstra teikn etter slutten av dokumentet",
    "json.uavsluttet-tekst": "tekst utan avsluttande hermeteikn",
    "json.kontrolltegn": "ugyldig kontrollteikn i tekst",
    "json.escape": "ugyldig escape-sekvens",
    # Schema (schema.py, schema_messages.py)
    "skjema.type.string": "tekst",
    "skjema.type.integer": "eit heiltal",
    "skjema.type.number": "eit tal",
    "skjema.type.boolean": "ja/nei (true eller false)",
    "skjema.type.array": "ei liste",
    "skjema.type.object": "eit objekt",
    "skjema.type.null": "tom (null)",
    "skjema.verdi.objekt": "eit objekt",
    "skjema.verdi.liste": "ei liste med {antall} element",
    "skjema.verdi.skjult": "ein verdi som ikkje blir vist her (personopplysning)",
    "problem.skjema-mangler-felt": "«{felt}» manglar.",
    "problem.skjema-bekreftes": "«{felt}» må stadfestast (kryssast av).",
    "problem.skjema-type": "«{felt}» skal vere {ventet}, men er {type} ({funnet}).",
    "problem.skjema-ukjent-felt": "«{felt}» har felt som ikkje finst i skjemaet: {navn}.",
    "problem.skjema-fast-verdi": "«{felt}» skal vere {ventet}, men er {funnet}.",
    "problem.skjema-ugyldig-valg": "«{felt}» må vere ein av: {valg}; fann {funnet}.",
    "problem.skjema-ugyldig-format.med-hjelp": "«{felt}» har feil form: {funnet}. {hjelp}",
    "problem.skjema-ugyldig-format": "«{felt}» har feil form: {funnet}.",
    "problem.skjema-for-lav": "«{felt}» må vere minst {grense}; fann {funnet}.",
    "problem.skjema-for-lav.eksklusiv": "«{felt}» må vere større enn {grense}; fann {funnet}.",
    "problem.skjema-for-hoy": "«{felt}» kan vere høgst {grense}; fann {funnet}.",
    "problem.skjema-for-hoy.eksklusiv": "«{felt}» må vere mindre enn {grense}; fann {funnet}.",
    "problem.skjema-for-kort": "«{felt}» må ha minst {grense} teikn; har {lengde}.",
    "problem.skjema-for-lang": "«{felt}» kan ha høgst {grense} teikn; har {lengde}.",
    "problem.skjema-for-faa": "«{felt}» må ha minst {grense}; har {antall}.",
    "problem.skjema-for-mange": "«{felt}» kan ha høgst {grense}; har {antall}.",
    "problem.skjema-annet": "«{felt}» oppfyller ikkje kravet «{krav}» i skjemaet.",
    "problem.skjema-versjon-ukjent": "Ukjend skjemaversjon {funnet}; kjende versjonar: {kjente}.",
    "problem.skjema-versjon-ukjent.ikke-tekst": (
        "«Skjemaversjon» skal vere tekst, men er {funnet}; kjende versjonar: {kjente}."
    ),
    # Rules (rules.py, ordning_rules.py)
    "problem.orgnr-ugyldig": (
        "«{nummer}» er ikkje eit gyldig organisasjonsnummer. Sjekk at det har 9 siffer og er skrive "
        "rett."
    ),
    "problem.budsjett-sum-feil": (
        "Summen for {aar} er {sum}, men eigarandelen + UH-andelen + koordinatorandelen er "
        "{beregnet}."
    ),
    "problem.budsjett-aar-feil": (
        "Budsjettet skal ha éi linje for kvart år {forventet} (år {aar}, {periode} år); "
        "fann {funnet}."
    ),
    "problem.koordinator-andel-hoy": (
        "Koordinatorandelen for {aar} er {andel} % av summen; varselgrensa er {grense}. "
        "Koordinering skal berre ha ein avgrensa del."
    ),
    "problem.aar-ikke-apent": (
        "Det er ikkje opna for behovsmeldingar for {aar} i denne ordninga. Åra som har fristar: "
        "{aarene}."
    ),
    "problem.periode-for-lang": (
        "Varigheita er {periode} år; for {aar} er lengste periode {maks} år."
    ),
    "problem.nettverk-inneholder-eier": (
        "«{navn}» har same organisasjonsnummer ({nummer}) som eigaren som melder, og skal ikkje stå "
        "i nettverket."
    ),
    "problem.nettverk-duplikat": "{navn} ({nummer}) står fleire gonger i nettverket.",
    "problem.fylke-utenfor-embetet": (
        "{fylke} høyrer ikkje til {embete}. Er behovsmeldinga sendt til rett embete?"
    ),
    "problem.uh-ukjent": "UH-partnaren «{uh}» finst ikkje i lista over UH-partnarar.",
    "problem.supplerende-vedtak-mangler": (
        "Det finst ikkje noko vedtak for behovsmeldinga «{id}» som denne skal supplere."
    ),
    "problem.ordning-ukjent": "Det finst inga ordning «{ordning}». Ordningane er: {kjente}.",
    "problem.enhetstype-ikke-tillatt": (
        "«{navn}» kan ikkje vere med i {ordning}: ordninga tek ikkje imot denne typen eining. Vel "
        "ein annan type, eller meld behovet i ei ordning som tek imot henne."
    ),
    "problem.eiertype-ikke-tillatt": (
        "«{navn}» kan ikkje vere med i {ordning}: ordninga er ikkje open for denne typen eigar."
    ),
    "problem.egenandel-mangler": "{ordning} krev eigenandel; fyll ut feltet «Eigenandel».",
    "problem.egenandel-ikke-tillatt": "{ordning} har ingen eigenandel; ta bort feltet «Eigenandel».",
    "problem.egenandel-under-minimum": (
        "Eigenandelen er {oppgitt}, men må vere minst {minimum} ({sats} av eigarandelen kvart år)."
    ),
    "problem.frist-utlopt": (
        "Fristen for behovsmeldingar for {aar} var {frist}, og Statsforvaltaren tek ikkje imot "
        "fleire i denne ordninga. Ta kontakt med Statsforvaltaren."
    ),
    # The repository (paths.py, integrity.py, checker.py)
    "problem.filsti-ugyldig": (
        "Fila skal liggje som submissions/<år>/<ordning>/<id>.json, der <ordning> er den korte "
        "id-en til ordninga og <id> til dømes bm-2025-0a1b2c3d."
    ),
    "problem.filsti-stemmer-ikke": (
        "Filstien stemmer ikkje med innhaldet (år, ordning, id); innhaldet høyrer heime i {riktig}."
    ),
    "problem.filsti-ugyldig-type": (
        "Fila skal liggje som {eksempel}, der <id> til dømes er {prefiks}-2025-0a1b2c3d."
    ),
    "problem.filsti-stemmer-ikke-type": (
        "Filstien stemmer ikkje med innhaldet (år, id); innhaldet høyrer heime i {riktig}."
    ),
    "problem.id-duplikat": "Id-en «{id}» blir òg brukt av {andre}.",
    "problem.vedtak-behovsmelding-mangler": (
        "Vedtaket viser til behovsmeldinga «{id}», som ikkje finst i submissions/."
    ),
    "problem.vedtak-foer-behovsmelding": (
        "Vedtaket for «{id}» (behovsmelding for {aar}) har vedtaksår {vedtaksaar} og "
        "utbetalingsår {utbetalingsaar}."
    ),
    "problem.rammer-mangler": (
        "Det finst behovsmeldingar for {aar} ({ordning}), men ramma frå Udir er ikkje registrert "
        "enno."
    ),
    "problem.tabell-uleselig": (
        "Referansedataa kunne ikkje lesast, så reglane vart ikkje kontrollerte: {feil}"
    ),
    # Output (review/check_report.py)
    "kontroll.feil": "feil",
    "kontroll.advarsel": "åtvaring",
    "kontroll.advarsler": "åtvaringar",
    "kontroll.fil": "fil",
    "kontroll.filer": "filer",
    "kontroll.ingen-feil": "Ingen feil.",
    "kontroll.feilet": "Kontrollen feila.",
    "kontroll.oppsummering": "{utfall} Kontrollen gjekk gjennom {filer}: {feil} feil, {advarsler}.",
    "kontroll.overskrift": "Validering",
    "kontroll.kolonne.alvor": "Alvor",
    "kontroll.kolonne.kode": "Kode",
    "kontroll.kolonne.fil": "Fil",
    "kontroll.kolonne.sted": "Stad",
    "kontroll.kolonne.melding": "Melding",
    # The text itself (text_checks.py)
    "problem.tekst-usynlige-tegn": (
        "Teksten har usynlege teikn eller teikn som snur skriveretninga ({koder}). Dei blir viste som kodar på sidene og i rapporten; skriv teksten på nytt utan dei."
    ),
    "problem.tekst-blandet-skrift": (
        "Eit ord blandar latinske bokstavar med kyrilliske eller greske som ser like ut. Skriv ordet på nytt med vanlege bokstavar."
    ),
    "problem.celle-formel": (
        "Cella byrjar som ein reknearkformel (=, @, eller + eller - framfor ein bokstav). Ho blir vist som tekst, men sjekk at det er meint slik."
    ),
}
