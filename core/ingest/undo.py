"""Import history, and undoing the last import: plan (what would change), then execute (one logged commit).

Mechanism: every import keeps, in the same commit, the previous version of each table it replaces as a
``PRIOR_*`` table (the same sealed files, named again; read and rewritten only when the import excludes
someone from them), plus a record of what it changed (``Meta.IMPORT_UNDO``); the next import replaces that
copy, so the store holds at most one previous version of each table. Tagging rows with an import number
instead would be smaller, but an import also *updates* rows (a re-exported customers file replaces the table;
identities keep the newest name; appended re-exports merge) and tags cannot bring back what was overwritten.
The copies are declared per-customer tables, so an opt-out, an erasure or an expiring person recorded after
the import removes them from the copies as from the live tables: undoing can never bring anyone back. An undo
also re-applies the opt-out register to what it restores, and removes the customers the import added (keys
above the highest key before it) from every per-customer table.

History comes from the processing log alone (it already records each import's kind, format, row counts and
file hash): no file names are stored, because an export's name ("anna_kowalska_orders.csv") can itself
name a person, and the hash identifies the file to anyone who holds it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.kpi_record import recompute
from prevista.core.erasure.exclusion import Reason, derived_after_removal, without_customers
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import purpose_record
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY, PRIOR, Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore

NOTHING_TO_UNDO = ("There is no import to undo: the last import was already undone, or it was made before this "
                   "version of Prevista kept what undoing needs.")
# Steps after which restoring the earlier tables would be wrong: rows a cleanup deleted as expired would
# return, and a campaign's groups were drawn from the data about to change.
BLOCKING = {Action.RETENTION_CLEANUP: "a retention cleanup ran since (undoing would bring back expired rows)",
            Action.CAMPAIGN_STARTED: "a campaign was started since (its groups were drawn from this data)"}


# ----- what an import keeps ---------------------------------------------------------------
def snapshot(store: ProjectStore, written: Mapping[str, pl.DataFrame]) -> tuple[dict[str, str], dict[str, Any]]:
    """Which stored tables an import about to write keeps as their previous versions (copy name → table), and
    the record that restores them."""
    copies: dict[str, str] = {}
    tables: dict[str, str] = {}
    for name in written:
        if name not in PRIOR:
            continue
        if store.has_table(name):
            copies[PRIOR[name]] = name
            tables[name] = "restore"
        else:
            tables[name] = "remove"
    last = store.read_table(Table.SUBJECTS)[KEY].max() if store.has_table(Table.SUBJECTS) else None
    record = {"tables": tables, "last_key": last if isinstance(last, int) else 0,
              "schema": store.meta(Meta.SCHEMA, {}), "mappings": store.meta(Meta.MAPPINGS, {})}
    return copies, record


def undo_copies(store: ProjectStore) -> list[str]:
    """The copies the last import kept.  A retention cleanup drops them with the rows it deletes: they may hold
    rows past their deadline, and an undo after a cleanup is refused anyway."""
    return [prior for prior in PRIOR.values() if store.has_table(prior)]


def stale_copies(store: ProjectStore, kept: Collection[str]) -> list[str]:
    """Copies of an earlier import that this commit does not replace: they go, so only the last import's remain."""
    return [prior for prior in undo_copies(store) if prior not in kept]


# ----- history ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportRecord:
    """One import as the log recorded it; ``undone_by`` is the entry that undid it."""

    log_entry: int
    time: str
    mode: str  # "replace" or "append"
    files: tuple[dict[str, Any], ...]  # per file: kind, format, rows read, first 12 hex digits of its SHA-256
    rows_stored: Mapping[str, int]
    customers: int
    new_customers: int
    undone_by: int | None = None


def _effective(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries whose operation took effect: a recovery entry names those interrupted before their commit."""
    failed = {seq for e in entries if e.get("action") == Action.OPERATION_NOT_COMPLETED for seq in e["details"]["entries"]}
    return [e for e in entries if e["seq"] not in failed]


def history(store: ProjectStore) -> list[ImportRecord]:
    """Every import that took effect, newest first."""
    entries = _effective(store.log.entries())
    undone = {e["details"]["import_entry"]: e["seq"] for e in entries if e.get("action") == Action.IMPORT_UNDONE}
    records = []
    for e in entries:
        if e.get("action") != Action.IMPORT:
            continue
        counts = e.get("counts", {})
        files = tuple({"kind": f.get("kind"), "format": f.get("format"), "rows": f.get("rows_in"),
                       "sha256": str(f.get("sha256", ""))[:12]} for f in e.get("inputs", []))
        records.append(ImportRecord(e["seq"], e["time"], e.get("mode", "replace"), files, counts.get("rows_stored", {}),
                                    counts.get("customers", 0), counts.get("new_customers", 0), undone.get(e["seq"])))
    return records[::-1]


# ----- undo --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UndoPlan:
    """What undoing the last import would do; counts only, nothing personal."""

    import_entry: int
    import_time: str
    restored: Mapping[str, int]  # table → rows it will hold again
    removed: tuple[str, ...]  # tables the import created, which go
    new_customers: int  # customers the import added, removed everywhere
    model_stale: bool  # a model was trained on the data being undone
    blocked: tuple[str, ...]  # why it cannot be undone, if it cannot
    log_seq: int = field(repr=False, default=0)  # the project state the plan was made for

    @property
    def possible(self) -> bool:
        return not self.blocked


@dataclass(frozen=True)
class UndoResult:
    import_entry: int
    restored: Mapping[str, int]
    removed: tuple[str, ...]
    customers_removed: int
    log_entry: int


def _last_import(store: ProjectStore) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The import the stored undo record belongs to (the last one that took effect) and the entries since."""
    if store.meta(Meta.IMPORT_UNDO) is None:
        raise PrevistaError(NOTHING_TO_UNDO)
    entries = _effective(store.log.entries())
    imports = [i for i, e in enumerate(entries) if e.get("action") == Action.IMPORT]
    if not imports:
        raise PrevistaError(NOTHING_TO_UNDO)
    return entries[imports[-1]], entries[imports[-1] + 1:]


def _new_keys(store: ProjectStore, last_key: int) -> pl.Series:
    if not store.has_table(Table.SUBJECTS):
        return pl.Series(KEY, [], pl.UInt32)
    return store.read_table(Table.SUBJECTS).filter(pl.col(KEY) > last_key)[KEY]


def plan_undo(store: ProjectStore) -> UndoPlan:
    """Say what undoing the last import would restore and remove; nothing is written."""
    refuse_if_closed(store)
    entry, since = _last_import(store)
    record = store.meta(Meta.IMPORT_UNDO)
    restored = {name: int(store.table_info(PRIOR[name])["rows"]) for name, what in record["tables"].items()
                if what == "restore" and store.has_table(PRIOR[name])}
    removed = tuple(name for name, what in record["tables"].items() if what == "remove")
    blocked = tuple(dict.fromkeys(BLOCKING[e["action"]] for e in since if e.get("action") in BLOCKING))
    trained = any(e.get("action") == Action.TRAIN for e in since)
    return UndoPlan(entry["seq"], entry["time"], restored, removed, int(_new_keys(store, record["last_key"]).len()),
                    trained and store.meta(Meta.MODEL_CARD) is not None, blocked, int(store.log_pointer["seq"]))


def _opted_out_keys(store: ProjectStore, subjects: pl.DataFrame) -> pl.Series:
    if not store.has_table(Table.OPTOUTS):
        return pl.Series(KEY, [], pl.UInt32)
    return subjects.join(store.read_table(Table.OPTOUTS).select("eid"), on="eid", how="semi")[KEY]


def execute_undo(store: ProjectStore, plan: UndoPlan, *, operator: str) -> UndoResult:
    """Put the tables back as they were before the last import, in one commit with its log entry.

    Opt-outs and erasures stay applied (the register is never restored, and its people are removed from what
    comes back); the customers the import added leave every per-customer table; a model trained since is
    marked for retraining; the undo copies are dropped, so a second undo finds nothing to undo."""
    if plan.log_seq != store.log_pointer["seq"]:
        raise PrevistaError("The project changed since this undo was planned; plan it again.")
    if plan.blocked:
        raise PrevistaError("The last import cannot be undone: " + "; ".join(plan.blocked) + ".")
    record = store.meta(Meta.IMPORT_UNDO)
    restored = {name: store.read_table(PRIOR[name]) for name, what in record["tables"].items() if what == "restore"}
    subjects = store.read_table(Table.SUBJECTS).filter(pl.col(KEY) <= record["last_key"])
    new_keys = _new_keys(store, record["last_key"])
    gone = pl.concat([new_keys, _opted_out_keys(store, subjects)]).unique()
    removal = without_customers(store, gone, pending=restored)
    removed = [name for name, what in record["tables"].items() if what == "remove"]
    put = {name: frame for name, frame in removal.put.items() if name not in removed and name not in PRIOR.values()}
    put[Table.SUBJECTS] = subjects
    delete = [*removed, *undo_copies(store)]
    meta = derived_after_removal(store, put, Reason.OPT_OUT, 0, TableKind.INTERACTIONS.value in record["tables"])
    card = meta.get(Meta.MODEL_CARD, store.meta(Meta.MODEL_CARD))
    if plan.model_stale and card is not None:
        meta[Meta.MODEL_CARD] = {**card, "import_undone_since_training": True}
    schema = record["schema"]
    kpis = recompute(store, _data_after(store, put, removed, schema), take_missing_baseline=False)
    entry = store.commit(put=put, delete=delete, meta={
        **meta, **kpis.meta, Meta.SCHEMA: schema, Meta.MAPPINGS: record["mappings"], Meta.IMPORT_UNDO: None,
    }, log_record={
        "action": Action.IMPORT_UNDONE, "operator": operator, **purpose_record(store),
        "details": {"import_entry": plan.import_entry, "tables_restored": {n: f.height for n, f in restored.items()},
                    "tables_removed": removed, "customers_removed": int(new_keys.len()),
                    "model_marked_stale": plan.model_stale, **kpis.log_details},
    })
    assert entry is not None, "a commit with a log record returns its entry"
    return UndoResult(plan.import_entry, {n: put[n].height for n in restored}, tuple(removed), int(new_keys.len()),
                      int(entry["seq"]))


def _data_after(store: ProjectStore, put: Mapping[str, pl.DataFrame], removed: list[str],
                schema: Mapping[str, Any]) -> ProjectData:
    """The analysis tables as the undo leaves them, for the KPI recompute that rides on its commit."""
    data = ProjectData.load(store, pending=put, schema=schema)
    gone = {kind for kind in TableKind if kind.value in removed}
    return ProjectData({k: v for k, v in data.tables.items() if k not in gone}, data.schema,
                       {k: v for k, v in data.timed.items() if k not in gone})
