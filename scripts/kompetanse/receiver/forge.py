"""Pull requests (GitHub) and merge requests (GitLab) over REST: open, look up, label, comment, close.

The token goes in a header and nowhere else: error messages name the forge and the HTTP status,
never the request's headers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

import httpx

from kompetanse.errors import KompetanseError
from kompetanse.receiver.config import ReceiverConfig

TIMEOUT = httpx.Timeout(20.0)


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


def _post_or_fail(
    client: httpx.Client, url: str, payload: dict[str, object], name: str
) -> httpx.Response:
    try:
        return client.post(url, json=payload)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def _get_or_fail(
    client: httpx.Client, url: str, params: dict[str, str], name: str
) -> httpx.Response:
    try:
        return client.get(url, params=params)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def _send_or_fail(
    client: httpx.Client, method: str, url: str, payload: dict[str, object] | None, name: str
) -> httpx.Response:
    try:
        return client.request(method, url, json=payload)
    except httpx.HTTPError as error:
        raise ForgeError(f"{name} svarte ikke ({type(error).__name__})") from error


def _expect(response: httpx.Response, accepted: tuple[int, ...], name: str) -> None:
    if response.status_code not in accepted:
        raise ForgeError(f"{name} svarte {response.status_code}")


def _json_list(response: httpx.Response, name: str) -> list[dict[str, object]]:
    if response.status_code != 200:
        raise ForgeError(f"{name} svarte {response.status_code} på oppslag")
    data = response.json()
    return data if isinstance(data, list) else []


class GitHubForge:
    """``POST /repos/{owner}/{repo}/pulls``; an existing pull request for the branch is reused."""

    name = "GitHub"

    def __init__(self, api_url: str, repo: str, token: str) -> None:
        self.repo_path = "/".join(quote(part, safe="") for part in repo.split("/", 1))
        self.owner = repo.split("/", 1)[0]
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "kompetanse-mottak",
        }
        self.client = httpx.Client(base_url=api_url, headers=headers, timeout=TIMEOUT)

    def open_pull_request(self, request: PullRequest) -> str | None:
        """Open the pull request and return its ``html_url``."""
        payload: dict[str, object] = {
            "title": request.title,
            "head": request.branch,
            "base": request.base,
            "body": request.body,
            "maintainer_can_modify": True,
        }
        response = _post_or_fail(self.client, f"/repos/{self.repo_path}/pulls", payload, self.name)
        if response.status_code == 201:
            return str(response.json()["html_url"])
        if response.status_code == 422:
            return self.existing(request.branch)
        raise ForgeError(f"{self.name} svarte {response.status_code}")

    def close(self) -> None:
        """Release connections."""
        self.client.close()

    def existing(self, branch: str) -> str | None:
        """The pull request already open for this branch, if any."""
        params = {"head": f"{self.owner}:{branch}", "state": "all"}
        response = _get_or_fail(self.client, f"/repos/{self.repo_path}/pulls", params, self.name)
        found = _json_list(response, self.name)
        if not found:
            raise ForgeError(f"{self.name} avviste pull requesten (422)")
        return str(found[0]["html_url"])

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """``GET /repos/{owner}/{repo}/pulls?head=owner:branch&state=all``, newest first."""
        params = {"head": f"{self.owner}:{branch}", "state": "all"}
        response = _get_or_fail(self.client, f"/repos/{self.repo_path}/pulls", params, self.name)
        found = _json_list(response, self.name)
        if not found:
            return None
        pull = max(found, key=lambda item: int(str(item["number"])))
        state = "merged" if pull.get("merged_at") else str(pull["state"])
        return PullInfo(
            int(str(pull["number"])),
            str(pull["html_url"]),
            state,
            _text_or_none(pull.get("merged_at")),
            _text_or_none(pull.get("closed_at")),
        )

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """``POST …/issues/{n}/labels`` and ``DELETE …/issues/{n}/labels/{name}`` (404: not set)."""
        issue = f"/repos/{self.repo_path}/issues/{number}/labels"
        if add:
            response = _send_or_fail(self.client, "POST", issue, {"labels": add}, self.name)
            _expect(response, (200,), self.name)
        for label in remove:
            url = f"{issue}/{quote(label, safe='')}"
            _expect(
                _send_or_fail(self.client, "DELETE", url, None, self.name), (200, 404), self.name
            )

    def comment(self, number: int, body: str) -> None:
        """``POST /repos/{owner}/{repo}/issues/{n}/comments``."""
        url = f"/repos/{self.repo_path}/issues/{number}/comments"
        _expect(
            _send_or_fail(self.client, "POST", url, {"body": body}, self.name), (201,), self.name
        )

    def close_pull_request(self, number: int) -> None:
        """``PATCH /repos/{owner}/{repo}/pulls/{n}`` with ``state: closed``."""
        url = f"/repos/{self.repo_path}/pulls/{number}"
        response = _send_or_fail(self.client, "PATCH", url, {"state": "closed"}, self.name)
        _expect(response, (200,), self.name)


class GitLabForge:
    """``POST /api/v4/projects/{id}/merge_requests``; an existing one for the branch is reused."""

    name = "GitLab"

    def __init__(self, api_url: str, project: str, token: str) -> None:
        self.project = quote(project, safe="")
        headers = {"PRIVATE-TOKEN": token, "User-Agent": "kompetanse-mottak"}
        self.client = httpx.Client(base_url=api_url, headers=headers, timeout=TIMEOUT)

    def open_pull_request(self, request: PullRequest) -> str | None:
        """Open the merge request and return its ``web_url``."""
        payload: dict[str, object] = {
            "source_branch": request.branch,
            "target_branch": request.base,
            "title": request.title,
            "description": request.body,
            "remove_source_branch": True,
        }
        url = f"/api/v4/projects/{self.project}/merge_requests"
        response = _post_or_fail(self.client, url, payload, self.name)
        if response.status_code == 201:
            return str(response.json()["web_url"])
        if response.status_code == 409:
            return self.existing(request.branch)
        raise ForgeError(f"{self.name} svarte {response.status_code}")

    def close(self) -> None:
        """Release connections."""
        self.client.close()

    def existing(self, branch: str) -> str | None:
        """The merge request already open for this branch, if any."""
        url = f"/api/v4/projects/{self.project}/merge_requests"
        params = {"source_branch": branch, "state": "opened"}
        response = _get_or_fail(self.client, url, params, self.name)
        found = _json_list(response, self.name)
        if not found:
            raise ForgeError(f"{self.name} avviste merge requesten (409)")
        return str(found[0]["web_url"])

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """``GET …/merge_requests?source_branch=…&state=all``, newest first."""
        url = f"/api/v4/projects/{self.project}/merge_requests"
        params = {"source_branch": branch, "state": "all"}
        found = _json_list(_get_or_fail(self.client, url, params, self.name), self.name)
        if not found:
            return None
        merge_request = max(found, key=lambda item: int(str(item["iid"])))
        state = {"opened": "open", "locked": "open"}.get(str(merge_request["state"]))
        return PullInfo(
            int(str(merge_request["iid"])),
            str(merge_request["web_url"]),
            state or str(merge_request["state"]),
            _text_or_none(merge_request.get("merged_at")),
            _text_or_none(merge_request.get("closed_at")),
        )

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """``PUT …/merge_requests/{iid}`` with ``add_labels`` and ``remove_labels``."""
        payload: dict[str, object] = {
            "add_labels": ",".join(add),
            "remove_labels": ",".join(remove),
        }
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}"
        _expect(_send_or_fail(self.client, "PUT", url, payload, self.name), (200,), self.name)

    def comment(self, number: int, body: str) -> None:
        """``POST …/merge_requests/{iid}/notes``."""
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}/notes"
        _expect(
            _send_or_fail(self.client, "POST", url, {"body": body}, self.name), (201,), self.name
        )

    def close_pull_request(self, number: int) -> None:
        """``PUT …/merge_requests/{iid}`` with ``state_event: close``."""
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}"
        response = _send_or_fail(self.client, "PUT", url, {"state_event": "close"}, self.name)
        _expect(response, (200,), self.name)


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None


def make_forge(config: ReceiverConfig) -> Forge:
    """The forge client the configuration asks for."""
    if config.forge == "github":
        return GitHubForge(config.api_url, config.forge_repo, config.forge_token)
    if config.forge == "gitlab":
        return GitLabForge(config.api_url, config.forge_repo, config.forge_token)
    return NoForge()
