"""Retention: policies, deadlines, and a cleanup that really deletes (nothing recoverable with the passphrase)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any

import polars as pl
import pytest
from cryptography.exceptions import InvalidTag

from prevista.core.demo.run import demo_files
from prevista.core.duties.retention import (
    RetentionDue,
    RetentionPolicy,
    deadlines,
    execute_retention,
    overdue,
    plan_retention,
    policies,
    set_policy,
)
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.reports.status import project_status
from prevista.core.reports.text import status_text
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.keys import unwrap_key
from prevista.privacy.schema import KEY, Table
from prevista.privacy.sealed import unseal
from prevista.privacy.store import MANIFEST_NAME, TABLES_DIR, ProjectStore

OPTIONS = ImportOptions(operator="t", keep_identities=True)
FAR = datetime(2029, 3, 1, tzinfo=timezone.utc)  # the demo data ends in late 2026


def imported(store: ProjectStore) -> ProjectStore:
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    store.commit(meta={"model_card": {"model_id": "m1", "customers_scored": 1}})  # a stand-in for a trained card
    return store


def snapshot(store: ProjectStore) -> dict[str, Any]:
    """Everything needed later to try to recover old data: manifest bytes and the files it named."""
    return {"manifest": (store.root / MANIFEST_NAME).read_bytes(),
            "files": {p.name for p in (store.root / TABLES_DIR).iterdir()}}


def assert_unrecoverable(store: ProjectStore, before: dict[str, Any], replaced: set[str]) -> None:
    """With the passphrase (the open store's keys) and the old manifest: the replaced tables' files are
    gone, and their data keys, which the old manifest still wraps, open no file that is present."""
    old = json.loads(unseal(before["manifest"], store.keys.manifest, f"manifest:{store.project_id}",
                                          "old manifest"))
    present = list((store.root / TABLES_DIR).iterdir())
    for name in replaced:
        info = old["tables"][name]
        assert info["file"] in before["files"] and not (store.root / TABLES_DIR / info["file"]).exists()
        wrapping = store.keys.identity if name == Table.IDENTITIES else store.keys.storage
        data_key = unwrap_key(wrapping, base64.b64decode(info["wrapped_key"]),
                              f"table-key:{info['file_id']}".encode())
        for path in present:
            with pytest.raises((PrevistaError, InvalidTag, ValueError)):
                unseal(path.read_bytes(), data_key, f"table:{store.project_id}:{info['file_id']}", "old table")


def row_dates(frame: pl.DataFrame, columns: list[str]) -> pl.Expr:
    return pl.coalesce([pl.col(c).cast(pl.Date) for c in columns])


def expected_after(store: ProjectStore, today: date, customer_months: int) -> dict[str, pl.DataFrame]:
    """The demo's tables after a cleanup, computed directly with the demo's column names."""
    dates = {"transactions": ["Close Date", "Due Date", "Paid Date"], "interactions": ["Close Date", "Create Date"],
             "usage": ["Event Time"]}
    months = {"transactions": 120, "interactions": 24, "usage": 24}
    tables = {name: store.read_table(name) for name in ("customers", *dates)}
    activity = pl.concat([tables["customers"].select(KEY, pl.col("Create Date").alias("d"))] +
                         [tables[n].select(KEY, row_dates(tables[n], c).alias("d")) for n, c in dates.items()])
    last = activity.group_by(KEY).agg(pl.col("d").max())
    gone = last.filter(pl.col("d").dt.offset_by(f"{customer_months}mo") <= today)[KEY]
    kept = {"customers": tables["customers"].filter(~pl.col(KEY).is_in(gone.implode()))}
    for name, columns in dates.items():
        fresh = row_dates(tables[name], columns).dt.offset_by(f"{months[name]}mo") > today
        kept[name] = tables[name].filter(fresh & ~pl.col(KEY).is_in(gone.implode()))
    return kept


def test_cleanup_removes_expired_rows_and_orphans_and_nothing_is_recoverable(store: ProjectStore) -> None:
    imported(store)
    set_policy(store, "customers", 18, "no longer needed 18 months after the last activity", operator="t")
    expected = expected_after(store, FAR.date(), 18)
    plan = plan_retention(store, FAR)
    removed = plan.summary.rows_removed
    assert removed["usage"] == store.table_info("usage")["rows"] - expected["usage"].height > 0
    assert removed["interactions"] == store.table_info("interactions")["rows"] - expected["interactions"].height
    assert plan.summary.customers_expired == store.table_info("customers")["rows"] - expected["customers"].height > 0
    before = snapshot(store)
    result = execute_retention(store, plan, operator="t")
    for name, frame in expected.items():
        assert store.read_table(name).equals(frame), name
    held = pl.concat([store.read_table(n)[KEY] for n in expected]).unique()
    assert set(store.read_table(Table.SUBJECTS)[KEY]) == set(held)
    assert set(store.read_table(Table.IDENTITIES)[KEY]) <= set(held)
    assert result.subjects_dropped >= result.customers_expired and result.rows_removed == removed
    assert store.meta("model_card") == {"model_id": "m1", "customers_scored": 1, "retention_since_training": True}
    entry = store.log.entries()[-1]
    assert entry["action"] == "retention-cleanup" and entry["counts"]["rows_removed"] == removed
    assert entry["counts"] == {"today": "2029-03-01", "rows_removed": removed,
                               "customers_expired": result.customers_expired,
                               "subjects_dropped": result.subjects_dropped, "months": dict(result.months)}
    assert store.log_problem() is None
    assert_unrecoverable(store, before, set(removed))


def test_dry_run_changes_nothing_and_a_stale_plan_is_refused(store: ProjectStore) -> None:
    imported(store)
    before, entries = snapshot(store), len(store.log.entries())
    plan = plan_retention(store, FAR)
    deadlines(store, FAR)
    assert not plan.empty and snapshot(store) == before and len(store.log.entries()) == entries
    set_policy(store, "usage", 36, "needed for three-year trends", operator="t")
    with pytest.raises(PrevistaError, match="plan it again"):
        execute_retention(store, plan, operator="t")


def test_deadlines_and_overdue_count_what_expires_when(store: ProjectStore) -> None:
    imported(store)
    usage = store.read_table("usage").select(pl.col("Event Time").cast(pl.Date).dt.offset_by("24mo").alias("x"))["x"]
    today = FAR.date()
    view = deadlines(store, FAR).tables
    assert view["usage"].expired == int((usage <= today).sum())
    assert sum(view["usage"].upcoming.values()) == int(((usage > today) & (usage <= date(2030, 3, 1))).sum())
    assert all("2029-03" <= month <= "2030-03" for month in view["usage"].upcoming)
    assert overdue(store, FAR).due and not overdue(store, datetime(2026, 1, 1, tzinfo=timezone.utc)).due
    assert overdue(store, FAR).expired["usage"] == view["usage"].expired
    due = replace(project_status(store), retention=overdue(store, FAR))
    assert f"usage {view['usage'].expired} rows" in status_text(due)
    execute_retention(store, plan_retention(store, FAR), operator="t")
    assert overdue(store, FAR) == RetentionDue(due=False, expired={})


def test_policies_are_validated_stored_and_logged(store: ProjectStore) -> None:
    assert policies(store)["transactions"].months == 120
    set_policy(store, "transactions", 72, " bookkeeping: 6 years", operator="t")
    set_policy(store, "usage", 12, "recent behaviour only", operator="t")
    set_policy(store, "transactions", 84, "bookkeeping: 7 years", operator="t")
    assert policies(store)["transactions"] == RetentionPolicy(months=84, basis="bookkeeping: 7 years")
    assert store.meta("retention") == {"version": 1, "tables": {  # the stored form old projects hold
        "transactions": {"months": 84, "basis": "bookkeeping: 7 years"},
        "usage": {"months": 12, "basis": "recent behaviour only"}}}
    assert list(store.meta("retention")["tables"]) == ["transactions", "usage"]
    details = store.log.entries()[-1]["details"]
    assert (details["months_before"], details["months"]) == (72, 84)
    for table, months, basis in (("tickets", 12, "x"), ("usage", 0, "x"), ("usage", 12.5, "x"), ("usage", 12, " ")):
        with pytest.raises(ParameterError):
            set_policy(store, table, months, basis, operator="t")
    entries = len(store.log.entries())
    with pytest.raises(ParameterError, match="'basis' parameter"):  # a form's rows are all checked before one is saved
        ProjectService(store, operator="t").duties.set_retention({"usage": RetentionPolicy(6, "recent behaviour"),
                                                                  "customers": RetentionPolicy(12, " ")})
    assert len(store.log.entries()) == entries and policies(store)["usage"].months == 12


def test_cleanup_with_nothing_due_is_still_logged(store: ProjectStore) -> None:
    plan = plan_retention(store, FAR)
    assert plan.empty
    assert execute_retention(store, plan, operator="t").rows_removed == {}
    assert store.log.entries()[-1]["action"] == "retention-cleanup"
