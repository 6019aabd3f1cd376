"""GitLab merge requests over REST (``/api/v4/projects/{id}/merge_requests``)."""

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
        response = post_or_fail(self.client, url, payload, self.name)
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
        response = get_or_fail(self.client, url, params, self.name)
        found = json_list(response, self.name)
        if not found:
            raise ForgeError(f"{self.name} avviste merge requesten (409)")
        return str(found[0]["web_url"])

    def find_pull_request(self, branch: str) -> PullInfo | None:
        """``GET …/merge_requests?source_branch=…&state=all``, newest first."""
        url = f"/api/v4/projects/{self.project}/merge_requests"
        params = {"source_branch": branch, "state": "all"}
        found = json_list(get_or_fail(self.client, url, params, self.name), self.name)
        if not found:
            return None
        merge_request = max(found, key=lambda item: int(str(item["iid"])))
        state = {"opened": "open", "locked": "open"}.get(str(merge_request["state"]))
        return PullInfo(
            int(str(merge_request["iid"])),
            str(merge_request["web_url"]),
            state or str(merge_request["state"]),
            text_or_none(merge_request.get("merged_at")),
            text_or_none(merge_request.get("closed_at")),
        )

    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        """``PUT …/merge_requests/{iid}`` with ``add_labels`` and ``remove_labels``."""
        payload: dict[str, object] = {
            "add_labels": ",".join(add),
            "remove_labels": ",".join(remove),
        }
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}"
        expect(send_or_fail(self.client, "PUT", url, payload, self.name), (200,), self.name)

    def comment(self, number: int, body: str) -> None:
        """``POST …/merge_requests/{iid}/notes``."""
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}/notes"
        expect(send_or_fail(self.client, "POST", url, {"body": body}, self.name), (201,), self.name)

    def close_pull_request(self, number: int) -> None:
        """``PUT …/merge_requests/{iid}`` with ``state_event: close``."""
        url = f"/api/v4/projects/{self.project}/merge_requests/{number}"
        response = send_or_fail(self.client, "PUT", url, {"state_event": "close"}, self.name)
        expect(response, (200,), self.name)
