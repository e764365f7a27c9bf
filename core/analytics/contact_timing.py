"""When a segment's customers get in touch and when they buy: the weekday and hour band holding most of it.

Shown beside the segment's suggested action, so the person acting on it calls or writes when the
customers are known to be around.  What it rests on, and why:

- **Only real times of day.**  A date-only column has no hour, and a date-time at exactly 00:00:00 is
  how a date without a time is stored (a spreadsheet cell, one export of several without times), so
  such rows are left out; a table with nothing else gives no timing at all, rather than "midnight".
- **Hours as stored.**  Times are read in the clock the export wrote them in; one that carried an
  offset or a 'Z' was stored in UTC (see ``ingest.parsing``), and the finding says "UTC" then.
- **Two-hour bands** (08–10, 10–12, …): narrow enough to plan a block of calls or a send-out, wide
  enough that a weekday × band cell often reaches k customers; twelve bands by seven days are 84 cells.
- **Every customer weighs the same.**  A customer's events are spread over the cells in proportion to
  their own events, so one customer who opened two hundred tickets cannot set the segment's time,
  and the published share ("31 % of their contacts") is the mean of the customers' own shares.
- **Only a time that stands out.**  The best cell must lead the next one by more than chance (a paired
  test over the customers, :func:`_stands_out`); contacts spread evenly over office hours give no finding.
- **k on every group.**  A segment whose timed events come from fewer than k customers gets no
  timing, and a cell is only a candidate when at least k distinct customers have events in it.  What
  leaves the core goes through :func:`released` (today's k, shares to whole percent, counts to fives).

Tickets (when customers reach out: when they can be reached) and orders (when they buy) are two sources,
each with its own finding; purchases count once per order, not once per order line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import time
from enum import StrEnum
from typing import Any

import numpy as np
import polars as pl

from prevista.core.analytics.exact import exact_sum
from prevista.core.analytics.features import ProjectData
from prevista.privacy import disclosure
from prevista.privacy.schema import KEY, TableKind

HOUR_BAND = 2  # hours per band; see the module docstring
STANDS_OUT_Z = 2.58  # how clearly the best cell must lead the next one (see _stands_out)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Source(StrEnum):
    """Whose times a finding counts: the segment's tickets or its orders."""

    TICKETS = "tickets"
    PURCHASES = "purchases"


_TABLES = {Source.TICKETS: TableKind.INTERACTIONS, Source.PURCHASES: TableKind.TRANSACTIONS}
_WHAT = {Source.TICKETS: ("Best time to reach", "of their contacts"),
         Source.PURCHASES: ("Buys most", "of their purchases")}


@dataclass(frozen=True)
class ContactTiming:
    """The weekday and hour band with the largest share of one segment's timed events from one source."""

    source: str  # a Source value
    weekday: int  # 0 = Monday … 6 = Sunday
    hours: tuple[int, int]  # the band: from, to (24 for midnight), in the clock the export used
    share: float  # mean over the counted customers of their own events' share in this cell
    customers: int  # distinct customers of the segment whose timed events were counted (at least k)
    cell_customers: int  # distinct customers with events in the cell (at least k)
    utc: bool  # the export's times carried an offset: hours are UTC, not the business's local time

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContactTiming:
        start, end = data["hours"]
        return cls(**{**data, "hours": (int(start), int(end))})

    @property
    def day(self) -> str:
        return WEEKDAYS[self.weekday]

    def text(self) -> str:
        """'Best time to reach: Tuesday, 10–12 h (31 % of their contacts)'."""
        lead, of_what = _WHAT[Source(self.source)]
        clock = " UTC" if self.utc else ""
        return f"{lead}: {self.day}, {self.hours[0]}–{self.hours[1]} h{clock} ({self.share * 100:.0f} % {of_what})"


@dataclass(frozen=True)
class NoTiming:
    """Why a segment has no finding from a source."""

    source: str
    reason: str


def timed_events(data: ProjectData) -> dict[Source, tuple[pl.DataFrame, bool]]:
    """Per source, the customers' events with a real time of day (customer_key, at), and whether the hours
    are UTC.  A source whose event column is a date, or holds only midnights, is absent."""
    view = data.with_times()
    found: dict[Source, tuple[pl.DataFrame, bool]] = {}
    for source, kind in _TABLES.items():
        column = view.event_date(kind)
        if column is None or not isinstance(view.tables[kind].schema[column], pl.Datetime):
            continue
        events = (view.orders(column).filter(pl.col("purchase")).select(KEY, pl.col("day").alias("at")).collect()
                  if source is Source.PURCHASES else view.owned(kind).select(KEY, pl.col(column).alias("at")))
        events = events.drop_nulls().filter(pl.col("at").dt.time() != time(0))
        if events.height:
            found[source] = (events, _utc(view.schema.get(kind.value, {}).get(column, {})))
    return found


def _utc(spec: Mapping[str, Any]) -> bool:
    """Whether the column's format carried an offset or a 'Z', so that the import stored it in UTC."""
    fmt = spec.get("format") or ""
    return "%z" in fmt or fmt.endswith("Z")


def best_time(events: pl.DataFrame, k: int, source: Source, utc: bool = False) -> ContactTiming | NoTiming:
    """The cell (weekday × band) of one segment's ``events`` (customer_key, at) with the largest customer-weighted
    share, among cells of at least k distinct customers, if it stands out from the next cell (:func:`_stands_out`)."""
    customers = events[KEY].n_unique()
    if not disclosure.covers_k(customers, k):
        return NoTiming(source.value, f"fewer than {k} customers have {source.value} with a time of day")
    own = (events.lazy().with_columns((pl.col("at").dt.weekday() - 1).alias("weekday"),
                                      (pl.col("at").dt.hour() // HOUR_BAND).alias("band"),
                                      (1.0 / pl.len().over(KEY)).alias("weight"))
           .group_by(KEY, "weekday", "band").agg(exact_sum(pl.col("weight")))  # each customer's own share per cell
           .collect())
    cells = (own.lazy().group_by("weekday", "band").agg(exact_sum(pl.col("weight")), pl.len().alias("customers"))
             .sort(["weight", "weekday", "band"], descending=[True, False, False]).collect())
    candidates = cells.filter(pl.col("customers") >= k)
    if candidates.is_empty():
        return NoTiming(source.value, f"no weekday and hour band holds {source.value} of {k} or more customers")
    best = candidates.row(0, named=True)
    others = cells.filter((pl.col("weekday") != best["weekday"]) | (pl.col("band") != best["band"]))
    if not others.is_empty() and not _stands_out(own, best, others.row(0, named=True), customers):
        return NoTiming(source.value, "no weekday and hour band stands out from the next one")
    start = int(best["band"]) * HOUR_BAND
    return ContactTiming(source=source.value, weekday=int(best["weekday"]), hours=(start, start + HOUR_BAND),
                         share=round(best["weight"] / customers, 4), customers=customers,
                         cell_customers=int(best["customers"]), utc=utc)


def _stands_out(own: pl.DataFrame, best: Mapping[str, Any], runner_up: Mapping[str, Any], customers: int) -> bool:
    """Whether the best cell beats the runner-up by more than chance: a paired z over the customers' own shares
    of the two cells, at ``STANDS_OUT_Z``.  Without it a segment whose contacts spread evenly over office hours
    would be told a "best time" that is only the luckiest of some thirty equal cells (the maximum of many cells
    is always ahead of the second by a little; the strict z keeps that little from being published)."""
    def share(cell: Mapping[str, Any]) -> pl.Expr:
        hit = (pl.col("weekday") == cell["weekday"]) & (pl.col("band") == cell["band"])
        return pl.when(hit).then(pl.col("weight")).otherwise(0.0)
    gaps = np.sort(own.lazy().group_by(KEY).agg(exact_sum(share(best) - share(runner_up)).alias("gap"))  # everyone
                   .collect()["gap"].to_numpy())  # in one order, so that the mean and spread come out the same each run
    mean, spread = float(gaps.mean()), float(gaps.std(ddof=1)) if customers > 1 else 0.0
    return mean > 0 and (spread == 0 or mean / (spread / customers ** 0.5) >= STANDS_OUT_Z)


def segment_timings(data: ProjectData, members: pl.DataFrame, k: int) -> dict[int, tuple[ContactTiming, ...]]:
    """Per segment of ``members`` (customer_key, segment), its findings, tickets first; a segment without any
    is absent."""
    found: dict[int, list[ContactTiming]] = {}
    for source, (events, utc) in timed_events(data).items():
        joined = events.join(members.select(KEY, "segment"), on=KEY)
        for segment in joined["segment"].unique().sort():
            result = best_time(joined.filter(pl.col("segment") == segment), k, source, utc)
            if isinstance(result, ContactTiming):
                found.setdefault(int(segment), []).append(result)
    return {segment: tuple(timings) for segment, timings in found.items()}


def released(timings: tuple[ContactTiming, ...] | None, k: int) -> tuple[ContactTiming, ...] | None:
    """The findings that still cover today's k, shares to whole percent and counts to fives; None if none."""
    kept = tuple(replace(t, share=disclosure.rate(t.share), customers=disclosure.count(t.customers),
                         cell_customers=disclosure.count(t.cell_customers))
                 for t in timings or ()
                 if disclosure.covers_k(t.cell_customers, k) and disclosure.covers_k(t.customers, k))
    return kept or None


def without_tickets(timings: tuple[ContactTiming, ...] | None) -> tuple[ContactTiming, ...] | None:
    """The findings left when the tickets they came from are withheld (see ``erasure.exclusion``)."""
    kept = tuple(t for t in timings or () if t.source != Source.TICKETS)
    return kept or None
