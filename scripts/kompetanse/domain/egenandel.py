"""The minimum egenandel: a pure function of the year's settings and the budget.

In an ordning whose register entry has ``har_egenandel`` the owner must contribute at least the
year's ``egenandel_sats`` (the rate in force for the behovsmelding's year) of the money the owner
itself is allocated: ``eier_andel``, not the UH's share and not the coordinator share. The rate is
applied to each budget year and rounded up to whole kroner
(:func:`kompetanse.domain.money.share_of`), then summed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kompetanse.domain.model import Behovsmelding, Budsjettaar
from kompetanse.domain.money import share_of
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.settings import Settings


@dataclass(frozen=True)
class EgenandelCheck:
    """The stated egenandel beside the computed minimum."""

    minimum: int
    stated: int
    rate: Decimal

    @property
    def shortfall(self) -> int:
        """Kroner missing to reach the minimum (0 when it is reached)."""
        return max(0, self.minimum - self.stated)


def egenandel_for(eier_andel: int, rate: Decimal) -> int:
    """The egenandel one year's (or one payout's) ``eier_andel`` requires, rounded up."""
    return share_of(eier_andel, rate)


def minimum_egenandel(budsjett: Iterable[Budsjettaar], rate: Decimal) -> int:
    """Sum over the budget years of ``rate × eier_andel``, each year rounded up to whole kroner."""
    return sum(egenandel_for(year.eier_andel, rate) for year in budsjett)


def check_egenandel(
    melding: Behovsmelding, settings: Settings, ordninger: OrdningRegister
) -> EgenandelCheck | None:
    """Stated beside minimum egenandel; None when the register says the melding's ordning has no
    egenandel (or does not know it), or the year has no settings."""
    if not ordninger.har_egenandel(melding.ordning):
        return None
    innstilling = settings.innstilling(melding.aar, melding.ordning)
    if innstilling is None:
        return None
    rate = innstilling.egenandel_sats
    stated = melding.egenandel.belop if melding.egenandel else 0
    return EgenandelCheck(minimum_egenandel(melding.budsjett, rate), stated, rate)
