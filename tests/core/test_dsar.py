"""Data-subject requests: access returns everything held about one person; erasure removes it for good."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from prevista.core.demo.run import demo_files
from prevista.core.duties.dsar import access_request, erasure_request, plan_erasure, write_access_report
from prevista.core.duties.retention import execute_retention, plan_retention
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy.errors import PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Table
from prevista.privacy.store import ProjectStore
from tests.core.test_retention import FAR, assert_unrecoverable, imported, snapshot

IDS = {"contacts": "Record ID", "deals": "Associated Contact ID", "tickets": "Contact ID", "usage": "Contact ID"}


def raw(name: str) -> pl.DataFrame:
    return pl.read_csv(next(p for p in demo_files("hubspot") if p.stem == name), infer_schema=False)


def person() -> dict[str, str]:
    """A contact who has not opted out and has deals, tickets and usage in the export."""
    contacts = raw("contacts").filter(pl.col("Marketing Opt Out") == "false")
    everywhere = contacts.select(pl.col("Record ID").alias("id"))
    for name in ("deals", "tickets", "usage"):
        everywhere = everywhere.join(raw(name).select(pl.col(IDS[name]).alias("id")).unique(), on="id")
    return contacts.filter(pl.col("Record ID") == everywhere["id"].sort()[0]).row(0, named=True)


def raw_counts(customer_id: str) -> dict[str, int]:
    return {name: raw(name).filter(pl.col(column) == customer_id).height for name, column in IDS.items()}


def traces(store: ProjectStore, key: int, eid: str) -> list[str]:
    """Every stored table holding the person's customer key or encrypted ID."""
    found = []
    for name in store.table_names():
        if "rows" not in store.table_info(name):
            continue
        table = store.read_table(name)
        if (KEY in table.columns and table[KEY].is_in([key]).any()) or (
                "eid" in table.columns and table["eid"].is_in([eid]).any()):
            found.append(name)
    return found


def test_access_returns_everything_held_and_logs_no_personal_data(tmp_path: Path, store: ProjectStore) -> None:
    imported(store)
    who = person()
    result = access_request(store, who["Record ID"], operator="t")
    counts = raw_counts(who["Record ID"])
    tables = result.tables
    assert len(tables["customers"]) == counts["contacts"] == 1
    assert len(tables["transactions"]) == counts["deals"]
    assert len(tables["interactions"]) == counts["tickets"]
    assert len(tables["usage"]) == counts["usage"]
    assert tables[Table.IDENTITIES][0]["Email"] == who["Email"]
    assert result.opted_out is False and not result.erased and result.processing.legal_basis
    entry = store.log.entries()[-1]
    assert entry["action"] == "dsar-access" and entry["counts"] == {"people": 1}  # their row counts are theirs
    assert who["Record ID"] not in json.dumps(entry) and who["Email"] not in json.dumps(entry)
    report = write_access_report(result, tmp_path / "access.html")
    text = report.read_text(encoding="utf-8")
    assert who["Email"] in text and "<script" not in text and (report.stat().st_mode & 0o077) == 0
    with pytest.raises(PrevistaError, match="outside the project folder"):
        write_access_report(result, store.root / "access.html")


def test_erasure_removes_the_person_everywhere_for_good(store: ProjectStore) -> None:
    imported(store)
    who = person()
    eid = EncryptedIds(store.keys.encrypted_ids).encrypt(who["Record ID"])
    key = store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)[KEY][0]
    assert {"customers", "transactions", "interactions", "usage", Table.IDENTITIES} <= set(traces(store, key, eid))
    plan = plan_erasure(store, who["Record ID"])
    before = snapshot(store)
    result = erasure_request(store, who["Record ID"], operator="t")
    assert result.rows_removed["transactions"] == raw_counts(who["Record ID"])["deals"]
    assert traces(store, key, eid) == sorted([Table.OPTOUTS, Table.ERASED])  # the suppression register keeps the encrypted ID only
    assert store.meta("model_card")["erasures_since_training"] == 1
    entry = store.log.entries()[-1]
    assert entry["action"] == "dsar-erasure" and who["Record ID"] not in json.dumps(entry) and eid not in json.dumps(entry)
    assert_unrecoverable(store, before, set(plan.summary.rows_removed) | {Table.SUBJECTS})
    files = b"".join(p.read_bytes() for p in store.root.rglob("*") if p.is_file())
    assert who["Email"].encode() not in files and who["Last Name"].encode() not in files

    run_import(store, demo_files("hubspot"), ImportOptions(operator="t", keep_identities=True), accept_warnings=True)
    # the importer still lists the suppressed encrypted ID in subjects (as for opt-outs), but holds no data for it
    new_key = store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)[KEY][0]
    assert [n for n in traces(store, new_key, eid) if n not in (Table.OPTOUTS, Table.ERASED, Table.SUBJECTS)] == []
    assert access_request(store, who["Record ID"], operator="t").erased is True


def test_erasure_after_retention_and_of_unknown_people(store: ProjectStore) -> None:
    imported(store)
    with pytest.raises(PrevistaError, match="No data is held for this customer ID"):
        erasure_request(store, "no-such-customer", operator="t")
    with pytest.raises(PrevistaError, match="No data is held"):
        access_request(store, "no-such-customer", operator="t")
    execute_retention(store, plan_retention(store, FAR), operator="t")
    who = person()  # active in the last months of the demo data: outlives this cleanup
    assert erasure_request(store, who["Record ID"], operator="t").encrypted_id_removed
    assert access_request(store, who["Record ID"], operator="t").tables == {}
    assert erasure_request(store, who["Record ID"], operator="t").rows_total == 0  # repeating it is harmless
    assert store.log_problem() is None
