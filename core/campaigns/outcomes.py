"""What happened to each campaign member after the start, read from the exports the user imports anyway.

Everything is measured over the same window for both arms: from the day after the start to the last day
the imported data covers.  Churn is the project's own churn (a cancellation date, a churn label dated at
the last activity, or, for a purchase log, no activity in the window); a snapshot without dates can only
say whether the label now marks the customer as gone, and only once an export was imported after the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from prevista.core.analytics import labels
from prevista.core.analytics.exact import exact_sum
from prevista.core.analytics.features import ProjectData
from prevista.core.campaigns.uplift import Outcome
from prevista.privacy.schema import KEY, TableKind


@dataclass(frozen=True)
class Window:
    start: date  # the campaign's start; outcomes count from the day after
    end: date
    how: str  # how churn was established, in words

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def _zero_filled(keys: pl.Series, counts: pl.DataFrame, column: str) -> pl.Series:
    joined = keys.to_frame(KEY).join(counts, on=KEY, how="left", maintain_order="left")
    return joined[column].fill_null(0).cast(pl.Float64).alias(column)


def _spend(data: ProjectData, keys: pl.Series, window: Window) -> pl.Series | None:
    column = data.event_date(TableKind.TRANSACTIONS)
    if column is None or data.value_column() is None:
        return None
    orders = (data.orders(column).filter((pl.col("day") > window.start) & (pl.col("day") <= window.end))
              .group_by(KEY).agg(exact_sum(pl.col("value")).alias(Outcome.SPEND.value)).collect())  # the same every run
    return _zero_filled(keys, orders, Outcome.SPEND.value)


def _tickets(data: ProjectData, keys: pl.Series, window: Window) -> pl.Series | None:
    column = data.event_date(TableKind.INTERACTIONS)
    if column is None:
        return None
    day = pl.col(column).cast(pl.Date)
    counts = (data.owned(TableKind.INTERACTIONS).filter((day > window.start) & (day <= window.end))
              .group_by(KEY).len(Outcome.TICKETS.value))
    return _zero_filled(keys, counts, Outcome.TICKETS.value)


def _purchases(data: ProjectData, keys: pl.Series, window: Window) -> pl.Series | None:
    if data.event_date(TableKind.TRANSACTIONS) is None:
        return None
    return labels.purchased_within(data, keys, window.start, window.days).cast(pl.Float64).alias(Outcome.PURCHASE.value)


def dated_window(data: ProjectData, start: date) -> Window | None:
    """From the start to the end of the imported data; None until the data runs past the start."""
    end = data.end()
    if end is None or end <= start:
        return None
    truth = labels.churn_truth(data, (end - start).days)
    return Window(start, end, truth.source)


def member_outcomes(data: ProjectData, keys: pl.Series, window: Window) -> pl.DataFrame:
    """One row per key with a column per outcome the data can show (churn always)."""
    truth = labels.churn_truth(data, window.days)
    churned = labels.churned_within(data, truth, keys, window.start, window.days)
    columns = [keys.alias(KEY), churned.cast(pl.Float64).alias(Outcome.CHURN.value)]
    for measure in (_purchases, _spend, _tickets):
        found = measure(data, keys, window)
        if found is not None:
            columns.append(found)
    return pl.DataFrame(columns)


def snapshot_outcomes(data: ProjectData, keys: pl.Series) -> pl.DataFrame | None:
    """A snapshot's churn: the label in the latest export (members it no longer lists count as unknown)."""
    found = labels.static_labels(data)
    if found is None:
        return None
    label_keys, churned, _ = found
    frame = pl.DataFrame({KEY: label_keys, Outcome.CHURN.value: churned.cast(pl.Float64)})
    return keys.to_frame(KEY).join(frame, on=KEY, how="inner", maintain_order="left")
