"""Sums of floats per group that come out the same in every run, on every machine.

polars adds a group's floats in an order its threads decide, so the last bits of a sum differ from run to run.
Last bits are enough to move a value across a boosting split: one export trained twice gave churn scores up to
0.03 apart, and another machine's run put other customers in a campaign's arms.  Summed as decimals (integer
arithmetic to 1e-10, ample for money), the sum is exact whatever the order; what decimals cannot hold (NaN,
infinities, magnitudes beyond 1e26) is added as floats beside it, so it still shows as it did.

Used where floats are summed or averaged in a polars ``group_by`` or over its rows: an order's lines, a
campaign member's orders, the pilot KPIs' order totals, a segment's figures and a contact time's shares.  The
features' windowed sums are taken with numpy in row order instead (:mod:`prevista.core.analytics.per_key`),
which is as repeatable and faster.
"""

from __future__ import annotations

import polars as pl

_DECIMAL = pl.Decimal(38, 10)
_HELD = 1e26  # 38 digits less the 10 after the point, with room for a sum of many


def exact_sum(value: pl.Expr) -> pl.Expr:
    """The group's sum of ``value`` (nulls left out, none at all: 0)."""
    held = value.is_finite() & (value.abs() < _HELD)
    exact = pl.when(held).then(value).cast(_DECIMAL).sum().cast(pl.Float64)
    return exact + pl.when(~held).then(value).sum()


def exact_mean(value: pl.Expr) -> pl.Expr:
    """The group's mean of ``value`` from :func:`exact_sum` (nulls left out; none at all: missing)."""
    counted = value.count()
    return pl.when(counted > 0).then(exact_sum(value) / counted)
