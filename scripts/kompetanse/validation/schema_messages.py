"""Norwegian messages for JSON Schema errors: what was expected and what was found."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TYPE_NB: dict[str, str] = {
    "string": "tekst",
    "integer": "et heltall",
    "number": "et tall",
    "boolean": "ja/nei (true eller false)",
    "array": "en liste",
    "object": "et objekt",
    "null": "tom (null)",
}


def describe_value(value: Any) -> str:
    """A short Norwegian rendering of a found value for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return f"«{shown}»"
    if isinstance(value, dict | list):
        return "et objekt" if isinstance(value, dict) else f"en liste med {len(value)} elementer"
    return str(value)


def kind_of(value: Any) -> str:
    """The JSON type of a value, in Norwegian."""
    if isinstance(value, bool):
        return TYPE_NB["boolean"]
    if isinstance(value, int):
        return TYPE_NB["integer"]
    if isinstance(value, float):
        return TYPE_NB["number"]
    if isinstance(value, str):
        return TYPE_NB["string"]
    if value is None:
        return TYPE_NB["null"]
    return TYPE_NB["array"] if isinstance(value, list) else TYPE_NB["object"]


def missing_message(title: str, node: dict[str, Any] | None) -> str:
    """A missing field; a confirmation (``const: true``) is asked to be ticked instead."""
    if node is not None and node.get("const") is True:
        return f"«{title}» må bekreftes (krysses av)."
    return f"«{title}» mangler."


def _enum_text(node: dict[str, Any], expected: list[Any]) -> str:
    titles = node.get("x-enum-titles")
    if isinstance(titles, list) and len(titles) == len(node.get("enum", [])):
        title_by_value = dict(zip(node["enum"], titles, strict=True))
        return ", ".join(str(title_by_value.get(value, value)) for value in expected)
    return ", ".join(str(value) for value in expected)


def _type_message(title: str, value: Any, expected: Any, node: dict[str, Any]) -> str:
    wanted = TYPE_NB.get(str(expected), str(expected))
    return f"«{title}» skal være {wanted}, men er {kind_of(value)} ({describe_value(value)})."


def _additional_message(title: str, value: Any, expected: Any, node: dict[str, Any]) -> str:
    known = set(node.get("properties", {}))
    extra = sorted(key for key in value if key not in known) if isinstance(value, dict) else []
    names = ", ".join(f"«{name}»" for name in extra) or "ukjent"
    return f"«{title}» har felt som ikke finnes i skjemaet: {names}."


def _const_message(title: str, value: Any, expected: Any, node: dict[str, Any]) -> str:
    if expected is True:
        return f"«{title}» må bekreftes (krysses av)."
    return f"«{title}» skal være {describe_value(expected)}, men er {describe_value(value)}."


MessageBuilder = Callable[[str, Any, Any, dict[str, Any]], str]

MESSAGE_BY_KEYWORD: dict[str, MessageBuilder] = {
    "type": _type_message,
    "additionalProperties": _additional_message,
    "unevaluatedProperties": _additional_message,
    "const": _const_message,
    "enum": lambda t, v, e, n: (
        f"«{t}» må være en av: {_enum_text(n, e)}; fant {describe_value(v)}."
    ),
    "pattern": lambda t, v, e, n: (
        f"«{t}» har feil form: {describe_value(v)}. {n.get('description', '')}".strip()
    ),
    "format": lambda t, v, e, n: f"«{t}» har feil form: {describe_value(v)}.",
    "minimum": lambda t, v, e, n: f"«{t}» må være minst {e}; fant {describe_value(v)}.",
    "exclusiveMinimum": lambda t, v, e, n: (
        f"«{t}» må være større enn {e}; fant {describe_value(v)}."
    ),
    "maximum": lambda t, v, e, n: f"«{t}» kan være høyst {e}; fant {describe_value(v)}.",
    "exclusiveMaximum": lambda t, v, e, n: (
        f"«{t}» må være mindre enn {e}; fant {describe_value(v)}."
    ),
    "minLength": lambda t, v, e, n: f"«{t}» må ha minst {e} tegn; har {len(v)}.",
    "maxLength": lambda t, v, e, n: f"«{t}» kan ha høyst {e} tegn; har {len(v)}.",
    "minItems": lambda t, v, e, n: f"«{t}» må ha minst {e}; har {len(v)}.",
    "maxItems": lambda t, v, e, n: f"«{t}» kan ha høyst {e}; har {len(v)}.",
}
