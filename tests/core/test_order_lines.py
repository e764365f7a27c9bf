"""Order-line exports as shops have them: quantities × unit prices, invoice numbers, cancellations and
returns, postage and manual lines, guest orders without a customer ID, and files that cannot belong
together.  The generated files reproduce the quirks of the UCI Online Retail export and of the Tableau
Superstore sheet; nothing here knows either file."""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics.features import LINE_TYPE, LINE_VALUE, LineType, ProjectData, build_features
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.ingest import importer
from prevista.core.ingest.importer import ImportOptions, plan_import, run_import
from prevista.core.ingest.order_lines import Orders
from prevista.core.ingest.staging import RAW_ID, StagedTable
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, Role, TableKind
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE

START = datetime(2010, 12, 1, 8, 0)
HISTORY_DAYS = 540
GUEST_SHARE = 0.25


def _stamp(moment: datetime) -> str:
    """UCI's own spelling: month first, nothing zero-padded ("12/1/2010 8:26")."""
    return f"{moment.month}/{moment.day}/{moment.year} {moment.hour}:{moment.minute:02d}"


def online_retail_frame(customers: int = 400, seed: int = 7) -> pl.DataFrame:
    """Invoice lines like the UCI Online Retail export: C-prefixed cancellation invoices with negative
    quantities, POST/M/BANK CHARGES lines, and about a quarter of the rows without a CustomerID."""
    rng = random.Random(seed)
    codes = [f"{21000 + 37 * i}{'A' if i % 5 == 0 else ''}" for i in range(80)]
    prices = {code: round(rng.uniform(0.4, 9.0), 2) for code in codes}
    rows: list[tuple[str, str, str, str, str, str, str, str]] = []
    invoice = 536365

    def order(customer: str, moment: datetime, country: str) -> None:
        nonlocal invoice
        invoice += 1
        lines = [(code, f"PRODUCT {code}", rng.randint(1, 12)) for code in rng.sample(codes, rng.randint(1, 5))]
        if rng.random() < 0.15:
            lines.append(("POST", "POSTAGE", 1))
        if rng.random() < 0.02:
            lines.append(("M", "Manual", 1))
        for code, text, qty in lines:
            price = 18.0 if code == "POST" else 35.0 if code == "M" else prices[code]
            rows.append((str(invoice), code, text, str(qty), _stamp(moment), f"{price}", customer, country))
        if customer and rng.random() < 0.08:  # a later cancellation of one line of this invoice
            code, text, qty = lines[0]
            price = 18.0 if code == "POST" else 35.0 if code == "M" else prices[code]
            rows.append((f"C{invoice}", code, text, str(-qty), _stamp(moment + timedelta(days=rng.randint(1, 9))),
                         f"{price}", customer, country))

    for index in range(customers):
        customer, country = str(12346 + index), rng.choice(["United Kingdom"] * 8 + ["Germany", "France"])
        stays = rng.random() < 0.6
        life = HISTORY_DAYS if stays else rng.uniform(90, HISTORY_DAYS - 60)
        rate = rng.uniform(1 / 60, 1 / 12)
        t = rng.uniform(0, 60)
        while t < life:
            order(customer, START + timedelta(days=t, minutes=rng.randint(0, 600)), country)
            t += rng.expovariate(rate)
    customer_rows = len(rows)
    while len(rows) < customer_rows / (1 - GUEST_SHARE):  # guest orders: no CustomerID at all
        order("", START + timedelta(days=rng.uniform(0, HISTORY_DAYS), minutes=rng.randint(0, 600)), "United Kingdom")
    rows.append((str(invoice + 1), "BANK CHARGES", "Bank Charges", "1", _stamp(START + timedelta(days=200)), "15.0",
                 "12346", "United Kingdom"))
    return pl.DataFrame(rows, schema=["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                                      "CustomerID", "Country"], orient="row")


def superstore_frame(customers: int = 300, seed: int = 3) -> pl.DataFrame:
    """Order lines like Tableau's Superstore sheet: an 'Order ID' per order, 'Sales' as the line total beside
    'Quantity' and 'Discount', US dates, a person's name beside the customer ID."""
    rng = random.Random(seed)
    rows = []
    row_id = 0
    for index in range(customers):
        customer = f"{'ABCDEFGH'[index % 8]}{'KLMNOP'[index % 6]}-{10000 + index}"
        t = rng.uniform(0, 90)
        life = HISTORY_DAYS * 2 if rng.random() < 0.7 else rng.uniform(200, 900)
        while t < min(life, HISTORY_DAYS * 2):
            day = date(2014, 1, 3) + timedelta(days=t)
            order_id = f"CA-{day.year}-{100000 + len(rows)}"
            for _ in range(rng.randint(1, 4)):
                row_id += 1
                qty, unit = rng.randint(1, 9), rng.uniform(2, 300)
                discount = rng.choice([0, 0, 0.2])
                rows.append((str(row_id), order_id, f"{day.month}/{day.day}/{day.year}", "Second Class", customer,
                             f"Person {index}", rng.choice(["Consumer", "Corporate"]), f"{rng.randint(1000, 99999)}",
                             f"{rng.choice(['Furniture', 'Technology'])}", f"{qty * unit * (1 - discount):.4f}",
                             str(qty), str(discount)))
            t += rng.expovariate(1 / 45)
    return pl.DataFrame(rows, schema=["Row ID", "Order ID", "Order Date", "Ship Mode", "Customer ID", "Customer Name",
                                      "Segment", "Postal Code", "Category", "Sales", "Quantity", "Discount"], orient="row")


@pytest.fixture
def retail_csv(tmp_path: Path) -> tuple[Path, pl.DataFrame]:
    frame = online_retail_frame()
    path = tmp_path / "online_retail.csv"
    frame.write_csv(path)
    return path, frame


def _finding(plan, code: str):  # type: ignore[no-untyped-def]
    return next(f for f in plan.report.findings if f.code == code)


def test_guest_rows_refuse_with_count_and_column_then_leave_out_on_request(
        store: ProjectStore, retail_csv: tuple[Path, pl.DataFrame]) -> None:
    path, frame = retail_csv
    guests = frame.filter(pl.col("CustomerID") == "").height
    refused = plan_import(store, [path], ImportOptions(operator="t"))
    finding = _finding(refused, "missing-customer-id")
    assert refused.refused and finding.column == "CustomerID" and finding.count == guests
    assert f"{guests} of {frame.height} rows" in finding.message and "--skip-rows-without-id" in finding.text()
    plan, result = run_import(store, [path], ImportOptions(operator="t", skip_rows_without_id=True),
                              accept_warnings=True)
    assert result is not None, plan.report.to_text()
    assert not plan.refused and plan.tables[0].report.rows_without_id_left_out == guests
    assert result.rows_without_id_left_out == guests
    assert result.tables["transactions"] == frame.height - guests
    entry = store.log.entries()[-1]
    assert entry["counts"]["rows_without_id_left_out"] == guests


def test_order_lines_are_valued_grouped_and_cancellations_netted(
        store: ProjectStore, retail_csv: tuple[Path, pl.DataFrame]) -> None:
    path, frame = retail_csv
    plan, result = run_import(store, [path], ImportOptions(operator="t", skip_rows_without_id=True),
                              accept_warnings=True)
    assert result is not None, plan.report.to_text()
    known = frame.filter(pl.col("CustomerID") != "")
    table = plan.tables[0]
    roles = {c.column: (c.role, c.meaning) for c in table.mapping.columns}
    assert roles["InvoiceNo"] == (Role.CATEGORY, "order_id")
    assert roles["UnitPrice"] == (Role.NUMBER, "unit_price") and roles["Quantity"] == (Role.NUMBER, "quantity")
    non_product = known["StockCode"].is_in(["POST", "M", "BANK CHARGES"])
    cancelled = known["InvoiceNo"].str.starts_with("C") & ~non_product
    assert table.report.cancellation_lines == cancelled.sum() > 0
    assert table.report.non_product_lines == non_product.sum() > 0
    assert table.report.orders == known["InvoiceNo"].n_unique()
    text = plan.report.to_text()
    assert "cancellation or return lines" in text and "sell no product" in text and "line value = 'Quantity'" in text

    data = ProjectData.load(store)
    stored = data.tables[TableKind.TRANSACTIONS]
    assert stored[LINE_VALUE].sum() == pytest.approx(
        (known["Quantity"].cast(pl.Float64) * known["UnitPrice"].cast(pl.Float64)).sum())
    assert (stored[LINE_TYPE] == LineType.CANCELLATION).sum() == cancelled.sum()
    cutoff = data.end()
    assert cutoff is not None
    features = build_features(data, cutoff).frame
    since = datetime.combine(cutoff - timedelta(days=363), datetime.min.time())
    lines = known.with_columns(pl.col("InvoiceDate").str.strptime(pl.Datetime, "%m/%d/%Y %H:%M"),
                               (pl.col("Quantity").cast(pl.Float64) * pl.col("UnitPrice").cast(pl.Float64)).alias("v"))
    window = lines.filter(pl.col("InvoiceDate") >= since, ~pl.col("StockCode").is_in(["POST", "M", "BANK CHARGES"]))
    expected_orders = window.filter(~pl.col("InvoiceNo").str.starts_with("C"))["InvoiceNo"].n_unique()
    assert features["purchases_52w"].sum() == expected_orders  # orders, not lines; cancellations and postage out
    net = window.group_by("CustomerID").agg(pl.col("v").sum().clip(lower_bound=0))["v"].sum()
    assert features["spend_52w"].sum() == pytest.approx(net)  # cancellations netted out, postage and fees out
    assert features["spend_52w"].sum() < window.filter(pl.col("v") > 0)["v"].sum()
    activity = data.activity()
    assert activity.height == stored.filter(pl.col(LINE_TYPE) == LineType.PRODUCT).height


def test_a_line_total_wins_over_quantity_times_price_and_orders_group_lines(store: ProjectStore, tmp_path: Path) -> None:
    frame = superstore_frame()
    path = tmp_path / "superstore_orders.csv"
    frame.write_csv(path)
    plan, result = run_import(store, [path], ImportOptions(operator="t"), accept_warnings=True)
    assert result is not None, plan.report.to_text()
    table = plan.tables[0]
    roles = {c.column: (c.role, c.meaning) for c in table.mapping.columns}
    assert roles["Sales"] == (Role.NUMBER, "amount") and roles["Order ID"] == (Role.CATEGORY, "order_id")
    assert table.report.orders == frame["Order ID"].n_unique() and table.report.cancellation_lines == 0
    assert not {c.code for c in plan.report.findings} & {"line-value", "order-amount-per-line", "cancellation-lines",
                                                          "non-product-lines"}
    data = ProjectData.load(store)
    assert data.value_column() == "Sales" and LINE_TYPE not in data.tables[TableKind.TRANSACTIONS].columns
    features = build_features(data, date(2030, 1, 1)).frame
    assert features["spend_52w"].sum() == 0 and features["days_since_purchase"].min() == 730
    features = build_features(data, data.end()).frame
    assert features["purchases_12w"].sum() <= frame["Order ID"].n_unique() < frame.height


def test_status_values_mark_cancellations_and_returns(store: ProjectStore, tmp_path: Path) -> None:
    rng = random.Random(1)
    statuses = ["zrealizowane", "anulowane", "Zwrot", "Storno", "completed", "Returned"]
    rows = [(f"K{i % 120}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", f"{rng.randint(5, 90)}.00",
             statuses[i % 6] if i % 4 == 0 else "zrealizowane", f"Z/{i}") for i in range(1200)]
    frame = pl.DataFrame(rows, schema=["Customer ID", "Order Date", "Amount", "Order Status", "Order No"], orient="row")
    path = tmp_path / "orders.csv"
    frame.write_csv(path)
    plan, result = run_import(store, [path], ImportOptions(operator="t"), accept_warnings=True)
    assert result is not None, plan.report.to_text()
    flagged = frame["Order Status"].str.to_lowercase().is_in(["anulowane", "zwrot", "storno", "returned"]).sum()
    assert plan.tables[0].report.cancellation_lines == flagged
    assert _finding(plan, "cancellation-lines").count == flagged


# (column name, status value) as shops in the markets write them: both read through one vocabulary
CANCEL_SPELLINGS = [("Cancelled", "cancelled"), ("Storniert", "Storno"), ("Zwrot", "zwrócone"), ("Rückgabe", "Rückgabe"),
                    ("Devuelto", "devuelto"), ("Annulé", "annulée"), ("Reso", "reso"), ("Zrušeno", "zrušeno"),
                    ("Returnerad", "returneret"), ("Refunded", "credit note"), ("Chargeback", "reversed")]


@pytest.mark.parametrize(("header", "status"), CANCEL_SPELLINGS)
def test_every_cancellation_spelling_is_known_as_a_column_and_as_a_status(
        store: ProjectStore, tmp_path: Path, header: str, status: str) -> None:
    lines = 600
    marked = [i % 10 == 0 for i in range(lines)]
    frame = pl.DataFrame({"Customer ID": [f"K{i % 60}" for i in range(lines)],
                          "Order Date": [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(lines)],
                          "Amount": [f"{10 + i % 50}.00" for i in range(lines)],
                          "Order Status": [status if m else "completed" for m in marked],
                          header: ["yes" if m else "no" for m in marked]})
    for columns in (["Order Status"], [header]):
        path = tmp_path / f"orders_{columns[0].replace(' ', '_')}.csv"
        frame.select("Customer ID", "Order Date", "Amount", *columns).write_csv(path)
        plan = plan_import(store, [path], ImportOptions(operator="t"))
        assert plan.tables[0].report.cancellation_lines == sum(marked), (columns, plan.report.to_text())


def test_common_negative_amounts_are_not_taken_for_refunds(store: ProjectStore, tmp_path: Path) -> None:
    frame = pl.DataFrame({"Customer ID": [f"A{i % 90}" for i in range(900)],
                          "Transaction Date": [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(900)],
                          "Amount": [str(-(5 + i % 40) if i % 2 else 5 + i % 40) for i in range(900)]})
    path = tmp_path / "ledger_transactions.csv"
    frame.write_csv(path)
    plan = plan_import(store, [path], ImportOptions(operator="t"))
    codes = {f.code for f in plan.report.findings}
    assert "negative-amounts-kept" in codes and "cancellation-lines" not in codes
    assert LINE_TYPE not in plan.tables[0].frame.columns


def test_files_that_cannot_belong_together_get_a_warning(store: ProjectStore, tmp_path: Path) -> None:
    tickets = pl.DataFrame({"Email": [f"p{i}@example.org" for i in range(200)],
                            "Created": [f"2019-0{1 + i % 9}-1{i % 9}" for i in range(200)],
                            "Priority": ["high", "low"] * 100})
    orders = pl.DataFrame({"Customer Number": [f"N{i % 150}" for i in range(600)],
                           "Order Date": [f"2023-0{1 + i % 9}-2{i % 8}" for i in range(600)],
                           "Amount": [str(10 + i % 50) for i in range(600)]})
    tickets.write_csv(tmp_path / "tickets.csv")
    orders.write_csv(tmp_path / "orders.csv")
    plan = plan_import(store, [tmp_path / "tickets.csv", tmp_path / "orders.csv"],
                       ImportOptions(operator="t", roles={"Email": Role.CUSTOMER_ID}))
    codes = {f.code for f in plan.report.warnings}
    assert {"no-shared-customers", "no-overlapping-period"} <= codes, plan.report.to_text()
    same = plan_import(store, [tmp_path / "orders.csv", tmp_path / "orders.csv"], ImportOptions(operator="t"))
    assert not {"no-shared-customers", "no-overlapping-period"} & {f.code for f in same.report.warnings}
    _, imported = run_import(store, [tmp_path / "orders.csv"], ImportOptions(operator="t"), accept_warnings=True)
    assert imported is not None
    later = plan_import(store, [tmp_path / "tickets.csv"],
                        ImportOptions(operator="t", roles={"Email": Role.CUSTOMER_ID}, append=True))
    assert "no-shared-customers" in {f.code for f in later.report.warnings}
    again = plan_import(store, [tmp_path / "orders.csv"], ImportOptions(operator="t", append=True))
    assert "no-shared-customers" not in {f.code for f in again.report.warnings}


def test_cli_leaves_guest_rows_out_only_with_the_flag(store: ProjectStore, retail_csv: tuple[Path, pl.DataFrame]) -> None:
    path, frame = retail_csv
    guests = frame.filter(pl.col("CustomerID") == "").height
    refused = prevista("import", "--project", str(store.root), "--yes", str(path))
    assert refused.returncode != 0 and "--skip-rows-without-id" in refused.stdout and f"{guests} of" in refused.stdout
    done = prevista("import", "--project", str(store.root), "--yes", "--skip-rows-without-id", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{guests} rows without a customer ID left out" in done.stdout


def test_an_order_line_export_trains_and_segments(tmp_path: Path, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "online_retail.csv"
    online_retail_frame(customers=500).write_csv(path)
    store = ProjectStore.create(tmp_path / "project", PASSPHRASE, kdf=fast_kdf)
    _, imported = run_import(store, [path], ImportOptions(operator="t", skip_rows_without_id=True), accept_warnings=True)
    assert imported is not None
    try:
        result = train(store, TrainOptions(operator="t", horizon_days=60, min_segment_size=20))
    except PrevistaError as exc:  # pragma: no cover - the message must be plain words, never an internal error
        pytest.fail(f"training refused: {exc}")
    assert result.model_card.churn is not None and result.segments.segments
    scores = store.read_table("scores")
    assert scores[KEY].n_unique() == scores.height > 0


@settings(max_examples=100, deadline=None)
@given(st.sets(st.integers(0, 40), max_size=25), st.sets(st.integers(0, 40), max_size=25), st.integers(1, 3))
def test_two_files_share_a_customer_exactly_when_their_ids_meet(first: set[int], second: set[int],
                                                                 looked_at: int) -> None:
    """A few IDs are looked for first; when they miss, every ID still counts (one shared customer is enough)."""
    def file(ids: set[int]) -> StagedTable:
        return cast(StagedTable, SimpleNamespace(distinct_ids=pl.Series(RAW_ID, [f"C{i}" for i in ids], dtype=pl.String)))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "BELONGING_SAMPLE", looked_at)
        assert importer._share_an_id(file(first), file(second)) == bool(first & second)


def _taken_by_hand(cells: list[str | None], orders: list[str | None]) -> list[str | None]:
    """The definition: a missing cell of a numbered order takes the one value its order's other cells hold."""
    def missing(text: str | None) -> bool:
        return text is None or text.strip().lower() in ("", "na", "n/a", "#n/a", "null", "none", "nan", "-", "--")
    held: dict[str, set[str]] = {}
    for cell, order in zip(cells, orders, strict=True):
        if not missing(order) and not missing(cell):
            held.setdefault(order.strip(), set()).add(cell.strip())  # type: ignore[union-attr]
    return [next(iter(held[order.strip()])) if missing(cell) and not missing(order)
            and len(held.get(order.strip(), ())) == 1 else None  # type: ignore[union-attr]
            for cell, order in zip(cells, orders, strict=True)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "", " ", "NA", "c1", " c1", "c2", "c3"]),
                          st.sampled_from([None, "", "#1", "#1 ", "#2", "#3", "-"])), max_size=30), st.booleans())
def test_an_orders_missing_field_is_the_one_value_its_other_lines_hold(rows: list[tuple[str | None, str | None]],
                                                                       in_a_row: bool) -> None:
    """Guests (no value on any line), orders whose lines disagree, placeholders and padding: filled exactly where
    the order's other lines hold one value, and nowhere else; whether each order's lines are in a row (as shop
    systems write them, read run by run) or scattered (grouped by order number)."""
    if in_a_row:
        rows = sorted(rows, key=lambda row: (row[1] or "").strip())
    cells, orders = [c for c, _ in rows], [o for _, o in rows]
    found = Orders.of(pl.Series(orders, dtype=pl.String)).taken(pl.Series(cells, dtype=pl.String)).to_list()
    assert found == _taken_by_hand(cells, orders)



def _values_of_orders(lines: list[str]) -> list[float]:
    """What each order of an order export is worth once imported, as spend counts it, smallest first."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.csv"
        path.write_text("\n".join(lines) + "\n")
        store = ProjectStore.create(Path(folder) / "project", PASSPHRASE, kdf=KdfParams.minimum())
        plan, result = run_import(store, [path], ImportOptions(operator="t"), accept_warnings=True)
        assert result is not None, plan.report.to_text()
        data = ProjectData.load(store)
        return sorted(round(v, 2) for v in data.orders("Date").collect()["value"].to_list())


@settings(max_examples=12, deadline=None)
@given(st.lists(st.lists(st.integers(1, 40_000), min_size=1, max_size=4), min_size=1, max_size=25),
       st.sampled_from(["Order Total", "Bestellwert", "Wartość zamówienia", "Total del pedido"]))
def test_an_order_is_worth_the_same_however_its_export_spreads_it_over_lines(
        later: list[list[int]], header: str) -> None:
    """One shop's orders written three ways: a line per order with its total; a line per item with the order's
    total repeated on each; a line per item with the item's own total.  Each order is worth the same all three
    ways (a repeated total is not counted once per line, and a line total, however alike, is not taken for one)."""
    orders = [[1250, 1250], [990, 4010], [500, 500, 500], *later]  # at least three orders of several lines
    orders += [[100 + n] for n in range(60)]  # and enough customers to import
    when = [f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}" for n in range(len(orders))]
    def money(cents: int) -> str:
        return f"{cents / 100:.2f}"
    whole = ["Order ID,Customer ID,Date,Order Total"] + [
        f"{1000 + n},C{n % 60},{when[n]},{money(sum(items))}" for n, items in enumerate(orders)]
    repeated = [f"Order ID,Customer ID,Date,Item,{header}"] + [
        f"{1000 + n},C{n % 60},{when[n]},I{i},{money(sum(items))}" for n, items in enumerate(orders) for i in range(len(items))]
    itemised = ["Order ID,Customer ID,Date,Item,Line Total"] + [
        f"{1000 + n},C{n % 60},{when[n]},I{i},{money(cents)}" for n, items in enumerate(orders) for i, cents in enumerate(items)]
    expected = sorted(round(sum(items) / 100, 2) for items in orders)
    assert _values_of_orders(whole) == _values_of_orders(repeated) == _values_of_orders(itemised) == expected
