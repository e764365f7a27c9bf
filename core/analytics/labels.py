"""Who counts as a customer at a cutoff, and what happened to them after it.

Labels only ever come from the window after the cutoff, so features computed
at the cutoff cannot see their own outcome.  The moment of churn is, in order
of preference: a cancellation/end date column, else the last activity of a
customer the churn label marks as gone, else (no label at all) the last
activity of a customer inactive for at least the horizon at the end of data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

from prevista.core.analytics.features import ProjectData, customer_starts
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Role, TableKind


@dataclass(frozen=True)
class ChurnTruth:
    """Per customer: churn day (null = still a customer) and how it was established."""

    frame: pl.DataFrame  # customer_key, churn_day
    source: str


def churn_truth(data: ProjectData, horizon_days: int, end: date) -> ChurnTruth:
    """``end``: the last day the data covers, past which nobody's inactivity can be seen."""
    activity = data.activity().group_by(KEY).agg(pl.col("day").max().alias("last_day"))
    customers = data.tables.get(TableKind.CUSTOMERS)
    end_col = data.column(TableKind.CUSTOMERS, Role.DATE, ("end",))
    label_col = data.column(TableKind.CUSTOMERS, Role.LABEL, ("churn",), fallback=True)
    if customers is not None and end_col:
        frame = customers.select(KEY, pl.col(end_col).alias("churn_day"))
        return ChurnTruth(frame, f"the cancellation date in '{end_col}'")
    if customers is not None and label_col:
        frame = (customers.select(KEY, pl.col(label_col).alias("gone")).join(activity, on=KEY, how="left")
                 .select(KEY, pl.when(pl.col("gone")).then(pl.col("last_day")).alias("churn_day")))
        return ChurnTruth(frame, f"the churn label '{label_col}', dated at each churner's last activity")
    cutoff = end - timedelta(days=horizon_days)
    frame = activity.select(KEY, pl.when(pl.col("last_day") <= cutoff).then(pl.col("last_day")).alias("churn_day"))
    return ChurnTruth(frame, f"no activity for {horizon_days} days (no churn label in the data)")


def active_at(data: ProjectData, cutoff: date, horizon_days: int) -> pl.Series:
    """Customers who had started by the cutoff and were active in the horizon before it."""
    since = cutoff - timedelta(days=horizon_days)
    recent = (data.activity().filter((pl.col("day") > since) & (pl.col("day") <= cutoff))
              .select(KEY).unique())
    started = customer_starts(data).filter(pl.col("start") <= cutoff).select(KEY)
    return recent.join(started, on=KEY, how="semi")[KEY].sort()


def churned_within(truth: ChurnTruth, keys: pl.Series, cutoff: date, horizon_days: int) -> pl.Series:
    """Did each customer churn in (cutoff, cutoff + horizon]?"""
    until = cutoff + timedelta(days=horizon_days)
    joined = keys.to_frame(KEY).join(truth.frame, on=KEY, how="left")
    return ((joined["churn_day"] > cutoff) & (joined["churn_day"] <= until)).fill_null(False)


def _required(column: str | None, what: str) -> str:
    """A column the purchase targets rest on; they are only built where it exists."""
    if column is None:
        raise PrevistaError(f"The purchases have no {what}: purchase propensity cannot be learnt.")
    return column


def _purchases_in_window(data: ProjectData, cutoff: date, horizon_days: int) -> pl.DataFrame:
    kind = TableKind.TRANSACTIONS
    day = pl.col(_required(data.event_date(kind), "dates"))
    return data.tables[kind].filter((day > cutoff) & (day <= cutoff + timedelta(days=horizon_days)))


def purchased_within(data: ProjectData, keys: pl.Series, cutoff: date, horizon_days: int,
                     categories: list[str] | None = None) -> pl.Series:
    """Did each customer buy (in one of ``categories``, if given) in (cutoff, cutoff + horizon]?"""
    rows = _purchases_in_window(data, cutoff, horizon_days)
    if categories is not None:
        rows = rows.filter(pl.col(_required(purchase_category_column(data), "category")).is_in(categories))
    buyers = rows.select(KEY).unique()
    return keys.to_frame(KEY).join(buyers.with_columns(pl.lit(True).alias("bought")), on=KEY, how="left")[
        "bought"].fill_null(False)


def category_rates(data: ProjectData, keys: pl.Series, cutoff: date, horizon_days: int) -> dict[str, float]:
    """Share of ``keys`` buying each category in the window: near 1 means a recurring charge."""
    column = _required(purchase_category_column(data), "category")
    bought = (_purchases_in_window(data, cutoff, horizon_days).join(keys.to_frame(KEY), on=KEY, how="semi")
              .group_by(column).agg(pl.col(KEY).n_unique().alias("buyers")).drop_nulls(column))
    return {row[column]: row["buyers"] / max(len(keys), 1) for row in bought.sort("buyers", descending=True).iter_rows(named=True)}


def purchase_category_column(data: ProjectData) -> str | None:
    return data.column(TableKind.TRANSACTIONS, Role.CATEGORY, ("category", "plan"), fallback=False)


def static_labels(data: ProjectData) -> tuple[pl.Series, pl.Series, str] | None:
    """For a snapshot without history: (keys, churned, column) from the label column."""
    label_col = data.column(TableKind.CUSTOMERS, Role.LABEL, ("churn",), fallback=True)
    if label_col is None:
        return None
    frame = data.tables[TableKind.CUSTOMERS].select(KEY, label_col).drop_nulls()
    return frame[KEY], frame[label_col], label_col
