"""Real exports in every spelling: localised headers, compact and spreadsheet dates, yes/no flags,
the four CRMs' variants and the reader's hard cases, each on a generated file reproducing the quirk.

Every test imports the file as a user would (plan → report → commit) and checks the roles taken,
the rows refused with their line and column, and what was stored; the labelled snapshot is also
trained and segmented.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.ingest.importer import ImportOptions, ImportPlan, plan_import, run_import, value_choices
from prevista.core.ingest.mapping import TableMapping
from prevista.core.ingest.readers.csv_reader import read_csv
from prevista.core.ingest.staging import RAW_ID
from prevista.privacy.errors import InputError
from prevista.privacy.schema import Role, TableKind
from prevista.privacy.store import ProjectStore
from tests.core.readers.workbooks import simple

OPTIONS = ImportOptions(operator="test operator")


def _roles(plan: ImportPlan, index: int = 0) -> dict[str, tuple[Role, str | None]]:
    mapping: TableMapping = plan.tables[index].mapping
    return {c.column: (c.role, c.meaning) for c in mapping.columns}


def _refusals(plan: ImportPlan) -> dict[tuple[str, str | None], tuple[str, ...]]:
    return {(f.code, f.column): f.locations for f in plan.report.refusals}


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


# ----- a Spanish-headed telecom snapshot with yes/no flags, through training --------------------------
def telecom_es(path: Path, customers: int = 700, seed: int = 3) -> Path:
    """Like the public telecom churn export, headed in Spanish; churn follows contract, tenure and fee."""
    r = random.Random(seed)
    lines = ["ClienteID,Género,MayorDeEdad,Pareja,Antigüedad,PhoneService,MultipleLines,PaperlessBilling,"
             "Contrato,CargoMensual,CargoTotal,Abandono"]
    for i in range(customers):
        tenure = r.randint(0, 72)
        contract = r.choice(["Mes a mes", "Un año", "Dos años"])
        fee = r.uniform(20, 110)
        phone = r.choice(["Yes", "No"])
        risk = (0.55 if contract == "Mes a mes" else 0.1) + (0.25 if tenure < 12 else 0) + (fee - 65) / 400
        churned = r.random() < risk
        total = f"{fee * tenure:.2f}" if tenure else " "
        lines.append(f"{1000 + i}-{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}QXZ,{r.choice(['Hombre', 'Mujer'])},"
                     f"{r.choice('01')},{r.choice(['Sí', 'No'])},{tenure},{phone},"
                     f"{'No phone service' if phone == 'No' else r.choice(['Yes', 'No'])},{r.choice(['Yes', 'No'])},"
                     f"{contract},{fee:.2f},{total},{'Sí' if churned else 'No'}")
    return _write(path, lines)


def test_spanish_telecom_snapshot_imports_with_flags_as_categories_and_trains(store: ProjectStore, tmp_path: Path) -> None:
    plan, result = run_import(store, [telecom_es(tmp_path / "clientes.csv")], OPTIONS, accept_warnings=True)
    roles = _roles(plan)
    assert plan.tables[0].kind is TableKind.CUSTOMERS
    assert roles["ClienteID"] == (Role.CUSTOMER_ID, None)
    assert roles["Abandono"] == (Role.LABEL, "churn")
    assert roles["Antigüedad"] == (Role.NUMBER, "tenure")
    assert roles["CargoMensual"][0] is Role.NUMBER and roles["CargoMensual"][1] == "amount"
    for flag in ("PhoneService", "MultipleLines", "PaperlessBilling", "Pareja"):
        assert roles[flag][0] is Role.CATEGORY, flag  # Yes/No identifies nobody: PhoneService is no phone number
    assert result is not None and result.customers == 700
    stored = store.read_table(TableKind.CUSTOMERS.value)
    assert {"PhoneService", "MultipleLines", "Abandono"} <= set(stored.columns)
    trained = train(store, TrainOptions(operator="t", min_segment_size=25))
    assert trained.model_card.churn.metrics.roc_auc > 0.7
    assert trained.segments.segments


# ----- whitespace-separated purchase log with YYYYMMDD dates ---------------------------------------------
def purchase_log(path: Path, customers: int = 300, seed: int = 5) -> Path:
    r = random.Random(seed)
    lines = ["customer_id   date      quantity  amount"]
    for _ in range(customers * 5):
        day = date(1997, 1, 1) + timedelta(days=r.randint(0, 540))
        lines.append(f"{r.randint(1, customers):>5} {day:%Y%m%d} {r.randint(1, 6):>3} {r.uniform(5, 200):9.2f}")
    return _write(path, lines)


def test_whitespace_purchase_log_with_compact_dates_is_read_and_its_date_confirmed(store: ProjectStore,
                                                                                  tmp_path: Path) -> None:
    path = purchase_log(tmp_path / "CDNOW_like.txt")
    plan = plan_import(store, [path], OPTIONS)
    table = plan.tables[0]
    assert table.report.delimiter == "whitespace" and table.kind is TableKind.TRANSACTIONS
    date_column = table.mapping.column("date")
    assert (date_column.role, date_column.fmt, date_column.ambiguous) == (Role.DATE, "%Y%m%d", True)
    assert [f.code for f in plan.report.warnings if f.column == "date"] == ["ambiguous-format"]
    assert not plan.refused
    _, result = run_import(store, [path], OPTIONS, accept_warnings=True)
    assert result is not None
    stored = store.read_table(TableKind.TRANSACTIONS.value)
    assert stored["date"].dtype == pl.Date and stored["date"].min() >= date(1997, 1, 1)
    assert stored["quantity"].dtype == pl.Int64


def test_a_compact_date_column_with_impossible_dates_names_their_lines(store: ProjectStore, tmp_path: Path) -> None:
    lines = ["Kundennummer;Bestelldatum;Betrag"] + [f"K{i % 60};2024{1 + i % 12:02d}{1 + i % 28:02d};{i},50"
                                                  for i in range(200)]
    lines[30] = "K1;20240230;3,50"
    plan = plan_import(store, [_write(tmp_path / "bestellungen.csv", lines)], OPTIONS)
    assert plan.tables[0].mapping.column("Bestelldatum").fmt == "%Y%m%d"
    assert _refusals(plan) == {("unparseable", "Bestelldatum"): ("line 31",)}


def test_spreadsheet_day_numbers_in_a_date_column_are_dates_to_confirm(store: ProjectStore, tmp_path: Path) -> None:
    r = random.Random(2)
    rows: list[list[object]] = [["Cliente", "Fecha", "Importe"]]
    rows += [[f"C{i % 70}", 45292 + r.randint(0, 400), round(r.uniform(5, 90), 2)] for i in range(300)]
    plan = plan_import(store, [simple(tmp_path / "pedidos.xlsx", rows)], OPTIONS)
    fecha = plan.tables[0].mapping.column("Fecha")
    assert (fecha.role, fecha.fmt, fecha.ambiguous) == (Role.DATE, "excel-serial", True)
    assert plan.tables[0].report.first_date >= "2024-01-01"
    assert "ambiguous-format" in {f.code for f in plan.report.warnings}
    assert _roles(plan)["Cliente"][0] is Role.CUSTOMER_ID and _roles(plan)["Importe"] == (Role.NUMBER, "amount")


# an event tracker's or an app's own export: when, as Unix time (Mixpanel's seconds, JavaScript's milliseconds)
UNIX_TIME_EXPORTS = {
    "seconds": (["distinct_id", "event", "time", "mp_country_code"], 1),
    "milliseconds": (["userId", "type", "createdAt", "amount"], 1000),
}


def unix_time_export(path: Path, header: list[str], per_second: int, rows: int = 400, seed: int = 7) -> Path:
    r = random.Random(seed)
    start = 1_700_000_000  # 2023-11-14 22:13:20 UTC
    last = ["PL", "DE", "SE"] if header[-1].startswith("mp_") else ["9.99", "19.00", "0"]
    lines = [",".join(header)] + [f"u{r.randint(1, 60)},{r.choice(['login', 'purchase', 'export'])},"
                                  f"{(start + i * 3_600 + r.randint(0, 3_599)) * per_second},{r.choice(last)}"
                                  for i in range(rows)]
    return _write(path, lines)


@pytest.mark.parametrize("unit", sorted(UNIX_TIME_EXPORTS))
def test_unix_time_in_a_time_column_is_read_as_dates_to_confirm(store: ProjectStore, tmp_path: Path, unit: str) -> None:
    header, per_second = UNIX_TIME_EXPORTS[unit]
    path = unix_time_export(tmp_path / "events.csv", header, per_second)
    counts = pl.read_csv(path)[header[2]]
    days = [str((datetime(1970, 1, 1) + timedelta(seconds=int(edge) // per_second)).date())
            for edge in (counts.min(), counts.max())]
    plan = plan_import(store, [path], OPTIONS)
    when = plan.tables[0].mapping.column(header[2])
    assert (when.role, when.fmt, when.ambiguous) == (Role.DATE, f"unix-{unit}", True)
    assert [plan.tables[0].report.first_date, plan.tables[0].report.last_date] == days
    assert ("ambiguous-format", header[2]) in {(f.code, f.column) for f in plan.report.warnings}
    assert not plan.report.refusals


@pytest.mark.parametrize("header", ["Data used (bytes)", "Time spent (ms)", "Session duration timestamp"])
def test_a_quantity_of_timestamp_size_is_still_a_number(store: ProjectStore, tmp_path: Path, header: str) -> None:
    r = random.Random(1)
    lines = [f"Customer ID,Date,{header}"] + [f"C{i % 40},2024-03-{1 + i % 28:02d},{r.randint(1_000_000_000, 1_999_999_999)}"
                                             for i in range(300)]
    plan = plan_import(store, [_write(tmp_path / "usage.csv", lines)], OPTIONS)
    assert _roles(plan)[header][0] is Role.NUMBER


# ----- headers in the markets' languages ---------------------------------------------------------------
HEADERS = {  # ID, date, amount, quantity
    "en": ("Customer ID", "Order Date", "Amount", "Quantity"),
    "pl": ("ID klienta", "Data zamówienia", "Kwota", "Ilość"),
    "sv": ("Kundnummer", "Orderdatum", "Belopp", "Antal"),
    "cs": ("Číslo zákazníka", "Datum objednávky", "Částka", "Množství"),
    "da": ("Kundenummer", "Ordredato", "Beløb", "Antal"),
    "de": ("Kundennummer", "Bestelldatum", "Betrag", "Menge"),
    "es": ("ClienteID", "Fecha", "Importe", "Cantidad"),
    "fr": ("Client", "Date", "Montant", "Quantité"),
    "it": ("Cliente", "Data", "Importo", "Quantità"),
    "nl": ("Klantnummer", "Datum", "Bedrag", "Aantal"),
}


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_order_headers_in_each_language_take_their_roles(store: ProjectStore, tmp_path: Path, language: str) -> None:
    id_, day, amount, quantity = HEADERS[language]
    lines = [f"{id_};{day};{amount};{quantity}"]
    lines += [f"A{i % 60};{1 + i % 28:02d}.{1 + i % 12:02d}.2024;{i % 90 + 5},25;{1 + i % 4}" for i in range(240)]
    plan = plan_import(store, [_write(tmp_path / "export.csv", lines, "cp1250" if language in "pl cs" else "utf-8")],
                       OPTIONS)
    roles = _roles(plan)
    assert roles[id_] == (Role.CUSTOMER_ID, None)
    assert roles[day][0] is Role.DATE
    assert roles[amount] == (Role.NUMBER, "amount")
    assert roles[quantity] == (Role.NUMBER, "quantity")
    assert not plan.refused


def shop_orders(path: Path, orders: int = 400, seed: int = 9) -> Path:
    """A shop system's order export: the order number as "Name" ('#1001'), times with a spaced offset, line items
    named "Lineitem name", and the order's own fields (e-mail, status, totals) on its first line only."""
    r = random.Random(seed)
    lines = ["Name,Email,Financial Status,Paid at,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,"
             "Lineitem price,Billing Name,Billing Country"]
    for order in range(orders):
        customer, when = r.randint(1, 90), f"2024-{1 + order % 12:02d}-{1 + order % 28:02d} 13:09:00 +0100"
        items = [(r.randint(1, 3), r.choice(["Mug", "Poster", "Sticker pack"]), r.choice([9.5, 24.9])) for _ in range(r.randint(1, 3))]
        total = sum(q * p for q, _, p in items)
        for number, (quantity, name, price) in enumerate(items):
            first = (f"c{customer}@example.com,paid,{when},{total:.2f},{total + 4.9:.2f}" if number == 0 else ",,,,")
            billing = f"Kunde {customer},DE" if number == 0 else ","
            lines.append(f"#{1001 + order},{first},{when},{quantity},{name},{price:.2f},{billing}")
    return _write(path, lines)


def test_a_shop_systems_order_export_takes_its_order_numbers_times_and_products(store: ProjectStore,
                                                                                 tmp_path: Path) -> None:
    plan = plan_import(store, [shop_orders(tmp_path / "orders_export.csv")], OPTIONS)
    roles, formats = _roles(plan), {c.column: c.fmt for c in plan.tables[0].mapping.columns}
    assert roles["Name"] == (Role.CATEGORY, "order_id"), "'#1001' is the order's number, nobody's name"
    assert roles["Lineitem name"][0] is Role.CATEGORY and roles["Billing Name"] == (Role.IDENTIFIER, "name")
    assert roles["Created at"] == (Role.DATE, "created") and formats["Created at"] == "%Y-%m-%d %H:%M:%S %z"
    assert roles["Email"] == (Role.CUSTOMER_ID, "email"), "no customer number: the buyer is known by address"
    assert plan.tables[0].report.orders == 400
    assert plan.tables[0].frame["Created at"].dt.hour().unique().to_list() == [12], "13:09 at +01:00 is 12:09 UTC"


def test_a_shop_orders_customer_and_status_reach_every_line_of_the_order(store: ProjectStore, tmp_path: Path) -> None:
    """The order's e-mail (the shop's customer) and payment status stand on its first line only: its other lines
    take them from it, said aloud to confirm, so no line is nobody's and a refunded order is refunded whole.
    A guest order, whose lines name no customer at all, still has none."""
    path = shop_orders(tmp_path / "orders_export.csv")
    text = path.read_text().splitlines()
    numbers = [line.split(",")[0] for line in text]
    several = next(number for number in numbers[1:] if numbers.count(number) > 1)
    first = numbers.index(several)
    text[first] = text[first].replace(",paid,", ",refunded,")
    guest = len(text)
    text += ["#9999,,paid,2024-05-01 10:00:00 +0100,9.50,14.40,2024-05-01 10:00:00 +0100,1,Mug,9.50,,",
             "#9999,,,,,,2024-05-01 10:00:00 +0100,1,Poster,24.90,,"]
    path.write_text("\n".join(text) + "\n")
    options = replace(OPTIONS, roles={"Email": Role.CUSTOMER_ID})
    plan = plan_import(store, [path], options)
    taken = {f.column for f in plan.report.warnings if f.code == "taken-from-order"}
    assert taken == {"Email", "Financial Status"}
    assert [(f.code, f.locations) for f in plan.report.refusals] == [
        ("missing-customer-id", (f"line {guest + 1}", f"line {guest + 2}"))], "the guest's lines only"
    table = plan_import(store, [path], replace(options, skip_rows_without_id=True)).tables[0]
    assert table.frame.height == len(text) - 3, "every line but the header and the guest's two"
    assert table.report.cancellation_lines == numbers.count(several), "every line of the refunded order"
    lines = table.frame.slice(first - 1, numbers.count(several))
    assert lines[RAW_ID].n_unique() == 1 and lines[RAW_ID].null_count() == 0, "one customer for all its lines"


def woo_orders(path: Path, guest: str = "0", numbered_from: int = 1, orders: int = 600, seed: int = 4) -> Path:
    """A WooCommerce-style order export: one line per item, the order's fields on every line, and a guest's
    order under the customer ID ``guest`` (its own e-mail each time)."""
    r = random.Random(seed)
    lines = ["Order ID,Order Date,Order Status,Customer User ID,Customer Email,Item Name,Quantity,Order Total"]
    for order in range(orders):
        customer = guest if order % 3 == 0 else str(r.randint(numbered_from, numbered_from + 80))
        for item in range(1 + order % 2):
            lines.append(f"{5000 + order},2024-{1 + order % 12:02d}-{1 + order % 28:02d} 10:{order % 60:02d},wc-completed,"
                         f"{customer},c{customer}-{order}@example.com,{'Mug' if item else 'Poster'},1,19.90")
    return _write(path, lines)


@pytest.mark.parametrize("guest", ["0", "guest", " Gast "])
def test_a_shops_guest_customer_is_nobody_not_its_largest_customer(store: ProjectStore, tmp_path: Path,
                                                                    guest: str) -> None:
    path = woo_orders(tmp_path / "orders.csv", guest)
    lines = path.read_text().splitlines()
    guest_lines = tuple(f"line {n + 1}" for n, line in enumerate(lines) if line.split(",")[3] == guest)
    plan = plan_import(store, [path], OPTIONS)
    notes = [f for f in plan.report.findings if f.code == "guest-customer-id"]
    assert len(notes) == 1 and notes[0].count == len(guest_lines) > 0
    assert [(f.code, f.locations[:3]) for f in plan.report.refusals] == [("missing-customer-id", guest_lines[:3])]
    table = plan_import(store, [path], replace(OPTIONS, skip_rows_without_id=True)).tables[0]
    assert table.frame.height == len(lines) - 1 - len(guest_lines)
    assert table.report.customers == len({line.split(",")[3] for line in lines[1:]} - {guest})


def test_a_customer_numbered_0_with_a_customers_share_of_orders_stays_a_customer(store: ProjectStore,
                                                                               tmp_path: Path) -> None:
    path = woo_orders(tmp_path / "orders.csv", guest="3", numbered_from=0)  # "0" is one customer among 81
    plan = plan_import(store, [path], OPTIONS)
    assert not [f for f in plan.report.findings if f.code == "guest-customer-id"] and not plan.refused
    assert "0" in plan.tables[0].distinct_ids.to_list()


def woo_plugin_orders(path: Path, orders: int = 500, seed: int = 6) -> tuple[Path, dict[str, float]]:
    """A WooCommerce order-export plugin's file: one line per item, and on every line the order's own fields, its
    subtotal, discount, shipping, refund and total among them; with what each order's items are worth."""
    r = random.Random(seed)
    lines = ['"Order Number","Order Status","Order Date","First Name (Billing)","Email (Billing)","Customer User ID",'
             '"Cart Discount Amount","Order Subtotal Amount","Order Shipping Amount","Order Refund Amount",'
             '"Order Total Amount","Order Tax Amount","SKU","Item Name","Quantity (- Refund)","Item Cost"']
    items = [("MUG-1", "Mug", 12.5), ("PST-2", "Poster", 19.9), ("TSH-3", "T-Shirt", 24.0), ("CAP-4", "Cap", 15.0)]
    worth: dict[str, float] = {}
    for order in range(orders):
        customer, bought = r.randint(1, 120), r.sample(items, r.randint(1, 3))
        quantities = [r.randint(1, 3) for _ in bought]
        subtotal = sum(q * price for q, (_, _, price) in zip(quantities, bought, strict=True))
        status = "wc-refunded" if order % 13 == 0 else "wc-completed"
        worth[str(7000 + order)] = -subtotal if status == "wc-refunded" else subtotal
        for (sku, name, price), quantity in zip(bought, quantities, strict=True):
            lines.append(f"{7000 + order},{status},2024-{1 + order % 12:02d}-{1 + order % 28:02d} 09:{order % 60:02d},"
                         f"Ann,c{customer}@example.com,{customer},2.00,{subtotal:.2f},4.90,"
                         f"{subtotal + 4.9 if status == 'wc-refunded' else 0:.2f},{subtotal + 2.9:.2f},{subtotal * 0.19:.2f},"
                         f"{sku},{name},{quantity},{price:.2f}")
    return _write(path, lines), worth


def _order_values(store: ProjectStore) -> list[float]:
    """What each stored order is worth, as features count it (cancellations netted), smallest first."""
    data = ProjectData.load(store)
    column = data.event_date(TableKind.TRANSACTIONS)
    assert column is not None
    return sorted(round(v, 2) for v in data.orders(column).collect()["value"].to_list())


def test_a_shop_plugins_order_export_values_lines_by_their_items_not_the_orders_totals(store: ProjectStore,
                                                                                     tmp_path: Path) -> None:
    """Every line repeats the order's subtotal and total: summed per order, a three-item order would count three
    times.  The discount, shipping, refund and tax are parts of the bill, not spend; the items' cost and quantity
    say what each line is worth, and the user is told so."""
    path, worth = woo_plugin_orders(tmp_path / "orders-export.csv")
    plan, result = run_import(store, [path], OPTIONS, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    roles = _roles(plan)
    for part in ("Cart Discount Amount", "Order Shipping Amount", "Order Refund Amount", "Order Tax Amount"):
        assert roles[part] == (Role.NUMBER, None), part
    assert roles["Item Cost"] == (Role.NUMBER, "unit_price")
    assert roles["Quantity (- Refund)"] == (Role.NUMBER, "quantity")
    several = sum(1 for line in path.read_text().splitlines()[1:] if line.split(",")[0] in worth) - len(worth)
    said = [f for f in plan.report.warnings if f.code == "order-amount-per-line"]
    assert [(f.column, "'Quantity (- Refund)' × 'Item Cost'" in f.message) for f in said] == [("Order Subtotal Amount", True)]
    assert several > 0 and _order_values(store) == sorted(round(v, 2) for v in worth.values())


def test_an_order_total_on_every_line_counts_once_per_order(store: ProjectStore, tmp_path: Path) -> None:
    """With nothing else to value a line by, the order's first line holds the total and its other lines nothing."""
    path = woo_orders(tmp_path / "orders.csv")
    plan, result = run_import(store, [path], replace(OPTIONS, skip_rows_without_id=True), accept_warnings=True)
    assert result is not None, plan.report.to_text()
    said = [f for f in plan.report.warnings if f.code == "order-amount-per-line"]
    assert [f.column for f in said] == ["Order Total"] and "counted once per order" in said[0].message
    orders = {line.split(",")[0] for line in path.read_text().splitlines()[1:] if line.split(",")[3] != "0"}
    assert _order_values(store) == [19.9] * len(orders)


@pytest.mark.parametrize("header", ["Total Shipping", "Versandkosten", "Koszt wysyłki", "Frais de livraison", "Gastos de envío",
                                    "Discount Amount", "Rabatt", "Kwota rabatu", "Coupon Amount", "Gift Card Amount",
                                    "Tax", "VAT Amount", "Kwota VAT", "Podatek VAT", "MwSt.", "IVA", "Order Tax",
                                    "Refunded Amount", "Erstattungsbetrag", "Outstanding Balance", "Steuerbetrag",
                                    "Mehrwertsteuer"])
def test_a_part_of_the_bill_is_not_what_was_spent(store: ProjectStore, tmp_path: Path, header: str) -> None:
    """An order log's shipping, discount, tax and refund beside its total: none of them is what was bought, and a
    tax amount is no one's VAT number."""
    lines = [f"Order ID,Customer ID,Date,{header},Total"] + [
        f"{100 + i},K{i % 40},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{1 + i % 7}.50,{20 + i % 30}.00" for i in range(160)]
    plan = plan_import(store, [_write(tmp_path / "orders.csv", lines)], OPTIONS)
    assert _roles(plan)[header] == (Role.NUMBER, None) and _roles(plan)["Total"] == (Role.NUMBER, "amount")


@pytest.mark.parametrize("header", ["Total incl. VAT", "Betrag inkl. MwSt", "Cena s DPH", "Amount excl. tax",
                                    "Price after discount", "Kwota brutto", "Wartość po rabacie", "Celkem", "Bruttobetrag"])
def test_a_total_with_or_without_tax_or_discount_is_the_amount(store: ProjectStore, tmp_path: Path, header: str) -> None:
    lines = [f"Order ID,Customer ID,Date,{header}"] + [
        f"{100 + i},K{i % 40},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{20 + i % 30}.00" for i in range(160)]
    plan = plan_import(store, [_write(tmp_path / "orders.csv", lines)], OPTIONS)
    assert _roles(plan)[header] == (Role.NUMBER, "amount")


@pytest.mark.parametrize("header", ["Uhrazeno", "Zaplaceno", "Zapłacono dnia", "Bezahlt am", "Fecha de pago", "Payé le",
                                    "Pagato il", "Betaald op", "Betalad", "Betalt"])
def test_when_an_invoice_was_paid_is_its_payment_date(store: ProjectStore, tmp_path: Path, header: str) -> None:
    """An accounting system's invoice list: when each invoice was paid, beside when it was due, is what lateness is
    measured by; read as one more event date, payment behaviour was lost."""
    lines = [f"Invoice No,Customer ID,Issued,Due date,{header},Total"] + [
        f"FV/{i}/2024,K{i % 60},{1 + i % 28:02d}.{1 + i % 12:02d}.2024,{1 + i % 28:02d}.{1 + (i + 1) % 12:02d}.2024,"
        f"{1 + (i + 3) % 28:02d}.{1 + (i + 1) % 12:02d}.2024,{100 + i % 40}.00" for i in range(240)]
    roles = _roles(plan_import(store, [_write(tmp_path / "invoices.csv", lines)], OPTIONS))
    assert roles[header] == (Role.DATE, "paid") and roles["Due date"] == (Role.DATE, "due")


# bookkeeping tools' invoice lists, as exported under a name that says nothing ("export.csv"): (columns in order,
# the customer's column, the due date's, the paid date's); every other column holds a number, date or status
BOOKKEEPING = {
    "sevdesk": ("Rechnungsnummer,Rechnungsdatum,Fälligkeitsdatum,Kundennummer,Kunde,Netto,Steuer,Brutto,Status,Bezahlt am",
                "Kundennummer", "Fälligkeitsdatum", "Bezahlt am"),
    "exact online": ("Factuurnummer,Factuurdatum,Vervaldatum,Relatiecode,Relatienaam,Bedrag excl. BTW,BTW-bedrag,"
                     "Bedrag incl. BTW,Status", "Relatiecode", "Vervaldatum", None),
    "teamleader": ("Nummer,Datum,Vervaldag,Klant,Bedrag excl. btw,Btw,Bedrag incl. btw,Status,Betaald op",
                   "Klant", "Vervaldag", "Betaald op"),
    "fakturownia": ("Numer,Data wystawienia,Termin płatności,Nabywca,Wartość netto,Wartość VAT,Wartość brutto,Status,"
                    "Data zapłaty", "Nabywca", "Termin płatności", "Data zapłaty"),
    "idoklad": ("Číslo dokladu,Datum vystavení,Datum splatnosti,Odběratel,Celkem bez DPH,DPH,Celkem s DPH,Stav,Uhrazeno",
                "Odběratel", "Datum splatnosti", "Uhrazeno"),
    "fortnox": ("Fakturanummer,Fakturadatum,Förfallodatum,Kundnummer,Kundnamn,Totalt,Moms,Status,Betaldatum",
                "Kundnummer", "Förfallodatum", "Betaldatum"),
}


def bookkeeping_export(path: Path, header: str, invoices: int = 240, seed: int = 2) -> Path:
    r = random.Random(seed)
    cells = []
    for i in range(invoices):
        day = date(2024, 1, 1) + timedelta(days=i)
        row = []
        for name in header.split(","):
            lowered = name.lower()
            if any(w in lowered for w in ("datum", "dat", "termin", "splatnosti", "vervaldag", "bezahlt", "betaald", "uhrazeno")):
                row.append((day + timedelta(days=r.randint(0, 30))).strftime("%d.%m.%Y"))
            elif any(w in lowered for w in ("kunde", "klant", "relatie", "nabywca", "odběratel", "kund")):
                row.append(f"K{r.randint(1, 70)}" if "num" in lowered or "code" in lowered or name in ("Klant",)
                           else f"Firma {r.randint(1, 70)}")
            elif name in ("Status", "Stav"):
                row.append(r.choice(["paid", "open", "draft"]))
            elif "nummer" in lowered or "číslo" in lowered or lowered in ("nummer", "numer"):
                row.append(f"{2024000 + i}")
            else:
                row.append(f"{r.uniform(10, 900):.2f}")
        cells.append(",".join(row))
    return _write(path, [header, *cells])


@pytest.mark.parametrize("tool", sorted(BOOKKEEPING))
def test_a_bookkeeping_invoice_list_is_invoices_of_its_buyers(store: ProjectStore, tmp_path: Path, tool: str) -> None:
    """Named for nothing, an invoice list was read as a customer list (its invoice status a churn label) or had no
    customer, and its due and paid dates were plain events: lateness, and the customers' purchases, were lost."""
    header, customer, due, paid = BOOKKEEPING[tool]
    plan = plan_import(store, [bookkeeping_export(tmp_path / "export.csv", header)], OPTIONS)
    roles = _roles(plan)
    assert plan.tables[0].kind is TableKind.TRANSACTIONS
    assert roles[customer][0] is Role.CUSTOMER_ID and roles[due] == (Role.DATE, "due")
    assert paid is None or roles[paid] == (Role.DATE, "paid")
    assert Role.LABEL not in {role for role, _ in roles.values()}


@pytest.mark.parametrize("header", ["Número de pedido", "Numéro de commande", "Nº factura", "N° de facture",
                                    "Číslo dokladu", "Order Reference", "Numero della fattura"])
def test_an_order_number_written_number_first_groups_the_lines(store: ProjectStore, tmp_path: Path, header: str) -> None:
    lines = [f"{header},Customer ID,Date,Product,Amount"] + [
        f"A-{i // 2},K{i // 2 % 50},2024-{1 + i // 2 % 12:02d}-{1 + i // 2 % 28:02d},P{i % 3},{10 + i % 7}.50" for i in range(300)]
    plan = plan_import(store, [_write(tmp_path / "lines.csv", lines)], OPTIONS)
    assert _roles(plan)[header] == (Role.CATEGORY, "order_id") and plan.tables[0].report.orders == 150


@pytest.mark.parametrize("header", ["VAT Number", "VAT ID", "Tax ID", "NIP"])
def test_a_vat_number_is_still_an_identifier(store: ProjectStore, tmp_path: Path, header: str) -> None:
    lines = [f"Customer ID,{header},Country"] + [f"K{i},DE{811000000 + i},DE" for i in range(60)]
    plan = plan_import(store, [_write(tmp_path / "customers.csv", lines)], OPTIONS)
    assert _roles(plan)[header] == (Role.IDENTIFIER, "national_id")


# payment providers' and marketplaces' exports: their header, the column that says what a sale was worth, and the
# column to take for the customer where the export has no customer ID
SALES_EXPORTS = {
    "paypal": ("Date,Time,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,Transaction ID,Quantity,Balance",
               "Gross", "From Email Address"),
    "stripe": ("id,Description,Created (UTC),Amount,Amount Refunded,Currency,Fee,Tax,Status,Customer ID,Customer Email",
               "Amount", None),
    "stripe_converted": ("id,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,"
                         "Fee,Tax,Converted Currency,Status,Customer ID", "Converted Amount", None),
    "ebay": ("Sales Record Number,Order Number,Buyer Username,Buyer Email,Quantity,Sold For,Shipping And Handling,"
             "eBay Collected Tax,Electronic Waste Recycling Fee,Additional Fee,Total Price,Sale Date", "Total Price",
             "Buyer Email"),
    "square": ("Date,Time,Gross Sales,Discounts,Service Charges,Net Sales,Tax,Tip,Partial Refunds,Total Collected,Fees,"
               "Net Total,Transaction ID,Customer ID", "Gross Sales", None),
    "gumroad": ("Purchase ID,Purchase Email,Purchase Date,Sale Price ($),Fees ($),Net Total ($),Quantity",
                "Sale Price ($)", "Purchase Email"),
    "zettle": ("Date,Time,Receipt number,Payment type,Total,VAT,Net,Tip,Customer ID", "Total", None),
}


def sales_export(path: Path, header: str, rows: int = 400, seed: int = 8) -> Path:
    """Each column filled as its kind of export fills it: e-mails, dates, times, IDs, categories or money."""
    r = random.Random(seed)
    def cell(column: str, row: int) -> str:
        name = column.lower()
        if "email" in name:
            return f"buyer{row % 90}@example.com"
        if "date" in name or "created" in name:
            return f"2024-{1 + row % 12:02d}-{1 + row % 28:02d}"
        if name == "time":
            return f"{row % 24:02d}:{row % 60:02d}:00"
        if "customer id" in name:
            return f"cus_{row % 90:04d}"
        if "id" in name.split() or "number" in name or name == "id":
            return str(10_000 + row)
        if name in ("quantity",):
            return str(1 + row % 3)
        if name in ("name", "description", "buyer username"):
            return r.choice(["Ann Lee", "Bo Chan", "Cy Diaz"])
        if name in ("type", "status", "currency", "payment type"):
            return r.choice(["Completed", "Pending"])
        return f"{r.uniform(1, 200):.2f}"
    columns = header.split(",")
    return _write(path, [header] + [",".join(cell(c, row) for c in columns) for row in range(rows)])


@pytest.mark.parametrize("export", list(SALES_EXPORTS))
def test_spend_is_what_the_sale_was_worth_not_a_fee_tax_or_balance(store: ProjectStore, tmp_path: Path,
                                                                    export: str) -> None:
    """A payment provider's fee, a marketplace's recycling fee, a running balance, the tax: each is an amount, and
    spend taken from it would be nonsense; the sale's gross or total is what the customer paid."""
    header, spent, customer = SALES_EXPORTS[export]
    path = sales_export(tmp_path / f"{export}_sales.csv", header)
    roles = {customer: Role.CUSTOMER_ID} if customer else {}
    plan, result = run_import(store, [path], replace(OPTIONS, roles=roles), accept_warnings=True)
    assert result is not None, plan.report.to_text()
    assert ProjectData.load(store).value_column() == spent
    assert not [c for c in plan.tables[0].mapping.columns if c.role is Role.IDENTIFIER and c.meaning == "national_id"]


def test_a_shops_customer_export_is_worth_what_each_customer_spent(store: ProjectStore, tmp_path: Path) -> None:
    """A shop system's customer list has no fee or revenue column: what a customer spent there is their value (for
    revenue at risk), not the number of their orders."""
    lines = ["Customer ID,First Name,Email,Accepts Email Marketing,Total Orders,Total Spent,Tax Exempt"] + [
        f"{7000 + i},Ann,c{i}@example.com,{'yes' if i % 3 else 'no'},{1 + i % 9},{(1 + i % 9) * 23.5:.2f},no" for i in range(120)]
    plan = plan_import(store, [_write(tmp_path / "customers_export.csv", lines)], OPTIONS)
    assert value_choices(plan)[0] == "Total Spent"
    assert _roles(plan)["Accepts Email Marketing"][0] is not Role.IDENTIFIER, "a yes/no permission identifies nobody"


@pytest.mark.parametrize("header", ["Currency", "Währung", "Waluta", "Měna", "Moneda", "Devise", "Valuta", "Currency Code"])
def test_amounts_in_several_currencies_are_not_added_up_unsaid(store: ProjectStore, tmp_path: Path, header: str) -> None:
    """A payment export in euros and dollars: every sum of money would add 10 USD and 10 EUR up to 20; the user is
    told which column names the currencies and confirms.  One currency, written in any case, says nothing."""
    def export(currencies: list[str]) -> Path:
        lines = [f"Transaction ID,Customer ID,Date,Amount,{header}"] + [
            f"{100 + i},K{i % 60},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{10 + i % 40}.00,{currencies[i % len(currencies)]}"
            for i in range(240)]
        return _write(tmp_path / f"payments_{len(currencies)}.csv", lines)
    plan = plan_import(store, [export(["EUR", "USD", "eur"])], OPTIONS)
    said = [(f.column, f.message) for f in plan.report.warnings if f.code == "several-currencies"]
    assert said == [(header, f"names 2 currencies: the amounts in 'Amount' would be added up as if they were one; "
                             "convert them to one currency before exporting, or import one currency's rows at a time")]
    assert _roles(plan)[header] == (Role.CATEGORY, "currency")
    plan = plan_import(store, [export(["EUR", " eur", "Eur"])], OPTIONS)
    assert not [f for f in plan.report.findings if f.code == "several-currencies"]


def help_desk_export(path: Path, header: list[str], tickets: int = 300, seed: int = 5) -> Path:
    """A help desk's ticket export: each ticket's own number, the customer who asked (a number, a name, an
    address), the agents who handled it, its moments and its counts."""
    r = random.Random(seed)
    def cell(column: str, n: int) -> str:
        name = column.lower()
        if name in ("id", "ticket-id"):
            return str(90_000 + n)
        if "email" in name:
            return f"asker{n % 70}@example.com"
        if name in ("requester id", "zugeordnete kontakt-id"):
            return str(1000 + n % 70)
        if name == "requester":
            return f"Asker {n % 70} Smith"
        if name in ("submitter", "assignee", "ticketbesitzer"):
            return r.choice(["Jana Nowak", "Olaf Berg", "Ida Holm"])
        if " at" in name or " am" in name:
            return f"2024-{1 + n % 12:02d}-{1 + n % 28:02d} 0{n % 10}:{n % 60:02d}:00"
        if name in ("satisfaction score", "zufriedenheit"):
            return str(1 + n % 5)
        if name in ("reopens", "replies", "agent interactions"):
            return str(n % 7)
        return r.choice(["open", "pending", "solved"])
    return _write(path, [",".join(header)] + [",".join(cell(c, n) for c in header) for n in range(tickets)])


HELP_DESKS = {
    "zendesk": ["Id", "Requester", "Requester id", "Requester email", "Submitter", "Assignee", "Status", "Priority",
                "Created at", "Assigned at", "Solved at", "Satisfaction Score", "Reopens", "Agent interactions"],
    "hubspot_de": ["Ticket-ID", "Ticket-Status", "Priorität", "Erstellt am", "Geschlossen am", "Zugeordnete Kontakt-ID",
                   "Ticketbesitzer", "Zufriedenheit"],
}


@pytest.mark.parametrize("desk", list(HELP_DESKS))
def test_a_help_desk_export_keys_tickets_by_who_asked_and_stores_no_agents_name(store: ProjectStore, tmp_path: Path,
                                                                                  desk: str) -> None:
    """The customer is whoever asked ("Requester id", "Zugeordnete Kontakt-ID"), not the ticket's own number; the
    agents who submitted, were assigned or own a ticket are people, not categories to store; when a ticket was
    assigned is a date and how often an agent answered a count, not anyone's name; the satisfaction is a score."""
    path = help_desk_export(tmp_path / f"{desk}_tickets.csv", HELP_DESKS[desk])
    plan = plan_import(store, [path], OPTIONS)
    roles = _roles(plan)
    customer = next(c for c in HELP_DESKS[desk] if c in ("Requester id", "Zugeordnete Kontakt-ID"))
    assert roles[customer] == (Role.CUSTOMER_ID, None) and plan.tables[0].report.customers == 70
    people = [c for c in HELP_DESKS[desk] if c in ("Requester", "Submitter", "Assignee", "Ticketbesitzer")]
    assert all(roles[c][0] is Role.IDENTIFIER for c in people) and not set(people) & set(plan.tables[0].frame.columns)
    moments = [c for c in HELP_DESKS[desk] if c.endswith((" at", " am"))]
    assert all(roles[c][0] is Role.DATE for c in moments)
    counts = [c for c in HELP_DESKS[desk] if c in ("Reopens", "Agent interactions")]
    assert all(roles[c] == (Role.NUMBER, None) for c in counts)
    assert roles.get("Satisfaction Score", roles.get("Zufriedenheit")) == (Role.NUMBER, "score")


@pytest.mark.parametrize("header", ["PLZ", "Postleitzahl", "Postal Code", "Zip", "Kod pocztowy", "PSČ", "Postnummer",
                                    "Código postal", "Code postal", "CAP"])
@pytest.mark.parametrize("places", [30, 400])
def test_a_postal_code_of_digits_is_a_place_not_a_number(store: ProjectStore, tmp_path: Path, header: str,
                                                        places: int) -> None:
    """'01067' and 80331 are places: never summed or scaled as numbers; a few are a category that says where
    (a quasi-identifier), many are left out as text."""
    lines = [f"Kundennummer,Anrede,{header},Umsatz"] + [
        f"K{i},{'Herr' if i % 2 else 'Frau'},{(1067 + i % places * 97) % 100000:05d},{10 + i % 50}.00" for i in range(600)]
    roles = _roles(plan_import(store, [_write(tmp_path / "kunden.csv", lines)], OPTIONS))
    assert roles[header] == ((Role.CATEGORY, "quasi_identifier") if places == 30 else (Role.TEXT, None))
    assert roles["Anrede"] == (Role.CATEGORY, "quasi_identifier"), "a salutation says the customer's sex"


def test_sales_converted_to_the_shops_currency_are_spend_and_need_no_warning(store: ProjectStore,
                                                                          tmp_path: Path) -> None:
    """Stripe gives each charge in the customer's currency and converted into the account's: the converted amount is
    what spend adds up, in one currency, so the charges' several currencies are no reason to warn."""
    header = "id,Created (UTC),Amount,Currency,Converted Amount,Converted Currency,Customer ID"
    lines = [header] + [f"ch_{i},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{10 + i % 40}.00,{'usd' if i % 2 else 'eur'},"
                        f"{9 + i % 40}.20,eur,cus_{i % 60}" for i in range(240)]
    plan, result = run_import(store, [_write(tmp_path / "payments.csv", lines)], OPTIONS, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    assert ProjectData.load(store).value_column() == "Converted Amount"
    assert not [f for f in plan.report.findings if f.code == "several-currencies"]


# a customer export's sign-up date, headed as CRMs head it in the markets' languages
SIGNED_UP = ["Kunde seit", "Angelegt am", "Anmeldedatum", "Client depuis", "Date d'inscription", "Créé le",
             "Cliente desde", "Fecha de alta", "Fecha de creación", "Data di creazione", "Cliente dal", "Data di iscrizione", "Klant sinds",
             "Aangemaakt op", "Kunde siden", "Oprettelsesdato", "Kund sedan", "Data utworzenia", "Vytvořeno",
             "Data de cadastro", "Customer Since", "Signup Date"]


@pytest.mark.parametrize("header", SIGNED_UP)
def test_a_sign_up_date_in_each_language_is_when_the_customer_began(store: ProjectStore, tmp_path: Path,
                                                                     header: str) -> None:
    lines = [f"Kundennummer;Name;{header};Land"]
    lines += [f"K{i};Kunde {i};{1 + i % 28:02d}.{1 + i % 12:02d}.2024;{'DE AT CH'.split()[i % 3]}" for i in range(90)]
    plan = plan_import(store, [_write(tmp_path / "kunden.csv", lines)], OPTIONS)
    assert _roles(plan)[header] == (Role.DATE, "created")
    assert not plan.refused


@pytest.mark.parametrize("header", ["Date de désinscription", "Dernier achat", "Datum", "Zeitpunkt"])
def test_other_dates_are_not_taken_for_the_sign_up(store: ProjectStore, tmp_path: Path, header: str) -> None:
    lines = [f"Kundennummer;{header};Betrag"] + [f"K{i % 30};{1 + i % 28:02d}.{1 + i % 12:02d}.2024;{i % 50},5"
                                                 for i in range(120)]
    plan = plan_import(store, [_write(tmp_path / "export.csv", lines)], OPTIONS)
    assert _roles(plan)[header][1] != "created"


@pytest.mark.parametrize("label", ["Rezygnacja", "Abandono", "Baja", "Abwanderung", "Gekündigt", "Opsagt", "Uppsagd",
                                   "Résilié", "Disdetta", "Opgezegd", "Odešel"])
def test_localised_churn_labels_are_labels(store: ProjectStore, tmp_path: Path, label: str) -> None:
    lines = [f"Customer ID;Plan;{label}"] + [f"C{i};{'AB'[i % 2]};{'tak' if i % 4 == 0 else 'nie'}" for i in range(80)]
    plan = plan_import(store, [_write(tmp_path / "klienci.csv", lines)], OPTIONS)
    assert _roles(plan)[label] == (Role.LABEL, "churn")
    assert plan.tables[0].frame[label].sum() == 20


# ----- the four CRMs --------------------------------------------------------------------------------------
def test_hubspot_deals_export_takes_the_associated_contact_as_the_customer(store: ProjectStore, tmp_path: Path) -> None:
    lines = ["Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Associated Contact,"
             "Associated Contact IDs,Associated Company IDs,Deal owner"]
    lines += [f"{90000 + i},Deal {i},closedwon,default,{100 + i},2024-{1 + i % 12:02d}-15,Person {i % 80} (p{i % 80}@x.org),"
              f"{5000 + i % 80},{700 + i % 9},Sales Person" for i in range(400)]
    plan, result = run_import(store, [_write(tmp_path / "hubspot-crm-exports-all-deals.csv", lines)], OPTIONS,
                              accept_warnings=True)
    roles = _roles(plan)
    assert plan.tables[0].mapping.preset == "hubspot"
    assert roles["Associated Contact IDs"] == (Role.CUSTOMER_ID, "association")
    assert roles["Record ID"][0] is Role.IGNORE and roles["Associated Company IDs"] == (Role.IGNORE, "association")
    assert roles["Associated Contact"][0] is Role.IDENTIFIER and roles["Deal owner"][0] is Role.IDENTIFIER
    assert result is not None and result.customers == 80  # not 400 phantom customers, one per deal
    stored = store.read_table(TableKind.TRANSACTIONS.value)
    assert not {"Record ID", "Associated Company IDs", "Associated Contact IDs", "Deal owner"} & set(stored.columns)


def test_salesforce_data_loader_capitals_hit_the_preset_and_opt_outs_are_honoured(store: ProjectStore,
                                                                                  tmp_path: Path) -> None:
    lines = ["ID,ACCOUNTID,FIRSTNAME,LASTNAME,EMAIL,MOBILEPHONE,HASOPTEDOUTOFEMAIL,DONOTCALL,CREATEDDATE,OWNERID,"
             "SYSTEMMODSTAMP,LEADSOURCE"]
    lines += [f"003{i:05d},001{i % 30:05d},Anna{i},Nowak{i},a{i}@x.org,+48 600 100 {i:03d},"
              f"{'true' if i in (4, 9) else 'false'},{'1' if i == 11 else '0'},2023-0{1 + i % 9}-02T10:00:00.000Z,"
              f"005{i % 3:05d},2024-01-01T00:00:00.000Z,Web" for i in range(120)]
    plan, result = run_import(store, [_write(tmp_path / "extract.csv", lines)], OPTIONS, accept_warnings=True)
    roles = _roles(plan)
    assert plan.tables[0].mapping.preset == "salesforce"
    assert roles["FIRSTNAME"] == (Role.IDENTIFIER, "name") and roles["LASTNAME"] == (Role.IDENTIFIER, "name")
    assert roles["HASOPTEDOUTOFEMAIL"] == (Role.CONSENT, "opt_out") and roles["DONOTCALL"] == (Role.CONSENT, "opt_out")
    assert roles["OWNERID"] == (Role.IDENTIFIER, "staff") and roles["MOBILEPHONE"][0] is Role.IDENTIFIER
    assert result is not None and result.opted_out_removed == 3
    assert not {"FIRSTNAME", "LASTNAME", "EMAIL"} & set(store.read_table(TableKind.CUSTOMERS.value).columns)


def test_salesforce_report_footer_is_left_out_with_a_notice(store: ProjectStore, tmp_path: Path) -> None:
    lines = ['"Opportunity Name","Account ID","Amount","Close Date","Stage"']
    lines += [f'"Deal {i}","001{i % 70:05d}","{100 + i}","{1 + i % 12}/{1 + i % 28}/2024","Closed Won"' for i in range(210)]
    lines += ["", '"Grand Totals (210 records)"', "", '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."',
              '"Confidential Information - Do Not Distribute"', '"Generated By:  Jane Admin  5/3/2024 10:12 AM"',
              '"Acme Corporation"']
    plan = plan_import(store, [_write(tmp_path / "report1700000000000.csv", lines)], OPTIONS)
    table = plan.tables[0]
    assert table.rows_in == 210 and not plan.refused
    assert any("5 footer lines" in note for note in table.report.notes)
    assert _roles(plan)["Opportunity Name"][0] is Role.TEXT


def test_zoho_created_and_modified_by_are_staff_identifiers_never_stored(store: ProjectStore, tmp_path: Path) -> None:
    lines = ["Record Id,Contact Name,Email,Email Opt Out,Created By,Modified By,Created Time,Lead Source"]
    lines += [f"zcrm_{i},Person {i},p{i}@x.org,{'true' if i == 5 else 'false'},Staff {i % 4},Staff {i % 3},"
              f"2024-0{1 + i % 9}-03 10:00:00,Web" for i in range(90)]
    plan, result = run_import(store, [_write(tmp_path / "Contacts.csv", lines)], OPTIONS, accept_warnings=True)
    roles = _roles(plan)
    assert plan.tables[0].mapping.preset == "zoho"
    assert roles["Created By"] == (Role.IDENTIFIER, "staff") and roles["Modified By"] == (Role.IDENTIFIER, "staff")
    assert roles["Email Opt Out"] == (Role.CONSENT, "opt_out")
    assert result is not None and result.opted_out_removed == 1
    assert not {"Created By", "Modified By"} & set(store.read_table(TableKind.CUSTOMERS.value).columns)


# ----- the reader's hard cases --------------------------------------------------------------------------
def test_a_column_of_multi_line_values_is_text_not_an_integer_column(store: ProjectStore, tmp_path: Path) -> None:
    lines = ["Customer ID,Codes,Amount"] + [f'C{i},"{i}\n{i + 1}",{i * 3}' for i in range(100)]
    plan = plan_import(store, [_write(tmp_path / "codes.csv", lines)], OPTIONS)
    assert _roles(plan)["Codes"][0] is Role.TEXT and not plan.refused


def test_a_row_of_one_quoted_field_is_refused_naming_its_line(tmp_path: Path) -> None:
    lines = ["id,comment,amount"] + [f"{i},x{i},{i * 3}" for i in range(100)]
    lines.insert(50, '"just one quoted field"')
    with pytest.raises(InputError, match="line 51"):
        read_csv(_write(tmp_path / "one.csv", lines))


def test_one_latin1_byte_after_1500_ascii_lines_is_a_guess_the_user_confirms(store: ProjectStore,
                                                                            tmp_path: Path) -> None:
    lines = ["Customer ID,City,Amount"] + [f"C{i},Paris,{i}" for i in range(1500)] + ["C1500,Café,3"]
    path = _write(tmp_path / "late.csv", lines, "latin-1")
    plan = plan_import(store, [path], OPTIONS)
    guessed = [f for f in plan.report.warnings if f.code == "encoding-guessed"]
    assert len(guessed) == 1 and "line 1502" in guessed[0].message
    named = plan_import(store, [path], ImportOptions(operator="t", encoding="cp1252"))
    assert not [f for f in named.report.warnings if f.code == "encoding-guessed"]
    accented = _write(tmp_path / "legacy.csv", ["Customer ID,City"] + [f"C{i},Kraków łódź" for i in range(90)], "cp1250")
    assert not [f for f in plan_import(store, [accented], OPTIONS).report.warnings if f.code == "encoding-guessed"]


def test_absurd_cells_in_a_number_column_are_refused_one_by_one(store: ProjectStore, tmp_path: Path) -> None:
    ages = [str(20 + i % 50) for i in range(40)]
    absurd = {5: "-4", 11: "9223372036854775808", 17: "1e309", 23: "٣٤", 29: "\u221235", 35: "612"}
    for row, value in absurd.items():
        ages[row] = value
    plan = plan_import(store, [_write(tmp_path / "ages.csv", ["Customer ID,Age"] + [f"C{i},{a}" for i, a in
                                                                                    enumerate(ages)])], OPTIONS)
    assert _roles(plan)["Age"] == (Role.NUMBER, "age")
    refused = [f for f in plan.report.refusals if f.column == "Age"]
    assert len(refused) == 1 and refused[0].count == len(absurd)
    assert refused[0].locations == tuple(f"line {row + 2}" for row in sorted(absurd))[:5]


def test_a_date_column_with_mixed_formats_and_impossible_dates_stays_a_date_column(store: ProjectStore,
                                                                                   tmp_path: Path) -> None:
    days = [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(40)]
    days[3], days[7], days[12], days[20] = "2024-02-30", "2024-13-01", "05.03.2024", "2024/03/07"
    lines = ["Customer ID,Order Date,Amount"] + [f"C{i % 20},{d},{i}" for i, d in enumerate(days)]
    plan = plan_import(store, [_write(tmp_path / "orders.csv", lines)], OPTIONS)
    assert _roles(plan)["Order Date"][0] is Role.DATE
    assert _refusals(plan)[("unparseable", "Order Date")] == ("line 5", "line 9", "line 14", "line 22")
    assert "no-history" not in {f.code for f in plan.report.findings}


def test_a_purchase_log_without_column_names_is_read_as_a_log_the_user_checks(store: ProjectStore,
                                                                              tmp_path: Path) -> None:
    lines = purchase_log(tmp_path / "with_header.txt").read_text().splitlines()[1:]
    path = _write(tmp_path / "CDNOW_master.txt", [f"{line[:5].strip():0>5}{line[5:]}" for line in lines])
    plan = plan_import(store, [path], OPTIONS)
    table = plan.tables[0]
    assert table.rows_in == len(lines) and table.kind is TableKind.TRANSACTIONS
    assert [(c.column, c.role) for c in table.mapping.columns[:2]] == [("column 1", Role.CUSTOMER_ID),
                                                                        ("column 2", Role.DATE)]
    assert {"headerless", "ambiguous-format"} <= {f.code for f in plan.report.warnings}
    assert not plan.refused


@pytest.mark.parametrize("header", ["Sprzeciw marketing", "Désabonné", "Afgemeld", "Abgemeldet", "No contactar",
                                    "HasOptedOutOfEmail", "EMAILOPTOUT", "Do_Not_Email"])
def test_opt_out_flags_in_every_spelling_remove_the_customers(store: ProjectStore, tmp_path: Path,
                                                              header: str) -> None:
    lines = [f"Customer ID;Plan;{header}"] + [f"C{i};{'AB'[i % 2]};{'ja' if i % 20 == 0 else 'nein'}" for i in range(80)]
    plan, result = run_import(store, [_write(tmp_path / "customers.csv", lines)], OPTIONS, accept_warnings=True)
    assert _roles(plan)[header] == (Role.CONSENT, "opt_out")
    assert result is not None and result.opted_out_removed == 4


def test_a_trailing_line_that_is_no_report_footer_is_still_refused(tmp_path: Path) -> None:
    lines = ["id,comment,amount"] + [f"{i},x{i},{i * 3}" for i in range(60)] + ["", '"Totally unrelated text"']
    with pytest.raises(InputError, match="line 63"):
        read_csv(_write(tmp_path / "tail.csv", lines))


def test_dates_with_month_names_are_dates(store: ProjectStore, tmp_path: Path) -> None:
    lines = ["customer_id,trans_date,tran_amount"] + [
        f"CS{1000 + i % 70},{1 + i % 28:02d}-{'JanFebMarAprMayJunJulAugSepOctNovDec'[3 * (i % 12):3 * (i % 12) + 3]}-1{i % 5},"
        f"{20 + i % 50}" for i in range(400)]
    plan = plan_import(store, [_write(tmp_path / "retail.csv", lines)], OPTIONS)
    assert plan.tables[0].mapping.column("trans_date").fmt == "%d-%b-%y"
    assert plan.tables[0].report.first_date == "2010-01-01" and not plan.refused


MONTHS = {  # a year of month names as shops in the markets write them
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "led úno bře dub kvě čvn čvc srp zář říj lis pro",
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_month_names_in_the_markets_languages_are_read_as_their_months(store: ProjectStore, tmp_path: Path,
                                                                     language: str) -> None:
    names = MONTHS[language].split()
    lines = ["customer_id,trans_date,tran_amount"] + [
        f"CS{1000 + i % 70},{1 + i % 28} {names[i % 12]} 20{20 + i % 5},{20 + i % 50}" for i in range(400)]
    plan, result = run_import(store, [_write(tmp_path / "retail.csv", lines)], OPTIONS, accept_warnings=True)
    assert result is not None and not plan.refused, plan.report.to_text()
    stored = ProjectData.load(store).tables[TableKind.TRANSACTIONS]["trans_date"].cast(pl.Date).sort().to_list()
    assert stored == sorted(date(2020 + i % 5, 1 + i % 12, 1 + i % 28) for i in range(400))


def test_a_list_of_first_and_last_names_is_not_split_on_its_spaces(tmp_path: Path) -> None:
    table = read_csv(_write(tmp_path / "names.csv", ["Customer Name"] + [f"Anna Nowak{i}" for i in range(20)]))
    assert table.frame.columns == ["Customer Name"] and table.delimiter == ","


def test_a_deal_associated_with_several_contacts_is_refused_naming_its_line(store: ProjectStore,
                                                                            tmp_path: Path) -> None:
    lines = ["Record ID,Deal Name,Amount,Close Date,Associated Contact IDs"]
    lines += [f"{90000 + i},Deal {i},{100 + i},2024-{1 + i % 12:02d}-15,{5000 + i % 80}" for i in range(200)]
    lines[7] = "90006,Deal 6,106,2024-07-15,5006;5007"
    plan = plan_import(store, [_write(tmp_path / "deals.csv", lines)], OPTIONS)
    assert _refusals(plan) == {("several-customer-ids", "Associated Contact IDs"): ("line 8",)}
