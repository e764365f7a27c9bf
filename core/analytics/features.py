"""Per-customer behaviour as of a cutoff date, never looking past it.

Every feature is computed from rows dated on or before the cutoff, so the
same code serves training (features at an earlier cutoff, labels from the
window after it) and scoring (features at the end of the data).  Which
columns to use comes from the roles and meanings saved at import, so any
CRM export works, and a table that is missing simply contributes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import numpy as np
import polars as pl

from prevista.core.analytics.exact import exact_sum
from prevista.core.analytics.per_key import (NEVER, Tally, added_up, aligned, day_number, extreme_days, frame_of, keyed,
                                             mean, span)
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.distinct import distinct as distinct_values
from prevista.privacy.schema import KEY, Meta, Role, Table, TableKind, not_among
from prevista.privacy.store import ProjectStore

DAYS_CAP = 730  # "never" and "long ago" look alike to a model: cap recency at two years
MAX_CATEGORIES = 30  # categorical customer attributes with more levels are not used as features

# plain-language phrases for each feature: (when high, when low)
HIGH = QT_TRANSLATE_NOOP("Phrases", "high {0}")  # a column nobody described: its own name
LOW = QT_TRANSLATE_NOOP("Phrases", "low {0}")


def described(column: str) -> tuple[str, str]:
    """What a high and a low value of ``column`` say about a customer, in words."""
    return DESCRIPTIONS.get(column, (HIGH.format(column), LOW.format(column)))


DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "tenure_days": (QT_TRANSLATE_NOOP("Phrases", "long-standing customers"),
                   QT_TRANSLATE_NOOP("Phrases", "new customers")),
    "age_years": (QT_TRANSLATE_NOOP("Phrases", "older customers"),
                 QT_TRANSLATE_NOOP("Phrases", "younger customers")),
    "days_since_activity": (QT_TRANSLATE_NOOP("Phrases", "inactive for a while"),
                           QT_TRANSLATE_NOOP("Phrases", "recently active")),
    "days_since_event": (QT_TRANSLATE_NOOP("Phrases", "not using the product lately"),
                        QT_TRANSLATE_NOOP("Phrases", "used the product recently")),
    "events_4w": (QT_TRANSLATE_NOOP("Phrases", "heavy recent usage"),
                 QT_TRANSLATE_NOOP("Phrases", "little recent usage")),
    "events_12w": (QT_TRANSLATE_NOOP("Phrases", "heavy usage"),
                  QT_TRANSLATE_NOOP("Phrases", "light usage")),
    "usage_trend": (QT_TRANSLATE_NOOP("Phrases", "usage rising over the last 4 weeks"),
                   QT_TRANSLATE_NOOP("Phrases", "usage falling over the last 4 weeks")),
    "logins_4w": (QT_TRANSLATE_NOOP("Phrases", "frequent logins"),
                 QT_TRANSLATE_NOOP("Phrases", "few logins")),
    "login_trend": (QT_TRANSLATE_NOOP("Phrases", "logins rising"),
                   QT_TRANSLATE_NOOP("Phrases", "logins falling over the last 4 weeks")),
    "usage_growth_8w": (QT_TRANSLATE_NOOP("Phrases", "usage growing (8 weeks)"),
                       QT_TRANSLATE_NOOP("Phrases", "usage shrinking (8 weeks)")),
    "features_used_12w": (QT_TRANSLATE_NOOP("Phrases", "many features in use"),
                         QT_TRANSLATE_NOOP("Phrases", "few features in use")),
    "days_since_purchase": (QT_TRANSLATE_NOOP("Phrases", "no purchase for a while"),
                           QT_TRANSLATE_NOOP("Phrases", "bought recently")),
    "purchases_12w": (QT_TRANSLATE_NOOP("Phrases", "frequent purchases"),
                     QT_TRANSLATE_NOOP("Phrases", "few purchases")),
    "purchases_52w": (QT_TRANSLATE_NOOP("Phrases", "many purchases this year"),
                     QT_TRANSLATE_NOOP("Phrases", "few purchases this year")),
    "spend_12w": (QT_TRANSLATE_NOOP("Phrases", "high recent spend"),
                 QT_TRANSLATE_NOOP("Phrases", "low recent spend")),
    "spend_52w": (QT_TRANSLATE_NOOP("Phrases", "high spend"),
                 QT_TRANSLATE_NOOP("Phrases", "low spend")),
    "spend_trend": (QT_TRANSLATE_NOOP("Phrases", "spend rising"),
                   QT_TRANSLATE_NOOP("Phrases", "spend falling")),
    "small_orders_12w": (QT_TRANSLATE_NOOP("Phrases", "many small add-on orders"),
                        QT_TRANSLATE_NOOP("Phrases", "few small add-on orders")),
    "small_order_trend": (QT_TRANSLATE_NOOP("Phrases", "more small add-on orders"),
                         QT_TRANSLATE_NOOP("Phrases", "fewer small add-on orders")),
    "late_payments_26w": (QT_TRANSLATE_NOOP("Phrases", "repeatedly late payments"),
                         QT_TRANSLATE_NOOP("Phrases", "payments on time")),
    "payment_delay_days": (QT_TRANSLATE_NOOP("Phrases", "long payment delays"),
                          QT_TRANSLATE_NOOP("Phrases", "prompt payment")),
    "overdue_invoices": (QT_TRANSLATE_NOOP("Phrases", "overdue invoices"),
                        QT_TRANSLATE_NOOP("Phrases", "no overdue invoices")),
    "tickets_4w": (QT_TRANSLATE_NOOP("Phrases", "many recent support tickets"),
                  QT_TRANSLATE_NOOP("Phrases", "few recent support tickets")),
    "tickets_per_month": (QT_TRANSLATE_NOOP("Phrases", "many support tickets per month"),
                         QT_TRANSLATE_NOOP("Phrases", "few support tickets")),
    "ticket_trend": (QT_TRANSLATE_NOOP("Phrases", "support tickets rising"),
                    QT_TRANSLATE_NOOP("Phrases", "support tickets falling")),
    "open_tickets": (QT_TRANSLATE_NOOP("Phrases", "unresolved tickets"),
                    QT_TRANSLATE_NOOP("Phrases", "no open tickets")),
    "resolution_days": (QT_TRANSLATE_NOOP("Phrases", "slow ticket resolution"),
                       QT_TRANSLATE_NOOP("Phrases", "fast ticket resolution")),
    "early_tickets": (QT_TRANSLATE_NOOP("Phrases", "many tickets in the first three months"),
                     QT_TRANSLATE_NOOP("Phrases", "few tickets in the first three months")),
    "score_12w": (QT_TRANSLATE_NOOP("Phrases", "good feedback scores"),
                 QT_TRANSLATE_NOOP("Phrases", "poor feedback scores")),
    "score_trend": (QT_TRANSLATE_NOOP("Phrases", "feedback improving"),
                   QT_TRANSLATE_NOOP("Phrases", "feedback worsening")),
}

# a computed column's plain name where it is shown by name (a drift check); the churn score is tracked there too
NAMES: dict[str, str] = {
    "tenure_days": QT_TRANSLATE_NOOP("Features", "time as a customer"),
    "age_years": QT_TRANSLATE_NOOP("Features", "age"),
    "days_since_activity": QT_TRANSLATE_NOOP("Features", "days since last activity"),
    "days_since_event": QT_TRANSLATE_NOOP("Features", "days since last product use"),
    "events_4w": QT_TRANSLATE_NOOP("Features", "product use (4 weeks)"),
    "events_12w": QT_TRANSLATE_NOOP("Features", "product use (12 weeks)"),
    "usage_trend": QT_TRANSLATE_NOOP("Features", "usage trend"),
    "logins_4w": QT_TRANSLATE_NOOP("Features", "logins (4 weeks)"),
    "login_trend": QT_TRANSLATE_NOOP("Features", "login trend"),
    "usage_growth_8w": QT_TRANSLATE_NOOP("Features", "usage growth (8 weeks)"),
    "features_used_12w": QT_TRANSLATE_NOOP("Features", "features used (12 weeks)"),
    "days_since_purchase": QT_TRANSLATE_NOOP("Features", "days since last purchase"),
    "purchases_12w": QT_TRANSLATE_NOOP("Features", "purchases (12 weeks)"),
    "purchases_52w": QT_TRANSLATE_NOOP("Features", "purchases (52 weeks)"),
    "spend_12w": QT_TRANSLATE_NOOP("Features", "spend (12 weeks)"),
    "spend_52w": QT_TRANSLATE_NOOP("Features", "spend (52 weeks)"),
    "spend_trend": QT_TRANSLATE_NOOP("Features", "spend trend"),
    "small_orders_12w": QT_TRANSLATE_NOOP("Features", "small add-on orders (12 weeks)"),
    "small_order_trend": QT_TRANSLATE_NOOP("Features", "small add-on order trend"),
    "late_payments_26w": QT_TRANSLATE_NOOP("Features", "late payments (26 weeks)"),
    "payment_delay_days": QT_TRANSLATE_NOOP("Features", "payment delay in days"),
    "overdue_invoices": QT_TRANSLATE_NOOP("Features", "overdue invoices"),
    "tickets_4w": QT_TRANSLATE_NOOP("Features", "support tickets (4 weeks)"),
    "tickets_per_month": QT_TRANSLATE_NOOP("Features", "support tickets per month"),
    "ticket_trend": QT_TRANSLATE_NOOP("Features", "support ticket trend"),
    "open_tickets": QT_TRANSLATE_NOOP("Features", "open support tickets"),
    "resolution_days": QT_TRANSLATE_NOOP("Features", "ticket resolution time in days"),
    "early_tickets": QT_TRANSLATE_NOOP("Features", "tickets in the first three months"),
    "score_12w": QT_TRANSLATE_NOOP("Features", "feedback score (12 weeks)"),
    "score_trend": QT_TRANSLATE_NOOP("Features", "feedback score trend"),
    "btyd_p_alive": QT_TRANSLATE_NOOP("Features", "chance of still buying (buy-till-you-die)"),
    "btyd_expected_purchases": QT_TRANSLATE_NOOP("Features", "expected purchases (buy-till-you-die)"),
    "churn_risk": QT_TRANSLATE_NOOP("Features", "churn risk"),
}


def plain_name(column: str) -> str:
    """A computed column's plain English name; a column from the user's own export keeps its own name."""
    return NAMES.get(column, column)

# a customer with no rows in a table has zero of these, and no change in these
COUNTS = {"events_4w", "events_12w", "logins_4w", "features_used_12w", "purchases_12w", "purchases_52w",
          "spend_12w", "spend_52w", "small_orders_12w", "late_payments_26w", "overdue_invoices", "tickets_4w",
          "tickets_per_month", "early_tickets", "open_tickets"}
TRENDS = {"usage_trend", "usage_growth_8w", "login_trend", "spend_trend", "small_order_trend", "ticket_trend"}

# Order lines: the import derives these two transaction columns (by these meanings) where the export
# has quantities and unit prices, cancellations, returns or lines that sell nothing.
LINE_VALUE = "line_value"  # quantity × unit price: what one line is worth when the export has no line total
LINE_TYPE = "line_type"  # one of LineType; a table without the column holds product lines only
ORDER_ID = "order_id"  # the shop's order/invoice number: lines with one number are one purchase
VALUE_MEANINGS = (LINE_VALUE, "amount", "unit_price")  # what a transaction is worth, best first


class LineType(StrEnum):
    """What one transaction line is: only product lines are purchases and activity."""

    PRODUCT = "product"
    CANCELLATION = "cancellation"  # a cancelled or returned line: netted out of spend
    NON_PRODUCT = "non_product"  # postage, fees, manual adjustments, discounts: neither purchase nor spend


# Tables whose times of day something reads: contact timing (tickets, purchases), resolution hours (tickets).
# A usage log's are never read, so it is held once, in days (its date-times were 0.4 GB at 50M events).
TIMES_USED = (TableKind.INTERACTIONS, TableKind.TRANSACTIONS)

PRIMARY_DATE = {
    TableKind.TRANSACTIONS: ("closed", "event", "created", "paid", "due"),
    TableKind.INTERACTIONS: ("created", "event", "closed"),
    TableKind.USAGE: ("event", "created", "last_activity"),
}


@dataclass
class ProjectData:
    """The stored analysis tables and what their columns mean; opted-out customers excluded."""

    tables: dict[TableKind, pl.DataFrame]
    schema: dict[str, dict[str, dict[str, Any]]]
    # the same rows, date-times with their times, of the tables whose times are read (:data:`TIMES_USED`)
    timed: dict[TableKind, pl.DataFrame] = field(default_factory=dict)
    # made once per load: training asks for them at every cutoff, and each is a pass over every event
    _activity: pl.DataFrame | None = field(default=None, init=False, repr=False, compare=False)
    _seen: pl.DataFrame | None = field(default=None, init=False, repr=False, compare=False)
    _starts: pl.DataFrame | None = field(default=None, init=False, repr=False, compare=False)
    _keys: pl.Series | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, store: ProjectStore, pending: Mapping[str, pl.DataFrame] | None = None,
             schema: Mapping[str, Mapping[str, Mapping[str, object]]] | None = None) -> "ProjectData":
        """``pending`` and ``schema``: the tables and schema a commit is about to write (an import's), read in place
        of the stored ones, so what is computed from them can ride on that same commit."""
        ahead = dict(pending or {})

        def has(name: str) -> bool:
            return name in ahead or store.has_table(name)

        def read(name: str) -> pl.DataFrame:
            return ahead[name] if name in ahead else store.read_table(name)

        excluded = pl.Series(KEY, [], pl.UInt32)
        if has(Table.OPTOUTS) and has(Table.SUBJECTS):
            register = read(Table.OPTOUTS)["eid"]
            subjects = read(Table.SUBJECTS)
            excluded = subjects.filter(pl.col("eid").is_in(register.implode()))[KEY]
        stored_rows = {  # rows of no customer (a ticket log without customer IDs) are nobody's to exclude: they stay
            kind: read(kind.value).filter(not_among(excluded))
            for kind in TableKind if has(kind.value)
        }
        tables = {kind: _as_dates(frame) for kind, frame in stored_rows.items()}
        timed = {kind: frame if kind in TIMES_USED else tables[kind] for kind, frame in stored_rows.items()}
        stored = store.meta(Meta.SCHEMA, {}) if schema is None else {
            kind: {column: dict(spec) for column, spec in columns.items()} for kind, columns in schema.items()}
        return cls(tables, stored, timed)._with_one_event_date()

    def with_times(self) -> ProjectData:
        """The same data with each date-time's time of day kept (contact timing needs the hour, features the day)."""
        return ProjectData(self.timed, self.schema)._with_one_event_date()

    def _with_one_event_date(self) -> ProjectData:
        """Two exports of one kind that name a date differently ('Create Date' in the CRM's tickets, 'Opened' in a help
        desk's log) are stored as one table with two half-empty columns of one meaning: a row's event date is the
        first of them it has, so every row is counted, whichever export it came from."""
        for kind, column in self.event_columns().items():
            twins = [c for c in self.columns(kind, Role.DATE)
                     if c != column and self.meaning(kind, c) == self.meaning(kind, column)]
            if twins:
                self.tables[kind] = self.tables[kind].with_columns(pl.coalesce(column, *twins).alias(column))
        return self

    def column(self, kind: TableKind, role: Role, meanings: tuple[str, ...], *, fallback: bool = False) -> str | None:
        """The column of ``role`` whose meaning comes first in ``meanings``; with ``fallback``,
        else the first column of that role."""
        columns = self.columns(kind, role)
        for meaning in meanings:
            for column in columns:
                if self.meaning(kind, column) == meaning:
                    return column
        return columns[0] if fallback and columns else None

    def columns(self, kind: TableKind, role: Role) -> list[str]:
        present = self.tables[kind].columns if kind in self.tables else []
        return [c for c, spec in self.schema.get(kind.value, {}).items() if spec["role"] == role.value and c in present]

    def meaning(self, kind: TableKind, column: str) -> str | None:
        return self.schema.get(kind.value, {}).get(column, {}).get("meaning")

    def event_date(self, kind: TableKind) -> str | None:
        return self.column(kind, Role.DATE, PRIMARY_DATE[kind], fallback=True)

    def event_columns(self) -> dict[TableKind, str]:
        """The event tables held, each with its event-date column."""
        return {kind: column for kind in PRIMARY_DATE if (column := self.event_date(kind))}

    def event_tables(self) -> list[TableKind]:
        return list(self.event_columns())

    @property
    def has_history(self) -> bool:
        return bool(self.event_tables())

    def events(self, kind: TableKind) -> pl.DataFrame:
        """A table's rows that are customer activity: of transactions, the purchases only."""
        return self.purchase_lines() if kind is TableKind.TRANSACTIONS else self.owned(kind)

    def owned(self, kind: TableKind) -> pl.DataFrame:
        """A table's rows that belong to a customer.  A ticket log without customer IDs is stored under no key:
        its tickets are nobody's activity or features; only the ticket forecast (all of ``tables``) counts them."""
        return self.tables[kind].filter(pl.col(KEY).is_not_null())

    def purchase_lines(self) -> pl.DataFrame:
        """Transaction lines that are purchases: not cancelled or returned, not postage, fees or adjustments.
        (What "a non-cancelled purchase" means for features and labels alike.)"""
        table = self.tables[TableKind.TRANSACTIONS]
        line_type = self.column(TableKind.TRANSACTIONS, Role.CATEGORY, (LINE_TYPE,))
        return table if line_type is None else table.filter(pl.col(line_type).fill_null(LineType.PRODUCT) == LineType.PRODUCT)

    def value_column(self) -> str | None:
        """What a transaction line is worth: its derived line value, else its amount, else its unit price."""
        return self.column(TableKind.TRANSACTIONS, Role.NUMBER, VALUE_MEANINGS, fallback=True)

    def orders(self, date_column: str) -> pl.LazyFrame:
        """One row per order (per line where lines carry no order number): customer_key, day, value, purchase.

        ``value`` nets cancellations out (a cancelled line counts against spend whatever its sign) and leaves
        non-product lines out; ``purchase`` is whether the order holds at least one product line."""
        kind = TableKind.TRANSACTIONS
        value_col = self.value_column()
        line_type = self.column(kind, Role.CATEGORY, (LINE_TYPE,))
        order_col = self.column(kind, Role.CATEGORY, (ORDER_ID,))
        value = pl.col(value_col).cast(pl.Float64) if value_col else pl.lit(None, pl.Float64)
        lines = self.tables[kind].lazy().select(KEY, pl.col(date_column).alias("day"), value.alias("value"),
                                                *([pl.col(order_col).alias("order")] if order_col else []),
                                                *([pl.col(line_type).alias("line_type")] if line_type else []))
        if line_type:
            kind_of = pl.col("line_type").fill_null(LineType.PRODUCT)
            lines = lines.with_columns(
                pl.when(kind_of == LineType.CANCELLATION).then(-pl.col("value").abs())
                .when(kind_of == LineType.PRODUCT).then(pl.col("value")).otherwise(0.0).alias("value"),
                (kind_of == LineType.PRODUCT).alias("purchase"))
        else:
            lines = lines.with_columns(pl.lit(True).alias("purchase"))
        if not order_col:
            return lines.select(KEY, "day", "value", "purchase")
        return lines.group_by(KEY, "order").agg(pl.col("day").min(), exact_sum(pl.col("value")), pl.col("purchase").any()).drop("order")

    def activity(self) -> pl.DataFrame:
        """Every dated event of every customer: (customer_key, day) — the basis of 'active' and 'churned'."""
        if self._activity is None:
            parts = [self.events(k).select(KEY, pl.col(column).alias("day")).drop_nulls()
                     for k, column in self.event_columns().items()]
            self._activity = pl.concat(parts) if parts else pl.DataFrame(schema={KEY: pl.UInt32, "day": pl.Date})
        return self._activity

    def seen(self) -> pl.DataFrame:
        """Each customer's first and last day of activity (customer_key, first_seen, last_seen): one pass over
        every event serves when customers began and when those marked as gone were last seen."""
        if self._seen is None:
            self._seen = _first_and_last(self.activity())
        return self._seen

    def starts(self) -> pl.DataFrame:
        """When each customer began: the customers table's creation date, else the first event."""
        if self._starts is None:
            first_seen = self.seen().select(KEY, "first_seen")
            created = self.column(TableKind.CUSTOMERS, Role.DATE, ("created",))
            self._starts = first_seen.rename({"first_seen": "start"}) if not created else (
                self.tables[TableKind.CUSTOMERS].select(KEY, pl.col(created).alias("start"))
                .join(first_seen, on=KEY, how="full", coalesce=True)
                .select(KEY, pl.coalesce("start", "first_seen").alias("start")))
        return self._starts

    def first(self) -> date | None:
        """The first day the customer data covers: the earliest event of a customer in any event table."""
        return _day(self.activity()["day"].min())

    def end(self) -> date | None:
        """The last day the customer data covers: the latest event of a customer in any event table."""
        days = [day for k, column in self.event_columns().items() if (day := _day(self.owned(k)[column].max()))]
        return max(days) if days else None

    def has_customers(self) -> bool:
        """Whether any row belongs to a customer: what the keys would tell, without finding every distinct one
        (0.5 s over the 31M rows of four tables)."""
        return any(table[KEY].null_count() < table.height for table in self.tables.values())

    def customer_keys(self) -> pl.Series:
        """Every customer with a row in any table, found once per load: features at each cutoff start from
        them, and finding them is a pass over every row (0.6 s per cutoff over the 31M rows of four tables)."""
        if self._keys is None:
            keys = [t[KEY] for t in self.tables.values()]
            self._keys = distinct_values(pl.concat(keys)).sort() if keys else pl.Series(KEY, [], pl.UInt32)
        return self._keys


def _first_and_last(activity: pl.DataFrame) -> pl.DataFrame:
    """Each customer's earliest and latest day (customer_key, first_seen, last_seen)."""
    first, last = extreme_days(activity, "day", np.minimum), extreme_days(activity, "day", np.maximum)
    return keyed(first, np.minimum, "first_seen").join(keyed(last, np.maximum, "last_seen"), on=KEY)


def _day(value: object) -> date | None:
    """A date column's minimum or maximum, which polars types as any value a column can hold."""
    return value if isinstance(value, date) else None


def _as_dates(frame: pl.DataFrame) -> pl.DataFrame:
    """Features work in days; datetimes become dates once, up front."""
    return frame.with_columns(pl.col(pl.Datetime).dt.date())


@dataclass
class FeatureSet:
    """Features of one population at one cutoff."""

    frame: pl.DataFrame  # customer_key + numeric + categorical columns
    numeric: list[str]
    categorical: list[str]
    cutoff: date | None
    descriptions: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return self.numeric + self.categorical


def _in(day: pl.Expr, cutoff: date, newest_days_ago: int, oldest_days_ago: int) -> pl.Expr:
    """Rows dated in (cutoff - oldest, cutoff - newest]."""
    return (day > cutoff - timedelta(days=oldest_days_ago)) & (day <= cutoff - timedelta(days=newest_days_ago))


def _trend(recent: str, earlier: str, recent_weeks: int, earlier_weeks: int, smoothing: float) -> pl.Expr:
    """Weekly rate now vs before, smoothed so one event more or less does not swing it."""
    return (pl.col(recent) / recent_weeks + smoothing) / (pl.col(earlier) / earlier_weeks + smoothing)


def _days_since(column: str, cutoff: date) -> pl.Expr:
    return ((pl.lit(cutoff) - pl.col(column)).dt.total_days()).clip(0, DAYS_CAP).fill_null(DAYS_CAP).cast(pl.Float64)


def _one_of(values: pl.Series, pattern: str) -> pl.Expr:
    """Whether a row's value matches ``pattern`` (case-insensitive), decided once per distinct value: an
    event log repeats a handful of event types over millions of rows (0.3 s per cutoff at 10M rows)."""
    distinct = distinct_values(values)
    return pl.col(values.name).is_in(distinct.filter(distinct.str.to_lowercase().str.contains(pattern)).implode()
                                     ).fill_null(False)


USAGE_WINDOW_DAYS = 112  # the oldest edge of any usage window below; older events only date the last one


def _usage(data: ProjectData, cutoff: date) -> pl.DataFrame | None:
    """Usage as of the cutoff.  The windowed counts are taken over the events of the last 112 days only (older
    ones count in no window): a tenth of a long log, where every count over every event cost 0.9 s per cutoff
    at ten million events; all events up to the cutoff are read once, for the last one's date, a slice at a time
    (:func:`per_key.extreme_days`; filtering them first held a copy: 1.0-1.2 GB at 50M events)."""
    column = data.event_date(TableKind.USAGE)
    if not column:
        return None
    table = data.tables[TableKind.USAGE]
    day = pl.col(column)
    kind_col = data.column(TableKind.USAGE, Role.CATEGORY, ("event_type",), fallback=True)
    feature_col = data.column(TableKind.USAGE, Role.CATEGORY, ("feature",))
    counts = [
        _in(day, cutoff, 0, 28).sum().alias("events_4w"),
        _in(day, cutoff, 0, 84).sum().alias("events_12w"),
        _in(day, cutoff, 28, 112).sum().alias("events_prev12w"),
        _in(day, cutoff, 0, 56).sum().alias("events_8w"),
        _in(day, cutoff, 56, 112).sum().alias("events_prev8w"),
    ]
    if kind_col:
        login = _one_of(table[kind_col], "log ?in|sign ?in|session")
        counts += [(login & _in(day, cutoff, 0, 28)).sum().alias("logins_4w"),
                   (login & _in(day, cutoff, 28, 112)).sum().alias("logins_prev12w")]
    if feature_col:
        used = pl.when(_in(day, cutoff, 0, 84)).then(pl.col(feature_col)).drop_nulls()  # an event naming no feature used none
        counts.append(used.n_unique().alias("features_used_12w"))
    names = [count.meta.output_name() for count in counts]
    recent = table.lazy().filter(_in(day, cutoff, 0, USAGE_WINDOW_DAYS)).group_by(KEY).agg(counts)
    last = keyed(extreme_days(table, column, np.maximum, until=cutoff), np.maximum, "last_event")
    grouped = last.lazy().join(recent, on=KEY, how="left").with_columns(pl.col(names).fill_null(0))
    derived = [
        _days_since("last_event", cutoff).alias("days_since_event"),
        _trend("events_4w", "events_prev12w", 4, 12, 0.25).alias("usage_trend"),
        _trend("events_8w", "events_prev8w", 8, 8, 0.25).alias("usage_growth_8w"),
    ]
    if kind_col:
        derived.append(_trend("logins_4w", "logins_prev12w", 4, 12, 0.25).alias("login_trend"))
    drop = ["last_event", "events_prev12w", "events_8w", "events_prev8w"] + (["logins_prev12w"] if kind_col else [])
    return grouped.with_columns(derived).drop(drop).collect()


def _ages(frame: pl.DataFrame, column: str, cutoff: date) -> np.ndarray:
    """Each row's days before the cutoff (its dates are on or before it, none missing), as 32-bit numbers: the
    arrays of a few million rows are held side by side while a table's features are counted."""
    return np.int32(day_number(cutoff)) - frame[column].cast(pl.Date).cast(pl.Int32).to_numpy()


def _within(ages: np.ndarray, newest_days_ago: int, oldest_days_ago: int) -> np.ndarray:
    """Rows dated in (cutoff - oldest, cutoff - newest], as :func:`_in` says it of a column."""
    return (ages >= newest_days_ago) & (ages < oldest_days_ago)


# the purchase counts, spend sums and small-order counts of transaction features: days before the cutoff
PURCHASES = {"purchases_12w": (0, 84), "purchases_52w": (0, 364), "purchases_4w": (0, 28),
             "purchases_prev12w": (28, 112)}
SPEND = {"spend_12w": (0, 84), "spend_52w": (0, 364), "spend_4w": (0, 28), "spend_prev12w": (28, 112)}
SMALL_ORDERS = {"small_orders_12w": (0, 84), "small_orders_prev12w": (84, 168)}


def _transactions(data: ProjectData, cutoff: date) -> pl.DataFrame | None:
    """Purchases and spend as of the cutoff, for every customer with an order by then.  Counted at each key's
    place in an array (:mod:`per_key`), over the orders of the last 52 weeks (older ones count in no window
    and only date the last purchase): 1.2–1.7 s per cutoff for 15.8M deal lines, payments included, where a
    ``group_by`` of every order up to the cutoff took 1.8–2.1 s."""
    kind = TableKind.TRANSACTIONS
    column = data.event_date(kind)
    if not column:
        return None
    day, bought = pl.col("day"), pl.col("purchase")
    orders = data.orders(column).collect()
    last_order = extreme_days(orders, "day", np.maximum, until=cutoff)
    last_purchase = extreme_days(orders, "day", np.maximum, until=cutoff, only="purchase")
    valued = data.value_column() is not None
    median = (orders.lazy().filter(bought & (day <= cutoff)).select(pl.col("value").median()).collect().item()
              if valued else None)
    small = (pl.col("value") <= median).fill_null(False) if median is not None else pl.lit(False)  # no amount: none small
    size = len(last_order)

    def figures(part: pl.DataFrame) -> dict[str, np.ndarray]:
        recent = part.filter(pl.col(KEY).is_not_null() & _in(day, cutoff, 0, 364)).select(
            KEY, "day", bought, pl.col("value").fill_null(0.0), small.alias("small"))  # a missing amount adds nothing
        tally, ages = Tally.of(recent, size), _ages(recent, "day", cutoff)
        purchase = recent["purchase"].to_numpy()
        found = {name: tally.count(purchase & _within(ages, newest, oldest)) for name, (newest, oldest) in PURCHASES.items()}
        if valued:
            value = recent["value"].to_numpy()
            small_orders = recent["small"].to_numpy() & purchase
            found |= {name: tally.total(value, _within(ages, newest, oldest)) for name, (newest, oldest) in SPEND.items()}
            found |= {name: tally.count(small_orders & _within(ages, newest, oldest))
                      for name, (newest, oldest) in SMALL_ORDERS.items()}
        return found

    columns = {"last_purchase": last_purchase, **added_up(orders, figures)}
    derived = [_days_since("last_purchase", cutoff).alias("days_since_purchase")]
    drop = ["last_purchase", "purchases_4w", "purchases_prev12w"]
    if valued:
        columns |= {name: np.maximum(columns[name], 0.0) for name in SPEND}  # net of cancellations, never below nothing
        derived += [
            _trend("spend_4w", "spend_prev12w", 4, 12, 1.0).alias("spend_trend"),
            _trend("small_orders_12w", "small_orders_prev12w", 12, 12, 0.25).alias("small_order_trend"),
        ]
        drop += ["spend_4w", "spend_prev12w", "small_orders_prev12w"]
    else:
        derived.append(_trend("purchases_4w", "purchases_prev12w", 4, 12, 0.25).alias("spend_trend"))
    present = np.flatnonzero(last_order != NEVER[np.maximum])
    grouped = frame_of(present, columns).with_columns(
        pl.col("last_purchase").replace(NEVER[np.maximum], None).cast(pl.Date)).with_columns(derived).drop(drop)
    payments = _payments(data, cutoff)
    return grouped if payments is None else grouped.hstack(aligned(payments, grouped[KEY]))


def _payments(data: ProjectData, cutoff: date) -> pl.DataFrame | None:
    """Lateness as it was known at the cutoff: an invoice paid after the cutoff counts as unpaid then.  Counted a
    slice of the table at a time (:func:`per_key.added_up`)."""
    kind = TableKind.TRANSACTIONS
    due_col = data.column(kind, Role.DATE, ("due",))
    paid_col = data.column(kind, Role.DATE, ("paid",))
    if not due_col or not paid_col:
        return None
    due, paid = pl.col(due_col), pl.col(paid_col)
    paid_by_cutoff = pl.when(paid <= cutoff).then(paid).otherwise(None)
    table = data.tables[kind]
    size = span(table)

    def figures(part: pl.DataFrame) -> dict[str, np.ndarray]:
        invoices = part.filter(pl.col(KEY).is_not_null() & (due < cutoff)).select(
            KEY, due, (paid_by_cutoff.is_null() | (paid_by_cutoff > due)).alias("late"),
            paid_by_cutoff.is_null().alias("open"),
            (paid_by_cutoff.fill_null(pl.lit(cutoff)) - due).dt.total_days().clip(0).cast(pl.Float64).alias("delay"))
        tally, window = Tally.of(invoices, size), _within(_ages(invoices, due_col, cutoff), 0, 182)
        return {"invoices": tally.rows(), "late_payments_26w": tally.count(window & invoices["late"].to_numpy()),
                "delay": tally.total(invoices["delay"].to_numpy(), window), "recent": tally.count(window),
                "overdue_invoices": tally.count(invoices["open"].to_numpy())}

    totals = added_up(table, figures)
    columns = {"late_payments_26w": totals["late_payments_26w"], "overdue_invoices": totals["overdue_invoices"],
               "payment_delay_days": mean(totals["delay"], totals["recent"])}
    return frame_of(np.flatnonzero(totals["invoices"]), columns, means=("payment_delay_days",))


SCORE_WINDOWS = {"score_12w": (0, 84), "score_before": (84, 364)}  # ticket scores averaged: days before the cutoff


def _interactions(data: ProjectData, cutoff: date) -> pl.DataFrame | None:
    """Tickets as of the cutoff, for every customer with a ticket by then, counted at each key's place in an
    array a slice of the table at a time (:mod:`per_key`): 0.4–0.8 s per cutoff for 5.4M tickets, where a
    ``group_by`` took 0.6–1.4 s."""
    kind = TableKind.INTERACTIONS
    column = data.event_date(kind)
    if not column:
        return None
    closed_col = data.column(kind, Role.DATE, ("closed",))
    score_col = data.column(kind, Role.NUMBER, ("score",))
    closing = closed_col if closed_col != column else None
    table, starts, today = data.tables[kind], data.starts(), day_number(cutoff)
    size = span(table, starts)
    # a customer never started has no early tickets: the days since a start of NEVER are far below zero (and
    # past the 32-bit range, for a ticket before 1970, far above 90)
    start = np.full(size, NEVER[np.minimum], dtype=np.int32)
    start[starts[KEY].to_numpy()] = starts["start"].cast(pl.Int32).fill_null(NEVER[np.minimum]).to_numpy()

    def figures(part: pl.DataFrame) -> dict[str, np.ndarray]:
        tickets = part.filter(pl.col(KEY).is_not_null() & (pl.col(column) <= cutoff)).select(
            KEY, column, *([pl.col(closing).alias("closed")] if closing else []),
            *([pl.col(score_col).cast(pl.Float64).alias("score")] if score_col else []))
        tally, ages = Tally.of(tickets, size), _ages(tickets, column, cutoff)
        with np.errstate(over="ignore"):
            since_start = np.int32(today) - ages - start[tally.keys]
        found = {"tickets": tally.rows(), "tickets_4w": tally.count(_within(ages, 0, 28)),
                 "tickets_52w": tally.count(_within(ages, 0, 364)), "tickets_prev12w": tally.count(_within(ages, 28, 112)),
                 "early_tickets": tally.count((since_start >= 0) & (since_start <= 90))}
        if closing:
            closed = tickets["closed"].cast(pl.Date).cast(pl.Int32).cast(pl.Float64).to_numpy()  # missing: NaN
            settled = closed <= today
            resolved = _within(ages, 0, 84) & settled
            found |= {"open_tickets": tally.count(~settled), "resolved": tally.count(resolved),
                      "resolution": tally.total(closed - (today - ages), resolved)}
        if score_col:
            score = tickets["score"].to_numpy()
            scored = ~np.isnan(score)  # a missing score; a NaN one is missing too
            for name, (newest, oldest) in SCORE_WINDOWS.items():
                where = _within(ages, newest, oldest) & scored
                found |= {name: tally.total(score, where), f"{name}_scored": tally.count(where)}
        return found

    totals = added_up(table, figures)
    columns = {name: totals[name] for name in ("tickets_4w", "tickets_52w", "tickets_prev12w", "early_tickets")}
    means = []
    if closing:
        columns |= {"open_tickets": totals["open_tickets"],
                    "resolution_days": mean(totals["resolution"], totals["resolved"])}
        means.append("resolution_days")
    if score_col:
        columns |= {name: mean(totals[name], totals[f"{name}_scored"]) for name in SCORE_WINDOWS}
        means += list(SCORE_WINDOWS)
    grouped = frame_of(np.flatnonzero(totals["tickets"]), columns, tuple(means)).with_columns(
        (pl.col("tickets_52w") / 12).alias("tickets_per_month"),
        _trend("tickets_4w", "tickets_prev12w", 4, 12, 0.25).alias("ticket_trend"),
    ).drop("tickets_52w", "tickets_prev12w")
    if score_col:
        grouped = grouped.with_columns((pl.col("score_12w") - pl.col("score_before")).alias("score_trend")).drop("score_before")
    return grouped


def _static(data: ProjectData, cutoff: date | None) -> tuple[pl.DataFrame | None, list[str], list[str]]:
    """Customer attributes: numbers, low-cardinality categories, tenure and age."""
    kind = TableKind.CUSTOMERS
    if kind not in data.tables:
        return None, [], []
    table = data.tables[kind]
    numeric = [c for c in data.columns(kind, Role.NUMBER)]
    categorical = [c for c in data.columns(kind, Role.CATEGORY) if table[c].n_unique() <= MAX_CATEGORIES]
    exprs = [pl.col(c).cast(pl.Float64) for c in numeric] + [pl.col(c).cast(pl.String) for c in categorical]
    created = data.column(kind, Role.DATE, ("created",))
    birth = data.column(kind, Role.DATE, ("birth",))
    reference = cutoff or table.select([pl.col(c).max() for c in data.columns(kind, Role.DATE)] or [pl.lit(None)]).max_horizontal().item()
    if created and reference:
        exprs.append(((pl.lit(reference) - pl.col(created)).dt.total_days()).cast(pl.Float64).alias("tenure_days"))
        numeric.append("tenure_days")
    if birth and reference:
        exprs.append(((pl.lit(reference) - pl.col(birth)).dt.total_days() / 365.25).alias("age_years"))
        numeric.append("age_years")
    return table.select(KEY, *exprs), numeric, categorical


def _filled(column: str) -> pl.Expr:
    """A computed column, as a float, where a customer has no rows: none counted, no change, the longest silence.
    (A column of the customers table is never filled in: its missing values are the export's.)"""
    value = pl.col(column)
    if column in COUNTS:
        value = value.fill_null(0)
    elif column in TRENDS:
        value = value.fill_null(1.0)
    elif column.startswith("days_since"):
        value = value.fill_null(DAYS_CAP)
    return value.cast(pl.Float64)


def _placed(part: pl.DataFrame | None, keys: pl.Series) -> pl.DataFrame | None:
    """A computed part's columns, one row for each of ``keys`` in order, filled in (:func:`_filled`).  The part
    as computed goes when this returns, before the next is computed."""
    return None if part is None else aligned(part, keys).select(_filled(c) for c in part.columns if c != KEY)


def build_features(data: ProjectData, cutoff: date | None, keys: pl.Series | None = None) -> FeatureSet:
    """Features for ``keys`` (default: every known customer) as of ``cutoff``.

    ``cutoff`` None means a static snapshot: customer attributes only.
    """
    keys = data.customer_keys() if keys is None else keys
    frame = keys.to_frame(KEY)
    static, numeric, categorical = _static(data, cutoff)
    if static is not None:
        frame = frame.hstack(aligned(static, keys))
    if cutoff is not None:
        for computed in (_usage, _transactions, _interactions):
            part = _placed(computed(data, cutoff), keys)
            if part is not None:
                frame = frame.hstack(part)
                numeric += part.columns
    descriptions = {c: described(c) for c in numeric}
    return FeatureSet(frame, numeric, categorical, cutoff, descriptions)
