"""The problem codes of reading a file and of its text, before any schema or rule looks at it.

Kept apart from the rest of the catalogue (:data:`~kompetanse.validation.problems.PROBLEM_CODES`
takes them in, first) as ``code: (severity, meaning)``.
"""

from __future__ import annotations

INPUT_CODES: dict[str, tuple[str, str]] = {
    "fil-uleselig": ("error", "Filen kunne ikke leses."),
    "fil-for-stor": ("error", "Filen er større enn grensen for en behovsmelding."),
    "json-bom": (
        "error",
        "Filen starter med et byte-order-merke (BOM); lagre den som UTF-8 uten BOM.",
    ),
    "json-ugyldig-utf8": ("error", "Filen er ikke gyldig UTF-8."),
    "json-ugyldig": ("error", "Filen er ikke gyldig JSON."),
    "json-duplikat-nokkel": ("error", "Det samme feltet står to ganger i ett objekt."),
    "json-ugyldig-tall": (
        "error",
        "Filen inneholder NaN eller Infinity, som ikke er tall i JSON.",
    ),
    "json-for-dyp": ("error", "Filen er nestet dypere enn en behovsmelding kan være."),
    "tall-ikke-heltall": (
        "error",
        "Et beløp eller antall er skrevet med desimaler; bruk hele tall.",
    ),
    "tekst-usynlige-tegn": (
        "warning",
        "En tekst har usynlige tegn eller tegn som snur skriveretningen (som U+202E eller "
        "U+200B); de vises som koder på sidene og i rapporten.",
    ),
    "tekst-blandet-skrift": (
        "warning",
        "Et ord blander latinske bokstaver med kyrilliske eller greske som ser like ut "
        "(som kyrillisk «а» for latinsk «a»).",
    ),
    "celle-formel": (
        "warning",
        "En tekstcelle i en tabell begynner som en regnearkformel (=, @, eller + og - foran en "
        "bokstav); den skrives med en apostrof foran i regnearket.",
    ),
}
