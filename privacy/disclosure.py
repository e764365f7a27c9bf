"""What a published number may say: the minimum group size k and the release precision, decided here only.

Every figure that leaves the core (screens, command output, reports, bundles) describes a group of at
least k customers, and is released at a precision one person cannot move undetectably:

- counts of customers or rows are rounded to a multiple of ``COUNT_BASE`` (5);
- rates and shares (churn risk, propensity, observed churn, ticket shares) to whole percent;
- money to ``MONEY_DIGITS`` (3) significant digits;
- a figure derived from released figures (expected churners = released size × released rate) is
  computed from the released values, so it adds nothing the two do not already say.

Rounding limits what comparing two releases (before and after one opt-out, say) shows: in a
segment of a few hundred customers one person moves the released rate and size by less than their
step, so the person's score cannot be read off.  It does not make differencing impossible in a
segment near k, where one person can still tip a rounded figure across a step; that residual risk is
written down in the README.  Model-quality measures (ROC AUC and the like) are statistics of a model,
not of a group, and keep three decimals.
"""

from __future__ import annotations

import math
from typing import overload

COUNT_BASE = 5
RATE_DECIMALS = 2  # whole percent
MONEY_DIGITS = 3
MEASURE_DECIMALS = 3  # ROC AUC, PR AUC, Brier, lift
MOST_BANDS = 10  # deciles, when every decile holds at least k customers


def covers_k(customers: int, k: int) -> bool:
    """The one test every published group passes: it describes at least k customers."""
    return customers >= k


def bands(customers: int, k: int, most: int = MOST_BANDS) -> int:
    """How many equal-sized bands (deciles at most) ``customers`` split into with k or more in each; 0 if
    not even one band covers k."""
    return min(most, customers // k) if k > 0 else most


def count(value: int) -> int:
    """A count of customers or rows, to the nearest multiple of five (halves up)."""
    return int(COUNT_BASE * math.floor(value / COUNT_BASE + 0.5))


@overload
def rate(value: float) -> float: ...
@overload
def rate(value: None) -> None: ...
def rate(value: float | None) -> float | None:
    """A rate or share between 0 and 1, to whole percent (None and NaN stay what they are)."""
    return value if value is None or math.isnan(value) else round(value, RATE_DECIMALS)


@overload
def money(value: float) -> float: ...
@overload
def money(value: None) -> None: ...
def money(value: float | None) -> float | None:
    """An amount of money, to three significant digits."""
    if value is None or math.isnan(value) or value == 0:
        return value
    digits = MONEY_DIGITS - 1 - math.floor(math.log10(abs(value)))
    return float(round(value, digits))


def measure(value: float) -> float:
    """A model-quality measure: three decimals (NaN stays NaN)."""
    return value if math.isnan(value) else round(value, MEASURE_DECIMALS)


def derived(size: float, share: float, decimals: int = 1) -> float:
    """A figure that follows from two released ones (size × rate), so it reveals nothing more."""
    return round(size * share, decimals)
