"""The behovsmelding schema's own words (titles, help texts, names of choices) in a målform.

The schema is written in bokmål. The form shows, and the problem messages name, each field in
the reader's målform: :func:`translate_schema` gives a copy of the schema with the catalogue's
texts for every field (keys ``felt.<place>.tittel``, ``felt.<place>.hjelp`` and
``felt.<place>.valg.<value>``). A place is the field's path: ``$.aar``, ``$.nettverk[]``, or
``#eier.navn`` inside ``$defs``. The other kinds' schemas have their own keys, named by the schema
(``felt.rapport.$.aar.tittel``), so a field of one kind never takes the words of another's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kompetanse.text.catalogue import CATALOGUES, Maalform

TEXT_KEYS = (("title", "tittel"), ("description", "hjelp"))
COMBINERS = ("allOf", "anyOf", "oneOf")
BRANCHES = ("if", "then", "else")


def iter_places(node: Any, place: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node that can carry words, with its place."""
    if not isinstance(node, dict):
        return
    yield place, node
    for name, child in node.get("properties", {}).items():
        yield from iter_places(child, f"{place}.{name}")
    if "items" in node:
        yield from iter_places(node["items"], f"{place}[]")
    for name, child in node.get("$defs", {}).items():
        yield from iter_places(child, f"#{name}")
    for keyword in COMBINERS:
        for index, child in enumerate(node.get(keyword, [])):
            yield from iter_places(child, f"{place}/{keyword}{index}")
    for keyword in BRANCHES:
        if keyword in node:
            yield from iter_places(node[keyword], f"{place}/{keyword}")


def schema_prefix(schema: dict[str, Any]) -> str:
    """The start of the schema's keys: ``felt.`` for the behovsmelding, ``felt.<name>.`` else."""
    name = str(schema.get("$id", "")).rsplit("/", 1)[-1].removesuffix(".schema.json")
    return "felt." if name in ("", "behovsmelding") else f"felt.{name}."


def field_keys(schema: dict[str, Any]) -> dict[str, str]:
    """Every catalogue key the schema's words need, with the schema's own (bokmål) text."""
    prefix = schema_prefix(schema)
    keys: dict[str, str] = {}
    for place, node in iter_places(schema):
        for schema_key, word_key in TEXT_KEYS:
            if isinstance(node.get(schema_key), str):
                keys[f"{prefix}{place}.{word_key}"] = node[schema_key]
        titles = node.get("x-enum-titles")
        if isinstance(titles, list):
            for value, title in zip(node.get("enum", []), titles, strict=False):
                keys[f"{prefix}{place}.valg.{value}"] = str(title)
    return keys


def translated_node(node: dict[str, Any], key_of: str, words: dict[str, str]) -> dict[str, Any]:
    """One node with its own words replaced (children are replaced by the caller); ``key_of`` is
    the start of the node's keys (prefix and place)."""
    copy = dict(node)
    for schema_key, word_key in TEXT_KEYS:
        key = f"{key_of}.{word_key}"
        if schema_key in copy and key in words:
            copy[schema_key] = words[key]
    if isinstance(copy.get("x-enum-titles"), list):
        copy["x-enum-titles"] = [
            words.get(f"{key_of}.valg.{value}", title)
            for value, title in zip(copy.get("enum", []), copy["x-enum-titles"], strict=False)
        ]
    return copy


def translate(node: Any, place: str, words: dict[str, str], prefix: str = "felt.") -> Any:
    """A deep copy of a schema node with every field's words from ``words``."""
    if not isinstance(node, dict):
        return node
    copy = translated_node(node, f"{prefix}{place}", words)
    if "properties" in node:
        copy["properties"] = {
            name: translate(child, f"{place}.{name}", words, prefix)
            for name, child in node["properties"].items()
        }
    if "items" in node:
        copy["items"] = translate(node["items"], f"{place}[]", words, prefix)
    if "$defs" in node:
        copy["$defs"] = {
            name: translate(child, f"#{name}", words, prefix)
            for name, child in node["$defs"].items()
        }
    for keyword in COMBINERS:
        if keyword in node:
            copy[keyword] = [
                translate(child, f"{place}/{keyword}{i}", words, prefix)
                for i, child in enumerate(node[keyword])
            ]
    for keyword in BRANCHES:
        if keyword in node:
            copy[keyword] = translate(node[keyword], f"{place}/{keyword}", words, prefix)
    return copy


def translate_schema(schema: dict[str, Any], maalform: Maalform) -> dict[str, Any]:
    """A copy of the schema whose titles, help texts and choices are in ``maalform``."""
    return dict(translate(schema, "$", CATALOGUES[maalform], schema_prefix(schema)))
