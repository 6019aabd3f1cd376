"""Every target of ``make bench``, in one place (the docs point here rather than repeat them).

Where the project states a figure, the target follows it: reading and parsing 10,000 meldinger
(``json.load``) is the floor, and full validation may cost at most ten times that; the receiver
takes at least 20 meldinger a second from 20 clients with p95 under one second, mail on
(docs/utvikling/mottak.md); ``allocate`` for one year of 10,000 meldinger stays under two
seconds. The others are what an office waits for without noticing: a pull request's check of one
changed file in the time the command takes to start and a little more, a publish and a site build
as steps of CI after a merge, and the year's 250 answer letters while the caseworker waits.
Wall time is what is judged (it is what a person waits for); the CPU time beside it shows how
much of a miss is the load on the machine.
"""

from __future__ import annotations

from bench.table import Target

TARGETS: dict[str, tuple[Target, ...]] = {
    "validation-floor": (Target("ratio_wall", 10),),
    # Cheaper than the peer on the same files, counting the CPU of every core it uses.
    "validation-peer": (Target("ratio_cpu", 1),),
    "validation-changed": (Target("wall", 2),),
    "allocate": (Target("wall", 2),),
    "publish": (Target("wall", 30),),
    "site": (Target("wall", 120),),
    "receiver": (Target("per_second", 20, at_most=False), Target("p95_ms", 1000)),
    "letters": (Target("wall", 60),),
}
