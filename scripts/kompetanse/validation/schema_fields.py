"""The fields of a schema as problem messages name them: title, help text and choices, in bokmål
and in nynorsk (the catalogue's words for each field, see ``text/schema_words.py``)."""

from __future__ import annotations

from typing import Any

from kompetanse.text.phrase import Both
from kompetanse.text.schema_words import translate_schema


class SchemaTitles:
    """Finds the Norwegian title of the field at a JSON path by walking the schema."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._schema = schema

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target = self._schema
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    def node_at(self, path: list[str | int]) -> dict[str, Any] | None:
        """The (resolved) schema node describing the value at ``path``, if the schema has one."""
        node = self._resolve(self._schema)
        for step in path:
            child = (
                node.get("items") if isinstance(step, int) else node.get("properties", {}).get(step)
            )
            if not isinstance(child, dict):
                return None
            node = self._resolve(child)
        return node

    def title(self, path: list[str | int]) -> str:
        """The field's title, or its last path step when the schema names none."""
        node = self.node_at(path)
        if node and "title" in node:
            return str(node["title"])
        return str(path[-1]) if path else "Behovsmeldingen"


def enum_text(node: dict[str, Any] | None, expected: list[Any]) -> str:
    """The allowed values by their titles when the schema names them."""
    node = node or {}
    titles = node.get("x-enum-titles")
    if isinstance(titles, list) and len(titles) == len(node.get("enum", [])):
        title_by_value = dict(zip(node["enum"], titles, strict=True))
        return ", ".join(str(title_by_value.get(value, value)) for value in expected)
    return ", ".join(str(value) for value in expected)


class FieldWords:
    """A schema's fields in both målformer, for the messages about them."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.nb = SchemaTitles(translate_schema(schema, "nb"))
        self.nn = SchemaTitles(translate_schema(schema, "nn"))

    def node_at(self, path: list[str | int]) -> dict[str, Any] | None:
        """The schema node at ``path`` (its rules are the same in both målformer)."""
        return self.nb.node_at(path)

    def title(self, path: list[str | int]) -> Both:
        """The field's title."""
        return Both(self.nb.title(path), self.nn.title(path))

    def help(self, path: list[str | int]) -> Both:
        """The field's help text (empty when it has none)."""
        nb, nn = self.nb.node_at(path) or {}, self.nn.node_at(path) or {}
        return Both(str(nb.get("description", "")), str(nn.get("description", "")))

    def choices(self, path: list[str | int], expected: list[Any]) -> Both:
        """The allowed values of a choice."""
        return Both(
            enum_text(self.nb.node_at(path), expected), enum_text(self.nn.node_at(path), expected)
        )
