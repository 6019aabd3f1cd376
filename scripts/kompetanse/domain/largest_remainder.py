"""The fordeling method: sharing whole kroner pro rata by the largest-remainder method."""

from __future__ import annotations

from collections.abc import Mapping


def scale_to(requests: Mapping[str, int], available: int) -> dict[str, int]:
    """Share ``available`` kroner pro rata to ``requests`` by the largest-remainder method.

    When the requests fit, everyone gets what they asked for. Otherwise each gets the whole-kroner
    part of ``request × available / total``; the kroner left over go one each to the largest
    remainders, ties broken by key. The result sums to ``max(available, 0)``, never exceeds a
    request and is never negative; it does not depend on the order of ``requests``.
    """
    wanted = {key: max(0, amount) for key, amount in requests.items()}
    total, budget = sum(wanted.values()), max(0, available)
    if total <= budget:
        return dict(sorted(wanted.items()))
    shares = {key: divmod(amount * budget, total) for key, amount in wanted.items()}
    left = budget - sum(whole for whole, _ in shares.values())
    ranked = sorted(shares, key=lambda key: (-shares[key][1], key))
    extra = set(ranked[:left])
    return {key: shares[key][0] + (key in extra) for key in sorted(shares)}
