"""Orders that name their buyer only by e-mail address belong to the customer who has that address: in the
same import's customer list, or in what the project already holds."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest import staging
from prevista.core.ingest.importer import ImportOptions, plan_import, run_import
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, Role, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

OPTIONS = ImportOptions(operator="test operator")
PEOPLE = 60


def _customers(path: Path, shared: bool = False) -> Path:
    """A CRM's customer list: a number, a name and an address each (with ``shared``, customers 1 and 2 share one)."""
    rows = [f"K{n:03d},Person {n},person{1 if shared and n == 2 else n}@example.com,2023-0{1 + n % 9}-01"
            for n in range(1, PEOPLE + 1)]
    path.write_text("\n".join(["Kundennummer,Name,E-Mail,Kunde seit", *rows]) + "\n")
    return path


def _orders(path: Path, seed: int, by_address: bool, strangers: int = 0) -> Path:
    """A shop's orders, naming the buyer by customer number or (as Shopify does) only by address, written in
    whatever letter case the buyer typed it."""
    r, typed = random.Random(seed), random.Random(seed + 1)  # the case typed: the same orders either way
    header = "Name,Email,Created at,Total" if by_address else "Name,Kundennummer,Created at,Total"
    rows = []
    for order in range(300):
        n = r.randint(1, PEOPLE + strangers)
        address = f"person{n}@example.com"
        buyer = "".join(c.upper() if typed.random() < 0.3 else c for c in address) if by_address else f"K{n:03d}"
        rows.append(f"#{1001 + order},{buyer},2024-{1 + order % 12:02d}-{1 + order % 28:02d} 10:00:00,{r.randint(5, 90)}.50")
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def _purchases(store: ProjectStore) -> pl.DataFrame:
    return store.read_table(TableKind.TRANSACTIONS.value).select(KEY, "Created at", "Total").sort(KEY, "Created at", "Total")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_a_customers_orders_are_the_same_whether_named_by_number_or_by_address(tmp_path_factory, fast_kdf: KdfParams,
                                                                              seed: int) -> None:
    stores = []
    for by_address in (False, True):
        folder = tmp_path_factory.mktemp("addresses")
        store = ProjectStore.create(folder / "project", PASSPHRASE, kdf=fast_kdf)
        _, result = run_import(store, [_customers(folder / "kunden.csv"), _orders(folder / "orders.csv", seed, by_address)],
                               OPTIONS, accept_warnings=True)
        assert result is not None and result.customers == PEOPLE
        stores.append(store)
    assert _purchases(stores[1]).equals(_purchases(stores[0]))


def test_an_address_is_linked_to_the_customer_the_project_holds_and_a_strangers_is_its_own(store: ProjectStore,
                                                                                        tmp_path: Path) -> None:
    run_import(store, [_customers(tmp_path / "kunden.csv")], OPTIONS, accept_warnings=True)
    known = set(store.read_table(TableKind.CUSTOMERS.value)[KEY].to_list())
    plan = plan_import(store, [_orders(tmp_path / "orders_export.csv", 3, True, strangers=5)], replace(OPTIONS, append=True))
    email = plan.tables[0].mapping.column("Email")
    assert (email.role, email.meaning) == (Role.CUSTOMER_ID, "email")
    assert "email-as-customer-id" in {f.code for f in plan.report.warnings}
    linked = next(f for f in plan.report.infos if f.code == "linked-by-address")
    strangers = {n for n in plan.tables[0].distinct_ids.to_list() if "@" in n}
    assert strangers and all(n.islower() for n in strangers), "a stranger is one customer whatever the case"
    assert f"the other {len(strangers)} are" in linked.message
    _, result = run_import(store, [tmp_path / "orders_export.csv"], replace(OPTIONS, append=True), accept_warnings=True)
    assert result is not None and result.new_customers == len(strangers)
    buyers = set(store.read_table(TableKind.TRANSACTIONS.value)[KEY].to_list())
    assert len(buyers - known) == len(strangers) and len(buyers & known) > 45
    assert store.read_table(Table.EMAIL_INDEX).height >= PEOPLE, "an opt-out by e-mail still finds every customer"


def test_an_address_two_customers_share_stands_for_neither(store: ProjectStore, tmp_path: Path) -> None:
    plan = plan_import(store, [_customers(tmp_path / "kunden.csv", shared=True), _orders(tmp_path / "orders.csv", 4, True)],
                       OPTIONS)
    orders = next(t for t in plan.tables if t.kind is TableKind.TRANSACTIONS)
    assert "person1@example.com" in orders.distinct_ids.to_list()
    assert "K001" not in orders.distinct_ids.to_list() and "K002" not in orders.distinct_ids.to_list()
    assert "K003" in orders.distinct_ids.to_list()


def test_a_customer_number_beside_the_address_stays_the_customer(store: ProjectStore, tmp_path: Path) -> None:
    plan = plan_import(store, [_customers(tmp_path / "kunden.csv")], OPTIONS)
    assert plan.tables[0].mapping.column("Kundennummer").role is Role.CUSTOMER_ID
    assert plan.tables[0].mapping.column("E-Mail").role is Role.IDENTIFIER
    assert not {f.code for f in plan.report.warnings} & {"email-as-customer-id"}


def test_a_project_keyed_by_addresses_as_typed_keeps_its_customers(store: ProjectStore, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """A project whose earlier imports kept the addresses' letter case as typed (before addresses were taken in
    lower case) finds the same customers in next week's export."""
    first = _orders(tmp_path / "week1.csv", 5, True)
    pl.read_csv(first).with_columns(pl.col("Email").str.to_lowercase().str.to_titlecase()).write_csv(first)  # one way each
    with monkeypatch.context() as patch:
        patch.setattr(staging, "is_addresses", lambda distinct: False)
        _, result = run_import(store, [first], OPTIONS, accept_warnings=True)
    assert result is not None
    stored = store.read_table(Table.SUBJECTS).height
    _, again = run_import(store, [_orders(tmp_path / "week2.csv", 5, True)], replace(OPTIONS, append=True),
                          accept_warnings=True)
    assert again is not None and again.new_customers == 0 and store.read_table(Table.SUBJECTS).height == stored


def test_addresses_made_the_customer_by_hand_are_said_to_be_taken_in_lower_case(store: ProjectStore,
                                                                                tmp_path: Path) -> None:
    """The user's own choice of the address as the ID is no reason to fold its case unsaid."""
    path = tmp_path / "kunden.csv"
    path.write_text("\n".join(["Kundennummer,E-Mail,Kunde seit"] + [
        f"K{n},{'Person' if n % 2 else 'person'}{n}@example.com,2023-01-01" for n in range(1, PEOPLE + 1)]) + "\n")
    options = replace(OPTIONS, roles={"E-Mail": Role.CUSTOMER_ID, "Kundennummer": Role.IGNORE})
    plan = plan_import(store, [path], options)
    assert "addresses-in-lower-case" in {f.code for f in plan.report.warnings}
    assert "email-as-customer-id" not in {f.code for f in plan.report.warnings}
    assert all(address.islower() for address in plan.tables[0].distinct_ids.to_list())
