"""Norwegian messages for JSON Schema errors: what was expected and what was found.

Each builder gives the message as a :class:`~kompetanse.text.phrase.Phrase` (a catalogue key
with parameters), so the problem can be written in bokmål or in nynorsk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kompetanse.text.phrase import Both, ParamValue, Phrase, both, phrase
from kompetanse.validation.schema_fields import FieldWords

TYPE_NAMES = ("string", "integer", "number", "boolean", "array", "object", "null")
SHOWN_LENGTH = 60


def type_name(name: str) -> Both | str:
    """A JSON type by its Norwegian name."""
    return both(f"skjema.type.{name}") if name in TYPE_NAMES else name


def describe_value(value: Any) -> ParamValue:
    """A short Norwegian rendering of a found value for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= SHOWN_LENGTH else value[: SHOWN_LENGTH - 3] + "…"
        return f"«{shown}»"
    if isinstance(value, dict):
        return both("skjema.verdi.objekt")
    if isinstance(value, list):
        return both("skjema.verdi.liste", antall=len(value))
    return str(value)


PERSONAL_OBJECTS = frozenset({"kontaktperson"})
PERSONAL_LIST_FIELDS = {"studenter": frozenset({"navn"})}


def is_personal(path: list[str | int]) -> bool:
    """True for a field holding a personal detail that no message may repeat: anything of the
    contact person (name, e-mail, phone), and the names of the employees in a søknad."""
    if not path:
        return False
    if path[0] in PERSONAL_OBJECTS:
        return True
    fields = PERSONAL_LIST_FIELDS.get(str(path[0]), frozenset())
    return len(path) >= 3 and path[2] in fields


def kind_of(value: Any) -> Both:
    """The JSON type of a value, in Norwegian."""
    if isinstance(value, bool):
        return both("skjema.type.boolean")
    if isinstance(value, int):
        return both("skjema.type.integer")
    if isinstance(value, float):
        return both("skjema.type.number")
    if isinstance(value, str):
        return both("skjema.type.string")
    if value is None:
        return both("skjema.type.null")
    return both("skjema.type.array" if isinstance(value, list) else "skjema.type.object")


@dataclass(frozen=True)
class SchemaError:
    """What a message needs to know about one error: the field, and found and expected values."""

    fields: FieldWords
    path: list[str | int]
    value: Any
    expected: Any

    @property
    def title(self) -> Both:
        """The field's title in both målformer."""
        return self.fields.title(self.path)

    @property
    def shown(self) -> ParamValue:
        """The found value for a message; never a personal detail (see :func:`is_personal`)."""
        return both("skjema.verdi.skjult") if is_personal(self.path) else describe_value(self.value)

    @property
    def node(self) -> dict[str, Any]:
        """The field's schema node."""
        return self.fields.node_at(self.path) or {}


def missing_message(fields: FieldWords, path: list[str | int]) -> Phrase:
    """A missing field; a confirmation (``const: true``) is asked to be ticked instead."""
    node = fields.node_at(path)
    confirm = node is not None and node.get("const") is True
    key = "problem.skjema-bekreftes" if confirm else "problem.skjema-mangler-felt"
    return phrase(key, felt=fields.title(path))


def _type_message(e: SchemaError) -> Phrase:
    return phrase(
        "problem.skjema-type",
        felt=e.title,
        ventet=type_name(str(e.expected)),
        type=kind_of(e.value),
        funnet=e.shown,
    )


def _additional_message(e: SchemaError) -> Phrase:
    known = set(e.node.get("properties", {}))
    value = e.value if isinstance(e.value, dict) else {}
    names = ", ".join(
        str(describe_value(name)) for name in sorted(k for k in value if k not in known)
    )
    shown = e.shown if is_personal(e.path) else names or both("problem.ukjent")
    return phrase("problem.skjema-ukjent-felt", felt=e.title, navn=shown)


def _const_message(e: SchemaError) -> Phrase:
    if e.expected is True:
        return phrase("problem.skjema-bekreftes", felt=e.title)
    return phrase(
        "problem.skjema-fast-verdi",
        felt=e.title,
        ventet=describe_value(e.expected),
        funnet=e.shown,
    )


def _pattern_message(e: SchemaError) -> Phrase:
    hjelp = e.fields.help(e.path)
    if not hjelp.nb:
        return phrase("problem.skjema-ugyldig-format", felt=e.title, funnet=e.shown)
    return phrase(
        "problem.skjema-ugyldig-format.med-hjelp",
        felt=e.title,
        funnet=e.shown,
        hjelp=hjelp,
    )


def _bound(key: str) -> Callable[[SchemaError], Phrase]:
    return lambda e: phrase(key, felt=e.title, grense=e.expected, funnet=e.shown)


def _length(key: str, name: str) -> Callable[[SchemaError], Phrase]:
    return lambda e: phrase(key, felt=e.title, grense=e.expected, **{name: len(e.value)})


MessageBuilder = Callable[[SchemaError], Phrase]

MESSAGE_BY_KEYWORD: dict[str, MessageBuilder] = {
    "type": _type_message,
    "additionalProperties": _additional_message,
    "unevaluatedProperties": _additional_message,
    "const": _const_message,
    "enum": lambda e: phrase(
        "problem.skjema-ugyldig-valg",
        felt=e.title,
        valg=e.fields.choices(e.path, e.expected),
        funnet=e.shown,
    ),
    "pattern": _pattern_message,
    "format": lambda e: phrase("problem.skjema-ugyldig-format", felt=e.title, funnet=e.shown),
    "minimum": _bound("problem.skjema-for-lav"),
    "exclusiveMinimum": _bound("problem.skjema-for-lav.eksklusiv"),
    "maximum": _bound("problem.skjema-for-hoy"),
    "exclusiveMaximum": _bound("problem.skjema-for-hoy.eksklusiv"),
    "minLength": _length("problem.skjema-for-kort", "lengde"),
    "maxLength": _length("problem.skjema-for-lang", "lengde"),
    "minItems": _length("problem.skjema-for-faa", "antall"),
    "maxItems": _length("problem.skjema-for-mange", "antall"),
}


def schema_message(keyword: str, error: SchemaError) -> Phrase:
    """The message for one error, or a general one for a keyword without its own."""
    builder = MESSAGE_BY_KEYWORD.get(keyword)
    if builder is None:
        return phrase("problem.skjema-annet", felt=error.title, krav=keyword)
    return builder(error)
