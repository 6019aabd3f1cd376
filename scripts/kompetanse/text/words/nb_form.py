"""Bokmål: the Meld behov form, its receipt and the receiver's answers."""

WORDS: dict[str, str] = {
    "skjema.laster": "Skjemaet lastes …",
    "skjema.uten-js.tittel": "Skjemaet trenger JavaScript",
    "skjema.uten-js.tekst": (
        "JavaScript er slått av eller virker ikke i nettleseren deres, og da kan ikke skjemaet "
        "vises. Slå på JavaScript, eller åpne siden i en annen nettleser."
    ),
    "skjema.uten-js.kontakt": (
        "Får dere ikke brukt skjemaet, kontakt dem som svarer for det digitale systemet hos "
        "{embete}, så hjelper de dere:"
    ),
    "skjema.uten-js.alle-kontakter": "Alle kontaktpersonene våre",
    # The receiver's answers (scripts/kompetanse/receiver/intake.py)
    "mottak.ugyldig-nokkel": "Idempotency-Key må være 8–200 tegn (bokstaver, tall, . _ : -).",
    "mottak.utilgjengelig": (
        "Mottaket kan ikke kontrollere innsendinger akkurat nå. Prøv igjen senere."
    ),
    "mottak.nokkel-brukt": (
        "Denne innsendingen har samme nøkkel som en behovsmelding som allerede er tatt imot, men "
        "innholdet er et annet. Last inn skjemaet på nytt og send igjen, så blir det en ny "
        "behovsmelding; vil dere endre den dere sendte, bruker dere lenken i kvitteringen."
    ),
    "mottak.ugyldig-epost": (
        "E-postadressen til kontaktpersonen kan ikke brukes: den har tegn som ikke kan stå i en "
        "e-postadresse. Skriv en vanlig adresse, for eksempel ola.nordmann@kommune.no."
    ),
    "mottak.for-mange-til-adressen": (
        "For mange behovsmeldinger med samme e-postadresse på kort tid. Prøv igjen senere."
    ),
    "mottak.avvist": "Innsendingen ble avvist.",
    "mottak.ukjent-felt": "Feltet «{felt}» hører ikke hjemme her.",
    "mottak.mangler": "Feltet «{felt}» mangler.",
    "mottak.ikke-objekt": "Behovsmeldingen må være et JSON-objekt.",
    "mottak.ikke-tekst": "Feltet skal være tekst.",
    "mottak.for-stor": "Innsendingen er større enn grensen på {grense} byte.",
    "mottak.opphav": "Skjemaet må sendes fra nettstedet.",
    "mottak.innholdstype": "Innsendingen må ha Content-Type: application/json.",
    "mottak.for-mange": "For mange innsendinger på kort tid. Vent litt og prøv igjen.",
    "mottak.for-sakte": "Innsendingen kom for sakte fram, og forbindelsen ble stengt. Prøv igjen.",
    "mottak.ikke-funnet": "Fant ikke adressen.",
    "mottak.metode": "Metoden er ikke tillatt her.",
    "mottak.ukjent-http": "Forespørselen kunne ikke behandles.",
    "mottak.intern-feil": (
        "Noe gikk galt hos oss, og behovsmeldingen ble ikke tatt imot. Prøv igjen senere."
    ),
    "mottak.lager-fullt": (
        "Mottaket har ikke plass til å lagre innsendingen akkurat nå, så den ble ikke tatt imot, "
        "og ingenting av det du sendte er lagret. Prøv igjen om litt."
    ),
    # The form's own words (docs/assets/skjema/*.js)
    "skjema.navn": "Behovsmelding",
    "skjema.behovsmeldingen": "Behovsmeldingen",
    "skjema.om-behovsmeldingen": "Om behovsmeldingen",
    "skjema.valgfritt": "{felt} (valgfritt)",
    "skjema.velg": "Velg …",
    "skjema.fjern": "Fjern {hva}",
    "skjema.legg-til": "Legg til {hva}",
    "skjema.ingen-lagt-til": "Ingen er lagt til.",
    "skjema.rad": "Rad",
    "skjema.element": "Element",
    "skjema.rad-fjernet": "Raden er fjernet.",
    "skjema.ikke-tillatt-valg": "{valg} (ikke tillatt i valgt ordning)",
    "skjema.uh-gruppe.universitet": "Universiteter",
    "skjema.uh-gruppe.hoyskole": "Høyskoler",
    "skjema.uh-gruppe.nasjonalt_senter": "Nasjonale sentre",
    "skjema.uh-gruppe.andre": "Andre",
    "skjema.regel.eieren": "Eieren",
    "skjema.regel.eier-nr": "Eier {nummer} i nettverket",
    "skjema.regel.enhet-nr": "Enhet {nummer}",
    "skjema.honningkrukke": "Nettside (skal stå tomt)",
    "skjema.sendt-etter-fristen": (
        "Fristen for {aar} var {dato}. Sender dere nå, blir behovsmeldingen merket «sendt etter "
        "fristen», og Statsforvalteren avgjør om den kan behandles."
    ),
    "skjema.frist": "Fristen for å melde behov for {aar} er {dato}.",
    "skjema.frist-ute-avvis": (
        "Fristen for å melde behov for {aar} var {dato} og har gått ut. Statsforvalteren tar ikke "
        "imot flere behovsmeldinger for året; ta kontakt med Statsforvalteren."
    ),
    "skjema.frist-ute-merkes": (
        "Fristen for å melde behov for {aar} var {dato} og har gått ut. Dere kan fortsatt sende, "
        "men behovsmeldingen blir merket «sendt etter fristen»."
    ),
    "skjema.se-over-og-send": "Se over og send",
    "skjema.sender-retting": "Sender rettingen …",
    "skjema.retting.henter": "Henter behovsmeldingen dere vil rette …",
    "skjema.retting.tittel": "Dere retter behovsmelding {id}",
    "skjema.retting.tekst": (
        "Skjemaet viser det dere sendte. Endre det som skal rettes, se over og send. Rettingen "
        "erstatter det dere sendte før; år og ordning kan ikke endres. Rettingen lagres ikke som "
        "utkast i nettleseren."
    ),
    "skjema.retting.send": "Se over og send rettingen",
    "skjema.send": "Send behovsmeldingen",
    "skjema.last-ned": "Last ned behovsmeldingen",
    "skjema.sender": "Sender behovsmeldingen …",
    "skjema.lastet-ned": "Behovsmeldingen er lastet ned som {fil}.",
    "skjema.kontrollert-og-lastet-ned": (
        "Behovsmeldingen er kontrollert og lastet ned som {fil}. Følg veiledningen under for å "
        "sende den inn."
    ),
    "skjema.klar-for-ny": "Skjemaet er klart for en ny behovsmelding.",
    "skjema.utkast-hentet": (
        "Vi hentet fram utkastet deres fra {tidspunkt}. Det dere skriver, lagres fortløpende i "
        "denne nettleseren."
    ),
    "skjema.utkast.tittel": "Lagre og fortsett senere",
    "skjema.utkast.tekst": (
        "Det dere skriver, lagres automatisk i denne nettleseren, så dere kan lukke siden og "
        "fortsette senere. Dere kan også laste ned behovsmeldingen som fil og hente den inn igjen, "
        "for eksempel på en annen maskin."
    ),
    "skjema.utkast.last-ned": "Last ned som fil",
    "skjema.utkast.start-paa-nytt": "Start på nytt",
    "skjema.utkast.hent": "Hent behovsmelding fra fil",
    "skjema.utkast.hent-hjelp": "Velg en fil dere har lastet ned fra dette skjemaet tidligere.",
    "skjema.utkast.ikke-lagret": (
        "Utkastet kunne ikke lagres i nettleseren. Last ned behovsmeldingen som fil for å ta vare "
        "på den."
    ),
    "skjema.utkast.bekreft-tom": "Ja, tøm skjemaet",
    "skjema.utkast.spor-tom": (
        "Vil dere tømme skjemaet? Trykk «Ja, tøm skjemaet» for å slette utkastet. Last ned som fil "
        "først hvis dere vil ta vare på det."
    ),
    "skjema.utkast.tomt": "Skjemaet er tømt. Dere kan begynne på nytt.",
    "skjema.fil.ikke-behovsmelding": "Filen «{fil}» er ikke en behovsmelding: {grunn}",
    "skjema.fil.kan-ikke-leses": "den kan ikke leses som en behovsmelding fra dette skjemaet.",
    "skjema.fil.ikke-objekt": "den inneholder ikke en behovsmelding.",
    "skjema.fil.ukjente-felt": "den har felt som ikke hører til en behovsmelding ({felt}).",
    "skjema.fil.ingen-felt": "den har ingen av feltene i en behovsmelding.",
    "skjema.fil.ikke-endret": "Skjemaet er ikke endret.",
    "skjema.fil.hentet": "Behovsmeldingen fra «{fil}» er hentet inn.",
    "skjema.fil.hentet-med-feil": (
        "Behovsmeldingen fra «{fil}» er hentet inn; se over feilene som er markert."
    ),
    "skjema.mottak.ingen-kontakt": (
        "Fikk ikke kontakt med mottaket. Utkastet er lagret i nettleseren; prøv igjen om litt, "
        "eller last ned behovsmeldingen som fil."
    ),
    "skjema.mottak.for-stor": (
        "Behovsmeldingen er for stor til å sendes. Kort ned de lengste tekstene og prøv igjen."
    ),
    "skjema.mottak.feil-format": (
        "Mottaket godtok ikke formatet på behovsmeldingen. Last ned filen og kontakt "
        "Statsforvalteren."
    ),
    "skjema.mottak.for-mange": (
        "Mottaket har fått mange innsendinger på kort tid. Vent et minutt og prøv igjen; utkastet "
        "er lagret."
    ),
    "skjema.mottak.annen-feil": (
        "Noe gikk galt i mottaket (status {status}). Utkastet er lagret; prøv igjen senere, eller "
        "last ned behovsmeldingen som fil."
    ),
    "skjema.feil-prefiks": "Feil: ",
    "skjema.advarsel-prefiks": "Advarsel: ",
    "skjema.oppsummering.skjema-en": "Skjemaet har 1 feil som må rettes før dere kan sende",
    "skjema.oppsummering.skjema-flere": (
        "Skjemaet har {antall} feil som må rettes før dere kan sende"
    ),
    "skjema.oppsummering.mottak-en": "Mottaket fant 1 feil som må rettes før dere kan sende",
    "skjema.oppsummering.mottak-flere": (
        "Mottaket fant {antall} feil som må rettes før dere kan sende"
    ),
    "skjema.oppsummering.advarsel-en": "Se over 1 advarsel",
    "skjema.oppsummering.advarsel-flere": "Se over {antall} advarsler",
    "skjema.oppsummering.advarsler": "Advarsler (hindrer ikke innsending)",
    "skjema.utregning": "Utregning",
    "skjema.utregning.aar": "{aar}: {sum}, eierens andel {eier}, UH-andel {uh}, koordinator {koordinator}.",
    "skjema.utregning.aar-ikke-valgt": "År ikke valgt",
    "skjema.utregning.del": "{belop} ({andel})",
    "skjema.utregning.koordinator-over": "Koordinatorandelen er over varselgrensen på {grense}.",
    "skjema.utregning.koordinator-innenfor": (
        "Koordinatorandelen er innenfor varselgrensen på {grense}."
    ),
    "skjema.utregning.total": (
        "Sum for hele perioden: {sum}, av dette eierens andel {eier} og UH-andel {uh}."
    ),
    "skjema.utregning.egenandel-ukjent": (
        "Minste egenandel kan ikke regnes ut før året har satser fra Statsforvalteren."
    ),
    "skjema.utregning.egenandel": (
        "Minste egenandel: {minimum} ({sats} av eierens andel hvert år). Oppgitt egenandel: "
        "{oppgitt}."
    ),
    "skjema.utregning.egenandel-mangler": "Det mangler {mangler}.",
    "skjema.utregning.egenandel-ok": "Egenandelen er høy nok.",
    "skjema.veiledning.tittel": "Slik sender dere inn behovsmeldingen",
    "skjema.veiledning.ingress": (
        "Dette nettstedet har ikke noe mottak. Last ned behovsmeldingen som fil og last den opp i "
        "arkivet for behovsmeldinger:"
    ),
    "skjema.veiledning.steg-last-ned": (
        "Trykk «Last ned behovsmeldingen». Skjemaet kontrolleres først; rett eventuelle feil."
    ),
    "skjema.veiledning.steg-apne": "Åpne {arkivet} i nettleseren og logg inn.",
    "skjema.veiledning.arkivet": "arkivet for behovsmeldinger",
    "skjema.veiledning.arkivet-uten-lenke": (
        "arkivet for behovsmeldinger (lenken får dere av Statsforvalteren)"
    ),
    "skjema.veiledning.steg-mappe": (
        "Gå til mappen {mappe}. Finnes den ikke, skriver dere mappenavnet foran filnavnet når dere "
        "laster opp."
    ),
    "skjema.veiledning.steg-last-opp": "Velg «Add file» og «Upload files», og last opp filen.",
    "skjema.veiledning.steg-pull-request": (
        "Velg å lage en ny gren og en pull request. Gi den en kort tittel uten personopplysninger, "
        "for eksempel «Behovsmelding fra skjemaet»."
    ),
    "skjema.veiledning.filnavn": (
        "Filen får et navn som bm-2027-1a2b3c4d.json. Navnet er behovsmeldingens referansenummer, "
        "laget av skjemaet: last opp filen uten å endre navnet eller innholdet."
    ),
}
