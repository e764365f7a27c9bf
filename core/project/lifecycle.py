"""The project workflow the command line and the GUI share: create, open, describe."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

from prevista.core.duties.retention import overdue
from prevista.core.project.closure import closed_on
from prevista.core.project.passphrase import check_new_passphrase
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, LAYOUT_VERSION, Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore


def default_operator() -> str:
    """Who is recorded in the processing log when nobody says otherwise."""
    return os.environ.get("PREVISTA_OPERATOR") or getpass.getuser()


def create_project(path: Path, passphrase: str, *, operator: str, kdf: KdfParams | None = None) -> ProjectStore:
    """A new, empty project whose creation is the first processing-log entry."""
    check_new_passphrase(passphrase)
    store = ProjectStore.create(Path(path), passphrase, kdf=kdf)
    store.commit(
        meta={Meta.SETTINGS: {"min_segment_size": 10}, Meta.LAYOUT: LAYOUT_VERSION},
        log_record={"action": Action.PROJECT_CREATED, "operator": operator,
                    "details": {"kdf": "argon2id", **(kdf or KdfParams()).to_dict()}},
    )
    return store


def open_project(path: Path, passphrase: str) -> ProjectStore:
    return ProjectStore.open(Path(path), passphrase)


def change_passphrase(store: ProjectStore, new_passphrase: str, *, operator: str) -> None:
    """Re-wrap the master key under a new passphrase that passes the same bar as a new project's."""
    check_new_passphrase(new_passphrase)
    store.change_passphrase(new_passphrase, operator=operator)


def status(store: ProjectStore) -> dict[str, Any]:
    """What the project holds, in counts only, and whether its log verifies."""
    tables = {}
    for name in store.table_names():
        info = store.table_info(name)
        if "rows" in info:
            tables[name] = {"rows": info["rows"], "columns": [c for c in info["columns"] if c != KEY],
                            "updated": info["updated"]}
    entries = store.log.verify()
    problem = store.log_problem()
    imports = [e for e in store.log.entries() if e.get("action") == Action.IMPORT] if problem is None else []
    return {
        "retention": overdue(store),
        "project": str(store.root),
        "closed": closed_on(store),
        "project_id": store.project_id,
        "customers": tables.get(Table.SUBJECTS, {}).get("rows", 0),
        "opted_out": tables.get(Table.OPTOUTS, {}).get("rows", 0),
        "tables": {k: v for k, v in tables.items() if k in {t.value for t in TableKind}},
        "saved_mappings": len(store.meta(Meta.MAPPINGS, {})),
        "last_import": imports[-1]["time"] if imports else None,
        "log": {"entries": entries.entries, "verified": problem is None, "problem": problem},
    }


def status_text(info: dict[str, Any]) -> str:
    lines = [f"Project {info['project']}",
             *([f"  PILOT CLOSED on {info['closed']}: all data erased; only the processing log remains"]
               if info["closed"] else []),
             f"  customers (encrypted IDs): {info['customers']}   opt-out register: {info['opted_out']}"]
    if not info["tables"] and not info["closed"]:
        lines.append("  no data imported yet")
    for name, table in sorted(info["tables"].items()):
        lines.append(f"  {name:<13} {table['rows']:>10} rows  columns: {', '.join(table['columns'])}")
    lines.append(f"  saved column mappings: {info['saved_mappings']}   last import: {info['last_import'] or '—'}")
    log = info["log"]
    state = "verified" if log["verified"] else f"DOES NOT VERIFY: {log['problem']}"
    lines.append(f"  processing log: {log['entries']} entries, {state}")
    if info["retention"]["due"]:
        expired = ", ".join(f"{table} {rows} rows" for table, rows in sorted(info["retention"]["expired"].items()))
        lines.append(f"  RETENTION CLEANUP DUE: {expired} past their deadline — run 'prevista retention plan', then 'run'")
    return "\n".join(lines)
