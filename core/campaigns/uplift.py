"""The difference a campaign made: treated against control, per outcome, with an interval and a verdict.

Randomisation makes the control group what the treated would have done without the action, so the plain
difference of the two arms estimates the action's effect (intention to treat: everyone assigned, reached
or not).  Rates use the Agresti–Caffo interval (one success and one failure added to each arm), which keeps
its coverage with few events where the plain Wald interval does not; means use Welch's standard error.
Where the CRM says who was actually reached, the effect among those reached is the intention-to-treat
effect divided by the share reached (the control group was never contacted, so nobody in it was reached).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from statistics import NormalDist

import numpy as np

from prevista.core.campaigns.design import CONFIDENCE
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    CHURN = "churn"  # share of the arm that churned after the start
    PURCHASE = "purchase"  # share that bought
    SPEND = "spend"  # spend per customer
    TICKETS = "tickets"  # support tickets per customer

    @property
    def is_rate(self) -> bool:
        return self in (Outcome.CHURN, Outcome.PURCHASE)

    @property
    def good_when_lower(self) -> bool:
        return self in (Outcome.CHURN, Outcome.TICKETS)


# a verdict is made of these marked pieces (context "Campaigns"), so the window translates each piece
WORDS = {Outcome.CHURN: QT_TRANSLATE_NOOP("Campaigns", "churn"),
          Outcome.PURCHASE: QT_TRANSLATE_NOOP("Campaigns", "purchases"),
          Outcome.SPEND: QT_TRANSLATE_NOOP("Campaigns", "spend per customer"),
          Outcome.TICKETS: QT_TRANSLATE_NOOP("Campaigns", "tickets per customer")}
POINTS = QT_TRANSLATE_NOOP("Campaigns", "{0} points")
RATE_INTERVAL = QT_TRANSLATE_NOOP("Campaigns", "{0:.0%} interval {1} to {2} points")
INTERVAL = QT_TRANSLATE_NOOP("Campaigns", "{0:.0%} interval {1} to {2}")
NO_EFFECT = QT_TRANSLATE_NOOP("Campaigns", "No effect on {0} measurable yet ({1}); come back after the next export.")
NO_EFFECT_YET = QT_TRANSLATE_NOOP("Campaigns", "No effect on {0} measurable yet: {1} customers in the smaller group "
                                  "({2}); come back after the next export.")
CHANGED = {(True, True): QT_TRANSLATE_NOOP("Campaigns", "Reduced {0} by {1} ({2})."),
           (False, True): QT_TRANSLATE_NOOP("Campaigns", "Raised {0} by {1} ({2})."),
           (True, False): QT_TRANSLATE_NOOP("Campaigns", "Reduced {0} by {1} ({2}) — the action seems to have made "
                                            "this worse."),
           (False, False): QT_TRANSLATE_NOOP("Campaigns", "Raised {0} by {1} ({2}) — the action seems to have made "
                                             "this worse.")}  # (lowered, helped)


@dataclass(frozen=True)
class Effect:
    """Treated minus control, with its interval; rates as fractions, spend in the data's currency."""

    outcome: str
    treated: float
    control: float
    difference: float
    low: float
    high: float
    verdict: str

    @property
    def measurable(self) -> bool:
        return self.low > 0 or self.high < 0


def _z() -> float:
    return NormalDist().inv_cdf(1 - (1 - CONFIDENCE) / 2)


def _rate_interval(treated: np.ndarray, control: np.ndarray) -> tuple[float, float, float]:
    n1, n0 = treated.size, control.size
    p1, p0 = (treated.sum() + 1) / (n1 + 2), (control.sum() + 1) / (n0 + 2)
    se = math.sqrt(p1 * (1 - p1) / (n1 + 2) + p0 * (1 - p0) / (n0 + 2))
    centre = float(p1 - p0)
    return float(treated.mean() - control.mean()), centre - _z() * se, centre + _z() * se


def _mean_interval(treated: np.ndarray, control: np.ndarray) -> tuple[float, float, float]:
    difference = float(treated.mean() - control.mean())
    se = math.sqrt(treated.var(ddof=1) / treated.size + control.var(ddof=1) / control.size)
    return difference, difference - _z() * se, difference + _z() * se


def effect(outcome: Outcome, treated: np.ndarray, control: np.ndarray) -> Effect:
    """Needs at least two customers in each arm (callers hold back smaller arms by the k rule first)."""
    treated, control = treated.astype(float), control.astype(float)
    difference, low, high = (_rate_interval if outcome.is_rate else _mean_interval)(treated, control)
    found = Effect(outcome.value, float(treated.mean()), float(control.mean()), difference, low, high, "")
    return replace(found, verdict=verdict(found, min(treated.size, control.size)))


def among_reached(itt: Effect, reached_share: float) -> Effect | None:
    """The effect on those the action reached: the intention-to-treat effect over the share reached."""
    if reached_share <= 0:
        return None
    scaled = Effect(itt.outcome, itt.treated, itt.control, itt.difference / reached_share,
                    itt.low / reached_share, itt.high / reached_share, "")
    return replace(scaled, verdict=verdict(scaled, None))


def points(rate: float) -> str:
    """A rate difference in percentage points: whole points, a decimal under one, never "-0"."""
    value = rate * 100
    shown = f"{value:.1f}" if 0 < abs(value) < 0.95 else f"{round(value):d}"
    return "0" if float(shown) == 0 else shown


def _amount(outcome: Outcome, value: float) -> str:
    return POINTS.format(points(abs(value))) if outcome.is_rate else f"{abs(value):.3g}"


def _interval(outcome: Outcome, low: float, high: float) -> str:
    if outcome.is_rate:
        return RATE_INTERVAL.format(CONFIDENCE, points(low), points(high))
    return INTERVAL.format(CONFIDENCE, f"{low:.3g}", f"{high:.3g}")


def verdict(found: Effect, per_arm: int | None) -> str:
    """A plain sentence: what changed and how sure, or that nothing can be told yet."""
    outcome = Outcome(found.outcome)
    interval = _interval(outcome, found.low, found.high)
    if not found.measurable:
        return (NO_EFFECT.format(WORDS[outcome], interval) if per_arm is None else
                NO_EFFECT_YET.format(WORDS[outcome], per_arm, interval))
    lowered = found.high < 0
    helped = lowered == outcome.good_when_lower
    return CHANGED[lowered, helped].format(WORDS[outcome], _amount(outcome, found.difference), interval)


def released(found: Effect) -> Effect:
    """Rates and rate differences to whole percent, amounts to three significant digits."""
    fix = disclosure.rate if Outcome(found.outcome).is_rate else disclosure.money
    return replace(found, treated=fix(found.treated), control=fix(found.control), difference=fix(found.difference),
                   low=fix(found.low), high=fix(found.high))
