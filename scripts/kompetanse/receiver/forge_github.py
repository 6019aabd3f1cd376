"""GitHub pull requests over REST (``/repos/{owner}/{repo}/pulls``)."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from kompetanse.receiver.forge_http import (
    TIMEOUT,
    expect,
    get_or_fail,
    json_list,
    post_or_fail,
    send_or_fail,
    text_or_none,
)
from kompetanse.receiver.forge_records import ForgeError, PullInfo, PullRequest


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
        response = post_or_fail(self.client, f"/repos/{self.repo_path}/pulls", payload, self.name)
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
        response = get_or_fail(self.client, f"/repos/{self.repo_path}/pulls", params, self.name)
        found = json_list(response, self.name)
        if not found:
            raise ForgeError(f"{self.name} avviste pull requesten (422)")
        return str(found[0]["html_url"])

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """``GET /repos/{owner}/{repo}/pulls?head=owner:branch&state=all``, newest first."""
        params = {"head": f"{self.owner}:{branch}", "state": "all"}
        response = get_or_fail(self.client, f"/repos/{self.repo_path}/pulls", params, self.name)
        found = json_list(response, self.name)
        if not found:
            return None
        pull = max(found, key=lambda item: int(str(item["number"])))
        state = "merged" if pull.get("merged_at") else str(pull["state"])
        return PullInfo(
            int(str(pull["number"])),
            str(pull["html_url"]),
            state,
            text_or_none(pull.get("merged_at")),
            text_or_none(pull.get("closed_at")),
        )

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """``POST …/issues/{n}/labels`` and ``DELETE …/issues/{n}/labels/{name}`` (404: not set)."""
        issue = f"/repos/{self.repo_path}/issues/{number}/labels"
        if add:
            response = send_or_fail(self.client, "POST", issue, {"labels": add}, self.name)
            expect(response, (200,), self.name)
        for label in remove:
            url = f"{issue}/{quote(label, safe='')}"
            expect(send_or_fail(self.client, "DELETE", url, None, self.name), (200, 404), self.name)

    def comment(self, number: int, body: str) -> None:
        """``POST /repos/{owner}/{repo}/issues/{n}/comments``."""
        url = f"/repos/{self.repo_path}/issues/{number}/comments"
        expect(send_or_fail(self.client, "POST", url, {"body": body}, self.name), (201,), self.name)

    def close_pull_request(self, number: int) -> None:
        """``PATCH /repos/{owner}/{repo}/pulls/{n}`` with ``state: closed``."""
        url = f"/repos/{self.repo_path}/pulls/{number}"
        response = send_or_fail(self.client, "PATCH", url, {"state": "closed"}, self.name)
        expect(response, (200,), self.name)
