"""Schema layer: every JSON Schema error as a problem with a Norwegian message.

jsonschema-rs answers "valid?" fast for the common case; only an invalid document is walked by
the reference implementation (python-jsonschema) to collect every error with its path. The
tests run every example through both and assert that they agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from kompetanse.validation.json_input import too_deep_problem
from kompetanse.validation.problems import Problem, problem_from, say
from kompetanse.validation.schema_fields import FieldWords
from kompetanse.validation.schema_messages import (
    SchemaError,
    describe_value,
    kind_of,
    missing_message,
    schema_message,
)

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

CODE_BY_KEYWORD: dict[str, str] = {
    "type": "skjema-type",
    "required": "skjema-mangler-felt",
    "additionalProperties": "skjema-ukjent-felt",
    "unevaluatedProperties": "skjema-ukjent-felt",
    "enum": "skjema-ugyldig-valg",
    "pattern": "skjema-ugyldig-format",
    "format": "skjema-ugyldig-format",
    "minimum": "skjema-for-lav",
    "exclusiveMinimum": "skjema-for-lav",
    "maximum": "skjema-for-hoy",
    "exclusiveMaximum": "skjema-for-hoy",
    "minLength": "skjema-for-kort",
    "maxLength": "skjema-for-lang",
    "minItems": "skjema-for-faa",
    "maxItems": "skjema-for-mange",
    "const": "skjema-ikke-bekreftet",
}


def json_path(path: list[str | int]) -> str:
    """A JSONPath string such as ``$.budsjett[0].eier_andel``."""
    text = "$"
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}"
    return text


class CompiledSchema:
    """One version of a schema, compiled once, producing problems with Norwegian messages."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._fast = jsonschema_rs.validator_for(schema)
        self._fields = FieldWords(schema)

    @cached_property
    def _reference(self) -> Draft202012Validator:
        """python-jsonschema's validator, built (and imported) only when a document needs it."""
        from jsonschema import Draft202012Validator

        return Draft202012Validator(self.schema)

    def is_valid(self, document: Any) -> bool:
        """Fast yes/no answer (jsonschema-rs)."""
        return bool(self._fast.is_valid(document))

    def reference_is_valid(self, document: Any) -> bool:
        """The reference implementation's yes/no answer (python-jsonschema)."""
        return bool(self._reference.is_valid(document))

    @property
    def version(self) -> str:
        """The version this schema describes (the value its ``schema_version`` field allows)."""
        node = self.schema.get("properties", {}).get("schema_version", {})
        allowed = node.get("enum") or [node.get("const", "")]
        return str(allowed[0])

    def problems(self, document: dict[str, Any], file: str) -> list[Problem]:
        """Every schema problem in the document (empty when valid)."""
        if self.is_valid(document):
            return []
        too_deep = too_deep_problem(document, file)
        if too_deep is not None:
            return [too_deep]
        return sorted(set(self._iter_problems(document, file)))

    def _iter_problems(self, document: dict[str, Any], file: str) -> Iterator[Problem]:
        for error in self._reference.iter_errors(document):
            for leaf in _leaves(error):
                yield from self._to_problems(leaf, file)

    def _to_problems(self, error: ValidationError, file: str) -> Iterator[Problem]:
        """One problem, or for ``required`` one per missing field (duplicates are dropped later)."""
        path = list(error.absolute_path)
        keyword = str(error.validator)
        code = CODE_BY_KEYWORD.get(keyword, "skjema-annet")
        if keyword != "required":
            found = SchemaError(self._fields, path, error.instance, error.validator_value)
            yield problem_from(file, json_path(path), code, schema_message(keyword, found))
            return
        for missing in _missing_properties(error):
            field_path = [*path, missing]
            words = missing_message(self._fields, field_path)
            yield problem_from(file, json_path(field_path), code, words)


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    """Descend into anyOf/oneOf/allOf context to report the concrete errors."""
    if error.context:
        for child in error.context:
            yield from _leaves(child)
    else:
        yield error


def _missing_properties(error: ValidationError) -> list[str]:
    """Every required field the object lacks (python-jsonschema reports each one separately)."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    required = error.validator_value if isinstance(error.validator_value, list) else []
    return [str(name) for name in required if name not in instance] or ["?"]


class VersionedSchema:
    """Every version of one kind's schema; a document is checked against the version it states.

    A file keeps its ``schema_version`` for good, so each version a file uses stays valid against
    its own schema. A document without the field is checked against the current version (which
    then reports it missing); a value of the wrong type or an unknown version is one problem.
    """

    def __init__(self, current: CompiledSchema, older: tuple[CompiledSchema, ...] = ()) -> None:
        self.current = current
        self._by_version = {schema.version: schema for schema in (*older, current)}

    @property
    def versions(self) -> list[str]:
        """The known versions, oldest first."""
        return sorted(self._by_version, key=lambda v: (len(v), v))

    def for_document(self, document: dict[str, Any]) -> CompiledSchema | None:
        """The schema of the version the document states; None for an unknown version."""
        if "schema_version" not in document:
            return self.current
        version = document["schema_version"]
        return self._by_version.get(version) if isinstance(version, str) else None

    def is_valid(self, document: Any) -> bool:
        """Fast yes/no answer against the document's own version."""
        schema = self.for_document(document) if isinstance(document, dict) else self.current
        return schema is not None and schema.is_valid(document)

    def reference_is_valid(self, document: Any) -> bool:
        """The reference implementation's answer against the document's own version."""
        schema = self.for_document(document) if isinstance(document, dict) else self.current
        return schema is not None and schema.reference_is_valid(document)

    def problems(self, document: dict[str, Any], file: str) -> list[Problem]:
        """Every schema problem, or one problem when the version is unknown or not text."""
        schema = self.for_document(document)
        if schema is not None:
            return schema.problems(document, file)
        version = document["schema_version"]
        known = ", ".join(self.versions)
        code = "skjema-versjon-ukjent"
        if isinstance(version, str):
            key, found = f"problem.{code}", describe_value(version)
        else:
            key, found = f"problem.{code}.ikke-tekst", kind_of(version)
        return [say(file, "$.schema_version", code, key, funnet=found, kjente=known)]
