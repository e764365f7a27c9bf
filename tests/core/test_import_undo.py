"""Undoing the last import: the data is back as before it, and nobody who objected or was erased comes back.

Import A, then import B, which replaces A's customers (changed plans and names) and adds customers; then an
objection and an erasure; then undo.  What an attacker would try: undo twice, undo with nothing to undo, a
write that fails in the middle of the undo, and the same person's rows reappearing from the undo copy.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import polars as pl
import pytest

from prevista.core.analytics.card import ModelCard
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.duties.dsar import erasure_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.duties.retention import execute_retention, plan_retention
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.ingest.undo import execute_undo, history, plan_undo
from prevista.core.reports.status import project_status
from prevista.privacy.errors import PrevistaError, StorageError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, PER_CUSTOMER, PRIOR, Action, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE
from tests.core.conftest import customers_frame, orders_frame, write_csv
from tests.core.test_retention import FAR
from tests.faults.harness import Harness, Zygote, run_faults, run_kills, sampled_fault_plans
from tests.faults.hooks import Plan
from tests.faults.operations import OPERATIONS
from tests.privacy.test_io_faults import MANIFEST_RENAME

OPTIONS = ImportOptions(operator="t", keep_identities=True)
COMPARED = (TableKind.CUSTOMERS, TableKind.TRANSACTIONS, Table.IDENTITIES, Table.EMAIL_INDEX, Table.SUBJECTS)


def _export_b(folder: Path) -> Path:
    """A's customers re-exported later: other plans and names for everyone, and 20 new customers."""
    frame = customers_frame(100).with_columns(pl.lit("Enterprise").alias("Plan"),
                                              (pl.col("First Name") + "-renamed").alias("First Name"))
    return write_csv(frame, folder / "customers_b.csv")


def _import(store: ProjectStore, *paths: Path) -> int:
    _, result = run_import(store, list(paths), OPTIONS, accept_warnings=True)
    assert result is not None
    return result.log_entry


def _rows(store: ProjectStore, name: str) -> pl.DataFrame:
    frame = store.read_table(name)
    return frame.sort(frame.columns)


def _key(store: ProjectStore, customer_id: str) -> int:
    eid = EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(pl.Series([customer_id]))["eid"][0]
    return int(store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)[KEY][0])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "exports"
    path.mkdir()
    return path


def _a_then_b(store: ProjectStore, folder: Path) -> tuple[dict[str, pl.DataFrame], int]:
    _import(store, write_csv(customers_frame(), folder / "customers.csv"), write_csv(orders_frame(), folder / "orders.csv"))
    after_a = {name: _rows(store, name) for name in COMPARED}
    return after_a, _import(store, _export_b(folder))


def test_undo_restores_the_state_after_a_but_keeps_objections_and_erasures(store: ProjectStore, folder: Path) -> None:
    after_a, b_entry = _a_then_b(store, folder)
    assert store.read_table(TableKind.CUSTOMERS)["Plan"].unique().to_list() == ["Enterprise"]
    objector, erased = _key(store, "C1010"), _key(store, "C1020")
    record_optouts(store, Requests(ids=("C1010",)), operator="t")
    erasure_request(store, "C1020", operator="t")
    for prior in PRIOR.values():  # the undo copy obeys the objection and the erasure as the live tables do
        if store.has_table(prior):
            assert store.read_table(prior).filter(pl.col(KEY).is_in([objector, erased])).is_empty(), prior

    plan = plan_undo(store)
    assert plan.possible and plan.import_entry == b_entry and plan.new_customers == 20
    assert set(plan.restored) == {TableKind.CUSTOMERS, Table.IDENTITIES, Table.EMAIL_INDEX} and plan.removed == ()
    result = execute_undo(store, plan, operator="t")

    gone = [objector, erased]
    for name in (TableKind.CUSTOMERS, TableKind.TRANSACTIONS, Table.IDENTITIES, Table.EMAIL_INDEX):
        expected = after_a[name].filter(~pl.col(KEY).is_in(gone))
        assert _rows(store, name).equals(expected), f"{name} is not as after import A"
    subjects = _rows(store, Table.SUBJECTS)
    assert subjects[KEY].max() == after_a[Table.SUBJECTS][KEY].max(), "customers added by B are still registered"
    for name in PER_CUSTOMER:
        if store.has_table(name):
            assert store.read_table(name).filter(pl.col(KEY).is_in(gone)).is_empty(), f"{name} brought someone back"
    assert not any(store.has_table(prior) for prior in PRIOR.values()), "the undo copies outlive the undo"
    register = store.read_table(Table.OPTOUTS)["eid"]
    assert len(register) == 2 + 2  # the two objections of A's consent column, the objection, the erasure
    entry = store.log.entries()[-1]
    assert entry["action"] == Action.IMPORT_UNDONE and entry["details"]["import_entry"] == b_entry
    assert result.log_entry == entry["seq"] and entry["details"]["customers_removed"] == 20
    # a customer ID such as 'C1010', standing alone (not inside the entry's base64 hash or signature)
    assert not re.search(r"(?<![A-Za-z0-9+/])C\d{4}(?![A-Za-z0-9+/=])", str(entry)), "an identifier in the log"
    records = history(store)
    assert [r.log_entry for r in records][0] == b_entry and len(records) == 2
    assert project_status(store).last_import == records[1].time  # the undone import is no longer the last one
    assert records[0].undone_by == result.log_entry and records[1].undone_by is None
    assert [f["kind"] for f in records[1].files] == ["customers", "transactions"]
    assert all(len(f["sha256"]) == 12 for r in records for f in r.files)

    # a second undo, and a new project, have nothing to undo
    with pytest.raises(PrevistaError, match="no import to undo"):
        plan_undo(store)


def test_nothing_to_undo_in_a_new_project(store: ProjectStore) -> None:
    with pytest.raises(PrevistaError, match="no import to undo"):
        plan_undo(store)
    assert history(store) == []


def test_an_import_into_a_new_table_is_removed_by_undo(store: ProjectStore, folder: Path) -> None:
    _import(store, write_csv(customers_frame(), folder / "customers.csv"))
    before = {name: _rows(store, name) for name in (TableKind.CUSTOMERS, Table.SUBJECTS)}
    _import(store, write_csv(orders_frame(), folder / "orders.csv"))
    plan = plan_undo(store)
    assert plan.removed == (TableKind.TRANSACTIONS,) and set(plan.restored) == {Table.IDENTITIES}  # kept ones are rewritten
    execute_undo(store, plan, operator="t")
    assert not store.has_table(TableKind.TRANSACTIONS)
    assert all(_rows(store, name).equals(frame) for name, frame in before.items())
    assert TableKind.TRANSACTIONS.value not in store.meta(Meta.SCHEMA)


def test_a_write_that_fails_mid_undo_leaves_the_previous_state(store: ProjectStore, folder: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _a_then_b(store, folder)
    before = {name: _rows(store, name) for name in (*COMPARED, *(p for p in PRIOR.values() if store.has_table(p)))}
    plan = plan_undo(store)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(store, "_write_manifest", full_disk)
    with pytest.raises(StorageError):
        execute_undo(store, plan, operator="t")
    monkeypatch.undo()
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert all(_rows(reopened, name).equals(frame) for name, frame in before.items())
    assert reopened.log.entries()[-1]["action"] == Action.OPERATION_NOT_COMPLETED
    execute_undo(reopened, plan_undo(reopened), operator="t")  # the undo can still be done
    assert reopened.read_table(TableKind.CUSTOMERS)["Plan"].unique().sort().to_list() == ["Basic", "Pro"]


def test_a_stale_plan_is_refused(store: ProjectStore, folder: Path) -> None:
    _a_then_b(store, folder)
    plan = plan_undo(store)
    record_optouts(store, Requests(ids=("C1011",)), operator="t")
    with pytest.raises(PrevistaError, match="plan it again"):
        execute_undo(store, plan, operator="t")


def test_a_model_trained_on_the_undone_import_is_marked_for_retraining(store: ProjectStore, folder: Path) -> None:
    _a_then_b(store, folder)
    _import(store, write_csv(orders_frame(100), folder / "orders_b.csv"))
    train(store, TrainOptions(operator="t"))
    plan = plan_undo(store)
    assert plan.model_stale and plan.possible
    execute_undo(store, plan, operator="t")
    card = ModelCard.from_dict(store.meta(Meta.MODEL_CARD))
    assert card.data_removed_since_training and card.import_undone_since_training
    scores = store.read_table(Table.SCORES)
    assert scores[KEY].is_in(store.read_table(Table.SUBJECTS)[KEY].implode()).all(), "scores of removed customers"


def test_after_a_retention_cleanup_undo_is_refused(store: ProjectStore, folder: Path) -> None:
    _a_then_b(store, folder)
    assert any(store.has_table(prior) for prior in PRIOR.values())
    execute_retention(store, plan_retention(store, FAR), operator="t")
    assert not any(store.has_table(prior) for prior in PRIOR.values()), "expired rows kept in the undo copies"
    plan = plan_undo(store)
    assert not plan.possible and "retention cleanup" in plan.blocked[0]
    with pytest.raises(PrevistaError, match="cannot be undone"):
        execute_undo(store, plan, operator="t")


def test_the_command_line_shows_history_and_undoes(store: ProjectStore, folder: Path) -> None:
    _, b_entry = _a_then_b(store, folder)
    shown = prevista("import", "history", "--project", str(store.root), "--json")
    assert shown.returncode == 0, shown.stderr
    assert [r["log_entry"] for r in json.loads(shown.stdout)][0] == b_entry
    assert "customers_b" not in shown.stdout, "a file name in the history"
    asked = prevista("import", "undo", "--project", str(store.root))
    assert asked.returncode == 2 and "Nothing changed" in asked.stdout
    done = prevista("import", "undo", "--yes", "--project", str(store.root))
    assert done.returncode == 0 and f"Import #{b_entry} undone" in done.stdout, done.stderr
    again = prevista("import", "undo", "--yes", "--project", str(store.root))
    assert again.returncode != 0 and "no import to undo" in again.stderr + again.stdout


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    return Harness(tmp_path_factory.mktemp("undo-faults"))


def test_a_fault_at_any_kind_of_write_step_of_an_undo_leaves_the_previous_state(harness: Harness) -> None:
    """The fault harness (tests/faults): refused cleanly with the project as before, or completed after the commit."""
    ref = harness.reference(OPERATIONS["import undo"])
    tally = run_faults(harness, ref, sampled_fault_plans(ref))
    assert tally.failures == []
    assert tally.outcomes["refused"] > 0 and tally.outcomes["completed"] > 0


def test_a_kill_around_the_undo_commit_leaves_before_or_after(harness: Harness) -> None:
    ref = harness.reference(OPERATIONS["import undo"])
    rename = ref.steps.index(MANIFEST_RENAME) + 1
    plans = [Plan("kill", point, when) for point in (rename - 1, rename) for when in ("before", "after")]
    zygote = Zygote()
    try:
        tally = run_kills(harness, zygote, ref, plans, 0, random.Random(0))
    finally:
        zygote.close()
    assert tally.failures == []
    assert tally.outcomes.get("before", 0) > 0 and tally.outcomes.get("after", 0) > 0
