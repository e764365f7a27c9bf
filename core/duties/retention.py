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

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any

import polars as pl

from prevista.core.duties.logged import commit_logged
from prevista.core.erasure.exclusion import Reason, derived_after_removal, without_customers
from prevista.core.ingest.undo import undo_copies
from prevista.core.project.settings import purpose_record
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.schema import KEY, Action, Meta, Role, Table, TableKind, not_among
from prevista.privacy.store import ProjectStore

POLICY_VERSION = 1
MAX_MONTHS = 1200
UPCOMING_MONTHS = 12
MAX_BASIS_CHARS = 300


@dataclass(frozen=True)
class RetentionPolicy:
    """How long one table's rows are kept, and why: the log and the Art. 30 record quote both.

    Stored in the project's metadata as ``{"months": …, "basis": …}`` per table (``to_dict``)."""

    months: int
    basis: str

    def to_dict(self) -> dict[str, Any]:
        return {"months": self.months, "basis": self.basis}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RetentionPolicy:
        return cls(months=int(data["months"]), basis=str(data["basis"]))


DEFAULT_POLICIES: Mapping[str, RetentionPolicy] = {
    # the justifications are stored in English and shown in the window's language (context "Settings")
    TableKind.CUSTOMERS.value: RetentionPolicy(36, QT_TRANSLATE_NOOP(
        "Settings", "no longer needed for the analysis 36 months after the customer's last activity")),
    TableKind.TRANSACTIONS.value: RetentionPolicy(120, QT_TRANSLATE_NOOP(
        "Settings", "bookkeeping period (10 years by default; set it to the period your country's law requires)")),
    TableKind.INTERACTIONS.value: RetentionPolicy(24, QT_TRANSLATE_NOOP(
        "Settings", "24 months after the ticket was closed (or created, when it has no closure date)")),
    TableKind.USAGE.value: RetentionPolicy(24, QT_TRANSLATE_NOOP("Settings", "24 months after the usage event")),
    Table.CAMPAIGN_MEMBERS.value: RetentionPolicy(24, QT_TRANSLATE_NOOP(
        "Settings", "24 months after the campaign's start: long enough to measure it over the exports that follow")),
}
CAMPAIGN_TABLES = (Table.CAMPAIGN_MEMBERS, Table.CAMPAIGN_CONTACTS)  # a campaign's contacts go with its members

# which date a row's retention counts from: the first of these meanings that the row has
_EXPIRY_MEANINGS: dict[TableKind, tuple[str, ...]] = {
    TableKind.TRANSACTIONS: ("closed", "event", "created", "paid", "due"),
    TableKind.INTERACTIONS: ("closed", "created", "event"),
    TableKind.USAGE: ("event", "created", "last_activity"),
}
_NOT_ACTIVITY = {"birth"}  # a customer's birthday says nothing about when they last dealt with the business


# ----- policies -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PolicySet:
    """One table's limit as changed, with the log entry that records the change."""

    table: str
    months: int
    basis: str
    log_entry: int


def _stored(store: ProjectStore) -> dict[str, Any]:
    """The policies someone configured, as stored (``{"version": 1, "tables": {table: policy}}``)."""
    return dict(store.meta(Meta.RETENTION, {}).get("tables", {}))


def policies(store: ProjectStore) -> dict[str, RetentionPolicy]:
    """The project's policies over the defaults: a table nobody configured still has a limit."""
    stored = _stored(store)
    return {table: RetentionPolicy.from_dict({**default.to_dict(), **stored.get(table, {})})
            for table, default in DEFAULT_POLICIES.items()}


def check_policy(table: str, months: Any, basis: Any) -> RetentionPolicy:
    """The policy as it is stored (basis stripped), or the refusal that says which parameter is wrong."""
    if table not in DEFAULT_POLICIES:
        raise ParameterError(f"The 'table' parameter of set_policy must be one of {sorted(DEFAULT_POLICIES)}. "
                             f"Got {table!r} instead.")
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= MAX_MONTHS:
        raise ParameterError(f"The 'months' parameter of set_policy must be an int in the range [1, {MAX_MONTHS}]. "
                             f"Got {months!r} instead.")
    if not isinstance(basis, str) or not basis.strip() or len(basis) > MAX_BASIS_CHARS:
        raise ParameterError(f"The 'basis' parameter of set_policy must be a non-empty text of at most "
                             f"{MAX_BASIS_CHARS} characters (why this period: a law, a contract, a need).")
    return RetentionPolicy(months, basis.strip())


def set_policy(store: ProjectStore, table: str, months: int, basis: str, *, operator: str) -> PolicySet:
    """Change one table's limit; the log keeps the old and new period so a DPO sees who shortened or extended it."""
    policy = check_policy(table, months, basis)
    before = policies(store)[table]
    stored = {**_stored(store), table: policy.to_dict()}
    entry = commit_logged(store, {
        "action": Action.RETENTION_POLICY_SET, "operator": operator, **purpose_record(store),
        "details": {"table": table, "months_before": before.months, "months": policy.months, "basis": policy.basis},
    }, meta={Meta.RETENTION: {"version": POLICY_VERSION, "tables": stored}})
    return PolicySet(table, policy.months, policy.basis, entry)


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
    return pl.concat(parts).lazy().drop_nulls().group_by(KEY).agg(pl.col("last").max()).collect()


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


@dataclass(frozen=True)
class TableDeadlines:
    """One table in the deadline view: its limit, what it holds, what is past the limit and what comes up.

    Every held unit is in exactly one bucket: ``expired``, one month of ``upcoming``, ``later`` or ``undated``."""

    months: int
    basis: str
    unit: str  # "customers" (the customers table counts people by last activity) or "rows"
    held: int
    expired: int
    undated: int  # rows (or customers) with no usable date: nothing says they expired, so they stay
    upcoming: Mapping[str, int]  # "YYYY-MM" → how many expire that month, the next twelve months in order

    @property
    def later(self) -> int:
        """Dated, but expiring after the next twelve months."""
        return self.held - self.expired - self.undated - sum(self.upcoming.values())


@dataclass(frozen=True)
class Deadlines:
    today: str  # ISO date the view was computed for
    tables: Mapping[str, TableDeadlines]


@dataclass(frozen=True)
class RetentionDue:
    """Whether opening the project should say "cleanup due", with the counts to say it with."""

    due: bool
    expired: Mapping[str, int]  # table → rows (customers, for the customers table) past the limit


def _bucketed(expiry: pl.Series, policy: RetentionPolicy, unit: str, today: date) -> TableDeadlines:
    """One expiry per held unit (null: undated), so the buckets add up to what is held."""
    dated = expiry.drop_nulls()
    return TableDeadlines(policy.months, policy.basis, unit, held=int(expiry.len()),
                          expired=int((dated <= today).sum()), undated=int(expiry.null_count()),
                          upcoming=_upcoming(dated, today))


def _customer_deadlines(store: ProjectStore, tables: dict[TableKind, pl.DataFrame], policy: RetentionPolicy,
                        today: date) -> TableDeadlines:
    """Every customer with a row in any data table, by last activity: a snapshot without dates, or an order log
    without a customers table, still holds customers, and the customers policy applies to them all."""
    held = pl.concat([frame.select(KEY) for frame in tables.values()]).unique()
    last = held.join(_last_activity(store, tables), on=KEY, how="left")
    return _bucketed(last.select(_expires(pl.col("last"), policy.months))["last"], policy, "customers", today)


def _table_deadlines(store: ProjectStore, kind: TableKind, frame: pl.DataFrame, policy: RetentionPolicy,
                     today: date) -> TableDeadlines:
    day = _row_date(store, kind, frame)
    expiry = (frame.select(_expires(day, policy.months).alias("x"))["x"] if day is not None
              else pl.repeat(None, frame.height, dtype=pl.Date, eager=True).alias("x"))
    return _bucketed(expiry, policy, "rows", today)


def _campaign_expiry(store: ProjectStore, frame: pl.DataFrame, months: int) -> pl.Series:
    """Each campaign row's expiry: its campaign's start plus the limit."""
    starts = pl.DataFrame([(int(c["id"]), date.fromisoformat(c["start"]))
                           for c in (store.meta(Meta.CAMPAIGNS) or {}).get("campaigns", [])],
                          schema={"campaign": pl.UInt32, "start": pl.Date}, orient="row")
    joined = frame.select("campaign").join(starts, on="campaign", how="left", maintain_order="left")
    return joined.select(_expires(pl.col("start"), months).alias("expires"))["expires"]


def _campaign_deadlines(store: ProjectStore, policy: RetentionPolicy, today: date) -> TableDeadlines:
    """A row whose campaign has no start on record counts as undated (it stays, like any undated row)."""
    return _bucketed(_campaign_expiry(store, store.read_table(Table.CAMPAIGN_MEMBERS), policy.months), policy,
                     "rows", today)


def deadlines(store: ProjectStore, now: datetime | None = None) -> Deadlines:
    """What expires when, in counts: rows already past their limit and, per month, those coming up.

    The customers line is there whenever any data table is: it counts people, whichever tables hold them."""
    today = _today(now)
    limits = policies(store)
    tables = _data_tables(store)
    view: dict[str, TableDeadlines] = {}
    if tables:
        view[TableKind.CUSTOMERS.value] = _customer_deadlines(store, tables, limits[TableKind.CUSTOMERS.value], today)
    view.update({kind.value: _table_deadlines(store, kind, frame, limits[kind.value], today)
                 for kind, frame in tables.items() if kind is not TableKind.CUSTOMERS})
    if store.has_table(Table.CAMPAIGN_MEMBERS):
        view[Table.CAMPAIGN_MEMBERS.value] = _campaign_deadlines(store, limits[Table.CAMPAIGN_MEMBERS.value], today)
    return Deadlines(today.isoformat(), view)


def overdue(store: ProjectStore, now: datetime | None = None) -> RetentionDue:
    """Whether opening the project should say "cleanup due", with the counts to say it with."""
    return due_in(deadlines(store, now))


def due_in(view: Deadlines) -> RetentionDue:
    """The "cleanup due" summary of a :func:`deadlines` view, for callers that show both (one table scan)."""
    expired = {name: table.expired for name, table in view.tables.items() if table.expired}
    return RetentionDue(bool(expired), expired)


# ----- cleanup --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CleanupSummary:
    """What a cleanup deletes, in counts: shown before it runs, logged with it and returned after it."""

    today: str  # ISO date the limits were applied for
    rows_removed: Mapping[str, int]  # table → rows deleted
    customers_expired: int
    subjects_dropped: int  # encrypted IDs no longer needed: nothing is left of these people
    months: Mapping[str, int]  # the limits applied, table → months


@dataclass(frozen=True)
class CleanupResult(CleanupSummary):
    log_entry: int


@dataclass(frozen=True)
class RetentionPlan:
    """What a cleanup would delete; counts only in what it shows, the rewritten tables kept for execution."""

    summary: CleanupSummary
    log_seq: int  # the project state the plan was made for
    put: Mapping[str, pl.DataFrame] = field(repr=False, default_factory=dict)
    meta: Mapping[str, Any] = field(repr=False, default_factory=dict)  # the card marked, segments, forecast

    @property
    def empty(self) -> bool:
        return not self.put


def _expired_rows(store: ProjectStore, tables: dict[TableKind, pl.DataFrame], today: date,
                  limits: Mapping[str, RetentionPolicy]) -> dict[TableKind, pl.DataFrame]:
    """Event tables without their rows past the limit; undated rows stay (nothing says they expired)."""
    kept = {}
    for kind, frame in tables.items():
        day = _row_date(store, kind, frame) if kind is not TableKind.CUSTOMERS else None
        if day is None:
            kept[kind] = frame
            continue
        expired = _expires(day, limits[kind.value].months) <= today
        kept[kind] = frame.filter(~expired.fill_null(False))
    return kept


def _expired_campaign_rows(store: ProjectStore, put: Mapping[str, pl.DataFrame], months: int,
                           today: date) -> dict[str, pl.DataFrame]:
    """The campaign tables (as this cleanup already rewrites them) without the rows of expired campaigns."""
    trimmed: dict[str, pl.DataFrame] = {}
    for name in CAMPAIGN_TABLES:
        frame = put.get(name, store.read_table(name) if store.has_table(name) else None)
        if frame is None:
            continue
        kept = frame.filter(~(_campaign_expiry(store, frame, months) <= today).fill_null(False))
        if kept.height != frame.height or name in put:
            trimmed[name] = kept
    return trimmed


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
    gone = last.filter(_expires(pl.col("last"), limits[TableKind.CUSTOMERS.value].months) <= today)[KEY]
    remaining = {kind: frame.filter(not_among(gone))  # no customer: by date only
                 for kind, frame in _expired_rows(store, tables, today, limits).items()}
    orphans = _orphans(store, remaining)
    trimmed = {kind.value: frame for kind, frame in remaining.items() if frame.height != tables[kind].height}
    put = dict(without_customers(store, orphans, trimmed).put)
    put.update(_expired_campaign_rows(store, put, limits[Table.CAMPAIGN_MEMBERS.value].months, today))
    if orphans.len():
        put[Table.SUBJECTS] = store.read_table(Table.SUBJECTS).filter(~pl.col(KEY).is_in(orphans.implode()))
    rows = {name: int(store.table_info(name)["rows"]) - frame.height for name, frame in put.items()}
    if put:
        put[Table.LAST_ACTIVITY] = last.filter(~pl.col(KEY).is_in(orphans.implode()))
    summary = CleanupSummary(today.isoformat(), rows, int(gone.len()), int(orphans.len()),
                             {table: policy.months for table, policy in limits.items()})
    meta = derived_after_removal(store, put, Reason.RETENTION, int(bool(put)), TableKind.INTERACTIONS.value in put)
    return RetentionPlan(summary, int(store.log_pointer["seq"]), put, meta)


def execute_retention(store: ProjectStore, plan: RetentionPlan, *, operator: str) -> CleanupResult:
    """Delete what the plan says in one commit (the store shreds the replaced files) and log the counts."""
    if plan.log_seq != store.log_pointer["seq"]:
        raise PrevistaError("The project changed since this cleanup was planned; plan it again.")
    counts = asdict(plan.summary)
    entry = commit_logged(store, {
        "action": Action.RETENTION_CLEANUP, "operator": operator, **purpose_record(store), "counts": counts,
    }, put=plan.put, meta=plan.meta, delete=undo_copies(store))  # the last import's undo copies expire too
    return CleanupResult(**counts, log_entry=entry)
