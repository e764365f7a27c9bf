"""One erasure path: however a person is excluded, nothing stored or derived keeps them."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.dsar import access_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.erasure.exclusion import FORECAST_WITHHELD
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.reports.status import project_status
from prevista.core.reports.text import status_text
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, PER_CUSTOMER, Meta, Role, Table, TableKind
from prevista.privacy.store import ProjectStore

OPT_OUT = "Marketing Opt Out"


def key_of(store: ProjectStore, raw_id: str) -> int | None:
    eid = EncryptedIds(store.keys.encrypted_ids).encrypt(raw_id)
    found = store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)
    return int(found[KEY][0]) if found.height else None


def holders(store: ProjectStore, key: int) -> list[str]:
    """Every per-customer table that still has a row for ``key``."""
    return [name for name in PER_CUSTOMER if store.has_table(name) and store.read_table(name)[KEY].is_in([key]).any()]


def segment_sizes(store: ProjectStore) -> dict[int, int]:
    return {row["segment"]: row["size"] for row in store.meta(Meta.SEGMENTS)["segments"]}


def test_an_opt_out_flag_in_a_later_export_reaches_everything_stored_and_derived(store: ProjectStore,
                                                                                  tmp_path: Path) -> None:
    contacts_file, *others = demo_files("hubspot")
    run_import(store, [contacts_file, *others], ImportOptions(operator="t", keep_identities=True), accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    contacts = pl.read_csv(contacts_file, infer_schema=False)
    with_tickets = store.read_table(TableKind.INTERACTIONS)[KEY].unique()
    person = next(row["Record ID"] for row in contacts.filter(pl.col(OPT_OUT) == "false").iter_rows(named=True)
                  if key_of(store, row["Record ID"]) in with_tickets)
    key = key_of(store, person)
    assert key is not None and {Table.SCORES, Table.IDENTITIES, Table.EMAIL_INDEX} <= set(holders(store, key))
    segment = int(store.read_table(Table.SCORES).filter(pl.col(KEY) == key)["segment"][0])
    sizes = segment_sizes(store)
    later = contacts.with_columns(pl.when(pl.col("Record ID") == person).then(pl.lit("true"))
                                  .otherwise(pl.col(OPT_OUT)).alias(OPT_OUT))
    later.write_csv(tmp_path / "contacts.csv")
    run_import(store, [tmp_path / "contacts.csv"], ImportOptions(operator="t"), accept_warnings=True)  # no identities
    assert holders(store, key) == []
    after = segment_sizes(store)
    assert sum(after.values()) < sum(sizes.values()) and after.get(segment, 0) < sizes[segment]
    assert store.meta(Meta.MODEL_CARD)["opt_outs_since_training"] == 1
    assert store.meta(Meta.FORECAST) is None and store.meta(Meta.SEGMENTS)["forecast_note"] == FORECAST_WITHHELD
    status = project_status(store)
    assert status.retrain_recommended and "RETRAIN RECOMMENDED" in status_text(status)
    report = access_request(store, person, operator="t")
    assert report.opted_out and not report.tables and report.segments == ()


def test_no_retrain_is_recommended_before_anyone_is_excluded(store: ProjectStore) -> None:
    run_import(store, demo_files("hubspot"), ImportOptions(operator="t"), accept_warnings=True)
    assert not project_status(store).retrain_recommended
    assert "RETRAIN" not in status_text(project_status(store))


def email_keyed_tickets(path: Path, people: int = 60) -> Path:
    """A ticket export keyed by e-mail: the address is the customer ID."""
    rows = [(f"T{i}", f"person{i % people}@example.org", f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}", "Billing")
            for i in range(people * 3)]
    pl.DataFrame(rows, schema=["Ticket", "Email", "Created", "Category"], orient="row").write_csv(path)
    return path


EMAIL_AS_ID = ImportOptions(operator="t", kind=TableKind.INTERACTIONS,
                            roles={"Email": Role.CUSTOMER_ID, "Ticket": Role.IGNORE})


def test_opt_out_by_email_finds_a_person_whose_customer_id_is_that_email(store: ProjectStore, tmp_path: Path) -> None:
    tickets = email_keyed_tickets(tmp_path / "tickets.csv")
    run_import(store, [tickets], EMAIL_AS_ID, accept_warnings=True)
    key = key_of(store, "person7@example.org")
    assert key is not None and TableKind.INTERACTIONS in holders(store, key)
    result = record_optouts(store, Requests(emails=(" Person7@Example.ORG ",)), operator="t")
    assert result.customers_with_data == 1 and result.emails_not_yet_known == 0
    assert holders(store, key) == []
    run_import(store, [tickets], EMAIL_AS_ID, accept_warnings=True)
    assert key_of(store, "person7@example.org") == key and holders(store, key) == []


def test_an_email_that_objected_before_the_import_keeps_its_owner_out_when_it_is_the_id(
        store: ProjectStore, tmp_path: Path) -> None:
    assert record_optouts(store, Requests(emails=("PERSON8@example.org",)), operator="t").emails_not_yet_known == 1
    run_import(store, [email_keyed_tickets(tmp_path / "tickets.csv")], EMAIL_AS_ID, accept_warnings=True)
    key = key_of(store, "person8@example.org")
    assert key is not None and holders(store, key) == []
