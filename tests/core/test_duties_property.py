"""Property: whatever sequence of imports, opt-outs, re-consents, retention runs and erasures
happens, nobody who objected (and has not re-consented) or was erased appears in any stored
table, training set, score or segment count, and the processing log always verifies."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.demo import demo_files
from core.features import ProjectData
from core.importer import KEY, SUBJECTS, ImportOptions, run_import
from core.optouts import Requests, record_optouts, withdraw_optouts
from core.training import TrainOptions, train
from privacy.kdf import KdfParams
from privacy.pseudonym import EncryptedIds
from privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

PEOPLE = 12  # the cast of people the operations pick from


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("duties") / "project"
    store = ProjectStore.create(root, PASSPHRASE, kdf=KdfParams.minimum())
    run_import(store, demo_files("hubspot"), ImportOptions(operator="t"), accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema=False).filter(pl.col("Marketing Opt Out") == "false")
    return root, contacts["Record ID"].head(PEOPLE).to_list()


operations = st.lists(
    st.tuples(st.sampled_from(["import", "optout", "reconsent"]), st.integers(0, PEOPLE - 1)),
    min_size=1, max_size=5)


def forbidden_after(steps: list[tuple[str, int]], people: list[str]) -> set[str]:
    objected: set[str] = set()
    for action, who in steps:
        if action == "optout":
            objected.add(people[who])
        elif action == "reconsent":
            objected.discard(people[who])
    return objected


def assert_absent(store: ProjectStore, raw_ids: set[str]) -> None:
    ids = EncryptedIds(store.keys.encrypted_ids)
    eids = [ids.encrypt(raw) for raw in raw_ids]
    keys = store.read_table(SUBJECTS).filter(pl.col("eid").is_in(eids))[KEY]
    for name in store.table_names():
        info = store.table_info(name)
        if "rows" in info and KEY in info["columns"] and name != SUBJECTS:
            assert not store.read_table(name)[KEY].is_in(keys.implode()).any(), name
    assert not ProjectData.load(store).customer_keys().is_in(keys.implode()).any()
    scores = store.read_table("scores")
    segments = store.meta("segments")["segments"]
    assert sum(row["size"] for row in segments) <= scores.height
    assert store.log_problem() is None


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_objections_hold_through_any_sequence(trained_project, tmp_path_factory, steps) -> None:
    source, people = trained_project
    root = tmp_path_factory.mktemp("run") / "project"
    shutil.copytree(source, root)
    store = ProjectStore.open(root, PASSPHRASE)
    for done, (action, who) in enumerate(steps, start=1):
        if action == "import":
            run_import(store, demo_files("hubspot")[:1], ImportOptions(operator="t"), accept_warnings=True)
        elif action == "optout":
            record_optouts(store, Requests(ids=(people[who],)), operator="t")
        else:
            withdraw_optouts(store, Requests(ids=(people[who],)), operator="t")
        assert_absent(store, forbidden_after(steps[:done], people))
