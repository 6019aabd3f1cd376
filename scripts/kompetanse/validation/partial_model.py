"""Run the rules on a melding with schema problems, as far as its readable values allow.

When a schema problem concerns a value the model builder reads (a sum written as text, a fylke
that is not on the list), the model cannot be trusted as a whole. One wrong value need not hide
every other problem, though: a sender would then need one round for the schema and another for
the rules. So the builder runs once more over a copy of the document in which each such value
is replaced by :class:`Unreadable`, a value that refuses to be compared, counted, hashed, printed
or tested. Each rule then runs on that model; a rule that touches an unreadable value stops
there, and only the problems it found before are kept. A rule never sees a guessed value, so
no problem is reported that the real data would not give.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

from kompetanse.validation.model_reads import ROOT_LOCATIONS, reads_of
from kompetanse.validation.problems import Problem

STEP = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


class UnreadableValueError(Exception):
    """A rule touched a value that failed the schema."""


class Unreadable:
    """Stands for a value that failed the schema; every use of it raises UnreadableValueError."""

    __slots__ = ("location",)

    def __init__(self, location: str) -> None:
        self.location = location

    def _refuse(self, *_: object) -> NoReturn:
        raise UnreadableValueError(self.location)

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _refuse
    __hash__ = __bool__ = __len__ = __iter__ = __contains__ = __getitem__ = _refuse
    __str__ = __format__ = __int__ = __index__ = __float__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = _refuse
    __neg__ = __abs__ = _refuse

    def __getattr__(self, name: str) -> Any:
        raise UnreadableValueError(self.location)


def steps_of(location: str) -> list[str | int] | None:
    """``$.budsjett[0].sum`` as ``["budsjett", 0, "sum"]``; None for anything else."""
    if not location.startswith("$"):
        return None
    rest, steps = location[1:], []
    for match in STEP.finditer(rest):
        steps.append(match[1] if match[1] is not None else int(match[2]))
    rebuilt = "".join(f".{s}" if isinstance(s, str) else f"[{s}]" for s in steps)
    return steps if rebuilt == rest and steps else None


def poison(document: dict[str, Any], location: str, wrong_type: bool = False) -> None:
    """Put an Unreadable at ``location`` when it names a leaf or a missing field of an object.

    A list or object of the right type stays: its problem (too few items, an unknown field) does
    not make the values inside it unreadable. One of the wrong type (a list where a number
    belongs) is replaced like any other value.
    """
    steps = steps_of(location)
    if steps is None:
        return
    parent: Any = document
    for step in steps[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return
    last = steps[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        current = parent.get(last)
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        current = parent[last]
    else:
        return
    if wrong_type or not isinstance(current, dict | list):
        parent[last] = Unreadable(location)


def partial_model(
    build: Callable[[Any], object],
    document: dict[str, Any],
    locations: Sequence[str],
    wrong_types: Sequence[str] = (),
) -> object | None:
    """The model with every value a problem concerns made unreadable; None when it cannot be
    built at all (the ordning, the root or the shape of a list is wrong). ``wrong_types`` are
    the locations of values of the wrong type."""
    if any(location in ROOT_LOCATIONS for location in locations):
        return None
    reads = reads_of(build, document)
    patched = copy.deepcopy(document)
    for location in locations:
        if reads is None or reads.touched_by(location):
            poison(patched, location, location in wrong_types)
    try:
        return build(patched)
    except (UnreadableValueError, KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None


Rule = Callable[[Any, Any], Iterator[Problem]]


def guarded_problems(rules: Iterable[Rule], model: object, ctx: object) -> list[Problem]:
    """Each rule's problems until it touches an unreadable value."""
    found: list[Problem] = []
    for rule in rules:
        try:
            for problem in rule(model, ctx):
                found.append(problem)
        except (UnreadableValueError, TypeError):  # Decimal(), for one, raises TypeError
            continue
    return found
