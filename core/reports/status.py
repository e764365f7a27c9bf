"""What a project holds, in counts only, and whether its log verifies: the first thing every front end shows.

It sits with the reports because it is one (the pilot report quotes it) and because it reads the
retention deadlines; nothing in it names a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from prevista.core.analytics.card import REMOVAL_FLAGS
from prevista.core.duties.retention import RetentionDue, overdue
from prevista.core.project.closure import closed_on
from prevista.privacy.schema import KEY, Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore


@dataclass(frozen=True)
class TableStatus:
    rows: int
    columns: tuple[str, ...]
    updated: str


@dataclass(frozen=True)
class LogStatus:
    entries: int
    verified: bool
    problem: str | None


@dataclass(frozen=True)
class ProjectStatus:
    project: str
    project_id: str
    closed: str | None  # the day the pilot was closed, None while it is open
    customers: int
    opted_out: int
    tables: Mapping[str, TableStatus]  # the imported tables only
    saved_mappings: int
    last_import: str | None
    log: LogStatus
    retention: RetentionDue
    # the models learnt from people since excluded (opt-out, erasure, retention): "retrain recommended"
    retrain_recommended: bool = False


def _tables(store: ProjectStore) -> dict[str, TableStatus]:
    tables = {}
    for name in store.table_names():
        info = store.table_info(name)
        if "rows" in info:
            tables[name] = TableStatus(int(info["rows"]), tuple(c for c in info["columns"] if c != KEY),
                                       str(info["updated"]))
    return tables


def _trained_on_excluded(store: ProjectStore) -> bool:
    """Read from the stored card's flags, so status needs neither the models nor a valid card."""
    card = store.meta(Meta.MODEL_CARD) or {}
    return any(card.get(flag) for flag in REMOVAL_FLAGS)


def project_status(store: ProjectStore) -> ProjectStatus:
    tables = _tables(store)
    entries = store.log.verify()
    problem = store.log_problem()
    imports = _effective_imports(store.log.entries()) if problem is None else []
    empty = TableStatus(0, (), "")
    return ProjectStatus(
        project=str(store.root),
        project_id=store.project_id,
        closed=closed_on(store),
        customers=tables.get(Table.SUBJECTS, empty).rows,
        opted_out=tables.get(Table.OPTOUTS, empty).rows,
        tables={name: table for name, table in tables.items() if name in set(TableKind)},
        saved_mappings=len(store.meta(Meta.MAPPINGS, {})),
        last_import=imports[-1]["time"] if imports else None,
        log=LogStatus(entries.entries, problem is None, problem),
        retention=overdue(store),
        retrain_recommended=_trained_on_excluded(store),
    )


def _effective_imports(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The imports whose data the project still holds: an undone import is not the last import."""
    undone = {e["details"]["import_entry"] for e in entries if e.get("action") == Action.IMPORT_UNDONE}
    return [e for e in entries if e.get("action") == Action.IMPORT and e["seq"] not in undone]
