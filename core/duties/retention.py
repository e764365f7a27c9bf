"""Retention: per-table storage limits (GDPR Art. 5(1)(e)), a deadline view, and a cleanup that really deletes.

Policies live in the project (``store.meta(Meta.RETENTION)``) so every copy of a
project carries its own limits.  The cleanup is planned first (pure: it says
what would go) and executed second in one commit; the store then deletes the
replaced table files, whose data keys exist nowhere any more, so the removed
rows cannot be recovered even with the passphrase.

The customers policy removes an inactive customer from *every* table,
transactions included: Prevista holds an analysis copy, not the books of
record, so the bookkeeping period protects transactions only of customers
who are still within the customers policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

import polars as pl

from prevista.core.analytics.segments import refresh_segments
from prevista.core.ingest.mapping import Role
from prevista.core.project.settings import min_segment_size, purpose_record
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.schema import KEY, PER_CUSTOMER, Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore

POLICY_VERSION = 1
MAX_MONTHS = 1200
UPCOMING_MONTHS = 12
MAX_BASIS_CHARS = 300

DEFAULT_POLICIES: dict[str, dict[str, Any]] = {
    TableKind.CUSTOMERS.value: {"months": 36, "basis": "no longer needed for the analysis 36 months after the "
                                                       "customer's last activity"},
    TableKind.TRANSACTIONS.value: {"months": 120, "basis": "bookkeeping period (10 years by default; set it to "
                                                            "the period your country's law requires)"},
    TableKind.INTERACTIONS.value: {"months": 24, "basis": "24 months after the ticket was closed (or created, "
                                                           "when it has no closure date)"},
    TableKind.USAGE.value: {"months": 24, "basis": "24 months after the usage event"},
}

# which date a row's retention counts from: the first of these meanings that the row has
_EXPIRY_MEANINGS: dict[TableKind, tuple[str, ...]] = {
    TableKind.TRANSACTIONS: ("closed", "event", "created", "paid", "due"),
    TableKind.INTERACTIONS: ("closed", "created", "event"),
    TableKind.USAGE: ("event", "created", "last_activity"),
}
_NOT_ACTIVITY = {"birth"}  # a customer's birthday says nothing about when they last dealt with the business


# ----- policies -------------------------------------------------------------------------------
def policies(store: ProjectStore) -> dict[str, dict[str, Any]]:
    """The project's policies over the defaults: a table nobody configured still has a limit."""
    stored = store.meta(Meta.RETENTION, {}).get("tables", {})
    return {table: {**default, **stored.get(table, {})} for table, default in DEFAULT_POLICIES.items()}


def _check_policy(table: str, months: Any, basis: Any) -> None:
    if table not in DEFAULT_POLICIES:
        raise ParameterError(f"The 'table' parameter of set_policy must be one of {sorted(DEFAULT_POLICIES)}. "
                             f"Got {table!r} instead.")
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= MAX_MONTHS:
        raise ParameterError(f"The 'months' parameter of set_policy must be an int in the range [1, {MAX_MONTHS}]. "
                             f"Got {months!r} instead.")
    if not isinstance(basis, str) or not basis.strip() or len(basis) > MAX_BASIS_CHARS:
        raise ParameterError(f"The 'basis' parameter of set_policy must be a non-empty text of at most "
                             f"{MAX_BASIS_CHARS} characters (why this period: a law, a contract, a need).")


def set_policy(store: ProjectStore, table: str, months: int, basis: str, *, operator: str) -> dict[str, Any]:
    """Change one table's limit; the log keeps the old and new period so a DPO sees who shortened or extended it."""
    _check_policy(table, months, basis)
    before = policies(store)[table]
    stored = store.meta(Meta.RETENTION, {}).get("tables", {})
    stored[table] = {"months": months, "basis": basis.strip()}
    entry = store.commit(meta={Meta.RETENTION: {"version": POLICY_VERSION, "tables": stored}}, log_record={
        "action": Action.RETENTION_POLICY_SET, "operator": operator, **purpose_record(store),
        "details": {"table": table, "months_before": before["months"], "months": months, "basis": basis.strip()},
    })
    return {"table": table, "months": months, "basis": basis.strip(), "log_entry": entry["seq"]}


# ----- expiry dates ---------------------------------------------------------------------------
def _date_columns(store: ProjectStore, kind: TableKind, frame: pl.DataFrame) -> dict[str, str]:
    """column → meaning for the table's stored date columns, from the schema saved at import."""
    schema = store.meta(Meta.SCHEMA, {}).get(kind.value, {})
    return {c: spec.get("meaning") or "event" for c, spec in schema.items()
            if spec["role"] == Role.DATE.value and c in frame.columns}


def _row_date(store: ProjectStore, kind: TableKind, frame: pl.DataFrame) -> pl.Expr | None:
    """The date an event row's retention counts from, or None when the table has no usable date."""
    columns = _date_columns(store, kind, frame)
    ordered = [c for meaning in _EXPIRY_MEANINGS[kind] for c, m in columns.items() if m == meaning]
    ordered += [c for c in columns if c not in ordered and columns[c] not in _NOT_ACTIVITY]
    return pl.coalesce([pl.col(c).cast(pl.Date) for c in ordered]) if ordered else None


def _last_activity(store: ProjectStore, tables: dict[TableKind, pl.DataFrame]) -> pl.DataFrame:
    """(customer_key, last) — the latest dated trace of each customer in any table, or remembered from
    an earlier cleanup: deleting a customer's expired events must not make them look inactive for longer."""
    parts = [store.read_table(Table.LAST_ACTIVITY)] if store.has_table(Table.LAST_ACTIVITY) else []
    for kind, frame in tables.items():
        if kind is TableKind.CUSTOMERS:
            columns = [c for c, m in _date_columns(store, kind, frame).items() if m not in _NOT_ACTIVITY]
            day = pl.max_horizontal([pl.col(c).cast(pl.Date) for c in columns]) if columns else None
        else:
            day = _row_date(store, kind, frame)
        if day is not None:
            parts.append(frame.select(KEY, day.alias("last")))
    if not parts:
        return pl.DataFrame(schema={KEY: pl.UInt32, "last": pl.Date})
    return pl.concat(parts).drop_nulls().group_by(KEY).agg(pl.col("last").max())


def _expires(day: pl.Expr, months: int) -> pl.Expr:
    return day.dt.offset_by(f"{months}mo")


def _data_tables(store: ProjectStore) -> dict[TableKind, pl.DataFrame]:
    return {kind: store.read_table(kind.value) for kind in TableKind if store.has_table(kind.value)}


def _upcoming(expiry: pl.Series, today: date) -> dict[str, int]:
    """Counts per calendar month for the next twelve months: the deadline view's calendar."""
    horizon = pl.Series([today]).dt.offset_by(f"{UPCOMING_MONTHS}mo")[0]
    soon = expiry.filter((expiry > today) & (expiry <= horizon))
    counts = soon.dt.strftime("%Y-%m").value_counts()
    return {row[0]: int(row[1]) for row in counts.sort(counts.columns[0]).iter_rows()}


def _today(now: datetime | None) -> date:
    return (now or datetime.now(timezone.utc)).date()


def deadlines(store: ProjectStore, now: datetime | None = None) -> dict[str, Any]:
    """What expires when, in counts: rows already past their limit and, per month, those coming up."""
    today = _today(now)
    limits = policies(store)
    tables = _data_tables(store)
    view: dict[str, Any] = {}
    for kind, frame in tables.items():
        if kind is TableKind.CUSTOMERS:
            last = _last_activity(store, tables)
            expiry = last.select(_expires(pl.col("last"), limits[kind.value]["months"]))["last"]
            unit, undated = "customers", 0
        else:
            day = _row_date(store, kind, frame)
            expiry = (frame.select(_expires(day, limits[kind.value]["months"]).alias("x"))["x"]
                      if day is not None else pl.Series("x", [None] * frame.height, pl.Date))
            unit, undated = "rows", int(expiry.null_count())
        expiry = expiry.drop_nulls()
        view[kind.value] = {**limits[kind.value], "unit": unit, "held": int(expiry.len()) + undated,
                            "expired": int((expiry <= today).sum()), "undated": undated,
                            "upcoming": _upcoming(expiry, today)}
    return {"today": today.isoformat(), "tables": view}


def overdue(store: ProjectStore, now: datetime | None = None) -> dict[str, Any]:
    """Whether opening the project should say "cleanup due", with the counts to say it with."""
    return due_in(deadlines(store, now))


def due_in(view: dict[str, Any]) -> dict[str, Any]:
    """The "cleanup due" summary of a :func:`deadlines` view, for callers that show both (one table scan)."""
    expired = {name: table["expired"] for name, table in view["tables"].items() if table["expired"]}
    return {"due": bool(expired), "expired": expired}


# ----- cleanup --------------------------------------------------------------------------------
def without_customers(store: ProjectStore, keys: pl.Series) -> dict[str, pl.DataFrame]:
    """Every per-customer table that holds any of ``keys``, rewritten without them (shared with erasure)."""
    put = {}
    for name in PER_CUSTOMER:
        if store.has_table(name):
            table = store.read_table(name)
            if table[KEY].is_in(keys.implode()).any():
                put[name] = table.filter(~pl.col(KEY).is_in(keys.implode()))
    return put


def model_meta_after_removal(store: ProjectStore, put: dict[str, pl.DataFrame], flag: str,
                             value: Any) -> dict[str, Any]:
    """Mark the card (keeping it otherwise intact) and recount segments from the scores that remain."""
    meta: dict[str, Any] = {}
    card = store.meta(Meta.MODEL_CARD)
    if card is not None:
        meta[Meta.MODEL_CARD] = {**card, flag: value}
    if Table.SCORES in put and store.meta(Meta.SEGMENTS):
        meta[Meta.SEGMENTS] = refresh_segments(store.meta(Meta.SEGMENTS), put[Table.SCORES], min_segment_size(store))
    return meta


@dataclass
class RetentionPlan:
    """What a cleanup would delete; counts only in what it shows, the rewritten tables kept for execution."""

    today: date
    policies: dict[str, dict[str, Any]]
    rows_removed: dict[str, int]
    customers_expired: int
    subjects_dropped: int
    log_seq: int  # the project state the plan was made for
    put: dict[str, pl.DataFrame] = field(repr=False, default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.put

    def summary(self) -> dict[str, Any]:
        return {"today": self.today.isoformat(), "rows_removed": self.rows_removed,
                "customers_expired": self.customers_expired, "subjects_dropped": self.subjects_dropped,
                "months": {table: policy["months"] for table, policy in self.policies.items()}}


def _expired_rows(store: ProjectStore, tables: dict[TableKind, pl.DataFrame], today: date,
                  limits: dict[str, dict[str, Any]]) -> dict[TableKind, pl.DataFrame]:
    """Event tables without their rows past the limit; undated rows stay (nothing says they expired)."""
    kept = {}
    for kind, frame in tables.items():
        day = _row_date(store, kind, frame) if kind is not TableKind.CUSTOMERS else None
        if day is None:
            kept[kind] = frame
            continue
        expired = _expires(day, limits[kind.value]["months"]) <= today
        kept[kind] = frame.filter(~expired.fill_null(False))
    return kept


def _orphans(store: ProjectStore, remaining: dict[TableKind, pl.DataFrame]) -> pl.Series:
    """Subjects with no row left in any data table: their encrypted ID is no longer needed."""
    if not store.has_table(Table.SUBJECTS):
        return pl.Series(KEY, [], pl.UInt32)
    held = [frame[KEY] for frame in remaining.values()]
    keys = pl.concat(held).unique() if held else pl.Series(KEY, [], pl.UInt32)
    return store.read_table(Table.SUBJECTS).filter(~pl.col(KEY).is_in(keys.implode()))[KEY]


def plan_retention(store: ProjectStore, now: datetime | None = None) -> RetentionPlan:
    """Work out the cleanup without writing anything: the dry run is this plan, shown."""
    today, limits = _today(now), policies(store)
    tables = _data_tables(store)
    last = _last_activity(store, tables)
    gone = last.filter(_expires(pl.col("last"), limits[TableKind.CUSTOMERS.value]["months"]) <= today)[KEY]
    remaining = {kind: frame.filter(~pl.col(KEY).is_in(gone.implode()))
                 for kind, frame in _expired_rows(store, tables, today, limits).items()}
    orphans = _orphans(store, remaining)
    put = {kind.value: frame for kind, frame in remaining.items() if frame.height != tables[kind].height}
    for name, frame in without_customers(store, orphans).items():
        put.setdefault(name, frame)
    if orphans.len():
        put[Table.SUBJECTS] = store.read_table(Table.SUBJECTS).filter(~pl.col(KEY).is_in(orphans.implode()))
    rows = {name: store.table_info(name)["rows"] - frame.height for name, frame in put.items()}
    if put:
        put[Table.LAST_ACTIVITY] = last.filter(~pl.col(KEY).is_in(orphans.implode()))
    return RetentionPlan(today, limits, rows, int(gone.len()), int(orphans.len()), store.log_pointer["seq"], put)


def execute_retention(store: ProjectStore, plan: RetentionPlan, *, operator: str) -> dict[str, Any]:
    """Delete what the plan says in one commit (the store shreds the replaced files) and log the counts."""
    if plan.log_seq != store.log_pointer["seq"]:
        raise PrevistaError("The project changed since this cleanup was planned; plan it again.")
    meta = model_meta_after_removal(store, plan.put, "retention_since_training", True) if plan.put else {}
    entry = store.commit(put=plan.put, meta=meta, log_record={
        "action": Action.RETENTION_CLEANUP, "operator": operator, **purpose_record(store), "counts": plan.summary(),
    })
    return {**plan.summary(), "log_entry": entry["seq"]}
