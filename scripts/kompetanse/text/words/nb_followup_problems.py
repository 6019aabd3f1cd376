"""Bokmål: the problems of the rapport, the søknad om tilretteleggingsmidler and the receiver's
record of a behovsmelding (validation/rapport_rules.py, tilrettelegging_rules.py, rules.py)."""

WORDS: dict[str, str] = {
    "problem.andel.eier_andel": "eierens andel",
    "problem.andel.uh_andel": "UH-andelen",
    "problem.andel.koordinator_andel": "koordinatorandelen",
    "problem.rapport-uten-vedtak": (
        "Det finnes ikke noe vedtak for behovsmeldingen «{id}»; en rapport gjelder bare midler "
        "som er innvilget."
    ),
    "problem.rapport-uten-utbetaling": (
        "Vedtaket for «{id}» betaler ikke ut noe i {aar} (utbetalingsår: {aarene})."
    ),
    "problem.rapport-brukt-over-innvilget": (
        "Brukt av {andel} er {brukt}, men vedtaket for {aar} ga {innvilget}."
    ),
    "problem.rapport-ikke-brukt-feil": (
        "Ikke brukte midler er oppgitt til {oppgitt}; innvilget {innvilget} minus brukt {brukt} "
        "er {riktig}."
    ),
    "problem.rapport-egenandel-ikke-tillatt": (
        "{ordning} har ikke egenandel; fjern egenandelen fra rapporten."
    ),
    "problem.rapport-egenandel-mangler": (
        "Ordningen har egenandel: oppgi egenandelen som er brukt, minst {minimum}."
    ),
    "problem.rapport-egenandel-under-kravet": (
        "Egenandelen som er brukt, er {brukt}; den skal være minst {minimum} ({sats} av eierens "
        "andel som er brukt)."
    ),
    "problem.ansatt-nummer": "Ansatt {nummer}",
    "problem.tilrettelegging-stilling-for-lav": (
        "{hvem} har {prosent} % stilling; for {aar} kreves minst {minst} %."
    ),
    "problem.tilrettelegging-ikke-fast-ansatt": (
        "{hvem} er ikke fast ansatt; tilretteleggingsmidler gis bare for fast ansatte."
    ),
    "problem.studiested-ukjent": "Studiestedet «{uh}» finnes ikke i UH-registeret (data/uh.csv).",
    "problem.tilrettelegging-aar-ikke-apent": (
        "Det er ikke åpnet for søknader om tilretteleggingsmidler for {aar} (år med regler: "
        "{aarene})."
    ),
    "problem.epost-ikke-bekreftet": (
        "Kontaktpersonen har ikke bekreftet e-postadressen; avsenderen er ikke bekreftet."
    ),
    "problem.sendt-etter-fristen": "Behovsmeldingen ble sendt etter fristen for året.",
    "problem.behovsmelding-trukket": (
        "Eieren trakk behovsmeldingen {dato}; den skal ikke behandles."
    ),
}
