"""Opt-outs are honoured everywhere from the moment they are recorded; re-consent is possible."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.optouts import (
    RegisterSummary,
    Requests,
    record_optouts,
    register_summary,
    requests_from_file,
    withdraw_optouts,
)
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.services.duties import optout_requests
from prevista.privacy.errors import PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Table
from prevista.privacy.store import ProjectStore

OPTIONS = ImportOptions(operator="t")


def contacts() -> pl.DataFrame:
    return pl.read_csv(demo_files("hubspot")[0], infer_schema=False).filter(pl.col("Marketing Opt Out") == "false")


def key_of(store: ProjectStore, raw_id: str) -> int | None:
    eid = EncryptedIds(store.keys.encrypted_ids).encrypt(raw_id)
    found = store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)
    return found[KEY][0] if found.height else None


def holders(store: ProjectStore, key: int) -> list[str]:
    """Every stored table that still has a row for ``key``."""
    return [name for name in store.table_names() if "rows" in store.table_info(name)
            and KEY in store.read_table(name).columns and name != Table.SUBJECTS
            and store.read_table(name)[KEY].is_in([key]).any()]


def test_optout_by_id_and_email_removes_everywhere_and_marks_the_model(store: ProjectStore) -> None:
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    people = contacts()
    by_id, by_email = people["Record ID"][0], people["Email"][1]
    keys = [key_of(store, by_id), key_of(store, people["Record ID"][1])]
    assert all(holders(store, k) for k in keys)
    sizes_before = sum(row["size"] for row in store.meta("segments")["segments"])
    result = record_optouts(store, Requests(ids=(by_id,), emails=(by_email.upper(),)), operator="t")
    assert result.customers_with_data == 2 and result.emails_not_yet_known == 0
    assert [holders(store, k) for k in keys] == [[], []]
    assert store.meta("model_card")["opt_outs_since_training"] == 2
    scored = store.read_table("scores").height
    assert sum(row["size"] for row in store.meta("segments")["segments"]) <= min(scored, sizes_before)
    assert not ProjectData.load(store).customer_keys().is_in(keys).any()
    assert store.log.entries()[-1]["action"] == "optout-recorded"
    assert by_email.encode() not in b"".join(p.read_bytes() for p in store.root.rglob("*") if p.is_file())


def test_optouts_hold_across_reimports_and_reconsent_brings_data_back(store: ProjectStore) -> None:
    person = contacts().row(3, named=True)
    record_optouts(store, Requests(emails=(person["Email"],)), operator="t")
    assert register_summary(store) == RegisterSummary(customers=0, erased=0, emails_not_yet_known=1)
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    key = key_of(store, person["Record ID"])
    assert holders(store, key) == [] and store.read_table(Table.OPTOUTS).height >= 1
    assert not store.read_table(Table.EMAIL_INDEX)[KEY].is_in([key]).any()
    withdraw_optouts(store, Requests(ids=(person["Record ID"],), emails=(person["Email"],)), operator="t")
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    assert "customers" in holders(store, key)
    assert [e["action"] for e in store.log.entries()].count("optout-withdrawn") == 1


def test_optout_list_from_a_file(tmp_path: Path, store: ProjectStore) -> None:
    run_import(store, demo_files("hubspot"), OPTIONS, accept_warnings=True)
    people = contacts().head(3)
    path = tmp_path / "unsubscribed.csv"
    people.select("Email").write_csv(path)
    requests = requests_from_file(path)
    assert sorted(requests.emails) == sorted(people["Email"].to_list())
    assert record_optouts(store, requests, operator="t", source="file").customers_with_data == 3
    with pytest.raises(PrevistaError, match="at least one"):
        Requests()


def test_typed_values_and_several_files_make_one_request(tmp_path: Path) -> None:
    people = contacts().head(4)
    emails, ids = tmp_path / "emails.csv", tmp_path / "ids.csv"
    people.head(2).select("Email").write_csv(emails)
    people.tail(2).select(pl.col("Record ID").alias("customer_id")).write_csv(ids)
    requests = optout_requests(ids=("typed-id",), emails=("typed@example.org",), files=[emails, ids])
    assert requests.ids == ("typed-id", *people.tail(2)["Record ID"])
    assert requests.emails == ("typed@example.org", *people.head(2)["Email"])
    with pytest.raises(PrevistaError, match="at least one"):
        optout_requests(ids=(), emails=())
