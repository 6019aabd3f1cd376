"""Every target of ``make bench``, in one place (the docs point here rather than repeat them).

Where the project's notes state a figure the target follows it: reading and parsing 10,000
meldinger (``json.load``) is the floor, and full validation may cost at most ten times that; the
receiver takes at least 20 meldinger a second from 20 clients with p95 under one second, mail on
(docs/utvikling/mottak.md); ``allocate`` for one year stays under two seconds. The others are
what an office waits for without noticing: a pull request's check of one changed file, a publish
after a vedtak, a site build in CI, the year's answer letters.
"""

from __future__ import annotations

from bench.table import Target

TARGETS: dict[str, tuple[Target, ...]] = {
    "validation-floor": (Target("ratio_wall", 10),),
    "validation-peer": (Target("ratio_cpu", 1),),
    "validation-changed": (Target("wall", 2),),
    "allocate": (Target("wall", 2),),
    "publish": (Target("wall", 30),),
    "site": (Target("wall", 120),),
    "receiver": (Target("per_second", 20, at_most=False), Target("p95_ms", 1000)),
    "letters": (Target("wall", 60),),
}
