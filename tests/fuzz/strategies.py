"""Hypothesis strategies for the fuzz tests: documents of each kind from its schema, mutated
documents, and the budget of examples.

The budget is a Hypothesis profile: ``fuzz-kort`` (a few dozen examples, the same ones every run)
in the normal test run, ``fuzz-lang`` (500 a test, or ``KOMPETANSE_FUZZ_EKSEMPLER``; new ones
each run) when ``KOMPETANSE_FUZZ=lang`` is set, as ``make fuzz`` does. The profiles are applied to the fuzz
tests only, so the other property tests keep their own settings.

Objects and lists are walked here, following the schema's ``$ref``s; every leaf (a text with its
pattern and lengths, a number with its bounds, a choice, a constant) is drawn by
``hypothesis-jsonschema`` from its own part of the schema.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from kompetanse.kinds import BEHOVSMELDING, KINDS, Kind

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
MAX_LIST = 3
MAX_TEXT = 80

settings.register_profile(
    "fuzz-kort",
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz-lang",
    max_examples=int(os.environ.get("KOMPETANSE_FUZZ_EKSEMPLER", "500")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile(
    "fuzz-lang" if os.environ.get("KOMPETANSE_FUZZ") == "lang" else "fuzz-kort"
)


def schema_of(kind: Kind) -> dict[str, Any]:
    """The kind's JSON Schema as the project ships it."""
    return dict(json.loads((SCHEMAS / f"{kind.name}.schema.json").read_text(encoding="utf-8")))


def resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """The node with its ``$ref`` (into ``$defs``) followed, its own keywords kept."""
    while "$ref" in node:
        name = str(node["$ref"]).removeprefix("#/$defs/")
        rest = {key: value for key, value in node.items() if key != "$ref"}
        node = {**root["$defs"][name], **rest}
    return node


def from_node(node: dict[str, Any], root: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values that the schema node accepts."""
    node = resolve(node, root)
    if node.get("type") == "object" and "properties" in node:
        return object_of(node, root)
    if node.get("type") == "array" and "items" in node:
        low = int(node.get("minItems", 0))
        high = min(int(node.get("maxItems", low + MAX_LIST)), low + MAX_LIST)
        return st.lists(from_node(node["items"], root), min_size=low, max_size=high)
    leaf = {k: v for k, v in node.items() if k not in ("title", "description", "examples")}
    if "maxLength" in leaf:
        leaf["maxLength"] = max(
            int(leaf.get("minLength", 0)), min(int(leaf["maxLength"]), MAX_TEXT)
        )
    return from_schema(leaf)


def object_of(node: dict[str, Any], root: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with every required property and some of the others."""
    required = set(node.get("required", ()))
    properties = node["properties"]
    fixed = {key: from_node(properties[key], root) for key in properties if key in required}
    optional = {key: from_node(properties[key], root) for key in properties if key not in required}
    return st.fixed_dictionaries(fixed, optional=optional)


@functools.cache
def documents(kind: Kind) -> st.SearchStrategy[dict[str, Any]]:
    """Documents of the kind that its schema accepts (texts kept short: long ones are in the
    corpus)."""
    schema = schema_of(kind)
    return from_node(schema, schema)


ODD_VALUES = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([350000.0, 1.5, -1, 0, 10**30, "", "\u202e", "\u200b", "=SUM(A1)", None]),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.recursive(st.none(), lambda inner: st.lists(inner, max_size=2), max_leaves=40),
)


def paths_of(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path in a JSON value, the root first."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_of(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths_of(child, (*path, index))
    return found


def replaced(document: dict[str, Any], path: tuple[str | int, ...], value: Any) -> Any:
    """A copy of the document with the value at ``path`` replaced (the root too)."""
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return copy


def dropped(document: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    """A copy of the document without the field at ``path``."""
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    parent.pop(path[-1], None)
    return dict(copy)


@st.composite
def mutated(draw: st.DrawFn, kind: Kind) -> Any:
    """A document of the kind with one to three values replaced by odd ones, or fields dropped."""
    document: Any = draw(documents(kind))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if not isinstance(document, dict):
            break
        path: tuple[str | int, ...] = draw(st.sampled_from(paths_of(document)))
        drop: bool = draw(st.booleans())
        if drop and path and isinstance(path[-1], str):
            document = dropped(document, path)
        else:
            document = replaced(document, path, draw(ODD_VALUES))
    return document


def relpath_of(kind: Kind, document: Any) -> str:
    """Where the document belongs (a fixed place when its fields cannot say)."""
    fields = document if isinstance(document, dict) else {}
    aar, ident = fields.get("aar"), fields.get("id")
    if not isinstance(aar, int) or not isinstance(ident, str) or "/" in ident:
        aar, ident = 2025, f"{kind.id_prefix}-2025-0f0f0f0f"
    if kind is BEHOVSMELDING:
        ordning = fields.get("ordning")
        ordning = ordning if isinstance(ordning, str) and ordning.isidentifier() else "regional"
        return f"submissions/{aar}/{ordning}/{ident}.json"
    return f"submissions/{kind.folder}/{aar}/{ident}.json"


KIND_IDS = [kind.name for kind in KINDS]
