"""Who counts as a customer at a cutoff, and what happened to them after it.

Both the population and the outcomes at a cutoff come from data up to the
cutoff and from the window after it only, so features computed at the cutoff
cannot see their own outcome and who is in the population does not depend on
what happens later.  Churn is, in order of preference:

- contractual, dated: a cancellation/end date column, else the last activity
  of a customer the churn label marks as gone;
- non-contractual (no label at all, e.g. a bare purchase log): nobody
  announces that they leave, so the population at a cutoff is the customers
  active in the year before it, and churn is no activity in the horizon after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

from prevista.core.analytics.card import CANCELLATION_SOURCE, INACTIVITY_SOURCE, LABEL_SOURCE
from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.per_key import keys_where
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, Role, TableKind

# a project of ticket logs without customer IDs only: plain words, not "no history and no label"
NO_CUSTOMERS = ("The project holds no customer (a ticket log without a customer column names none), so there is "
                "nothing per customer to learn churn or purchases from. Import a customers export, or "
                "orders, tickets or usage with a customer ID, to train; the support-load forecast needs no customer "
                "and works as it is.")
ACTIVE_WINDOW_DAYS = 365  # non-contractual: a customer active in the last year (or horizon, if longer) is current


@dataclass(frozen=True)
class ChurnTruth:
    """Per customer: churn day (null = still a customer) and how it was established; ``frame`` is None
    where churn is inactivity (non-contractual), which has no day of its own."""

    frame: pl.DataFrame | None  # customer_key, churn_day
    source: str

    @property
    def dated(self) -> bool:
        return self.frame is not None


def churn_truth(data: ProjectData, horizon_days: int) -> ChurnTruth:
    customers = data.tables.get(TableKind.CUSTOMERS)
    end_col = data.column(TableKind.CUSTOMERS, Role.DATE, ("end",))
    label_col = data.column(TableKind.CUSTOMERS, Role.LABEL, ("churn",), fallback=True)
    if customers is not None and end_col:
        frame = customers.select(KEY, pl.col(end_col).alias("churn_day"))
        return ChurnTruth(frame, CANCELLATION_SOURCE.format(end_col))
    if customers is not None and label_col:
        last_seen = data.seen().select(KEY, "last_seen")
        frame = (customers.select(KEY, pl.col(label_col).alias("gone")).join(last_seen, on=KEY, how="left", maintain_order="left")
                 .select(KEY, pl.when(pl.col("gone")).then(pl.col("last_seen")).alias("churn_day")))
        return ChurnTruth(frame, LABEL_SOURCE.format(label_col))
    return ChurnTruth(None, INACTIVITY_SOURCE.format(horizon_days, active_window(horizon_days)))


def active_window(horizon_days: int) -> int:
    return max(horizon_days, ACTIVE_WINDOW_DAYS)


def _active_in(data: ProjectData, cutoff: date, days: int) -> pl.Series:
    """The customers with activity in the ``days`` up to the cutoff, in key order."""
    return keys_where(data.activity(), (pl.col("day") > cutoff - timedelta(days=days)) & (pl.col("day") <= cutoff))


def active_at(data: ProjectData, cutoff: date, horizon_days: int) -> pl.Series:
    """Customers who had started by the cutoff and were active in the horizon before it."""
    started = data.starts().filter(pl.col("start") <= cutoff).select(KEY)
    active = _active_in(data, cutoff, horizon_days).to_frame()
    return active.join(started, on=KEY, how="semi", maintain_order="left")[KEY]


def population(data: ProjectData, truth: ChurnTruth, cutoff: date, horizon_days: int) -> pl.Series:
    """The customers at ``cutoff``, from data up to it: dated churn, those active in the horizon before it
    who had not churned by it; inactivity churn, those active in the window before it."""
    if truth.frame is None:
        return _active_in(data, cutoff, active_window(horizon_days))
    gone = truth.frame.filter(pl.col("churn_day") <= cutoff).select(KEY)
    return active_at(data, cutoff, horizon_days).to_frame(KEY).join(gone, on=KEY, how="anti")[KEY]


def churned_within(data: ProjectData, truth: ChurnTruth, keys: pl.Series, cutoff: date,
                   horizon_days: int) -> pl.Series:
    """Did each customer churn in (cutoff, cutoff + horizon]?  Inactivity churn: no activity in it."""
    until = cutoff + timedelta(days=horizon_days)
    if truth.frame is None:
        later = keys_where(data.activity(), (pl.col("day") > cutoff) & (pl.col("day") <= until))
        return ~keys.is_in(later.implode())
    joined = keys.to_frame(KEY).join(truth.frame, on=KEY, how="left", maintain_order="left")
    return ((joined["churn_day"] > cutoff) & (joined["churn_day"] <= until)).fill_null(False)


def _required(column: str | None, what: str) -> str:
    """A column the purchase targets rest on; they are only built where it exists."""
    if column is None:
        raise PrevistaError(f"The purchases have no {what}: purchase propensity cannot be learnt.")
    return column


def purchase_days(data: ProjectData) -> pl.DataFrame | None:
    """(customer_key, day) of every non-cancelled purchase; None without dated transactions."""
    column = data.event_date(TableKind.TRANSACTIONS)
    if column is None:
        return None
    return data.purchase_lines().select(KEY, pl.col(column).alias("day")).drop_nulls()


def _purchases_in_window(data: ProjectData, cutoff: date, horizon_days: int) -> pl.DataFrame:
    """Purchase lines (cancellations, returns and fees left out) in (cutoff, cutoff + horizon]."""
    day = pl.col(_required(data.event_date(TableKind.TRANSACTIONS), "dates"))
    return data.purchase_lines().filter((day > cutoff) & (day <= cutoff + timedelta(days=horizon_days)))


def purchased_within(data: ProjectData, keys: pl.Series, cutoff: date, horizon_days: int,
                     categories: list[str] | None = None) -> pl.Series:
    """Did each customer buy (in one of ``categories``, if given) in (cutoff, cutoff + horizon]?"""
    rows = _purchases_in_window(data, cutoff, horizon_days)
    if categories is not None:
        rows = rows.filter(pl.col(_required(purchase_category_column(data), "category")).is_in(categories))
    buyers = rows.lazy().select(KEY).unique().collect()
    return keys.to_frame(KEY).join(buyers.with_columns(pl.lit(True).alias("bought")), on=KEY, how="left", maintain_order="left")[
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
    if not data.has_customers():
        raise PrevistaError(NO_CUSTOMERS)
    label_col = data.column(TableKind.CUSTOMERS, Role.LABEL, ("churn",), fallback=True)
    if label_col is None:
        return None
    frame = data.tables[TableKind.CUSTOMERS].select(KEY, label_col).drop_nulls()
    return frame[KEY], frame[label_col], label_col
