"""The page checks' axe-core options leave out only work that no rule they run needs: with the
style sheets not preloaded, the same rules run and find the same nodes as with everything
preloaded (see AXE_PRELOAD)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.acceptance.site_browsing import BEST_PRACTICE_RULES
from tests.support.browser import axe_options, open_settled

KINDS = ("violations", "passes", "incomplete", "inapplicable")
# The front page, the form (every kind of control) and a nynorsk page.
PAGES = ("", "meld-behov/", "nn/kontakt/")
SUMMARY_JS = """([opts, kinds]) => axe.run(document, opts).then((result) => Object.fromEntries(
  kinds.map((kind) => [kind, result[kind].map((rule) =>
    [rule.id, rule.nodes.map((node) => node.target.join(' ')).sort()]).sort()])))"""


def everything_reported(options: dict[str, Any]) -> dict[str, Any]:
    """The options with every kind of result reported in full."""
    return {key: value for key, value in options.items() if key != "resultTypes"}


def summary(page: Page, options: dict[str, Any]) -> dict[str, list[Any]]:
    """Each kind of result as (rule, the nodes it looked at), sorted."""
    result: dict[str, list[Any]] = page.evaluate(SUMMARY_JS, [options, list(KINDS)])
    return result


@pytest.mark.parametrize("path", PAGES)
def test_the_results_are_those_of_a_run_with_everything_preloaded(
    axe_tab: Page, site_url: str, path: str
) -> None:
    open_settled(axe_tab, f"{site_url}/{path}")
    ours = everything_reported(axe_options(*BEST_PRACTICE_RULES))
    preloading_all = {key: value for key, value in ours.items() if key != "preload"}
    assert summary(axe_tab, ours) == summary(axe_tab, preloading_all)


def test_the_rule_that_reads_style_sheets_is_not_run_and_the_media_rule_is(
    axe_tab: Page, site_url: str
) -> None:
    open_settled(axe_tab, f"{site_url}/")
    results = summary(axe_tab, everything_reported(axe_options(*BEST_PRACTICE_RULES)))
    rules = {rule for kind in KINDS for rule, _ in results[kind]}
    assert "css-orientation-lock" not in rules
    assert {"no-autoplay-audio", "color-contrast", *BEST_PRACTICE_RULES} <= rules
