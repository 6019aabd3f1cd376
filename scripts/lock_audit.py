"""``make audit``: the locked packages checked against the OSV advisory database with pip-audit.

pip-audit says "No known vulnerabilities found" also when it checked nothing (a package the
advisory service did not answer for is skipped, not counted). This wrapper says which of three
things happened, and exits with its own code for each:

- 0: every locked package was checked and none has a known advisory;
- 1: at least one package has a known advisory (pip-audit's findings are printed);
- 2: no advisory data could be reached, or some packages could not be checked: nothing is known.

Usage: ``python scripts/lock_audit.py LOCKFILE [--osv-url URL]`` (the environment variable
``PIP_AUDIT_OSV_URL`` also names the service, as for pip-audit itself).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OSV_URL = "https://api.osv.dev/v1/query"
EXIT_CLEAN, EXIT_VULNERABLE, EXIT_UNKNOWN = 0, 1, 2
TIMEOUT_SECONDS = 15


@dataclass(frozen=True)
class Outcome:
    """What the audit found: the packages checked, those skipped and those with advisories."""

    checked: int
    skipped: list[str]
    vulnerable: list[str]


def pip_audit_command(lock: Path, osv_url: str, output: Path, cache: Path) -> list[str]:
    """pip-audit on a hashed lock file, without pip (the lock pins everything), asking OSV."""
    return [
        *(sys.executable, "-m", "pip_audit"),
        *("--requirement", str(lock), "--require-hashes", "--disable-pip"),
        *("--vulnerability-service", "osv", "--osv-url", osv_url),
        *("--timeout", str(TIMEOUT_SECONDS), "--cache-dir", str(cache)),
        *("--format", "json", "--output", str(output), "--progress-spinner", "off"),
    ]


def read_outcome(report: dict[str, Any]) -> Outcome:
    """The counts from pip-audit's JSON report."""
    dependencies = report.get("dependencies", [])
    skipped = [d["name"] for d in dependencies if "skip_reason" in d]
    vulnerable = [
        f"{d['name']} {d['version']}: {', '.join(v['id'] for v in d['vulns'])}"
        for d in dependencies
        if d.get("vulns")
    ]
    return Outcome(len(dependencies) - len(skipped), skipped, vulnerable)


def run_audit(lock: Path, osv_url: str) -> tuple[Outcome | None, str]:
    """Run pip-audit; its outcome (None when it produced no report) and what it wrote to stderr."""
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "audit.json"
        command = pip_audit_command(lock, osv_url, output, Path(scratch) / "cache")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if not output.is_file() or not output.read_text(encoding="utf-8").strip():
            return None, done.stderr
        return read_outcome(json.loads(output.read_text(encoding="utf-8"))), done.stderr


def last_line(text: str) -> str:
    """The last non-empty line of a program's error output (empty when there is none)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def verdict(outcome: Outcome | None, osv_url: str, stderr: str) -> tuple[int, list[str]]:
    """The exit code and the lines that say plainly what is known."""
    if outcome is None:
        reason = last_line(stderr) or "pip-audit wrote no report"
        return EXIT_UNKNOWN, [
            f"audit: NO ADVISORY DATA: the advisory service at {osv_url} could not be reached "
            f"({reason}).",
            "audit: nothing is known about the locked packages; this is not a clean result.",
        ]
    if outcome.vulnerable:
        return EXIT_VULNERABLE, [
            f"audit: {len(outcome.vulnerable)} locked package(s) have known advisories:",
            *(f"  {line}" for line in outcome.vulnerable),
        ]
    if outcome.skipped or not outcome.checked:
        return EXIT_UNKNOWN, [
            f"audit: INCOMPLETE: {len(outcome.skipped)} of {outcome.checked + len(outcome.skipped)}"
            f" packages could not be checked ({', '.join(outcome.skipped[:10])}).",
            "audit: nothing is known about those packages; this is not a clean result.",
        ]
    return EXIT_CLEAN, [
        f"audit: all {outcome.checked} locked packages were checked against {osv_url}: "
        "no known advisories."
    ]


def main(argv: list[str] | None = None) -> int:
    """Audit the lock file named on the command line; the exit code of :func:`verdict`."""
    parser = argparse.ArgumentParser(description="Audit a hashed lock file with pip-audit.")
    parser.add_argument("lock", type=Path)
    parser.add_argument("--osv-url", default=os.environ.get("PIP_AUDIT_OSV_URL", OSV_URL))
    args = parser.parse_args(argv)
    outcome, stderr = run_audit(args.lock, args.osv_url)
    code, lines = verdict(outcome, args.osv_url, stderr)
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
