"""Action lists: purpose-bound, logged, without opt-outs, formula-safe, and usable in the user's own CRM."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.action_list import prepare_action_list
from prevista.core.duties.exports import neutralise
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy.errors import PrevistaError
from prevista.privacy.store import ProjectStore


def test_action_list_names_a_segment_without_opt_outs(tmp_path: Path, store: ProjectStore) -> None:
    options = ImportOptions(operator="t")
    run_import(store, demo_files("hubspot"), options, accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    crm_ids = set(pl.read_csv(demo_files("hubspot")[0], infer_schema=False)[:, 0].to_list())
    ids_only = prepare_action_list(store, segment=0, purpose="help", operator="t", out=tmp_path / "a.csv", top=5)
    found = pl.read_csv(ids_only.file, infer_schema=False)
    assert found.columns == ["customer_id", "segment", "segment_name", "churn_risk", "reason", "suggested_action"]
    assert set(found["customer_id"]) <= crm_ids and found["suggested_action"].str.len_chars().min() > 10
    assert "direct identifiers (identity table)" not in store.log.entries()[-1]["data_categories"]
    run_import(store, demo_files("hubspot"), replace(options, keep_identities=True), accept_warnings=True)
    out = tmp_path / "calls.csv"
    first = prepare_action_list(store, segment=0, purpose="check-in calls", operator="t", out=out, top=5)
    listed = pl.read_csv(out, infer_schema=False)
    assert first.people_listed == 5 and first.file == out
    assert {"customer_id", "Email", "segment_name", "churn_risk", "reason", "suggested_action"} <= set(listed.columns)
    assert listed["churn_risk"].cast(pl.Float64).is_sorted(descending=True)
    record_optouts(store, Requests(emails=(listed["Email"][0],)), operator="t")
    prepare_action_list(store, segment=0, purpose="check-in calls", operator="t", out=out, top=5)
    assert listed["Email"][0] not in pl.read_csv(out, infer_schema=False)["Email"].to_list()
    entry = store.log.entries()[-1]
    assert entry["action"] == "action-list-prepared" and entry["purpose"] == "check-in calls"
    assert listed["Email"][0] not in str(entry)
    entries = len(store.log.entries())
    refusals = {"State the purpose": {"purpose": " "}, "'top' parameter": {"top": 0},
                "Unknown legal basis": {"legal_basis": "because"}, "no segment 99": {"segment": 99}}
    for message, wrong in refusals.items():  # checked before anyone is named: no file, no log entry
        with pytest.raises(PrevistaError, match=message):
            prepare_action_list(store, **{"segment": 0, "purpose": "calls", "operator": "t", "out": tmp_path / "x.csv",
                                          **wrong})
    assert not (tmp_path / "x.csv").exists() and len(store.log.entries()) == entries


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise("Łukasz") == "Łukasz"
