"""Who is acted on and who is held back, and what a campaign of that size can detect.

The control group is drawn at random within strata of segment and risk band, so both arms hold the same mix
of the customers the action aims at and a difference between them afterwards is the action's doing, not the
mix's.  The draw comes from a seed that is logged: the same members and seed give the same arms, so an
auditor can redo the split.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import polars as pl

from prevista.privacy.schema import KEY

DEFAULT_CONTROL_SHARE = 0.2
RISK_BANDS = (0.1, 0.3)  # churn risk below 10 % low, to 30 % medium, above high: a band the action treats alike
CONFIDENCE = 0.9  # the intervals a campaign's verdict is read from
POWER = 0.8
PLAUSIBLE_RELATIVE_EFFECT = 0.25  # a retention action that cuts churn by a quarter is a good one


def risk_band(churn_risk: pl.Expr) -> pl.Expr:
    return pl.when(churn_risk < RISK_BANDS[0]).then(0).when(churn_risk < RISK_BANDS[1]).then(1).otherwise(2).cast(pl.UInt8)


def assign_arms(members: pl.DataFrame, control_share: float, seed: int) -> pl.DataFrame:
    """``members`` (customer_key, segment, risk_band, …) with a ``treated`` column: in each stratum a random
    ``control_share`` of it (rounded, so a stratum of one is treated) is held back."""
    rng = np.random.default_rng(seed)
    ordered = members.sort("segment", "risk_band", KEY)
    treated = np.ones(ordered.height, dtype=bool)
    start = 0
    for size in ordered.group_by("segment", "risk_band", maintain_order=True).len()["len"].to_list():
        held_back = rng.permutation(size)[:int(math.floor(size * control_share + 0.5))]
        treated[start + held_back] = False
        start += size
    return ordered.with_columns(pl.Series("treated", treated))


@dataclass(frozen=True)
class Detectable:
    """The smallest change in churn rate the campaign can tell apart from chance, against a plausible one."""

    base_rate: float  # the members' mean predicted churn risk over the measurement's horizon
    smallest_effect: float  # in rate points (0.05 = 5 points)
    plausible_effect: float
    treated: int
    control: int

    @property
    def too_small(self) -> bool:
        return self.smallest_effect > self.plausible_effect


def detectable_effect(treated: int, control: int, base_rate: float) -> Detectable:
    """Two-sided test at the verdict's level with 80 % power, by the normal approximation to two proportions."""
    z = NormalDist().inv_cdf(1 - (1 - CONFIDENCE) / 2) + NormalDist().inv_cdf(POWER)
    rate = min(max(base_rate, 0.01), 0.99)
    smallest = math.inf if min(treated, control) == 0 else float(
        z * math.sqrt(rate * (1 - rate) * (1 / treated + 1 / control)))
    return Detectable(base_rate, smallest, PLAUSIBLE_RELATIVE_EFFECT * base_rate, treated, control)
