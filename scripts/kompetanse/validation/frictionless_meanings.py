"""What each of Frictionless's error types means, for the page of problem codes."""

from __future__ import annotations

FRICTIONLESS_MEANINGS: dict[str, str] = {
    "type-error": "En celle har feil type (for eksempel tekst i en tallkolonne).",
    "constraint-error": "En celle bryter et krav i tabellskjemaet (påkrevd, mønster, min/maks, valg).",
    "missing-cell": "En rad mangler en celle.",
    "extra-cell": "En rad har flere celler enn overskriften.",
    "blank-row": "En tom rad.",
    "primary-key": "To rader har samme nøkkel.",
    "foreign-key": "En rad viser til en rad i en annen tabell som ikke finnes.",
    "duplicate-label": "To kolonner har samme overskrift.",
    "missing-label": "En kolonne i tabellskjemaet mangler i filen.",
    "extra-label": "Filen har en kolonne som ikke står i tabellskjemaet.",
    "incorrect-label": "En kolonneoverskrift stemmer ikke med tabellskjemaet.",
    "blank-label": "En kolonne mangler overskrift.",
    "encoding-error": "Tabellen er ikke gyldig UTF-8.",
    "source-error": "Tabellen kunne ikke leses.",
    "scheme-error": "Tabellen har en ugyldig adresse.",
    "format-error": "Tabellen har et ukjent filformat.",
    "schema-error": "Tabellskjemaet er ugyldig.",
    "resource-error": "Ressursen i datapakken er ugyldig.",
    "package-error": "Datapakken er ugyldig.",
    "general-error": "Tabellen kunne ikke kontrolleres.",
}
