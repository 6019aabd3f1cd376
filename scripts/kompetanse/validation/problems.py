"""A problem found in a file, and the catalogue of every problem code with its meaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kompetanse.text.catalogue import Maalform
from kompetanse.text.phrase import ParamValue, Phrase, phrase
from kompetanse.validation.input_codes import INPUT_CODES


class Severity(StrEnum):
    """Errors fail a run; warnings never do."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or worth a look) in one file.

    ``message`` is the bokmål text; ``words`` keeps the message's catalogue key and parameters so
    it can be written in nynorsk too (:meth:`message_in`).
    """

    file: str
    location: str
    code: str
    message: str
    severity: Severity = Severity.ERROR
    words: Phrase | None = field(default=None, compare=False, repr=False)

    def message_in(self, maalform: Maalform) -> str:
        """The message in ``maalform`` (the bokmål text when it has no catalogue words)."""
        return self.words.render(maalform) if self.words is not None else self.message

    def as_dict(self, maalform: Maalform = "nb") -> dict[str, str]:
        """The problem as a JSON-friendly dict, keys in a stable order."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "file": self.file,
            "location": self.location,
            "message": self.message_in(maalform),
        }


@dataclass(frozen=True)
class CodeInfo:
    """What a problem code means, for the docs and the catalogue test."""

    severity: Severity
    meaning: str


E, W = Severity.ERROR, Severity.WARNING

PROBLEM_CODES: dict[str, CodeInfo] = {
    **{
        code: CodeInfo(Severity(severity), meaning)
        for code, (severity, meaning) in INPUT_CODES.items()
    },
    # Schema (JSON Schema keywords)
    "skjema-versjon-ukjent": CodeInfo(
        E, "Feltet schema_version mangler eller har en ukjent verdi."
    ),
    "skjema-type": CodeInfo(
        E, "Et felt har feil type (for eksempel tekst der det skal være et tall)."
    ),
    "skjema-mangler-felt": CodeInfo(E, "Et påkrevd felt mangler."),
    "skjema-ukjent-felt": CodeInfo(E, "Et felt som ikke finnes i skjemaet."),
    "skjema-ugyldig-valg": CodeInfo(E, "Verdien er ikke ett av de tillatte valgene."),
    "skjema-ugyldig-format": CodeInfo(
        E, "Verdien har ikke riktig form (for eksempel e-post eller id)."
    ),
    "skjema-for-lav": CodeInfo(E, "Tallet er lavere enn det minste tillatte."),
    "skjema-for-hoy": CodeInfo(E, "Tallet er høyere enn det største tillatte."),
    "skjema-for-kort": CodeInfo(E, "Teksten er kortere enn det som kreves."),
    "skjema-for-lang": CodeInfo(E, "Teksten er lengre enn det som er tillatt."),
    "skjema-for-faa": CodeInfo(E, "Listen har færre elementer enn det som kreves."),
    "skjema-for-mange": CodeInfo(E, "Listen har flere elementer enn det som er tillatt."),
    "skjema-ikke-bekreftet": CodeInfo(
        E, "En bekreftelse eller fast verdi er ikke satt som påkrevd."
    ),
    "skjema-annet": CodeInfo(E, "Verdien oppfyller ikke et annet krav i skjemaet."),
    # Rules beyond the schema
    "orgnr-ugyldig": CodeInfo(
        E, "Organisasjonsnummeret har ikke 9 siffer med gyldig kontrollsiffer."
    ),
    "budsjett-sum-feil": CodeInfo(
        E, "Summen for et år er ikke eierens andel + UH-andel + koordinatorandel."
    ),
    "budsjett-aar-feil": CodeInfo(E, "Budsjettårene stemmer ikke med året og varigheten."),
    "ordning-ukjent": CodeInfo(E, "Ordningen finnes ikke i registeret over ordninger."),
    "enhetstype-ikke-tillatt": CodeInfo(
        E, "En enhet er av en type som ordningen ikke tar imot (se registeret over ordninger)."
    ),
    "eiertype-ikke-tillatt": CodeInfo(
        E, "Eieren eller en eier i nettverket er av en type som ordningen ikke er åpen for."
    ),
    "egenandel-under-minimum": CodeInfo(
        E, "Egenandelen er lavere enn minstesatsen for året i en ordning med egenandel."
    ),
    "egenandel-mangler": CodeInfo(E, "Ordningen har egenandel, men ingen egenandel er oppgitt."),
    "egenandel-ikke-tillatt": CodeInfo(
        E, "Egenandel er oppgitt for en ordning som ikke har egenandel."
    ),
    "koordinator-andel-hoy": CodeInfo(W, "Koordinatorandelen er over varselgrensen for året."),
    "aar-ikke-apent": CodeInfo(E, "Det finnes ingen innstillinger for året og ordningen."),
    "periode-for-lang": CodeInfo(E, "Varigheten er lengre enn innstillingene tillater."),
    "nettverk-duplikat": CodeInfo(E, "Samme eier står flere ganger i nettverket."),
    "nettverk-inneholder-eier": CodeInfo(E, "Eieren som melder, står også i nettverket."),
    "fylke-utenfor-embetet": CodeInfo(
        W, "Eieren holder til i et fylke som ikke hører til embetet."
    ),
    "epost-ikke-bekreftet": CodeInfo(
        W, "Kontaktpersonen har ikke bekreftet e-postadressen med lenken i e-posten ennå."
    ),
    "sendt-etter-fristen": CodeInfo(W, "Behovsmeldingen kom etter fristen for året."),
    "behovsmelding-trukket": CodeInfo(W, "Eieren har trukket behovsmeldingen."),
    "filsti-ugyldig": CodeInfo(
        E,
        "Filen ligger ikke der den skal: submissions/<år>/<ordning>/<id>.json for en behovsmelding, submissions/<mappe>/<år>/<id>.json for en rapport eller søknad.",
    ),
    "filsti-stemmer-ikke": CodeInfo(
        E, "År, ordning eller id i filstien stemmer ikke med innholdet."
    ),
    # Integrity across files
    "uh-ukjent": CodeInfo(E, "UH-partneren finnes ikke i UH-registeret."),
    "id-duplikat": CodeInfo(E, "To filer har samme id."),
    "supplerende-vedtak-mangler": CodeInfo(
        E, "Den supplerende behovsmeldingen viser til et vedtak som ikke finnes."
    ),
    "vedtak-behovsmelding-mangler": CodeInfo(
        E, "Et vedtak viser til en behovsmelding som ikke finnes."
    ),
    "vedtak-foer-behovsmelding": CodeInfo(
        E, "Et vedtak har utbetalingsår før vedtaksåret eller vedtaksår før behovsmeldingens år."
    ),
    "rammer-mangler": CodeInfo(
        W, "Det finnes behovsmeldinger for et år uten rammer fra Udir ennå."
    ),
    # Rapporter and søknader om tilretteleggingsmidler (after the vedtak)
    "rapport-uten-vedtak": CodeInfo(
        E, "Rapporten gjelder en behovsmelding og et år som ikke har noe vedtak om utbetaling."
    ),
    "rapport-brukt-over-innvilget": CodeInfo(
        E, "Rapporten oppgir mer brukt av en andel enn vedtaket ga for året."
    ),
    "rapport-ikke-brukt-feil": CodeInfo(
        E, "Ikke brukte midler er ikke det innvilgede beløpet minus det som er brukt."
    ),
    "rapport-egenandel-mangler": CodeInfo(
        E, "Ordningen har egenandel, men rapporten oppgir ingen brukt egenandel."
    ),
    "rapport-egenandel-under-kravet": CodeInfo(
        E, "Egenandelen som er brukt, er lavere enn det eierens brukte andel krever."
    ),
    "rapport-egenandel-ikke-tillatt": CodeInfo(
        E, "Rapporten oppgir egenandel for en ordning som ikke har egenandel."
    ),
    "rapport-duplikat": CodeInfo(E, "To rapporter gjelder samme behovsmelding og år."),
    "brevmal-ugyldig": CodeInfo(
        E,
        "En brevmal i data/brevmaler/ mangler, kan ikke leses eller viser til et felt brevet ikke har.",
    ),
    "tilrettelegging-aar-ikke-apent": CodeInfo(
        E, "Det finnes ingen regler for tilretteleggingsmidler for barnehageåret."
    ),
    "tilrettelegging-stilling-for-lav": CodeInfo(
        E, "En ansatt har lavere stillingsprosent enn reglene for barnehageåret krever."
    ),
    "tilrettelegging-ikke-fast-ansatt": CodeInfo(
        E, "En ansatt er ikke fast ansatt, og reglene for barnehageåret krever det."
    ),
    # Earlier vedtak (data/vedtak_historikk.csv) and their import from a spreadsheet
    "historikk-fylke-ugyldig": CodeInfo(E, "Fylket fantes ikke det året vedtaket ble fattet."),
    "historikk-fordeling-ufullstendig": CodeInfo(
        E, "Bare noen av andelene (eier, UH, koordinator) er oppgitt; oppgi alle eller ingen."
    ),
    "historikk-sum-feil": CodeInfo(
        E, "Summen for et år er ikke eierens andel + UH-andel + koordinatorandel."
    ),
    "historikk-utbetaling-foer-vedtak": CodeInfo(E, "Utbetalingsåret er før vedtaksåret."),
    "historikk-sak-uenig": CodeInfo(
        E, "Radene i én sak oppgir ulik ordning, vedtaksår, eier, fylke, UH eller tiltak."
    ),
    "historikk-duplikat": CodeInfo(W, "To saksnumre har samme ordning, vedtaksår, eier og tiltak."),
    "import-oppsett-ugyldig": CodeInfo(E, "Oppsettet for importen kan ikke brukes."),
    "import-kolonne-mangler": CodeInfo(
        E, "En kolonne som oppsettet viser til, finnes ikke i regnearket."
    ),
    "import-rad-dobbel": CodeInfo(E, "Samme sak og utbetalingsår står to ganger i regnearket."),
    "import-verdi-ugyldig": CodeInfo(
        E, "En celle i regnearket kan ikke leses som det oppsettet sier den er."
    ),
    # Rammer (data/rammer.csv)
    "ramme-avsetning-dobbel": CodeInfo(
        E, "Avsetningen er oppgitt både som sats og i kroner; oppgi én av dem."
    ),
    "ramme-avsetning-for-stor": CodeInfo(E, "Avsetningen er større enn rammen."),
    # What publish and allocate refuse
    "fordeling-rammer-mangler": CodeInfo(
        E, "Året har behovsmeldinger eller vedtak i en ordning uten registrert ramme."
    ),
    "fordeling-disponibelt-negativt": CodeInfo(
        E, "Det som er bundet opp fra tidligere år, er større enn det som er tildelt."
    ),
    "fordeling-vedtak-over-disponibelt": CodeInfo(
        E, "Vedtakene for året er større enn det som er disponibelt."
    ),
    "fordeling-behovsmelding-hoppet-over": CodeInfo(
        E, "En behovsmelding som året trenger, kan ikke leses, så tabellen ville mangle den."
    ),
    "fordeling-vedtak-uten-behovsmelding": CodeInfo(
        E, "Et vedtak viser til en behovsmelding som ikke finnes, så beløpet ville falle bort."
    ),
    "fordeling-rad-mangler": CodeInfo(
        E, "Ingen rad i data/fordeling_rader.csv tar med eierens fylke eller type."
    ),
    # The receiver's answers about the request itself (never about a stored file)
    "mottak-avvist": CodeInfo(
        E, "Innsendingen ble avvist (et felt som skal være tomt, var fylt ut)."
    ),
    "mottak-opphav": CodeInfo(
        E, "Skjemaet ble sendt fra et annet nettsted enn det mottaket godtar."
    ),
    "mottak-innholdstype": CodeInfo(
        E, "Innsendingen var ikke JSON (Content-Type: application/json)."
    ),
    "mottak-for-mange": CodeInfo(
        E, "For mange innsendinger på kort tid fra samme sted; prøv igjen om litt."
    ),
    "mottak-ugyldig-nokkel": CodeInfo(E, "Idempotency-Key har feil form."),
    "mottak-utilgjengelig": CodeInfo(
        E, "Mottaket kan ikke kontrollere eller lagre behovsmeldinger akkurat nå (503)."
    ),
    "mottak-http": CodeInfo(E, "Feil adresse eller metode, eller forespørselen kom for sakte."),
    "mottak-nokkel-brukt": CodeInfo(
        E, "Idempotency-Key er brukt før for en behovsmelding med annet innhold."
    ),
    "mottak-for-mange-til-adressen": CodeInfo(
        E, "For mange behovsmeldinger med samme e-postadresse på kort tid."
    ),
    "mottak-ugyldig-epost": CodeInfo(
        E, "Kontaktpersonens e-postadresse har tegn som ingen e-postserver tar imot."
    ),
    "frist-utlopt": CodeInfo(
        E, "Fristen for året er ute, og innstillingene sier at mottaket ikke tar imot flere."
    ),
    "lenke-ugyldig": CodeInfo(E, "Lenken til behovsmeldingen er ikke gyldig."),
    "lenke-utlopt": CodeInfo(E, "Lenken til behovsmeldingen er for gammel."),
    "retting-stengt": CodeInfo(
        E,
        "Behovsmeldingen kan ikke endres lenger (fristen er ute, den er behandlet eller trukket).",
    ),
    "retting-flytter": CodeInfo(
        E, "En retting kan ikke endre år eller ordning; trekk behovsmeldingen og send en ny."
    ),
    "mottak-intern-feil": CodeInfo(E, "En uventet feil i mottaket; ingenting ble lagret."),
    # Reference tables (Frictionless codes are kept as Frictionless names them)
    "tabell-mangler": CodeInfo(E, "En tabell i datapakken finnes ikke."),
    "tabell-uleselig": CodeInfo(
        E,
        "Referansedataene kunne ikke leses inn, så reglene for behovsmeldingene ble ikke kontrollert.",
    ),
}


def is_failure(problems: list[Problem]) -> bool:
    """True if any problem is an error (warnings never fail)."""
    return any(problem.severity is Severity.ERROR for problem in problems)


def make_problem(file: str, location: str, code: str, message: str) -> Problem:
    """A problem whose severity comes from the catalogue."""
    return Problem(file, location, code, message, PROBLEM_CODES[code].severity)


def say(file: str, location: str, code: str, key: str, **params: ParamValue) -> Problem:
    """A problem whose message is the catalogue's ``key`` with ``params``, in either målform."""
    return problem_from(file, location, code, phrase(key, **params))


def problem_from(file: str, location: str, code: str, words: Phrase) -> Problem:
    """A problem from words already put together."""
    return Problem(file, location, code, words.render("nb"), PROBLEM_CODES[code].severity, words)
