"""The pilot's KPIs as of the data's last day: what the client watches move between the baseline and today.

Every KPI is computed from the stored tables alone, over fixed windows that end on the last day the data
covers, so a baseline and a later recompute compare like with like whatever the model's horizon.  Each
carries the number of customers it rests on; one the data cannot give is None with the plain reason.
Figures here are at full precision: :func:`prevista.core.analytics.release.released_kpis` applies k and
the release precision before anyone sees them.

The definitions (W = ``KPI_WINDOW_DAYS`` days ending on the data's last day, "the year" = the 365 days
ending on it):

- churn rate: of the customers at the start of W (as :mod:`labels` defines them), the share that churned
  by its end.  Where churn is only inactivity (a shop's purchase log) the window is the year instead: a
  quarter without an order is not leaving for someone who buys twice a year.  For a snapshot without
  history, the share the churn label marks as churned;
- repeat-purchase rate: of the customers who bought in the year, the share with two orders or more;
- average order value: the mean value of the year's orders (net of cancellations);
- lifetime value: a deliberately simple estimate a client can check by hand — the year's spend per buyer ×
  the expected lifetime in years, 1 / yearly churn rate (the churn rate scaled to a year), at most
  ``LIFETIME_CAP_YEARS``.  It is revenue, not margin, and assumes today's spend and churn persist;
- tickets per customer: tickets opened in W by the current customers, per current customer;
- first-contact resolution: of the tickets closed in the W days before the last week, the share after
  which the customer opened no other ticket within ``REPEAT_CONTACT_DAYS`` days (no repeat contact is
  the usual proxy where a help desk export has no contact count);
- resolution time: the median hours from opening to closing of W's closed tickets (whole days where the
  export's dates carry no time of day);
- CSAT: the mean satisfaction score of W's answered tickets, on the export's own scale (the column
  detection calls "score": satisfaction, CSAT, rating, NPS);
- cost per ticket: the support cost per month the user entered (setting ``support_cost_per_month``:
  a figure a support manager knows from the budget, unlike a cost per ticket) ÷ W's tickets per month.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

import numpy as np
import polars as pl

from prevista.core.analytics import labels
from prevista.core.analytics.exact import exact_mean, exact_sum
from prevista.core.analytics.features import ORDER_ID, ProjectData
from prevista.core.analytics.per_key import distinct_count
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.schema import KEY, Role, TableKind

KPI_WINDOW_DAYS = 90
YEAR_DAYS = 365
REPEAT_CONTACT_DAYS = 7
LIFETIME_CAP_YEARS = 10.0
DAYS_PER_MONTH = 365.25 / 12
PER_DAYS = QT_TRANSLATE_NOOP("Kpis", "per {0} days")
POINTS = QT_TRANSLATE_NOOP("Kpis", "{0:+.0f} points")  # a change of a rate, in percentage points
NO_TICKETS = QT_TRANSLATE_NOOP("Kpis", "no support tickets were imported")
NO_ORDERS = QT_TRANSLATE_NOOP("Kpis", "no dated orders or transactions were imported")
NO_CLOSING = QT_TRANSLATE_NOOP("Kpis", "the ticket export has no closing date, so resolution cannot be measured")
NO_COST = QT_TRANSLATE_NOOP(
    "Kpis", "no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)")


class Measure(StrEnum):
    """How a KPI is released: a share to whole percent, an amount or mean to three significant digits."""

    RATE = "rate"
    AMOUNT = "amount"


@dataclass(frozen=True)
class KpiSpec:
    name: str
    label: str
    measure: Measure
    unit: str  # shown after the figure ("" for rates, shown as percent)


SPECS: tuple[KpiSpec, ...] = (
    KpiSpec("churn_rate", QT_TRANSLATE_NOOP("Kpis", "Churn rate"), Measure.RATE, ""),
    KpiSpec("repeat_purchase_rate", QT_TRANSLATE_NOOP("Kpis", "Repeat-purchase rate"), Measure.RATE, ""),
    KpiSpec("average_order_value", QT_TRANSLATE_NOOP("Kpis", "Average order value"), Measure.AMOUNT, ""),
    KpiSpec("lifetime_value", QT_TRANSLATE_NOOP("Kpis", "Customer lifetime value (estimate)"), Measure.AMOUNT, ""),
    KpiSpec("tickets_per_customer", QT_TRANSLATE_NOOP("Kpis", "Tickets per customer"), Measure.AMOUNT,
            PER_DAYS.format(KPI_WINDOW_DAYS)),
    KpiSpec("first_contact_resolution", QT_TRANSLATE_NOOP("Kpis", "First-contact resolution"), Measure.RATE, ""),
    KpiSpec("resolution_hours", QT_TRANSLATE_NOOP("Kpis", "Resolution time (median)"), Measure.AMOUNT,
            QT_TRANSLATE_NOOP("Kpis", "hours")),
    KpiSpec("csat", QT_TRANSLATE_NOOP("Kpis", "CSAT (mean satisfaction score)"), Measure.AMOUNT, ""),
    KpiSpec("cost_per_ticket", QT_TRANSLATE_NOOP("Kpis", "Cost per ticket"), Measure.AMOUNT, ""),
)
BY_NAME = {spec.name: spec for spec in SPECS}


@dataclass(frozen=True)
class Kpi:
    """One KPI: its value (None when the data cannot give it, with ``reason``) and how many customers it rests on."""

    value: float | None
    customers: int
    basis: str = ""  # how it was computed, in words (never a figure: figures are released apart)
    reason: str | None = None  # why ``value`` is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "customers": self.customers, "basis": self.basis, "reason": self.reason}

    @classmethod
    def from_dict(cls, stored: Mapping[str, Any]) -> Kpi:
        return cls(stored.get("value"), int(stored.get("customers", 0)), stored.get("basis", ""), stored.get("reason"))


def lacking(reason: str) -> Kpi:
    return Kpi(None, 0, reason=reason)


@dataclass(frozen=True)
class KpiSnapshot:
    """Every KPI at one moment: ``taken`` when it was computed (ISO date-time), ``as_of`` the data's last day."""

    taken: str
    as_of: str | None
    kpis: dict[str, Kpi]

    def to_dict(self) -> dict[str, Any]:
        return {"taken": self.taken, "as_of": self.as_of, "kpis": {n: k.to_dict() for n, k in self.kpis.items()}}

    @classmethod
    def from_dict(cls, stored: Mapping[str, Any]) -> KpiSnapshot:
        return cls(stored["taken"], stored.get("as_of"),
                   {name: Kpi.from_dict(kpi) for name, kpi in stored.get("kpis", {}).items()})


def compute_kpis(data: ProjectData, *, support_cost_per_month: int, taken: datetime) -> KpiSnapshot:
    """Every KPI of ``SPECS`` from ``data`` (a project's tables, opted-out customers already excluded)."""
    end = data.end()
    truth = labels.churn_truth(data, KPI_WINDOW_DAYS)
    churn, churn_days = _churn(data, truth, end)
    orders = _year_orders(data, end)
    tickets = _Tickets.of(data, end)
    kpis = {
        "churn_rate": churn,
        "repeat_purchase_rate": _repeat_rate(data, orders),
        "average_order_value": _order_value(data, orders),
        "lifetime_value": _lifetime_value(data, orders, churn, churn_days),
        "tickets_per_customer": _tickets_per_customer(data, truth, tickets, end),
        "first_contact_resolution": _first_contact_resolution(tickets),
        "resolution_hours": _resolution_hours(data, tickets),
        "csat": _csat(data, tickets),
        "cost_per_ticket": _cost_per_ticket(tickets, support_cost_per_month),
    }
    finite = {name: lacking("no value could be computed") if kpi.value is not None and not math.isfinite(kpi.value)
              else kpi for name, kpi in kpis.items()}
    return KpiSnapshot(taken.isoformat(timespec="seconds"), end.isoformat() if end else None, finite)


def _window_start(end: date, days: int = KPI_WINDOW_DAYS) -> date:
    return end - timedelta(days=days)


def _churn(data: ProjectData, truth: labels.ChurnTruth, end: date | None) -> tuple[Kpi, int]:
    """The churn rate and the days it is measured over (0 for a snapshot's label, which has no time scale);
    ``truth`` as over ``KPI_WINDOW_DAYS``."""
    if not data.has_customers():
        return lacking("the project holds no customer (tickets without customer IDs name none)"), 0
    if end is None:
        return _label_share(data), 0
    days = KPI_WINDOW_DAYS if truth.dated else labels.ACTIVE_WINDOW_DAYS
    truth = truth if truth.dated else labels.churn_truth(data, days)  # inactivity over a year: a source of its own
    cutoff = _window_start(end, days)
    keys = labels.population(data, truth, cutoff, days)
    if keys.is_empty():
        return lacking(f"no customer was active before {cutoff}: the data covers too short a period "
                       f"for a {days}-day churn rate"), days
    churned = labels.churned_within(data, truth, keys, cutoff, days)
    return Kpi(_mean(churned.cast(pl.Float64)), keys.len(),
               f"over {days} days: customers at {cutoff} who had churned by {end}; churn is {truth.source}"), days


def _label_share(data: ProjectData) -> Kpi:
    static = labels.static_labels(data)
    if static is None:
        return lacking("the data has neither dated activity nor a churn label")
    keys, churned, column = static
    return Kpi(_mean(churned.cast(pl.Float64)), keys.len(),
               f"share of customers the label '{column}' marks as churned (a snapshot without history)")


def _mean(values: pl.Series) -> float:
    mean = values.mean()
    return float(mean) if isinstance(mean, (int, float)) else math.nan


def _of_values(orders: pl.DataFrame, figure: Callable[[pl.Expr], pl.Expr]) -> float:
    """``figure`` (:func:`exact_sum` or :func:`exact_mean`) of the order values; NaN without any.  Exact, so the
    same in every run: orders of numbered lines come from a ``group_by``, whose rows come in an order of its
    threads', and a float sum in another order differs in its last bits."""
    value = orders.select(figure(pl.col("value"))).item()
    return float(value) if isinstance(value, (int, float)) else math.nan


def _year_orders(data: ProjectData, end: date | None) -> pl.DataFrame | None:
    """The purchase orders of customers in the year ending on ``end``: customer_key, day, value."""
    column = data.event_date(TableKind.TRANSACTIONS)
    if column is None or end is None:
        return None
    day = pl.col("day")
    return (data.orders(column).filter(pl.col("purchase") & pl.col(KEY).is_not_null()
                                       & (day > _window_start(end, YEAR_DAYS)) & (day <= end))
            .select(KEY, "day", "value").collect())


def _order_basis(data: ProjectData) -> str:
    if data.column(TableKind.TRANSACTIONS, Role.CATEGORY, (ORDER_ID,)):
        return "orders (lines grouped by order number)"
    return "orders (each line counts as an order: the export has no order number)"


def _repeat_rate(data: ProjectData, orders: pl.DataFrame | None) -> Kpi:
    if orders is None:
        return lacking(NO_ORDERS)
    per_buyer = np.bincount(orders[KEY].to_numpy())
    per_buyer = per_buyer[per_buyer > 0]
    if not per_buyer.size:
        return lacking("nobody bought in the last year of the data")
    return Kpi(float((per_buyer >= 2).mean()), per_buyer.size,
               f"share of the last year's buyers with two or more {_order_basis(data)}")


def _order_value(data: ProjectData, orders: pl.DataFrame | None) -> Kpi:
    if orders is None:
        return lacking(NO_ORDERS)
    if data.value_column() is None:
        return lacking("the orders have no amount or price column")
    if orders.is_empty():
        return lacking("nobody bought in the last year of the data")
    return Kpi(_of_values(orders, exact_mean), distinct_count(orders[KEY]),
               f"mean value of the last year's {_order_basis(data)}, net of cancellations")


def _lifetime_value(data: ProjectData, orders: pl.DataFrame | None, churn: Kpi, churn_days: int) -> Kpi:
    if orders is None or churn_days == 0:
        return lacking(NO_ORDERS)
    if data.value_column() is None:
        return lacking("the orders have no amount or price column")
    if churn.value is None or math.isnan(churn.value):
        return lacking(f"it needs the churn rate, which the data cannot give: {churn.reason}")
    buyers = distinct_count(orders[KEY])
    if buyers == 0:
        return lacking("nobody bought in the last year of the data")
    yearly_churn = 1 - (1 - churn.value) ** (YEAR_DAYS / churn_days)
    years = min(1 / yearly_churn, LIFETIME_CAP_YEARS) if yearly_churn > 0 else LIFETIME_CAP_YEARS
    spend = _of_values(orders, exact_sum) / buyers
    return Kpi(spend * years, min(buyers, churn.customers),
               f"the last year's spend per buyer × expected lifetime (1 / yearly churn rate, at most "
               f"{LIFETIME_CAP_YEARS:.0f} years); revenue, not margin")


@dataclass(frozen=True)
class _Tickets:
    """W's tickets of customers (owned rows), with the column names they need; ``lacks`` says why there are none."""

    created: str | None = None
    closed: str | None = None
    rows: pl.DataFrame | None = None  # tickets created in W, of a customer
    all_rows: int = 0  # tickets created in W, with or without a customer
    start: date | None = None
    end: date | None = None
    lacks: str | None = None

    @classmethod
    def of(cls, data: ProjectData, end: date | None) -> _Tickets:
        kind = TableKind.INTERACTIONS
        created = data.event_date(kind)
        if created is None or end is None:
            return cls(lacks=NO_TICKETS)
        closed = data.column(kind, Role.DATE, ("closed",))
        start = _window_start(end)
        day = pl.col(created)
        in_window = data.tables[kind].filter((day > start) & (day <= end))
        return cls(created, closed if closed != created else None, in_window.filter(pl.col(KEY).is_not_null()),
                   in_window.height, start, end)


def _tickets_per_customer(data: ProjectData, truth: labels.ChurnTruth, tickets: _Tickets, end: date | None) -> Kpi:
    if tickets.rows is None or end is None:
        return lacking(tickets.lacks or NO_TICKETS)
    if data.owned(TableKind.INTERACTIONS).is_empty():
        return lacking("the tickets carry no customer ID, so they cannot be counted per customer")
    current = labels.population(data, truth, end, KPI_WINDOW_DAYS)
    if current.is_empty():
        return lacking("no current customer at the end of the data")
    opened = tickets.rows.join(current.to_frame(KEY), on=KEY, how="semi").height
    return Kpi(opened / current.len(), current.len(),
               f"tickets opened {tickets.start} – {end} by current customers, per current customer")


def _first_contact_resolution(tickets: _Tickets) -> Kpi:
    if tickets.rows is None or tickets.created is None or tickets.end is None:
        return lacking(tickets.lacks or NO_TICKETS)
    if tickets.closed is None:
        return lacking(NO_CLOSING)
    created, closed = pl.col(tickets.created), pl.col(tickets.closed)
    settled = tickets.end - timedelta(days=REPEAT_CONTACT_DAYS)  # a week later is needed to see a repeat
    # a ticket's next one is opened after it, so within W as well: W's tickets are all it takes
    done = (tickets.rows.lazy().select(KEY, created.alias("created"), closed.alias("closed")).sort(KEY, "created")
            .with_columns(pl.when(pl.col(KEY).shift(-1) == pl.col(KEY)).then(pl.col("created").shift(-1)).alias("next"))
            .filter(pl.col("closed").is_not_null() & (pl.col("closed") <= settled)).collect())
    if done.is_empty():
        return lacking(f"no ticket of the last {KPI_WINDOW_DAYS} days was closed a week or more before the data ends")
    repeat = pl.col("next").is_not_null() & (pl.col("next") <= pl.col("closed") + timedelta(days=REPEAT_CONTACT_DAYS))
    resolved = done.select((~repeat).cast(pl.Float64).alias("resolved"))["resolved"]
    return Kpi(_mean(resolved), distinct_count(done[KEY]),
               f"closed tickets after which the customer opened no other within {REPEAT_CONTACT_DAYS} days")


def _resolution_hours(data: ProjectData, tickets: _Tickets) -> Kpi:
    if tickets.rows is None or tickets.created is None or tickets.start is None or tickets.end is None:
        return lacking(tickets.lacks or NO_TICKETS)
    if tickets.closed is None:
        return lacking(NO_CLOSING)
    kind = TableKind.INTERACTIONS
    timed = (data.with_times() if kind in data.timed else data).owned(kind)
    created, closed = pl.col(tickets.created), pl.col(tickets.closed)
    day = created.cast(pl.Date)
    rows = timed.filter((day > tickets.start) & (day <= tickets.end) & closed.is_not_null()
                        & (closed.cast(pl.Date) <= tickets.end))
    if rows.is_empty():
        return lacking(f"no ticket of the last {KPI_WINDOW_DAYS} days has been closed")
    hours = rows.select(((closed.cast(pl.Datetime("us")) - created.cast(pl.Datetime("us"))).dt.total_seconds()
                         / 3600).alias("hours"))["hours"]
    whole_days = timed.schema[tickets.created] == pl.Date or timed.schema[tickets.closed] == pl.Date
    median = hours.median()
    return Kpi(float(median) if isinstance(median, (int, float)) else math.nan, distinct_count(rows[KEY]),
               "median time from opening to closing of the tickets closed"
               + (" (whole days: the export's dates carry no time of day)" if whole_days else ""))


def _csat(data: ProjectData, tickets: _Tickets) -> Kpi:
    if tickets.rows is None:
        return lacking(tickets.lacks or NO_TICKETS)
    column = data.column(TableKind.INTERACTIONS, Role.NUMBER, ("score",))
    if column is None:
        return lacking("the ticket export has no satisfaction score column (CSAT, satisfaction, rating)")
    answered = tickets.rows.filter(pl.col(column).is_not_null())
    if answered.is_empty():
        return lacking(f"no ticket of the last {KPI_WINDOW_DAYS} days has a satisfaction score")
    return Kpi(_mean(answered[column].cast(pl.Float64)), distinct_count(answered[KEY]),
               f"mean of '{column}' over the answered tickets, on the export's own scale")


def _cost_per_ticket(tickets: _Tickets, support_cost_per_month: int) -> Kpi:
    if tickets.rows is None:
        return lacking(tickets.lacks or NO_TICKETS)
    if support_cost_per_month <= 0:
        return lacking(NO_COST)
    if tickets.all_rows == 0:
        return lacking(f"no ticket was opened in the last {KPI_WINDOW_DAYS} days")
    per_month = tickets.all_rows * DAYS_PER_MONTH / KPI_WINDOW_DAYS
    return Kpi(support_cost_per_month / per_month, distinct_count(tickets.rows[KEY]),
               f"the support cost per month entered in the settings ÷ tickets per month over the last "
               f"{KPI_WINDOW_DAYS} days")


@dataclass(frozen=True)
class KpiTrend:
    """One KPI's row of the trend: baseline, now and the change between them (all released figures)."""

    name: str
    label: str
    measure: Measure
    unit: str
    baseline: float | None
    now: float | None
    change: float | None  # now − baseline: percentage points as a fraction for rates
    customers: int  # what ``now`` rests on
    basis: str
    reason: str | None  # why ``now`` (or, with a value now, the baseline) is missing


def trend(baseline: KpiSnapshot | None, now: KpiSnapshot) -> tuple[KpiTrend, ...]:
    """Each KPI then and now, from two released snapshots: the change follows from released figures only."""
    rows = []
    for spec in SPECS:
        current = now.kpis.get(spec.name, lacking("not computed by the release that recorded it"))
        before = baseline.kpis.get(spec.name) if baseline else None
        then = before.value if before else None
        change = None if then is None or current.value is None else _released_change(spec, current.value - then)
        reason = current.reason or (None if baseline is None or then is not None
                                    else f"baseline: {before.reason if before else 'not measured then'}")
        rows.append(KpiTrend(spec.name, spec.label, spec.measure, spec.unit, then, current.value, change,
                             current.customers, current.basis, reason))
    return tuple(rows)


def _released_change(spec: KpiSpec, change: float) -> float:
    return disclosure.rate(change) if spec.measure is Measure.RATE else disclosure.money(change)


def figure(measure: Measure, value: float | None, *, change: bool = False) -> tuple[str, float] | None:
    """How a released KPI figure (or change) is written: a format template and the value it fills, None for
    no figure.  One choice for every front end: the window fills the translated template in its locale."""
    if value is None:
        return None
    if measure is Measure.RATE:
        return (POINTS, value * 100) if change else ("{0:.0%}", value)
    sign = "+" if change else ""
    return (f"{{0:{sign},.0f}}", value) if abs(value) >= 100 else (f"{{0:{sign}.3g}}", value)


def shown(measure: Measure, value: float | None, *, change: bool = False) -> str:
    """A released KPI figure (or change) as text: the same words on the command line and in reports."""
    written = figure(measure, value, change=change)
    return "—" if written is None else written[0].format(written[1])
