"""Nynorsk: the Meld behov form, its receipt and the receiver's answers."""

WORDS: dict[str, str] = {
    "skjema.laster": "Skjemaet blir lasta …",
    "skjema.uten-js.tittel": "Skjemaet treng JavaScript",
    "skjema.uten-js.tekst": (
        "JavaScript er slått av eller verkar ikkje i nettlesaren dykkar, og då kan ikkje skjemaet "
        "visast. Slå på JavaScript, eller opne sida i ein annan nettlesar."
    ),
    "skjema.uten-js.kontakt": (
        "Får de ikkje brukt skjemaet, kontakt dei som svarar for det digitale systemet hos "
        "{embete}, så hjelper dei dykk:"
    ),
    "skjema.uten-js.alle-kontakter": "Alle kontaktpersonane våre",
    # The receiver's answers (scripts/kompetanse/receiver/intake.py)
    "mottak.ugyldig-nokkel": "Idempotency-Key må vere 8–200 teikn (bokstavar, tal, . _ : -).",
    "mottak.utilgjengelig": (
        "Mottaket kan ikkje kontrollere innsendingar akkurat no. Prøv igjen seinare."
    ),
    "mottak.nokkel-brukt": (
        "Denne innsendinga har same nøkkel som ei behovsmelding som alt er teken imot, men "
        "innhaldet er eit anna. Last inn skjemaet på nytt og send igjen, så blir det ei ny "
        "behovsmelding; vil de endre den de sende, bruker de lenkja i kvitteringa."
    ),
    "mottak.ugyldig-epost": (
        "E-postadressa til kontaktpersonen kan ikkje brukast: ho har teikn som ikkje kan stå i ei "
        "e-postadresse. Skriv ei vanleg adresse, til dømes kari.nordmann@kommune.no."
    ),
    "mottak.for-mange-til-adressen": (
        "For mange behovsmeldingar med same e-postadresse på kort tid. Prøv igjen seinare."
    ),
    "mottak.avvist": "Innsendinga vart avvist.",
    "mottak.ukjent-felt": "Feltet «{felt}» høyrer ikkje heime her.",
    "mottak.mangler": "Feltet «{felt}» manglar.",
    "mottak.ikke-objekt": "Behovsmeldinga må vere eit JSON-objekt.",
    "mottak.ikke-tekst": "Feltet skal vere tekst.",
    "mottak.for-stor": "Innsendinga er større enn grensa på {grense} byte.",
    "mottak.opphav": "Skjemaet må sendast frå nettstaden.",
    "mottak.innholdstype": "Innsendinga må ha Content-Type: application/json.",
    "mottak.for-mange": "For mange innsendingar på kort tid. Vent litt og prøv igjen.",
    "mottak.for-sakte": "Innsendinga kom for seint fram, og sambandet vart stengt. Prøv igjen.",
    "mottak.ikke-funnet": "Fann ikkje adressa.",
    "mottak.metode": "Metoden er ikkje tillaten her.",
    "mottak.ukjent-http": "Førespurnaden kunne ikkje behandlast.",
    "mottak.intern-feil": (
        "Noko gjekk gale hos oss, og behovsmeldinga vart ikkje teken imot. Prøv igjen seinare."
    ),
    "mottak.lager-fullt": (
        "Mottaket har ikkje plass til å lagre innsendinga akkurat no, så ho vart ikkje teken imot, "
        "og ingenting av det du sende, er lagra. Prøv igjen om litt."
    ),
    # The form's own words (docs/assets/skjema/*.js)
    "skjema.navn": "Behovsmelding",
    "skjema.behovsmeldingen": "Behovsmeldinga",
    "skjema.om-behovsmeldingen": "Om behovsmeldinga",
    "skjema.valgfritt": "{felt} (valfritt)",
    "skjema.velg": "Vel …",
    "skjema.fjern": "Fjern {hva}",
    "skjema.legg-til": "Legg til {hva}",
    "skjema.ingen-lagt-til": "Ingen er lagde til.",
    "skjema.rad": "Rad",
    "skjema.element": "Element",
    "skjema.rad-fjernet": "Rada er fjerna.",
    "skjema.ikke-tillatt-valg": "{valg} (ikkje tillate i vald ordning)",
    "skjema.uh-gruppe.universitet": "Universitet",
    "skjema.uh-gruppe.hoyskole": "Høgskular",
    "skjema.uh-gruppe.nasjonalt_senter": "Nasjonale senter",
    "skjema.uh-gruppe.andre": "Andre",
    "skjema.regel.eieren": "Eigaren",
    "skjema.regel.eier-nr": "Eigar {nummer} i nettverket",
    "skjema.regel.enhet-nr": "Eining {nummer}",
    "skjema.honningkrukke": "Nettstad (skal stå tom)",
    "skjema.sendt-etter-fristen": (
        "Fristen for {aar} var {dato}. Sender de no, blir behovsmeldinga merkt «sendt etter "
        "fristen», og Statsforvaltaren avgjer om ho kan behandlast."
    ),
    "skjema.frist": "Fristen for å melde behov for {aar} er {dato}.",
    "skjema.frist-ute-avvis": (
        "Fristen for å melde behov for {aar} var {dato} og har gått ut. Statsforvaltaren tek ikkje "
        "imot fleire behovsmeldingar for året; ta kontakt med Statsforvaltaren."
    ),
    "skjema.frist-ute-merkes": (
        "Fristen for å melde behov for {aar} var {dato} og har gått ut. De kan framleis sende, "
        "men behovsmeldinga blir merkt «sendt etter fristen»."
    ),
    "skjema.se-over-og-send": "Sjå over og send",
    "skjema.sender-retting": "Sender rettinga …",
    "skjema.retting.henter": "Hentar behovsmeldinga de vil rette …",
    "skjema.retting.tittel": "De rettar behovsmelding {id}",
    "skjema.retting.tekst": (
        "Skjemaet viser det de sende. Endre det som skal rettast, sjå over og send. Rettinga "
        "erstattar det de sende før; år og ordning kan ikkje endrast. Rettinga blir ikkje lagra "
        "som utkast i nettlesaren."
    ),
    "skjema.retting.send": "Sjå over og send rettinga",
    "skjema.send": "Send behovsmeldinga",
    "skjema.last-ned": "Last ned behovsmeldinga",
    "skjema.sender": "Sender behovsmeldinga …",
    "skjema.lastet-ned": "Behovsmeldinga er lasta ned som {fil}.",
    "skjema.kontrollert-og-lastet-ned": (
        "Behovsmeldinga er kontrollert og lasta ned som {fil}. Følg rettleiinga nedanfor for å "
        "sende ho inn."
    ),
    "skjema.klar-for-ny": "Skjemaet er klart for ei ny behovsmelding.",
    "skjema.utkast-hentet": (
        "Vi henta fram utkastet dykkar frå {tidspunkt}. Det de skriv, blir lagra fortløpande i "
        "denne nettlesaren."
    ),
    "skjema.utkast.tittel": "Lagre og hald fram seinare",
    "skjema.utkast.tekst": (
        "Det de skriv, blir lagra automatisk i denne nettlesaren, så de kan lukke sida og halde "
        "fram seinare. De kan òg laste ned behovsmeldinga som fil og hente ho inn igjen, til dømes "
        "på ei anna maskin."
    ),
    "skjema.utkast.last-ned": "Last ned som fil",
    "skjema.utkast.start-paa-nytt": "Start på nytt",
    "skjema.utkast.hent": "Hent behovsmelding frå fil",
    "skjema.utkast.hent-hjelp": "Vel ei fil de har lasta ned frå dette skjemaet tidlegare.",
    "skjema.utkast.ikke-lagret": (
        "Utkastet kunne ikkje lagrast i nettlesaren. Last ned behovsmeldinga som fil for å ta vare "
        "på ho."
    ),
    "skjema.utkast.bekreft-tom": "Ja, tøm skjemaet",
    "skjema.utkast.spor-tom": (
        "Vil de tømme skjemaet? Trykk «Ja, tøm skjemaet» for å slette utkastet. Last ned som fil "
        "først viss de vil ta vare på det."
    ),
    "skjema.utkast.tomt": "Skjemaet er tømt. De kan byrje på nytt.",
    "skjema.fil.ikke-behovsmelding": "Fila «{fil}» er ikkje ei behovsmelding: {grunn}",
    "skjema.fil.kan-ikke-leses": "ho kan ikkje lesast som ei behovsmelding frå dette skjemaet.",
    "skjema.fil.ikke-objekt": "ho inneheld ikkje ei behovsmelding.",
    "skjema.fil.ukjente-felt": "ho har felt som ikkje høyrer til ei behovsmelding ({felt}).",
    "skjema.fil.ingen-felt": "ho har ingen av felta i ei behovsmelding.",
    "skjema.fil.ikke-endret": "Skjemaet er ikkje endra.",
    "skjema.fil.hentet": "Behovsmeldinga frå «{fil}» er henta inn.",
    "skjema.fil.hentet-med-feil": (
        "Behovsmeldinga frå «{fil}» er henta inn; sjå over feila som er markerte."
    ),
    "skjema.mottak.ingen-kontakt": (
        "Fekk ikkje kontakt med mottaket. Utkastet er lagra i nettlesaren; prøv igjen om litt, "
        "eller last ned behovsmeldinga som fil."
    ),
    "skjema.mottak.for-stor": (
        "Behovsmeldinga er for stor til å sendast. Kort ned dei lengste tekstane og prøv igjen."
    ),
    "skjema.mottak.feil-format": (
        "Mottaket godtok ikkje formatet på behovsmeldinga. Last ned fila og kontakt "
        "Statsforvaltaren."
    ),
    "skjema.mottak.for-mange": (
        "Mottaket har fått mange innsendingar på kort tid. Vent eit minutt og prøv igjen; utkastet "
        "er lagra."
    ),
    "skjema.mottak.annen-feil": (
        "Noko gjekk gale i mottaket (status {status}). Utkastet er lagra; prøv igjen seinare, "
        "eller last ned behovsmeldinga som fil."
    ),
    "skjema.feil-prefiks": "Feil: ",
    "skjema.advarsel-prefiks": "Åtvaring: ",
    "skjema.oppsummering.skjema-en": "Skjemaet har 1 feil som må rettast før de kan sende",
    "skjema.oppsummering.skjema-flere": (
        "Skjemaet har {antall} feil som må rettast før de kan sende"
    ),
    "skjema.oppsummering.mottak-en": "Mottaket fann 1 feil som må rettast før de kan sende",
    "skjema.oppsummering.mottak-flere": (
        "Mottaket fann {antall} feil som må rettast før de kan sende"
    ),
    "skjema.oppsummering.advarsel-en": "Sjå over 1 åtvaring",
    "skjema.oppsummering.advarsel-flere": "Sjå over {antall} åtvaringar",
    "skjema.oppsummering.advarsler": "Åtvaringar (hindrar ikkje innsending)",
    "skjema.utregning": "Utrekning",
    "skjema.utregning.aar": "{aar}: {sum}, eigarandel {eier}, UH-andel {uh}, koordinator {koordinator}.",
    "skjema.utregning.aar-ikke-valgt": "År ikkje valt",
    "skjema.utregning.del": "{belop} ({andel})",
    "skjema.utregning.koordinator-over": "Koordinatorandelen er over varselgrensa på {grense}.",
    "skjema.utregning.koordinator-innenfor": (
        "Koordinatorandelen er innanfor varselgrensa på {grense}."
    ),
    "skjema.utregning.total": (
        "Sum for heile perioden: {sum}, av dette eigarandel {eier} og UH-andel {uh}."
    ),
    "skjema.utregning.egenandel-ukjent": (
        "Minste eigenandel kan ikkje reknast ut før året har satsar frå Statsforvaltaren."
    ),
    "skjema.utregning.egenandel": (
        "Minste eigenandel: {minimum} ({sats} av eigarandelen kvart år). Oppgitt eigenandel: "
        "{oppgitt}."
    ),
    "skjema.utregning.egenandel-mangler": "Det manglar {mangler}.",
    "skjema.utregning.egenandel-ok": "Eigenandelen er høg nok.",
    "skjema.veiledning.tittel": "Slik sender de inn behovsmeldinga",
    "skjema.veiledning.ingress": (
        "Denne nettstaden har ikkje noko mottak. Last ned behovsmeldinga som fil og last ho opp i "
        "arkivet for behovsmeldingar:"
    ),
    "skjema.veiledning.steg-last-ned": (
        "Trykk «Last ned behovsmeldinga». Skjemaet blir kontrollert først; rett eventuelle feil."
    ),
    "skjema.veiledning.steg-apne": "Opne {arkivet} i nettlesaren og logg inn.",
    "skjema.veiledning.arkivet": "arkivet for behovsmeldingar",
    "skjema.veiledning.arkivet-uten-lenke": (
        "arkivet for behovsmeldingar (lenkja får de av Statsforvaltaren)"
    ),
    "skjema.veiledning.steg-mappe": (
        "Gå til mappa {mappe}. Finst ho ikkje, skriv de mappenamnet framfor filnamnet når de "
        "lastar opp."
    ),
    "skjema.veiledning.steg-last-opp": "Vel «Add file» og «Upload files», og last opp fila.",
    "skjema.veiledning.steg-pull-request": (
        "Vel å lage ei ny grein og ein pull request. Gi han ein kort tittel utan "
        "personopplysningar, til dømes «Behovsmelding frå skjemaet»."
    ),
    "skjema.veiledning.filnavn": (
        "Fila får eit namn som bm-2027-1a2b3c4d.json. Namnet er referansenummeret til "
        "behovsmeldinga, laga av skjemaet: last opp fila utan å endre namnet eller innhaldet."
    ),
}
