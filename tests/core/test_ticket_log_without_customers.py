"""A help desk's ticket log without customer IDs: imported with a plain note, forecast, never anyone's features.

The generated log is what a shared inbox or IT help desk exports: a ticket number, the day it was opened, a
category and a status, on working days only, over more than a year; no column names a customer.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics.features import ProjectData, build_features
from prevista.core.analytics.segments import stored_board
from prevista.core.analytics.training import TrainOptions, TrainResult, forecast_support, train
from prevista.core.demo.data import generate
from prevista.core.duties.dsar import erasure_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.duties.retention import execute_retention, plan_retention
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.ingest.readers.raw import RawTable
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, Role, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

HEADERS = ("Ticket number", "Opened", "Category", "Status")
LOG_START, LOG_END = datetime.date(2025, 1, 6), datetime.date(2026, 12, 18)  # past the demo's last day (2026-09-30)


def help_desk_log(path: Path, *, per_day: float = 3.0, seed: int = 3) -> Path:
    """Tickets on working days, a few a day, with the desk's own ticket numbers and no customer column."""
    rng = np.random.default_rng(seed)
    days = pl.date_range(LOG_START, LOG_END, eager=True)
    days = days.filter(days.dt.weekday() <= 5)
    opened = days.gather(np.repeat(np.arange(len(days)), rng.poisson(per_day, len(days))))
    count = len(opened)
    pl.DataFrame({
        HEADERS[0]: [f"HD-{20000 + i}" for i in range(count)],
        HEADERS[1]: opened.dt.strftime("%Y-%m-%d"),
        HEADERS[2]: rng.choice(["Hardware", "Access", "Network", "Printer", "E-mail"], count),
        HEADERS[3]: rng.choice(["Open", "Closed", "Resolved"], count, p=[0.1, 0.6, 0.3]),
    }).write_csv(path)
    return path


def opened_days(path: Path) -> pl.Series:
    return pl.read_csv(path, infer_schema=False)[HEADERS[1]].str.to_date()


def forecast_history_total(store: ProjectStore) -> tuple[int, int, pl.Series]:
    """The released weekly history's total, its number of weeks, and the days it spans (Mondays + 7 days)."""
    result = forecast_support(store, weeks=8, operator="t")
    first = datetime.date.fromisoformat(result.history[0].week_start)
    last = datetime.date.fromisoformat(result.history[-1].week_start) + datetime.timedelta(days=6)
    return sum(week.tickets for week in result.history), len(result.history), pl.Series([first, last])


def in_span(days: pl.Series, span: pl.Series) -> int:
    return int(((days >= span[0]) & (days <= span[1])).sum())


# ----- alone ------------------------------------------------------------------------------------------
def test_a_help_desk_log_alone_imports_with_a_note_forecasts_and_is_cleaned_up(store: ProjectStore, tmp_path: Path) -> None:
    log = help_desk_log(tmp_path / "helpdesk.csv")
    tickets = pl.read_csv(log).height
    plan, result = run_import(store, [log], ImportOptions(operator="t"), accept_warnings=False)
    assert result is not None and not plan.report.refusals and not plan.report.warnings, plan.report.to_text()
    note = next(f for f in plan.report.infos if f.code == "no-customer-column")
    assert note.text().startswith("helpdesk.csv: no customer column")
    assert f"its {tickets} tickets feed the support-load forecast and ticket volume views only" in note.text()
    assert "not any customer's features or risk" in plan.report.to_text()
    assert plan.tables[0].mapping.role_of("Ticket number") is Role.IGNORE
    stored = store.read_table(TableKind.INTERACTIONS)
    assert stored.height == tickets and stored[KEY].null_count() == tickets
    assert "Ticket number" not in stored.columns
    assert store.read_table(Table.SUBJECTS).is_empty()
    entry = store.log.entries()[-1]
    assert entry["action"] == "import" and entry["counts"]["tickets_without_customer"] == tickets
    assert entry["counts"]["customers"] == 0 and result.tickets_without_customer == tickets
    assert not any("customer IDs" in category for category in entry["data_categories"])

    total, weeks, span = forecast_history_total(store)  # the forecast needs no customer
    assert abs(total - in_span(opened_days(log), span)) <= 2.5 * weeks  # each week released to fives
    with pytest.raises(PrevistaError, match="holds no customer.*nothing per customer to learn"):
        train(store, TrainOptions(operator="t"))

    today = datetime.date(2027, 6, 30)  # 24 months after the ticket was opened (no closure date)
    expired = int((opened_days(log).dt.offset_by("24mo") <= today).sum())
    assert 0 < expired < tickets
    retention = plan_retention(store, now=datetime.datetime(2027, 6, 30, 12, tzinfo=datetime.timezone.utc))
    assert retention.summary.rows_removed == {TableKind.INTERACTIONS.value: expired}
    execute_retention(store, retention, operator="t")
    kept = store.read_table(TableKind.INTERACTIONS)
    assert kept.height == tickets - expired and kept["Opened"].cast(pl.Date).dt.offset_by("24mo").min() > today


# ----- next to a CRM's customers, deals, tickets and usage ------------------------------------------------
@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProjectStore, dict[str, Path], TrainResult]:
    root = tmp_path_factory.mktemp("ticket_log")
    files = generate(root / "crm", customers=600)
    files["helpdesk"] = help_desk_log(root / "helpdesk.csv")
    store = ProjectStore.create(root / "project", PASSPHRASE, kdf=KdfParams.minimum())
    plan, imported = run_import(store, list(files.values()), ImportOptions(operator="t"), accept_warnings=True)
    assert imported is not None, plan.report.to_text()
    notes = [f for f in plan.report.infos if f.code == "no-customer-column"]
    assert [f.file for f in notes] == ["helpdesk.csv"]
    crm_tickets = next(t for t in plan.tables if t.source == files["tickets"])
    assert crm_tickets.mapping.id_column() == "Contact ID" and crm_tickets.report.rows_without_customer == 0
    return store, files, train(store, TrainOptions(operator="t", min_segment_size=25))


def test_the_log_is_stored_under_no_customer_beside_the_crm_tickets(project) -> None:
    store, files, _ = project
    stored = store.read_table(TableKind.INTERACTIONS)
    assert stored[KEY].null_count() == pl.read_csv(files["helpdesk"]).height
    assert stored[KEY].drop_nulls().is_in(store.read_table(Table.SUBJECTS)[KEY].implode()).all()
    entry = next(e for e in store.log.entries() if e["action"] == "import")
    assert entry["counts"]["tickets_without_customer"] == stored[KEY].null_count()
    assert "customer IDs (pseudonymized as encrypted IDs)" in entry["data_categories"]


def test_no_customer_feature_counts_the_log_and_the_customer_history_ends_where_the_customers_do(project) -> None:
    store, _, _ = project
    data = ProjectData.load(store)
    assert data.tables[TableKind.INTERACTIONS][KEY].null_count() > 0  # the forecast reads them all
    column = data.event_date(TableKind.INTERACTIONS)
    owned = store.read_table(TableKind.INTERACTIONS).filter(pl.col(KEY).is_not_null())
    owned_days = owned[column].cast(pl.Date)
    customer_end = max(d for k in data.event_tables() if (d := data.owned(k)[data.event_date(k)].max()) is not None)
    assert data.end() == customer_end < LOG_END and data.activity()[KEY].null_count() == 0
    features = build_features(data, customer_end)
    assert features.frame[KEY].null_count() == 0 and features.frame.height == data.customer_keys().len()
    window = (owned_days > customer_end - datetime.timedelta(days=364)) & (owned_days <= customer_end)
    assert features.frame["tickets_per_month"].sum() * 12 == pytest.approx(int(window.sum()))


def test_training_works_and_the_forecast_counts_every_ticket(project) -> None:
    store, _, result = project
    assert result.model_card.churn.metrics.roc_auc > 0.5
    assert store.read_table(Table.SCORES)[KEY].null_count() == 0
    total, weeks, span = forecast_history_total(store)
    stored = store.read_table(TableKind.INTERACTIONS)  # the CRM's tickets of opted-out customers never arrived
    days = stored.select(pl.coalesce(pl.col("Create Date").cast(pl.Date), pl.col("Opened"))).to_series()
    assert in_span(days.filter(stored[KEY].is_null()), span) > 5 * weeks  # a count of the CRM's alone could not pass
    assert abs(total - in_span(days, span)) <= 2.5 * weeks
    # training's forecast starts from the log's newest complete week, past the customer data (2026-09-30): the
    # CRM's tickets come on Saturdays too, so the week of 2026-12-14 is not over on LOG_END, its Friday
    stored_forecast = stored_board(store).forecast
    assert stored_forecast is not None and stored_forecast.history[-1].week_start == "2026-12-07"


def test_opt_outs_and_erasures_never_touch_tickets_of_no_customer(project) -> None:
    store, files, _ = project
    before = store.read_table(TableKind.INTERACTIONS)[KEY]
    ids = pl.read_csv(files["tickets"], infer_schema=False)["Contact ID"].unique().sort().to_list()
    record_optouts(store, Requests(ids=tuple(ids[:5])), operator="t")
    for customer in ids[5:10]:
        erasure_request(store, customer, operator="t")
    after = store.read_table(TableKind.INTERACTIONS)[KEY]
    assert after.null_count() == before.null_count()
    assert after.drop_nulls().len() < before.drop_nulls().len()  # the customers' own tickets did go


# ----- detection ----------------------------------------------------------------------------------------
TICKET_NUMBERS = ["Ticket ID", "Ticket number", "Ticket #", "Case Number", "Incident ID", "Request ID", "Issue key",
                  "Nr zgłoszenia", "Numer zgłoszenia", "Ärendenummer", "Ärende-ID", "Ticketnummer", "Ticket-Nr.",
                  "Vorgangsnummer", "Číslo požadavku", "Sagsnummer", "Número de ticket", "Número de caso",
                  "Numéro de ticket", "N° de ticket", "Numero ticket", "Meldingnummer"]
OPENED = {"Opened": "en", "Data otwarcia": "pl", "Skapad": "sv", "Erstellt am": "de", "Vytvořeno": "cs"}


@pytest.mark.parametrize("header", TICKET_NUMBERS)
@pytest.mark.parametrize("numbers", ["plain", "prefixed"])
def test_a_ticket_number_is_the_tickets_own_id_never_the_customer(header: str, numbers: str) -> None:
    rows = 300
    values = [str(40000 + i) if numbers == "plain" else f"INC-{i:06d}" for i in range(rows)]
    opened = list(OPENED)[len(header) % len(OPENED)]
    frame = pl.DataFrame({header: values, opened: [f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}" for i in range(rows)],
                          "Category": [("Hardware", "Access", "Network")[i % 3] for i in range(rows)],
                          "Status": [("Open", "Closed")[i % 2] for i in range(rows)]})
    mapping = detect_mapping(RawTable(Path("export.csv"), frame, "csv", "0" * 64, "utf-8", ","))
    assert mapping.kind is TableKind.INTERACTIONS
    assert mapping.column(header).role is Role.IGNORE and mapping.id_column() is None


def test_a_bare_id_numbering_every_ticket_is_not_a_customer_but_a_repeating_one_or_a_named_one_is() -> None:
    def mapping_of(ids: list[str], header: str = "ID") -> Role:
        frame = pl.DataFrame({header: ids, "Opened": [f"2025-03-{i % 28 + 1:02d}" for i in range(len(ids))]})
        return detect_mapping(RawTable(Path("tickets.csv"), frame, "csv", "0" * 64, "utf-8", ",")).role_of(header)

    assert mapping_of([str(7000 + i) for i in range(200)]) is Role.IGNORE
    assert mapping_of([f"C{i % 60}" for i in range(200)]) is Role.CUSTOMER_ID
    assert mapping_of([f"C{i}" for i in range(200)], "Customer ID") is Role.CUSTOMER_ID


def test_a_ticket_column_of_an_event_shops_orders_is_still_its_category() -> None:
    rows = 200
    frame = pl.DataFrame({"Order ID": [str(500 + i) for i in range(rows)], "Customer ID": [f"C{i % 70}" for i in range(rows)],
                          "Order Date": [f"2025-05-{i % 28 + 1:02d}" for i in range(rows)],
                          "Ticket": [("VIP", "Standard", "Student")[i % 3] for i in range(rows)],
                          "Amount": [str(20 + i % 9) for i in range(rows)]})
    mapping = detect_mapping(RawTable(Path("orders.csv"), frame, "csv", "0" * 64, "utf-8", ","))
    assert mapping.kind is TableKind.TRANSACTIONS and mapping.id_column() == "Customer ID"
    assert mapping.role_of("Ticket") is Role.CATEGORY
