"""Which fields a letter template names, checked against the letter's record types.

The template's top-level names are the fields and properties of the letter's record; a loop
over a tuple of records binds each record's type, so ``t.kontakt.navn`` inside ``{% for t in
tiltak %}`` is checked field by field. Every branch is checked, taken or not. Where a type
cannot be followed (a name set inside the template), an attribute is accepted if some record of
the letter has a field by that name.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from typing import Any

from jinja2 import nodes

UNKNOWN = object()
LOOP = object()
JINJA_NAMES = frozenset({"range", "super", "self", "caller", "true", "false", "none"})
LOOP_FIELDS = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length", "previtem", "nextitem"}
)


def is_record(kind: Any) -> bool:
    """True for a dataclass type (a record a template may look into)."""
    return isinstance(kind, type) and dataclasses.is_dataclass(kind)


def hints_of(record: type) -> dict[str, Any]:
    """The type of every field and property of a record."""
    hints = {f.name: hint for f, hint in zip_fields(record)}
    for name, value in vars(record).items():
        if isinstance(value, property) and value.fget is not None:
            hints[name] = typing.get_type_hints(value.fget).get("return", UNKNOWN)
    return hints


def zip_fields(record: type) -> Iterator[tuple[dataclasses.Field[Any], Any]]:
    """Each dataclass field with its resolved type."""
    resolved = typing.get_type_hints(record)
    for field in dataclasses.fields(record):
        yield field, resolved.get(field.name, UNKNOWN)


def plain(kind: Any) -> Any:
    """``X | None`` as ``X``; anything else as it is."""
    if typing.get_origin(kind) in (types.UnionType, typing.Union):
        rest = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return rest[0] if len(rest) == 1 else UNKNOWN
    return kind


def element_of(kind: Any) -> Any:
    """The type of one item of a tuple or list type (UNKNOWN otherwise)."""
    args = typing.get_args(plain(kind))
    return plain(args[0]) if args else UNKNOWN


def reachable_records(record: type) -> list[type]:
    """The record and every record type found in its fields, at any depth."""
    found, waiting = [], [record]
    while waiting:
        current = waiting.pop()
        if current in found:
            continue
        found.append(current)
        for hint in hints_of(current).values():
            for candidate in (plain(hint), element_of(hint)):
                if is_record(candidate):
                    waiting.append(candidate)
    return found


class FieldChecker:
    """Walks a template's syntax tree and notes every name or field the letter does not have."""

    def __init__(self, record: type) -> None:
        self.top = {name: plain(hint) for name, hint in hints_of(record).items()}
        self.anywhere = frozenset(n for r in reachable_records(record) for n in hints_of(r))
        self.problems: list[str] = []

    def check(self, tree: nodes.Template) -> list[str]:
        """The problems in one template."""
        self.visit(tree, dict(self.top))
        return self.problems

    def note(self, line: int, name: str) -> None:
        self.problems.append(f"linje {line}: ukjent felt «{name}»")

    def visit(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(node, nodes.For):
            self.visit_for(node, scope)
        elif isinstance(node, nodes.Assign):
            scope.update(dict.fromkeys(bound_names(node.target), self.type_of(node.node, scope)))
        elif isinstance(node, nodes.Macro):
            inner = scope | dict.fromkeys(bound_names(*node.args), UNKNOWN)
            for child in node.body:
                self.visit(child, inner)
        elif isinstance(node, nodes.Name | nodes.Getattr):
            self.type_of(node, scope)
        else:
            for child in node.iter_child_nodes():
                self.visit(child, scope)

    def visit_for(self, node: nodes.For, scope: dict[str, Any]) -> None:
        item = element_of(self.type_of(node.iter, scope))
        inner = scope | dict.fromkeys(bound_names(node.target), item) | {"loop": LOOP}
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            self.visit(child, inner)

    def type_of(self, node: nodes.Node, scope: dict[str, Any]) -> Any:
        """The type of an expression, noting unknown names and fields on the way."""
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in scope and node.name not in JINJA_NAMES:
                self.note(node.lineno, node.name)
            return scope.get(node.name, UNKNOWN)
        if isinstance(node, nodes.Getattr):
            return self.attribute(self.type_of(node.node, scope), node.attr, node.lineno)
        self.visit(node, scope)
        return UNKNOWN

    def attribute(self, base: Any, name: str, line: int) -> Any:
        """The type of ``base.name`` (UNKNOWN when it cannot be followed)."""
        if base is LOOP:
            known = name in LOOP_FIELDS
        elif is_record(base):
            hints = hints_of(base)
            known = name in hints
            if known:
                return plain(hints[name])
        else:
            known = base is UNKNOWN and name in self.anywhere
        if not known:
            self.note(line, name)
        return UNKNOWN


def bound_names(*targets: nodes.Node) -> list[str]:
    """The names a loop target, assignment or macro parameter list binds."""
    return [
        n.name
        for target in targets
        for n in [target, *target.find_all(nodes.Name)]
        if isinstance(n, nodes.Name)
    ]


def unknown_fields(tree: nodes.Template, record: type) -> list[str]:
    """Each name or field in the template that the letter's record does not have."""
    return FieldChecker(record).check(tree)
