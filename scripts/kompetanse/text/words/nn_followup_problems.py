"""Nynorsk: the problems of the rapport, the søknad om tilretteleggingsmidlar and the receiver's
record of a behovsmelding (validation/rapport_rules.py, tilrettelegging_rules.py, rules.py)."""

WORDS: dict[str, str] = {
    "problem.andel.eier_andel": "eigarandelen",
    "problem.andel.uh_andel": "UH-andelen",
    "problem.andel.koordinator_andel": "koordinatorandelen",
    "problem.rapport-uten-vedtak": (
        "Det finst ikkje noko vedtak for behovsmeldinga «{id}»; ein rapport gjeld berre midlar "
        "som er innvilga."
    ),
    "problem.rapport-uten-utbetaling": (
        "Vedtaket for «{id}» betaler ikkje ut noko i {aar} (utbetalingsår: {aarene})."
    ),
    "problem.rapport-brukt-over-innvilget": (
        "Brukt av {andel} er {brukt}, men vedtaket for {aar} gav {innvilget}."
    ),
    "problem.rapport-ikke-brukt-feil": (
        "Ubrukte midlar er oppgitte til {oppgitt}; innvilga {innvilget} minus brukt {brukt} "
        "er {riktig}."
    ),
    "problem.rapport-egenandel-ikke-tillatt": (
        "{ordning} har ikkje eigenandel; fjern eigenandelen frå rapporten."
    ),
    "problem.rapport-egenandel-mangler": (
        "Ordninga har eigenandel: oppgi eigenandelen som er brukt, minst {minimum}."
    ),
    "problem.rapport-egenandel-under-kravet": (
        "Eigenandelen som er brukt, er {brukt}; han skal vere minst {minimum} ({sats} av "
        "eigarandelen som er brukt)."
    ),
    "problem.ansatt-nummer": "Tilsett {nummer}",
    "problem.tilrettelegging-stilling-for-lav": (
        "{hvem} har {prosent} % stilling; for {aar} er kravet minst {minst} %."
    ),
    "problem.tilrettelegging-ikke-fast-ansatt": (
        "{hvem} er ikkje fast tilsett; tilretteleggingsmidlar blir berre gitt for fast tilsette."
    ),
    "problem.studiested-ukjent": "Studiestaden «{uh}» finst ikkje i UH-registeret (data/uh.csv).",
    "problem.tilrettelegging-aar-ikke-apent": (
        "Det er ikkje opna for søknader om tilretteleggingsmidlar for {aar} (år med reglar: "
        "{aarene})."
    ),
    "problem.epost-ikke-bekreftet": (
        "Kontaktpersonen har ikkje stadfesta e-postadressa; avsendaren er ikkje stadfesta."
    ),
    "problem.sendt-etter-fristen": "Behovsmeldinga vart sendt etter fristen for året.",
    "problem.behovsmelding-trukket": (
        "Eigaren trekte behovsmeldinga {dato}; ho skal ikkje behandlast."
    ),
}
