"""Pull requests (GitHub) and merge requests (GitLab): open, look up, label, comment, close.

The token goes in a header and nowhere else: error messages name the forge and the HTTP status,
never the request's headers.
"""

from __future__ import annotations

from typing import Protocol

from kompetanse.receiver.config import ReceiverConfig
from kompetanse.receiver.forge_records import ForgeError, PullInfo, PullRequest

__all__ = ["Forge", "ForgeError", "NoForge", "PullInfo", "PullRequest", "make_forge"]


class Forge(Protocol):
    """Opens a pull request and returns its web address (None when there is no forge)."""

    def open_pull_request(self, request: PullRequest) -> str | None:
        """Open it (or find the one already open for the branch)."""
        ...

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """The pull request for the branch, whatever its state."""
        ...

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """Add and remove labels."""
        ...

    def comment(self, number: int, body: str) -> None:
        """Write a comment."""
        ...

    def close_pull_request(self, number: int) -> None:
        """Close without merging (the branch stays)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


class NoForge:
    """Branches only: no pull requests."""

    def open_pull_request(self, request: PullRequest) -> str | None:
        """Nothing to open."""
        return None

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """There are none."""
        return None

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """Nothing to label."""

    def comment(self, number: int, body: str) -> None:
        """Nothing to comment on."""

    def close_pull_request(self, number: int) -> None:
        """Nothing to close."""

    def close(self) -> None:
        """Nothing to release."""


def make_forge(config: ReceiverConfig) -> Forge:
    """The forge client the configuration asks for (the HTTP client is loaded only for one)."""
    if config.forge == "github":
        from kompetanse.receiver.forge_github import GitHubForge

        return GitHubForge(config.api_url, config.forge_repo, config.forge_token)
    if config.forge == "gitlab":
        from kompetanse.receiver.forge_gitlab import GitLabForge

        return GitLabForge(config.api_url, config.forge_repo, config.forge_token)
    return NoForge()
