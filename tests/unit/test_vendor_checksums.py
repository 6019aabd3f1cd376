"""Vendored front-end and test files match their recorded checksums."""

from tests.support.browser import AXE_JS, file_sha256, vendored_sha256


def test_axe_core_matches_recorded_checksum() -> None:
    assert file_sha256(AXE_JS) == vendored_sha256("axe.min.js")
