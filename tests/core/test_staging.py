"""Staging parses a clean date, number or flag column as written and trims only the cells that did not
parse, and judges a customer ID column on its distinct IDs.  That is only right if it gives what trimming
every cell first gives: the same values, the same refused rows, the same count of missing cells and the same
distinct IDs, for any padding, placeholder or bad cell.  Likewise a customers table compares whole rows only
where IDs repeat, which must find the repeated and conflicting rows that comparing every row finds."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest import parsing
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.mapping import ColumnMapping
from prevista.core.ingest.importer import ImportOptions, plan_import
from prevista.core.ingest.readers import csv_reader
from prevista.core.ingest.readers import raw as raw_module
from prevista.core.ingest.quality import formula_rows
from prevista.core.ingest.readers.raw import RawTable
from prevista.core.ingest.staging import (
    INVISIBLE_IN_ID,
    RAW_ID,
    IdPass,
    column_pass,
    parsed_pass,
    read_in_batches,
    stage_table,
)
from prevista.core.runtime.jobs import Progress
from prevista.privacy.errors import CancelledError, PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Role, TableKind
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

# (role, format, meaning, cells that parse, cells that do not)
COLUMNS = [
    (Role.DATE, "%Y-%m-%d", None, ["2024-01-31", "1999-12-01"], ["2024-13-01", "31/01/2024", "x"]),
    (Role.DATE, "%Y-%m-%d %H:%M:%S", None, ["2024-01-31 23:59:01"], ["2024-01-31", "2024-01-31 24:00:00"]),
    (Role.DATE, "%d.%m.%Y", None, ["31.01.2024", "1.2.2024"], ["2024-01-31", "32.01.2024"]),
    (Role.DATE, "%d %b %Y", None, ["3 Jan 2024", "3 März 2024", "3 oct. 2024"], ["3 Foo 2024", "2024"]),
    (Role.DATE, parsing.COMPACT_DATE, None, ["20240131"], ["2024013", "202401311"]),
    (Role.DATE, parsing.EXCEL_SERIAL, None, ["45292", "45292.5"], ["12", "abc"]),
    (Role.DATE, parsing.UNIX_SECONDS, None, ["1700000000", "1700000000.25"], ["170000000", "5000000000", "1.7e9"]),
    (Role.DATE, parsing.UNIX_MILLISECONDS, None, ["1700000000000"], ["1700000000", "17000000000000", "-1700000000000"]),
    (Role.NUMBER, "decimal-point", "amount", ["12.5", "-3", "1e3", "€ 4.50", "7 EUR"], ["1,5", "1e309", "inf"]),
    (Role.NUMBER, "decimal-comma", None, ["12,5", "-3"], ["1.234,5", "12.5"]),
    (Role.NUMBER, "thousands-space", None, ["1 234,5", "1\u00a0234"], ["12 34"]),
    (Role.NUMBER, "integer", "age", ["42", "0"], ["131", "-1", "4.2"]),
    (Role.CONSENT, None, "opt_out", ["yes", "Nein", "1", "x"], ["maybe", "2"]),
]
PADDING = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u3000", "\n", "\u2007"])
PLACEHOLDERS = ["", "NA", "n/a", "#N/A", "null", "None", "NaN", "-", "--"]


@st.composite
def columns(draw: st.DrawFn) -> tuple[ColumnMapping, list[str | None]]:
    role, fmt, meaning, good, bad = draw(st.sampled_from(COLUMNS))
    cell = st.builds(lambda before, text, after: before + text + after,
                     PADDING, st.sampled_from(good + bad + PLACEHOLDERS), PADDING)
    return ColumnMapping("c", role, meaning, fmt), draw(st.lists(st.none() | cell, max_size=30))


@settings(max_examples=400, deadline=None)
@given(columns())
def test_parsing_as_written_gives_what_trimming_first_gives(column: tuple[ColumnMapping, list[str | None]]) -> None:
    spec, cells = column
    series = pl.Series("c", cells, dtype=pl.String)
    trimmed = parsing.normalise_missing(series)
    kind = {Role.DATE: "date", Role.NUMBER: "number", Role.CONSENT: "flag"}[spec.role]
    expected = parsing.parse_column(trimmed, kind, spec.fmt, spec.meaning)
    found = parsed_pass(series, spec)
    assert found.missing == trimmed.null_count()
    assert found.values is not None and found.bad_rows is not None
    assert found.values.to_list() == expected.values.to_list()
    assert found.bad_rows.to_list() == expected.bad_rows.to_list()


ID_CELLS = st.builds(lambda before, text, after: before + text + after,
                     PADDING, st.sampled_from(["C1", "C2", "1001", "a@b.de", "C1;C2", "C\u200b3", *PLACEHOLDERS]),
                     PADDING)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | ID_CELLS | st.sampled_from(["C1", "C2", "1001"]), max_size=30))
def test_id_and_category_columns_read_as_they_do_trimmed_first(cells: list[str | None]) -> None:
    """Clean columns (no padding, no placeholder) are drawn often, so both ways through the pass are taken."""
    series = pl.Series("id", cells, dtype=pl.String)
    trimmed = parsing.normalise_missing(series)
    category = column_pass(series, ColumnMapping("id", Role.CATEGORY))
    assert category.values is not None and category.values.to_list() == trimmed.to_list()
    assert category.missing == trimmed.null_count()
    found = IdPass.of(series)
    assert found.ids.to_list() == trimmed.to_list()
    distinct = trimmed.drop_nulls().unique()
    assert sorted(found.distinct.to_list()) == sorted(distinct.to_list())
    assert sorted(found.invisible.to_list()) == sorted(distinct.filter(distinct.str.contains(INVISIBLE_IN_ID)).to_list())
    assert sorted(found.several.to_list()) == sorted(v for v in distinct.to_list() if ";" in v)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["C1", "C2", "C3", "", "C4"]), st.sampled_from(["basic", "pro"]),
                          st.sampled_from(["1", "2"])), min_size=1, max_size=12))
def test_repeated_rows_and_conflicting_ids_are_those_a_whole_row_comparison_finds(
        rows: list[tuple[str, str, str]]) -> None:
    """Only rows whose ID repeats are compared whole: the rows warned as exact repeats, the rows refused as a
    second record for one ID, and the rows kept are those that comparing every whole row gives, with rows
    without an ID among them (left out on request) and IDs that repeat only with other values."""
    frame = pl.DataFrame(rows, schema=["customer_id", "plan", "seats"], orient="row")
    raw = RawTable(Path("customers.csv"), frame.clone(), "csv", "0" * 64, "utf-8", ",")  # staging consumes it
    staged = stage_table(raw, detect_mapping(raw, TableKind.CUSTOMERS), skip_rows_without_id=True)
    with_id = frame.with_row_index("line").filter(pl.col("customer_id") != "")
    first = with_id.select(pl.struct("customer_id", "plan", "seats").is_first_distinct()).to_series()
    kept = with_id.filter(first)
    second = kept.filter(~pl.col("customer_id").is_first_distinct())
    found = {finding.code: finding.count for finding in staged.findings}
    assert found.get("duplicate-rows") == (int((~first).sum()) or None)
    assert found.get("duplicate-customer-id") == (second.height or None)
    assert staged.distinct_ids.gather(staged.frame[RAW_ID]).to_list() == kept["customer_id"].to_list()


def test_staging_lets_parsed_text_go_yet_names_each_cell_by_its_own_column() -> None:
    """Staging takes a parsed column's text out of the raw table, so that an import does not hold it to the
    end; a bad cell in a later column is still named by that column's letter in the sheet, and the text that
    later steps read (ID, e-mail) stays."""
    rows = 30
    frame = pl.DataFrame({
        "customer_id": [f"C{i}" for i in range(rows)],
        "signup_date": ["2024-01-31"] * rows,
        "plan": ["basic", "pro"] * (rows // 2),
        "email": [f"c{i}@example.com" for i in range(rows)],
        "seats": [str(i) for i in range(rows - 1)] + ["many"],
    })
    raw = RawTable(Path("customers.xlsx"), frame.clone(), "xlsx", "0" * 64, sheet="Sheet1")
    mapping = detect_mapping(raw, TableKind.CUSTOMERS).with_roles({"seats": Role.NUMBER})
    staged = stage_table(raw, mapping.with_formats({"seats": "integer"}))
    assert raw.frame.columns == ["customer_id", "email"]
    bad = next(finding for finding in staged.findings if finding.code == "unparseable")
    assert (bad.column, bad.count, bad.locations) == ("seats", 1, (f"Sheet1!E{rows + 1}",))
    assert staged.frame["signup_date"].dtype == pl.Date and staged.frame["plan"].to_list() == frame["plan"].to_list()
    assert staged.emails.height == rows


def test_a_ticket_logs_requester_addresses_are_kept_once_per_customer_and_address() -> None:
    """An opt-out by e-mail is matched against every address a customer wrote from: each pair once, however
    many tickets repeat it, and a second address of one customer kept beside the first."""
    rows = 70
    frame = pl.DataFrame({"Ticket ID": [str(i) for i in range(rows + 1)],
                          "Contact ID": [f"C{i % 7}" for i in range(rows)] + ["C0"],
                          "Requester Email": [f"c{i % 7}@example.com" for i in range(rows)] + ["other@example.com"],
                          "Created": [f"2024-03-{1 + i % 28:02d}" for i in range(rows + 1)]})
    raw = RawTable(Path("tickets.csv"), frame, "csv", "0" * 64)
    staged = stage_table(raw, detect_mapping(raw, TableKind.INTERACTIONS))
    wanted = {(f"C{i}", f"c{i}@example.com") for i in range(7)} | {("C0", "other@example.com")}
    assert sorted(staged.emails.rows()) == sorted(wanted)


def test_formula_like_cells_are_named_whether_their_text_went_after_its_pass_or_stayed() -> None:
    """A category's text goes after its pass, so the pass looks for cells that start like a formula; the
    e-mail addresses kept for the identity table are looked at where they stay.  Either way the warning names
    the file, the column and the cell, in the mapping's order, and a signed number is not a formula."""
    rows = 12
    plans, emails = ["basic"] * rows, [f"c{i}@example.com" for i in range(rows)]
    plans[3], plans[9], emails[7] = "=HYPERLINK(1)", "  @SUM(A1)", "=1+1"
    frame = pl.DataFrame({"customer_id": [f"C{i}" for i in range(rows)], "plan": plans, "email": emails,
                          "phone": ["+48 22 555 01 97", "-1"] * (rows // 2)})
    raw = RawTable(Path("customers.csv"), frame.clone(), "csv", "0" * 64, "utf-8", ",")
    mapping = detect_mapping(raw, TableKind.CUSTOMERS).with_roles({"plan": Role.CATEGORY, "phone": Role.CATEGORY})
    staged = stage_table(raw, mapping, keep_identities=True)
    found = [(f.column, f.count, f.locations) for f in staged.findings if f.code == "formula-like-cells"]
    assert found == [("plan", 2, (raw.locate(3, "plan"), raw.locate(9, "plan"))), ("email", 1, (raw.locate(7, "email"),))]
    assert "plan" not in raw.frame.columns and staged.frame["plan"].cast(pl.String).to_list() == [p.strip() for p in plans]



@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["basic", "Pro", "=HYPERLINK(1)", "@SUM(A1)", "+48 22 555", "-1", "-", "NA", "",
                                 " Pro", "  =1+1", "\tx", None]), min_size=1, max_size=30))
def test_a_categorys_formula_cells_are_the_cells_that_start_like_one(cells: list[str | None]) -> None:
    """A category kept as read is looked at through its distinct cells; one that needed trimming, cell by
    cell.  Either way the rows named are those the look at every cell names."""
    series = pl.Series("plan", cells, dtype=pl.String)
    found = column_pass(series, ColumnMapping("plan", Role.CATEGORY)).formulas
    assert found is not None and found.to_list() == formula_rows(series).to_list()

# ----- a large export read in batches stages as one read whole ------------------------------------------------
EXPORTS = {  # file name → columns: (header, cells that read, cells that do not)
    "customers.csv": [("customer_id", ["C1", "C2", " C3", "C4", "C5", "C6"], ["", "NA"]),
                      ("signup_date", ["2024-01-31", "1999-12-01"], ["2024-13-01", "x"]),
                      ("monthly_spend", ["12.5", "-3", "€ 4.50"], ["1,5", "inf"]),
                      ("plan", ["Pro", "Basic", " Pro"], [""]),
                      ("churned", ["yes", "no"], ["maybe"]),
                      ("email_opt_out", ["yes", "no", "1"], ["perhaps"]),
                      ("email", ["a@example.com", "b@example.org"], ["", "-"]),
                      ("notes", ["called", "=SUM(A1)", "ok"], [""])],
    "orders.csv": [("customer_id", ["C1", "C2", "C3", " C4"], ["", "null", "C\u200b7"]),
                   ("order_date", ["2024-01-31 10:00:00", "2023-05-01 23:59:59"], ["2024-01-31 25:00:00", "-"]),
                   ("amount", ["12.50", "0", "-4"], ["abc", "1e309"]),
                   ("category", ["Books", "Toys", "Shipping"], [""])],
}


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, str]:
    """A plain export, quoted as many CRMs write it or not, some of its cells odd, now and then with a row of
    empty cells or a short line."""
    name = draw(st.sampled_from(sorted(EXPORTS)))
    columns = [c for i, c in enumerate(EXPORTS[name]) if i == 0 or draw(st.booleans())]
    if draw(st.booleans()):  # IDs as a clean export writes them: no cell of the column to refuse or trim
        columns[0] = (columns[0][0], [i.strip() for i in columns[0][1]], [])
    odd = draw(st.floats(0, 0.3))
    quote = draw(st.sampled_from(["", '"']))
    def cell(good: list[str], bad: list[str]) -> str:
        text = draw(st.sampled_from(bad)) if bad and draw(st.floats(0, 1)) < odd else draw(st.sampled_from(good))
        return quote + text + quote
    lines = [",".join(cell(good, bad) for _, good, bad in columns) for _ in range(draw(st.integers(5, 40)))]
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), "," * (len(columns) - 1))
    if draw(st.integers(0, 9)) == 0 and len(columns) > 1:
        lines.insert(draw(st.integers(0, len(lines))), ",".join(["C9"] * (len(columns) - 1)))
    return name, "\n".join([",".join(c[0] for c in columns), *lines]) + "\n"


def _planned(folder: Path, name: str, text: str, batched: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    """What planning the import of one export gives: its tables and report, or the error it raised."""
    monkeypatch.setattr(csv_reader, "BATCHED_ROWS", 0 if batched else 10**9)
    path = folder / ("batched" if batched else "whole") / name
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    store = ProjectStore.create(folder / f"project-{batched}", PASSPHRASE, kdf=KdfParams.minimum())
    try:
        plan = plan_import(store, [path], ImportOptions(operator="t"))
    except PrevistaError as error:
        return type(error), str(error).replace(str(path.parent), "<folder>")
    table = plan.tables[0]
    ids = table.distinct_ids.gather(table.frame[RAW_ID])  # each row's ID (the frame holds its place)
    return (table.mapping, table.frame.with_columns(ids).rows(), table.identities.with_columns(ids).rows(),
            sorted(table.distinct_ids.to_list()),
            sorted(table.emails.rows()), plan.report, plan.opted_out.sort().to_list())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(export=exports(), batch_bytes=st.integers(1, 200))
def test_an_export_read_in_batches_is_planned_as_one_read_whole(monkeypatch: pytest.MonkeyPatch,
                                                                 export: tuple[str, str], batch_bytes: int) -> None:
    """Mapping, typed rows, refused rows and their lines, notes and opt-outs: the same whichever way the rows were
    read, also when the batched read finds a blank row or a short line and hands the file to the whole read."""
    monkeypatch.setattr(raw_module, "DETECTION_ROWS", 4)
    monkeypatch.setattr(csv_reader, "BATCH_BYTES", batch_bytes)
    with tempfile.TemporaryDirectory() as folder:
        whole = _planned(Path(folder), *export, batched=False, monkeypatch=monkeypatch)
        batched = _planned(Path(folder), *export, batched=True, monkeypatch=monkeypatch)
    assert batched == whole


def test_a_batched_read_stops_at_the_next_batch_when_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading 50M events in batches takes seconds with no report in between: each batch must be a point where
    Cancel takes effect, or the window's Cancel waits for the whole file."""
    monkeypatch.setattr(csv_reader, "BATCHED_ROWS", 0)
    monkeypatch.setattr(csv_reader, "BATCH_BYTES", 256)
    monkeypatch.setattr(raw_module, "DETECTION_ROWS", 20)
    path = tmp_path / "orders.csv"
    path.write_text("customer_id,order_date,amount\n" + "".join(f"C{i % 9},2024-01-{i % 28 + 1:02d},{i}.5\n"
                                                             for i in range(300)))
    raw = csv_reader.read_csv(path, defer=True)
    mapping = detect_mapping(raw)
    stop = threading.Event()
    batches = raw.deferred.batches if raw.deferred else None
    assert batches is not None
    seen: list[int] = []

    def counted() -> Iterator[pl.DataFrame]:
        for batch in batches():
            seen.append(batch.height)
            stop.set()  # the user presses Cancel while the first batch is being read
            yield batch

    deferred = replace(raw, deferred=replace(raw.deferred, batches=counted))
    with pytest.raises(CancelledError):
        read_in_batches(deferred, mapping, Progress(cancel_event=stop))
    assert len(seen) == 1 < len(list(batches()))  # the rest of the file is not read


def test_an_order_log_with_a_database_s_empty_date_reports_its_dates_and_names_the_cell() -> None:
    """A '0000-01-01' among real dates once stopped the import with an internal error, when the table's first and
    last date were shown: it is an unreadable cell, and the dates shown are the real ones."""
    days = [f"2025-01-{day:02d}" for day in range(1, 29)]
    frame = pl.DataFrame({"customer_id": [f"C{i}" for i in range(29)], "order_date": [*days[:5], "0000-01-01", *days[5:]],
                          "amount": ["10.5"] * 29})
    raw = RawTable(Path("orders.csv"), frame, "csv", "0" * 64, "utf-8", ",")
    staged = stage_table(raw, detect_mapping(raw, TableKind.TRANSACTIONS))
    assert (staged.report.first_date, staged.report.last_date) == ("2025-01-01", "2025-01-28")
    unreadable = [f for f in staged.findings if f.column == "order_date"]
    assert [f.count for f in unreadable] == [1]
