"""What every forge client shares and needs no HTTP library for: the error and the request and
answer records."""

from __future__ import annotations

from dataclasses import dataclass

from kompetanse.errors import KompetanseError


class ForgeError(KompetanseError):
    """The forge could not be reached or refused to open the pull request."""


@dataclass(frozen=True)
class PullRequest:
    """What to open: head branch into base, with a title and a body."""

    branch: str
    base: str
    title: str
    body: str


@dataclass(frozen=True)
class PullInfo:
    """A pull request as the forge sees it: ``open``, ``closed`` or ``merged``, with dates."""

    number: int
    url: str
    state: str
    merged_at: str | None = None
    closed_at: str | None = None
