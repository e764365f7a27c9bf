"""Return on a campaign, from what it measurably changed, never from predicted risk.

The return is the measured difference in spend per customer (treated minus control, over the window since
the start) times the customers acted on: what the action brought in beyond what the same customers would
have spent anyway, retained customers' purchases included.  Its interval is the spend difference's
interval scaled alike.  The cost is what the user entered per contact; without it, or without a measured
spend, there is no ROI, and the reason is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from prevista.core.campaigns.measure import Measurement
from prevista.core.campaigns.record import Campaign
from prevista.core.campaigns.uplift import Outcome
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP

DAYS_PER_MONTH = 30.44
NO_SPEND = QT_TRANSLATE_NOOP("Campaigns", "No spend was measured (the data has no order values), so no return can be "
                             "shown.")
NO_COST = QT_TRANSLATE_NOOP("Campaigns", "No cost per contact was entered, so no ROI can be worked out.")
PAID_OFF = QT_TRANSLATE_NOOP("Campaigns", "It paid off: even the low end of the interval returns more than it cost.")
NOT_PAID_OFF = QT_TRANSLATE_NOOP("Campaigns", "It did not pay off: even the high end of the interval returns less "
                                 "than it cost.")
UNDECIDED = QT_TRANSLATE_NOOP("Campaigns", "Whether it paid off cannot be told yet: the interval spans both a loss "
                              "and a gain.")


@dataclass(frozen=True)
class Return:
    """Money in the data's currency; ``roi`` as a fraction (0.5 = 50 % more back than spent)."""

    campaign: int
    cost: float | None
    gained: float | None  # the measured extra spend of the treated arm
    gained_low: float | None
    gained_high: float | None
    roi: float | None
    roi_low: float | None
    roi_high: float | None
    break_even_months: float | None  # months of the measured pace to earn the cost back; None when it never does
    break_even_soonest: float | None  # the same at the high end of the interval (None: never)
    break_even_latest: float | None  # ... and at the low end (None: not within the interval)
    note: str


def _months(found: Measurement) -> float | None:
    if found.window_start is None or found.window_end is None:
        return None
    days = (date.fromisoformat(found.window_end) - date.fromisoformat(found.window_start)).days
    return days / DAYS_PER_MONTH if days > 0 else None


def _none(campaign_id: int, cost: float | None, note: str) -> Return:
    return Return(campaign_id, cost, None, None, None, None, None, None, None, None, None, note)


def campaign_return(campaign: Campaign, found: Measurement) -> Return:
    cost = None if campaign.cost_per_contact is None else campaign.cost_per_contact * campaign.treated
    spend = next((e for e in found.effects if e.outcome == Outcome.SPEND.value), None)
    if found.withheld or spend is None:
        return _none(campaign.id, disclosure.money(cost), found.withheld or NO_SPEND)
    gained, low, high = (spend.difference * campaign.treated, spend.low * campaign.treated,
                         spend.high * campaign.treated)
    if not cost:
        return Return(campaign.id, cost, disclosure.money(gained), disclosure.money(low), disclosure.money(high),
                      None, None, None, None, None, None, NO_COST)
    months = _months(found)
    return Return(campaign.id, disclosure.money(cost), disclosure.money(gained), disclosure.money(low),
                  disclosure.money(high), disclosure.rate((gained - cost) / cost), disclosure.rate((low - cost) / cost),
                  disclosure.rate((high - cost) / cost), break_even(cost, gained, months),
                  break_even(cost, high, months), break_even(cost, low, months), _note(low, high, cost))


def break_even(cost: float, gained: float, months: float | None) -> float | None:
    """Months at the measured pace (what came in over the window since the start) to earn ``cost`` back."""
    if not months or gained <= 0:
        return None
    return round(cost / (gained / months), 1)


def _note(low: float, high: float, cost: float) -> str:
    if low >= cost:
        return PAID_OFF
    if high < cost:
        return NOT_PAID_OFF
    return UNDECIDED


@dataclass(frozen=True)
class PilotReturn:
    """The campaigns' measured return against their costs and the pilot's own; ROI with its interval."""

    campaign_cost: float
    pilot_cost: float
    gained: float
    gained_low: float
    gained_high: float
    campaigns: int

    @property
    def cost(self) -> float:
        return self.campaign_cost + self.pilot_cost

    @property
    def roi(self) -> tuple[float, float, float]:
        """(ROI, low, high) as fractions."""
        return self._roi(self.gained), self._roi(self.gained_low), self._roi(self.gained_high)

    def _roi(self, gained: float) -> float:
        return disclosure.rate((gained - self.cost) / self.cost)


def pilot_return(returns: Sequence[Return], pilot_cost: float) -> PilotReturn | None:
    """All campaigns with a cost and a measured return; intervals add up conservatively (ends summed)."""
    counted = [r for r in returns if r.cost and r.gained is not None and r.gained_low is not None
               and r.gained_high is not None]
    if not counted:
        return None
    return PilotReturn(sum(r.cost or 0.0 for r in counted), float(pilot_cost), sum(r.gained or 0.0 for r in counted),
                       sum(r.gained_low or 0.0 for r in counted), sum(r.gained_high or 0.0 for r in counted),
                       len(counted))
