"""Which JSON paths a model builder reads from a document, found by watching it build.

The rules work on the model, not on the JSON. A schema problem on a path the builder reads means
the model cannot be trusted, so the rules must not run; a schema problem elsewhere (the contact
person, the descriptions, the confirmations) leaves the model sound, and the rules still run so
that every problem is reported in one go. The paths are not kept in a list beside the builder:
the builder runs once over a watching view of the document, which records every read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

ROOT_LOCATIONS = frozenset({"", "$", "$.schema_version"})


@dataclass
class Reads:
    """Paths of containers (objects, lists) and of leaf values the builder took."""

    containers: set[str] = field(default_factory=set)
    leaves: set[str] = field(default_factory=set)

    def watch(self, value: Any, path: str) -> Any:
        """The value itself for a leaf; a watching view for an object or a list."""
        if isinstance(value, dict):
            self.containers.add(path)
            return WatchedObject(value, path, self)
        if isinstance(value, list):
            self.containers.add(path)
            return WatchedList(value, path, self)
        self.leaves.add(path)
        return value

    def touched_by(self, location: str) -> bool:
        """True when a problem at ``location`` concerns something the builder read."""
        if location in ROOT_LOCATIONS:
            return True
        below = (location + ".", location + "[")
        if any(path == location or path.startswith(below) for path in self.containers):
            return True
        return any(
            path == location
            or path.startswith(below)
            or location.startswith((path + ".", path + "["))
            for path in self.leaves
        )


class WatchedObject(Mapping[str, Any]):
    """A read-only view of a JSON object that records the keys read from it."""

    def __init__(self, data: dict[str, Any], path: str, reads: Reads) -> None:
        self._data, self._path, self._reads = data, path, reads

    def __getitem__(self, key: str) -> Any:
        return self._reads.watch(self._data[key], f"{self._path}.{key}")

    def get(self, key: str, default: Any = None) -> Any:
        """The value, or ``default``; a missing key counts as read (its absence was used)."""
        if key not in self._data:
            self._reads.leaves.add(f"{self._path}.{key}")
            return default
        return self[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class WatchedList(Sequence[Any]):
    """A read-only view of a JSON list that records the items read from it."""

    def __init__(self, data: list[Any], path: str, reads: Reads) -> None:
        self._data, self._path, self._reads = data, path, reads

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._data))[index]]
        position = index if index >= 0 else len(self._data) + index
        return self._reads.watch(self._data[index], f"{self._path}[{position}]")

    def __len__(self) -> int:
        return len(self._data)


def reads_of(build: Callable[[Any], object], document: dict[str, Any]) -> Reads | None:
    """The paths ``build`` reads from ``document``; None when it cannot build from it at all."""
    reads = Reads()
    try:
        build(WatchedObject(document, "$", reads))
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None
    return reads


def rules_can_run(
    locations: Sequence[str], build: Callable[[Any], object], document: dict[str, Any]
) -> bool:
    """True when no problem so far (given by its location) concerns a value the builder reads."""
    if not locations:
        return True
    reads = reads_of(build, document)
    return reads is not None and not any(reads.touched_by(location) for location in locations)
