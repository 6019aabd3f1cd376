"""A local stand-in for the GitHub and GitLab pull-request endpoints, on loopback.

It speaks the real paths, headers and status codes the receiver uses:

- GitHub: ``POST /repos/{owner}/{repo}/pulls`` (201, or 422 when a pull request for the head
  exists) and ``GET /repos/{owner}/{repo}/pulls?head=owner:branch&state=all``; auth by
  ``Authorization: Bearer <token>`` (401 otherwise).
- GitLab: ``POST /api/v4/projects/{id}/merge_requests`` (201, or 409 when one is open for the
  source branch) and ``GET …/merge_requests?source_branch=…&state=opened|all``; auth by
  ``PRIVATE-TOKEN`` (401 otherwise). The project id may be numeric or a URL-encoded path.
- Labels, comments and closing: GitHub ``POST /repos/{o}/{r}/issues/{n}/labels`` (200, the
  labels now set), ``DELETE …/issues/{n}/labels/{name}`` (200, or 404 "Label does not exist"),
  ``POST …/issues/{n}/comments`` (201) and ``PATCH …/pulls/{n}`` with ``state`` (200); GitLab
  ``PUT …/merge_requests/{iid}`` with ``add_labels``/``remove_labels`` (comma-separated) or
  ``state_event: close`` (200) and ``POST …/merge_requests/{iid}/notes`` (201).

Every request is recorded (method, path, headers, JSON body) for the tests to inspect.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

GITHUB_PULLS = re.compile(r"^/repos/(?P<owner>[^/]+)/(?P<repo>[^/]+)/pulls$")
GITLAB_MRS = re.compile(r"^/api/v4/projects/(?P<project>[^/]+)/merge_requests$")
GITHUB_PULL = re.compile(r"^/repos/(?P<owner>[^/]+)/(?P<repo>[^/]+)/pulls/(?P<number>[0-9]+)$")
GITHUB_ISSUE = re.compile(
    r"^/repos/[^/]+/[^/]+/issues/(?P<number>[0-9]+)/(?P<what>labels|comments)(?:/(?P<name>[^/]+))?$"
)
GITLAB_MR = re.compile(
    r"^/api/v4/projects/(?P<project>[^/]+)/merge_requests/(?P<iid>[0-9]+)(?P<notes>/notes)?$"
)


@dataclass
class ForgeState:
    """What the stand-in has been asked and what it holds."""

    token: str
    base_url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    pulls: list[dict[str, Any]] = field(default_factory=list)
    merge_requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    fail_with: int | None = None


class ForgeHandler(BaseHTTPRequestHandler):
    """Routes the two forges' endpoints to small in-memory stores."""

    state: ForgeState

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def reply(self, status: int, payload: Any) -> None:
        """Send JSON."""
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, body: Any) -> None:
        """Remember the request."""
        with self.state.lock:
            self.state.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": dict(self.headers),
                    "json": body,
                }
            )

    def read_json(self) -> Any:
        """The request body as JSON (None when empty)."""
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length)) if length else None

    def do_POST(self) -> None:
        """Open a pull request or merge request; add labels; comment."""
        body = self.read_json()
        self.record(body)
        path = urlsplit(self.path).path
        if self.state.fail_with is not None:
            self.reply(self.state.fail_with, {"message": "unavailable"})
        elif match := GITHUB_PULLS.match(path):
            self.github_create(match, body)
        elif match := GITLAB_MRS.match(path):
            self.gitlab_create(match, body)
        elif match := GITHUB_ISSUE.match(path):
            if self.github_authorised():
                self.github_issue_post(match, body)
        elif (match := GITLAB_MR.match(path)) and match["notes"]:
            if self.gitlab_authorised():
                self.gitlab_note(match, body)
        else:
            self.reply(404, {"message": "Not Found"})

    def do_DELETE(self) -> None:
        """Remove a label (GitHub)."""
        self.record(None)
        match = GITHUB_ISSUE.match(urlsplit(self.path).path)
        if match is None or match["what"] != "labels" or not match["name"]:
            self.reply(404, {"message": "Not Found"})
        elif self.github_authorised():
            pull = self.github_pull(int(match["number"]))
            name = unquote(match["name"])
            if pull is None or name not in pull["labels_set"]:
                self.reply(404, {"message": "Label does not exist"})
                return
            with self.state.lock:
                pull["labels_set"].remove(name)
            self.reply(200, [{"name": label} for label in pull["labels_set"]])

    def do_PATCH(self) -> None:
        """Change a pull request's state (GitHub)."""
        body = self.read_json()
        self.record(body)
        match = GITHUB_PULL.match(urlsplit(self.path).path)
        if match is None:
            self.reply(404, {"message": "Not Found"})
        elif self.github_authorised():
            pull = self.github_pull(int(match["number"]))
            if pull is None:
                self.reply(404, {"message": "Not Found"})
                return
            with self.state.lock:
                if body.get("state") in ("open", "closed"):
                    pull["state"] = body["state"]
                    pull["closed_at"] = (
                        "2026-01-20T08:00:00Z" if body["state"] == "closed" else None
                    )
            self.reply(200, pull)

    def do_PUT(self) -> None:
        """Change a merge request's labels or state (GitLab)."""
        body = self.read_json()
        self.record(body)
        match = GITLAB_MR.match(urlsplit(self.path).path)
        if match is None or match["notes"]:
            self.reply(404, {"message": "404 Not found"})
        elif self.gitlab_authorised():
            self.gitlab_update(int(match["iid"]), body)

    def github_pull(self, number: int) -> dict[str, Any] | None:
        """The stored pull request with this number."""
        with self.state.lock:
            return next((p for p in self.state.pulls if p["number"] == number), None)

    def github_issue_post(self, match: re.Match[str], body: dict[str, Any]) -> None:
        """``POST …/issues/{n}/labels`` or ``…/comments``."""
        pull = self.github_pull(int(match["number"]))
        if pull is None or match["name"]:
            self.reply(404, {"message": "Not Found"})
            return
        with self.state.lock:
            if match["what"] == "labels":
                pull["labels_set"] += [
                    x for x in body.get("labels", []) if x not in pull["labels_set"]
                ]
                payload: Any = [{"name": label} for label in pull["labels_set"]]
            else:
                pull["comments"].append(body["body"])
                payload = {"id": len(pull["comments"]), "body": body["body"]}
        self.reply(200 if match["what"] == "labels" else 201, payload)

    def gitlab_merge_request(self, iid: int) -> dict[str, Any] | None:
        """The stored merge request with this iid."""
        with self.state.lock:
            return next((m for m in self.state.merge_requests if m["iid"] == iid), None)

    def gitlab_update(self, iid: int, body: dict[str, Any]) -> None:
        """``PUT …/merge_requests/{iid}``."""
        merge_request = self.gitlab_merge_request(iid)
        if merge_request is None:
            self.reply(404, {"message": "404 Not found"})
            return
        with self.state.lock:
            labels = merge_request["labels"]
            labels += [
                x for x in str(body.get("add_labels", "")).split(",") if x and x not in labels
            ]
            removed = set(str(body.get("remove_labels", "")).split(","))
            merge_request["labels"] = [x for x in labels if x not in removed]
            if body.get("state_event") == "close":
                merge_request["state"], merge_request["closed_at"] = (
                    "closed",
                    "2026-01-20T08:00:00Z",
                )
        self.reply(200, merge_request)

    def gitlab_note(self, match: re.Match[str], body: dict[str, Any]) -> None:
        """``POST …/merge_requests/{iid}/notes``."""
        merge_request = self.gitlab_merge_request(int(match["iid"]))
        if merge_request is None:
            self.reply(404, {"message": "404 Not found"})
            return
        with self.state.lock:
            merge_request["notes"].append(body["body"])
        self.reply(201, {"id": len(merge_request["notes"]), "body": body["body"]})

    def do_GET(self) -> None:
        """List pull requests or merge requests for a branch."""
        self.record(None)
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        if match := GITHUB_PULLS.match(parts.path):
            self.github_list(match, query)
        elif match := GITLAB_MRS.match(parts.path):
            self.gitlab_list(match, query)
        else:
            self.reply(404, {"message": "Not Found"})

    def github_authorised(self) -> bool:
        """Bearer token check (401 answered when wrong)."""
        if self.headers.get("Authorization") == f"Bearer {self.state.token}":
            return True
        self.reply(401, {"message": "Bad credentials"})
        return False

    def gitlab_authorised(self) -> bool:
        """PRIVATE-TOKEN check (401 answered when wrong)."""
        if self.headers.get("PRIVATE-TOKEN") == self.state.token:
            return True
        self.reply(401, {"message": "401 Unauthorized"})
        return False

    def github_create(self, match: re.Match[str], body: dict[str, Any]) -> None:
        """``POST /repos/{owner}/{repo}/pulls``."""
        if not self.github_authorised():
            return
        missing = [key for key in ("title", "head", "base") if not body.get(key)]
        if missing:
            self.reply(422, {"message": "Validation Failed", "errors": missing})
            return
        with self.state.lock:
            if any(p["head"]["ref"] == body["head"] for p in self.state.pulls):
                self.reply(
                    422,
                    {
                        "message": "Validation Failed",
                        "errors": [{"message": "A pull request already exists"}],
                    },
                )
                return
            number = len(self.state.pulls) + 1
            owner, repo = match["owner"], match["repo"]
            pull = {
                "number": number,
                "html_url": f"{self.state.base_url}/{owner}/{repo}/pull/{number}",
                "title": body["title"],
                "body": body.get("body", ""),
                "head": {"ref": body["head"], "label": f"{owner}:{body['head']}"},
                "base": {"ref": body["base"]},
                "state": "open",
                "merged_at": None,
                "closed_at": None,
                "labels_set": [],
                "comments": [],
            }
            self.state.pulls.append(pull)
        self.reply(201, pull)

    def github_list(self, match: re.Match[str], query: dict[str, str]) -> None:
        """``GET /repos/{owner}/{repo}/pulls?head=owner:branch``."""
        if not self.github_authorised():
            return
        with self.state.lock:
            found = [p for p in self.state.pulls if p["head"]["label"] == query.get("head")]
        self.reply(200, found)

    def gitlab_create(self, match: re.Match[str], body: dict[str, Any]) -> None:
        """``POST /api/v4/projects/{id}/merge_requests``."""
        if not self.gitlab_authorised():
            return
        project = unquote(match["project"])
        with self.state.lock:
            if any(m["source_branch"] == body["source_branch"] for m in self.state.merge_requests):
                self.reply(
                    409,
                    {
                        "message": [
                            "Another open merge request already exists for this source branch"
                        ]
                    },
                )
                return
            iid = len(self.state.merge_requests) + 1
            merge_request = {
                "iid": iid,
                "project_id": project,
                "web_url": f"{self.state.base_url}/{project}/-/merge_requests/{iid}",
                "title": body["title"],
                "description": body.get("description", ""),
                "source_branch": body["source_branch"],
                "target_branch": body["target_branch"],
                "state": "opened",
                "labels": [],
                "notes": [],
                "merged_at": None,
                "closed_at": None,
            }
            self.state.merge_requests.append(merge_request)
        self.reply(201, merge_request)

    def gitlab_list(self, match: re.Match[str], query: dict[str, str]) -> None:
        """``GET /api/v4/projects/{id}/merge_requests?source_branch=…``."""
        if not self.gitlab_authorised():
            return
        with self.state.lock:
            wanted = query.get("state", "all")
            found = [
                m
                for m in self.state.merge_requests
                if m["source_branch"] == query.get("source_branch")
                and wanted in ("all", m["state"])
            ]
        self.reply(200, found)


@contextmanager
def forge_standin(token: str) -> Iterator[ForgeState]:
    """Run the stand-in on 127.0.0.1; the state's ``base_url`` is its address."""
    state = ForgeState(token=token)
    handler = type("BoundForgeHandler", (ForgeHandler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
