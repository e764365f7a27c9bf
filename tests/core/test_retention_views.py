"""The retention view counts every stored customer once, whatever kind of export brought them in, and the
command line shows it as text (JSON only with ``--json``)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from prevista.core.duties.retention import TableDeadlines, deadlines, plan_retention
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy.schema import Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista

NOW = datetime(2026, 6, 15, tzinfo=UTC)
PEOPLE = 60


def _day(days_ago: int) -> str:
    return (NOW.date() - timedelta(days=days_ago)).isoformat()


def snapshot(folder: Path) -> list[Path]:
    """A bank-style labelled snapshot: balances and a churn flag, not one date column."""
    path = folder / "bank.csv"
    pl.DataFrame({"CustomerId": [15_600_000 + i for i in range(PEOPLE)],
                  "Balance": [f"{i * 1234.5:.2f}" for i in range(PEOPLE)],
                  "Age": [20 + i % 50 for i in range(PEOPLE)],
                  "Tenure": [i % 10 for i in range(PEOPLE)],
                  "Exited": [i % 4 == 0 for i in range(PEOPLE)]}).write_csv(path)
    return [path]


def order_log(folder: Path) -> list[Path]:
    """Order lines, several per order, no customers table; some customers ordered long ago, some lately."""
    rows = [(f"O-{i // 3}", _day(30 + (i // 3) * 40), f"CU-{(i // 3) % PEOPLE}", f"P-{i % 7}", f"{10 + i}.5")
            for i in range(PEOPLE * 6)]
    path = folder / "orders.csv"
    pl.DataFrame(rows, schema=["Order ID", "Order Date", "Customer ID", "Product ID", "Sales"],
                 orient="row").write_csv(path)
    return [path]


def transactions_with_customers(folder: Path) -> list[Path]:
    """A customers file where only some have a signup date, and a transaction log for only some of them:
    customers without any date must land in "undated", not vanish."""
    customers = folder / "customers.csv"
    pl.DataFrame({"customer_id": [f"CS{i}" for i in range(PEOPLE)],
                  "signup_date": [_day(200 * i) if i % 3 == 0 else None for i in range(PEOPLE)],
                  "plan": ["basic" if i % 2 else "pro" for i in range(PEOPLE)]}).write_csv(customers)
    transactions = folder / "transactions.csv"
    pl.DataFrame([(f"CS{i % (PEOPLE // 2)}", _day(90 * i), 10 + i) for i in range(PEOPLE)],
                 schema=["customer_id", "trans_date", "tran_amount"], orient="row").write_csv(transactions)
    return [customers, transactions]


def _in_one_bucket(table: TableDeadlines) -> None:
    assert table.later >= 0 and min(table.expired, table.undated, *table.upcoming.values(), 0) >= 0
    assert table.expired + sum(table.upcoming.values()) + table.later + table.undated == table.held


@pytest.mark.parametrize("export", [snapshot, order_log, transactions_with_customers])
def test_every_stored_customer_is_in_exactly_one_bucket(export, store: ProjectStore, tmp_path: Path) -> None:
    _, result = run_import(store, export(tmp_path), ImportOptions(operator="t"), accept_warnings=True)
    assert result is not None
    view = deadlines(store, NOW)
    customers = view.tables[TableKind.CUSTOMERS.value]
    assert customers.unit == "customers" and customers.held == store.table_info(Table.SUBJECTS)["rows"] == PEOPLE
    for table in view.tables.values():
        _in_one_bucket(table)
    for kind in set(TableKind) - {TableKind.CUSTOMERS}:
        if store.has_table(kind.value):  # an event table's rows are all held, dated or not
            assert view.tables[kind.value].held == store.table_info(kind.value)["rows"]
    assert customers.expired == plan_retention(store, NOW).summary.customers_expired  # the view says what a cleanup does
    if export is snapshot:
        assert customers.undated == PEOPLE  # nothing dates a snapshot's customers: none can be said to expire
    if export is transactions_with_customers:
        # those with neither a signup date nor a transaction: i ≥ 30 and i % 3 != 0
        assert customers.undated == sum(1 for i in range(PEOPLE // 2, PEOPLE) if i % 3)
        assert customers.expired > 0 and customers.later + sum(customers.upcoming.values()) > 0


def test_retention_show_and_plan_are_readable_text_and_json_on_request(store: ProjectStore, tmp_path: Path) -> None:
    run_import(store, transactions_with_customers(tmp_path), ImportOptions(operator="t"), accept_warnings=True)
    root = str(store.root)
    shown = prevista("retention", "show", "--project", root)
    assert shown.returncode == 0, shown.stderr
    assert not shown.stdout.lstrip().startswith("{") and "Retention deadlines as of" in shown.stdout
    header, *rows = [line for line in shown.stdout.splitlines() if line.startswith("  ") and "why" not in line
                     and "expiring" not in line]
    assert header.split()[:3] == ["table", "limit", "held"] and rows[0].split()[0] == "customers"
    assert f" {PEOPLE} " in rows[0] and "Undated rows and customers stay" in shown.stdout
    as_json = json.loads(prevista("retention", "show", "--project", root, "--json").stdout)
    assert as_json["tables"]["customers"]["held"] == PEOPLE
    planned = prevista("retention", "plan", "--project", root)
    assert planned.returncode == 0 and not planned.stdout.lstrip().startswith("{")
    assert "Dry run — nothing deleted" in planned.stdout and "customers past the customers limit:" in planned.stdout
    assert "transactions" in planned.stdout and "rows" in planned.stdout
    plan_json = json.loads(prevista("retention", "plan", "--project", root, "--json").stdout)
    assert plan_json["dry_run"] is True and plan_json["rows_removed"]["transactions"] > 0
    assert date.fromisoformat(plan_json["today"])
