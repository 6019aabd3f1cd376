"""Bokmål: the Meld behov form, its receipt and the receiver's answers."""

WORDS: dict[str, str] = {
    "skjema.laster": "Skjemaet lastes …",
    "skjema.uten-js.tittel": "Skjemaet trenger JavaScript",
    "skjema.uten-js.tekst": (
        "JavaScript er slått av eller virker ikke i nettleseren deres, og da kan ikke skjemaet "
        "vises. Slå på JavaScript, eller åpne siden i en annen nettleser."
    ),
    "skjema.uten-js.kontakt": (
        "Får dere ikke sendt behovsmeldingen, kontakt dem som svarer for det digitale systemet hos "
        "{embete}, så hjelper de dere:"
    ),
    "skjema.uten-js.alle-kontakter": "Alle kontaktpersonene våre",
}
