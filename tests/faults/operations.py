"""The eight writing operations, the projects they start from, and what "the state" of a project is.

State is what a user would notice: which passphrase opens the project, every
table's decrypted content (as a set of rows), the metadata, and which logged actions took effect
since the before-state (an entry that a recovery entry marks as not completed
did not).  Runs are deterministic (fixed ``now``, fixed random state), so one
uninterrupted run gives *the* after-state, with one exception: training's
results differ in the last bits from run to run (feature sums in polars come
out in varying order), so what training computes (``volatile``) is compared
by shape (schema and row count; presence of the metadata), everything else
exactly.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any, Callable

import polars as pl

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.dsar import erasure_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.duties.retention import execute_retention, plan_retention
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.ingest.undo import execute_undo, plan_undo
from prevista.core.project.lifecycle import change_passphrase, create_project
from prevista.privacy.errors import WrongPassphraseError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.processing_log import canonical
from prevista.privacy.schema import Action
from prevista.privacy.store import TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a different passphrase for the harness"
OPERATOR = "fault harness"
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)  # the demo data ends in late 2026
FAR = datetime(2029, 3, 1, tzinfo=timezone.utc)  # a retention cleanup then has much to remove
IMPORT_OPTIONS = ImportOptions(operator=OPERATOR, keep_identities=True)


class Broken(AssertionError):
    """A project that fails a check after a kill or a fault; the message says which check."""


@cache
def contacts() -> tuple[str, ...]:
    """Demo customers who have not opted out, in a fixed order: the people opt-out and erasure name."""
    frame = pl.read_csv(next(p for p in demo_files("hubspot") if p.stem == "contacts"), infer_schema=False)
    return tuple(frame.filter(pl.col("Marketing Opt Out") == "false")["Record ID"].sort().to_list())


# ----- the projects operations start from ------------------------------------------------------
def _imported(store: ProjectStore, variant: str) -> None:
    run_import(store, demo_files(variant), IMPORT_OPTIONS, accept_warnings=True)


BASES: dict[str, Callable[[ProjectStore], None]] = {
    "european": lambda store: _imported(store, "european"),
    "imported": lambda store: _imported(store, "hubspot"),
    "trained": lambda store: (_imported(store, "hubspot"), train(store, TrainOptions(operator=OPERATOR), now=NOW)),
}


class Bases:
    """Before-projects built once per harness and copied for every run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._built: set[str] = set()

    def copy(self, name: str, target: Path) -> Path:
        source = self.folder / name
        if name not in self._built:
            shutil.rmtree(source, ignore_errors=True)
            store = create_project(source, PASSPHRASE, operator=OPERATOR, kdf=KdfParams.minimum())
            BASES[name](store)
            self._built.add(name)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        return target


# ----- the operations -------------------------------------------------------------------------
@dataclass(frozen=True)
class Operation:
    name: str
    base: str
    action: str  # the log action the operation records when it takes effect
    run: Callable[[ProjectStore], Any]
    volatile: tuple[str, ...] = ()  # tables and metadata it computes that are not bit-reproducible


TRAINED = ("scores", "models", "model_card", "segments", "forecast", "pilot_kpis")
IMPORTED = ("pilot_kpis",)  # recomputed with the import, stamped with the time it was taken


OPERATIONS = {op.name: op for op in (
    Operation("import", "european", "import", lambda store: _imported(store, "hubspot"), IMPORTED),
    Operation("training", "imported", "train",
              lambda store: train(store, TrainOptions(operator=OPERATOR), now=NOW), TRAINED),
    Operation("opt-out", "trained", "optout-recorded",
              lambda store: record_optouts(store, Requests(ids=contacts()[:2], emails=("nobody@example.org",)),
                                           operator=OPERATOR)),
    Operation("retention cleanup", "trained", "retention-cleanup",
              lambda store: execute_retention(store, plan_retention(store, FAR), operator=OPERATOR)),
    Operation("erasure", "trained", "dsar-erasure",
              lambda store: erasure_request(store, contacts()[2], operator=OPERATOR)),
    Operation("passphrase change", "trained", "passphrase-changed",
              lambda store: change_passphrase(store, NEW_PASSPHRASE, operator=OPERATOR)),
    Operation("import undo", "trained", "import-undone",
              lambda store: execute_undo(store, plan_undo(store), operator=OPERATOR), TRAINED),
    Operation("log append", "trained", "note",
              lambda store: store.record({"action": "note", "operator": OPERATOR, "details": {"by": "harness"}})),
)}


# ----- state --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class State:
    passphrase: str
    tables: tuple[tuple[str, str], ...]
    meta: str
    effects: tuple[str, ...]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _content(store: ProjectStore, name: str, volatile: tuple[str, ...]) -> str:
    """A table's digest regardless of row order (some registers are built with ``unique()``); a blob's bytes."""
    info = store.table_info(name)
    if name in volatile:
        return f"{info.get('columns')} {info.get('rows')} rows" if "rows" in info else "a blob"
    if "rows" not in info:
        return _digest(store.read_blob(name))
    frame = store.read_table(name)
    rows = sorted(frame.hash_rows().to_list())
    return _digest(f"{frame.schema}{rows}".encode())


def effects(store: ProjectStore, since: int) -> tuple[str, ...]:
    """Actions logged after entry ``since`` that took effect: recovery entries and what they undo left out."""
    later = store.log.entries()[since:]
    undone = {seq for e in later if e["action"] == Action.OPERATION_NOT_COMPLETED for seq in e["details"]["entries"]}
    return tuple(e["action"] for e in later if e["action"] != Action.OPERATION_NOT_COMPLETED and e["seq"] not in undone)


def state_of(store: ProjectStore, passphrase: str, since: int, volatile: tuple[str, ...] = ()) -> State:
    tables = tuple((name, _content(store, name, volatile)) for name in store.table_names())
    meta = {key: "present" if key in volatile else value for key, value in store._manifest["meta"].items()}
    return State(passphrase, tables, _digest(canonical(meta)), effects(store, since))


def open_either(root: Path) -> tuple[ProjectStore, str]:
    """Open with the harness passphrase or, after a passphrase change, the new one."""
    try:
        return ProjectStore.open(root, PASSPHRASE), "old"
    except WrongPassphraseError:
        return ProjectStore.open(root, NEW_PASSPHRASE), "new"


def examine(root: Path, since: int, volatile: tuple[str, ...] = ()) -> State:
    """Open as a user would (which tidies), check the project is whole, and return its state."""
    try:
        store, passphrase = open_either(root)
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding
        raise Broken(f"the project does not open: {type(error).__name__}: {error}") from error
    problem = store.log_problem()
    if problem is not None:
        raise Broken(f"the log does not verify: {problem}")
    leftovers = sorted(p.name for p in root.rglob("*.tmp"))
    if leftovers:
        raise Broken(f"temp files left after open: {leftovers}")
    files = {p.name for p in (root / TABLES_DIR).iterdir()}
    referenced = {file for name in store.table_names() for file in store.table_files(name)}
    if files != referenced:
        raise Broken(f"table files {sorted(files - referenced)} orphaned, {sorted(referenced - files)} missing")
    return state_of(store, passphrase, since, volatile)


def log_length(root: Path) -> int:
    return len(ProjectStore.open(root, PASSPHRASE).log.entries())
