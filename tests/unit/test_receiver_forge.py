"""The GitHub and GitLab adapters against a local stand-in that speaks their pull-request APIs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kompetanse.receiver.forge import ForgeError, NoForge, PullRequest
from kompetanse.receiver.forge_github import GitHubForge
from kompetanse.receiver.forge_gitlab import GitLabForge
from tests.support.forge_standin import ForgeState, forge_standin

TOKEN = "hemmelig-token-123"
REQUEST = PullRequest(
    "behovsmelding/bm-2025-0a1b2c3d", "main", "Behovsmelding bm-2025-0a1b2c3d", "Tekst"
)


@pytest.fixture
def forge() -> Iterator[ForgeState]:
    """A fresh stand-in."""
    with forge_standin(TOKEN) as state:
        yield state


def test_github_opens_a_pull_request(forge: ForgeState) -> None:
    client = GitHubForge(forge.base_url, "statsforvalteren/kompetanse", TOKEN)
    url = client.open_pull_request(REQUEST)
    assert url == f"{forge.base_url}/statsforvalteren/kompetanse/pull/1"
    sent = forge.requests[0]
    assert sent["path"] == "/repos/statsforvalteren/kompetanse/pulls"
    assert sent["json"]["head"] == REQUEST.branch and sent["json"]["base"] == "main"
    assert sent["json"]["title"] == REQUEST.title and sent["json"]["body"] == "Tekst"
    assert sent["headers"]["Accept"] == "application/vnd.github+json"


def test_github_reuses_the_pull_request_for_the_same_branch(forge: ForgeState) -> None:
    client = GitHubForge(forge.base_url, "statsforvalteren/kompetanse", TOKEN)
    first = client.open_pull_request(REQUEST)
    assert client.open_pull_request(REQUEST) == first
    assert len(forge.pulls) == 1


def test_github_wrong_token_is_a_forge_error_without_the_token(forge: ForgeState) -> None:
    client = GitHubForge(forge.base_url, "statsforvalteren/kompetanse", "feil-token")
    with pytest.raises(ForgeError) as caught:
        client.open_pull_request(REQUEST)
    assert "401" in str(caught.value) and "feil-token" not in str(caught.value)


def test_gitlab_opens_a_merge_request(forge: ForgeState) -> None:
    client = GitLabForge(forge.base_url, "statsforvalteren/kompetanse", TOKEN)
    url = client.open_pull_request(REQUEST)
    assert url == f"{forge.base_url}/statsforvalteren/kompetanse/-/merge_requests/1"
    sent = forge.requests[0]
    assert sent["path"] == "/api/v4/projects/statsforvalteren%2Fkompetanse/merge_requests"
    assert sent["json"]["source_branch"] == REQUEST.branch
    assert sent["json"]["target_branch"] == "main"
    assert sent["json"]["description"] == "Tekst"


def test_gitlab_reuses_the_open_merge_request(forge: ForgeState) -> None:
    client = GitLabForge(forge.base_url, "42", TOKEN)
    first = client.open_pull_request(REQUEST)
    assert client.open_pull_request(REQUEST) == first
    assert len(forge.merge_requests) == 1


def test_gitlab_wrong_token_is_a_forge_error(forge: ForgeState) -> None:
    with pytest.raises(ForgeError, match="401"):
        GitLabForge(forge.base_url, "42", "feil").open_pull_request(REQUEST)


def test_unreachable_forge_is_a_forge_error(forge: ForgeState) -> None:
    forge.fail_with = 503
    with pytest.raises(ForgeError, match="503"):
        GitHubForge(forge.base_url, "o/r", TOKEN).open_pull_request(REQUEST)
    with pytest.raises(ForgeError, match="svarte ikke"):
        GitLabForge("http://127.0.0.1:9", "42", TOKEN).open_pull_request(REQUEST)


def test_no_forge_opens_nothing() -> None:
    assert NoForge().open_pull_request(REQUEST) is None
