"""Nynorsk: the Meld behov form, its receipt and the receiver's answers."""

WORDS: dict[str, str] = {
    "skjema.laster": "Skjemaet blir lasta …",
    "skjema.uten-js.tittel": "Skjemaet treng JavaScript",
    "skjema.uten-js.tekst": (
        "JavaScript er slått av eller verkar ikkje i nettlesaren dykkar, og då kan ikkje skjemaet "
        "visast. Slå på JavaScript, eller opne sida i ein annan nettlesar."
    ),
    "skjema.uten-js.kontakt": (
        "Får de ikkje sendt behovsmeldinga, kontakt dei som svarar for det digitale systemet hos "
        "{embete}, så hjelper dei dykk:"
    ),
    "skjema.uten-js.alle-kontakter": "Alle kontaktpersonane våre",
}
