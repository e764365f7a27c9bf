"""Every table and metadata key a fully used project holds is declared in privacy/schema.py.

Opt-outs, erasure, retention and access requests reach a person's rows through
``PER_CUSTOMER`` alone; a per-customer table written without being declared there
would silently escape them.  So a project is driven through every step that writes
(import with identities, training, an objection by an unknown address, an erasure,
a retention cleanup) and what it then holds is compared with the schema.
"""

from __future__ import annotations

import polars as pl

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.dsar import erasure_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.duties.retention import execute_retention, plan_retention
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy.schema import KEY, PER_CUSTOMER, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.core.test_retention import FAR


def _use_everything(store: ProjectStore) -> None:
    run_import(store, demo_files("hubspot"), ImportOptions(operator="t", keep_identities=True), accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    record_optouts(store, Requests(emails=("nobody.yet@example.org",)), operator="t")
    contacts = pl.read_csv(next(p for p in demo_files("hubspot") if p.stem == "contacts"), infer_schema=False)
    erasure_request(store, contacts["Record ID"][0], operator="t")
    execute_retention(store, plan_retention(store, FAR), operator="t")


def test_a_fully_used_project_holds_only_declared_tables_and_keys(store: ProjectStore) -> None:
    _use_everything(store)
    declared = set(Table) | set(TableKind)
    held = set(store.table_names())
    assert held - declared == set(), "tables written without a name in privacy/schema.py"
    keyed = {name for name in held if "rows" in store.table_info(name)
             and KEY in store.table_info(name)["columns"]}
    # SUBJECTS is the key's own register (key ↔ encrypted ID): erasure and retention remove its row on purpose
    assert keyed - set(PER_CUSTOMER) - {Table.SUBJECTS} == set(), "per-customer tables the duties would not reach"
    assert {Table.SCORES, Table.IDENTITIES, Table.EMAIL_INDEX, Table.LAST_ACTIVITY, Table.OPTOUT_EMAILS,
            Table.ERASED} <= held, "the run did not exercise every kind of table"
    assert set(store._manifest["meta"]) - set(Meta) == set(), "metadata keys without a name in privacy/schema.py"
