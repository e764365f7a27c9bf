"""XLSX reader: exact text conversion, locations, and hostile workbooks.

Every fixture is built in ``tmp_path``: xlsxwriter for real workbooks,
:mod:`zipfile` for crafted ones.  Hostile cases must end in an InputError
while this (the parent) process carries on.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
import warnings
import zipfile
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest.readers import read_source, xlsx_reader
from prevista.core.ingest.readers.raw import sha256_of_file
from prevista.core.ingest.readers.xlsx_reader import check_workbook, read_xlsx
from prevista.privacy.errors import InputError
from tests.core.readers.refusals import refusal
from tests.core.readers.workbooks import (
    HEADER_ROW,
    SECRET,
    central_entries,
    lie_about_size,
    package,
    sheet_xml,
    simple,
    workbook,
)


def refused(path: Path, **kwargs: object) -> str:
    return refusal(read_xlsx, path, SECRET, **kwargs)


# --- happy paths --------------------------------------------------------------------


def test_cell_types_become_exact_text(tmp_path: Path) -> None:
    def fill(book: xlsxwriter.Workbook) -> None:
        date = book.add_format({"num_format": "yyyy-mm-dd"})
        stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        clock = book.add_format({"num_format": "hh:mm:ss"})
        sheet = book.add_worksheet("Data")
        sheet.write_row(0, 0, ["int", "float", "text", "date", "stamp", "clock", "flag", "formula", "mixed", "empty"])
        sheet.write_row(1, 0, [42, 0.1, "007"])
        sheet.write_datetime(1, 3, dt.datetime(2024, 1, 31), date)
        sheet.write_datetime(1, 4, dt.datetime(2024, 1, 31, 13, 45, 7), stamp)
        sheet.write_datetime(1, 5, dt.time(13, 45, 7), clock)
        sheet.write_boolean(1, 6, True)
        sheet.write_formula(1, 7, "=A2*2", None, 84)
        sheet.write_string(1, 8, "abc")
        sheet.write_row(2, 0, [-3, 1 / 3, ""])
        sheet.write_datetime(2, 3, dt.datetime(1999, 12, 1), date)
        sheet.write_datetime(2, 4, dt.datetime(2024, 2, 1), stamp)
        sheet.write_boolean(2, 6, False)
        sheet.write_number(2, 8, 5)
        sheet.write_row(3, 0, [10**15, 1e-7, "0.333333333"])
        sheet.write_string(3, 3, "2024-01-31 00:00:00")
        sheet.write_number(3, 8, 1 / 3)
        sheet.write_string(4, 8, "0.333333333")

    path = workbook(tmp_path / "types.xlsx", fill)
    table = read_xlsx(path)
    assert table.format == "xlsx" and table.sheet == "Data" and table.first_row_line == 2
    assert table.sha256 == sha256_of_file(path)
    assert table.frame.columns == ["int", "float", "text", "date", "stamp", "clock", "flag", "formula", "mixed", "empty"]
    assert all(dtype == pl.String for dtype in table.frame.dtypes)
    rows = table.frame.rows()
    assert rows[0] == ("42", "0.1", "007", "2024-01-31", "2024-01-31 13:45:07", "13:45:07", "true", "84", "abc", None)
    assert rows[1] == ("-3", "0.3333333333333333", None, "1999-12-01", "2024-02-01 00:00:00", None, "false", None, "5", None)
    assert rows[2] == ("1000000000000000", "0.0000001", "0.333333333", "2024-01-31 00:00:00", None, None, None, None,
                       "0.3333333333333333", None)
    assert rows[3][8] == "0.333333333"


def test_leading_empty_rows_and_locations(tmp_path: Path) -> None:
    path = simple(tmp_path / "shifted.xlsx", [["id", "email"], [1, "a@x"], [], [3, "c@x"]], name="Kunden", first_row=2)
    table = read_xlsx(path)
    assert table.first_row_line == 4
    assert table.frame.rows() == [("1", "a@x"), (None, None), ("3", "c@x")]
    assert table.locate(0, "email") == "Kunden!B4"
    assert table.locate(2, "id") == "Kunden!A6"


def test_a_title_above_the_table_is_refused_naming_the_rows(tmp_path: Path) -> None:
    path = simple(tmp_path / "report.xlsx", [["Sales report 2024"], ["Exported by Admin"], [], ["id", "email"],
                                             [1, "a@x"], [2, "b@x"]])
    text = refused(path)
    assert "Sheet1!A4" in text and "Delete the rows above row 4" in text and "Sales" not in text


def test_trailing_formatting_is_not_data(tmp_path: Path) -> None:
    def fill(book: xlsxwriter.Workbook) -> None:
        bold = book.add_format({"bold": True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["id", "name"])
        sheet.write_row(1, 0, [1, "x"])
        sheet.write_blank(9, 5, None, bold)
        sheet.write_string(7, 0, "")

    table = read_xlsx(workbook(tmp_path / "styled.xlsx", fill))
    assert table.frame.shape == (1, 2)


def test_named_sheet_and_first_sheet_with_data(tmp_path: Path) -> None:
    def fill(book: xlsxwriter.Workbook) -> None:
        book.add_worksheet("Cover")
        book.add_worksheet("Contacts").write_row(0, 0, ["id"])
        book.add_worksheet("Deals").write_row(0, 0, ["deal"])
        book.add_worksheet("Notes").write_row(0, 0, ["note"])

    path = workbook(tmp_path / "sheets.xlsx", fill)
    table = read_xlsx(path)
    assert table.sheet == "Contacts" and table.frame.columns == ["id"] and table.frame.height == 0
    assert len(table.notes) == 1 and "'Deals', 'Notes'" in table.notes[0]
    assert read_xlsx(path, sheet="Deals").frame.columns == ["deal"]
    assert "no sheet named 'Nope'" in refused(path, sheet="Nope")
    assert "empty" in refused(path, sheet="Cover")


def test_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cells are personal data: the child hands them over a pipe, never via a file."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    path = simple(tmp_path / "people.xlsx", [["email"], [SECRET]])
    assert read_xlsx(path).frame.rows() == [(SECRET,)]
    assert list(scratch.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["people.xlsx", "scratch"]


def test_read_source_dispatches_workbooks(tmp_path: Path) -> None:
    path = simple(tmp_path / "export.csv", [["id"], [7]])
    assert read_source(path).frame.rows() == [("7",)]


# --- header problems ---------------------------------------------------------------


def test_blank_header_names_the_cell(tmp_path: Path) -> None:
    path = simple(tmp_path / "blank.xlsx", [["id", None, "name"], [1, 2, "x"]])
    assert "Sheet1!B1" in refused(path)


def test_data_beyond_the_last_header_is_refused(tmp_path: Path) -> None:
    path = simple(tmp_path / "stray.xlsx", [["id", "name"], [1, "x", "stray"]])
    assert "Sheet1!C1" in refused(path)


def test_duplicate_headers_name_both_columns(tmp_path: Path) -> None:
    path = simple(tmp_path / "dup.xlsx", [["email", "name", "Email "], ["a", "b", "c"]])
    message = refused(path)
    assert "columns A and C" in message and "Sheet1!C1" in message


def test_table_must_start_in_column_a(tmp_path: Path) -> None:
    def fill(book: xlsxwriter.Workbook) -> None:
        book.add_worksheet().write_row(0, 1, ["id", "name"])

    assert "column A" in refused(workbook(tmp_path / "offset.xlsx", fill))


def test_workbook_without_data(tmp_path: Path) -> None:
    def fill(book: xlsxwriter.Workbook) -> None:
        book.add_worksheet()

    assert "no data" in refused(workbook(tmp_path / "empty.xlsx", fill))


# --- not a workbook -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not an Excel workbook"),
        (b"id;email\n1;" + SECRET.encode() + b"\n", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy .xls or a password-protected"),
    ],
)
def test_non_workbooks(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "file.xlsx"
    path.write_bytes(data)
    assert expected in refused(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in refused(tmp_path / "nowhere.xlsx")


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = simple(tmp_path / "whole.xlsx", [["id"], [1]]).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "incomplete" in refused(path)


def test_zip_without_workbook_part(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert "no workbook part" in refused(path)


def test_duplicate_parts(tmp_path: Path) -> None:
    path = package(tmp_path / "twice.xlsx")
    with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as archive:
        warnings.simplefilter("ignore")
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml())
    assert "same part twice" in refused(path)


def test_encrypted_part_flag(tmp_path: Path) -> None:
    path = package(tmp_path / "locked.xlsx")
    data = bytearray(path.read_bytes())
    for entry, name in central_entries(data):
        if name == b"xl/workbook.xml":
            data[entry + 8] |= 0x1
    path.write_bytes(bytes(data))
    assert "password-protected" in refused(path)


# --- hostile packages ---------------------------------------------------------------


def test_zip_bomb_with_honest_sizes(tmp_path: Path) -> None:
    path = package(tmp_path / "bomb.xlsx", **{"xl__sharedStrings.xml": b"<sst>" + b" " * (40 * 1024**2)})
    assert "zip bomb" in refused(path)


def test_declared_size_above_the_cap(tmp_path: Path) -> None:
    path = package(tmp_path / "big.xlsx")
    assert "unpacks to more than the allowed 1000 bytes" in refused(path, max_unpacked_bytes=1000)


def test_lying_uncompressed_size_is_caught(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 100_000))
    path = package(tmp_path / "liar.xlsx", sheet_xml(HEADER_ROW + rows, dimension=None))
    lie_about_size(path, "xl/worksheets/sheet1.xml", 1000)
    assert "damaged" in refused(path)


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        "<!doctype worksheet>",
    ],
)
def test_dtd_and_entities_are_refused(tmp_path: Path, prolog: str) -> None:
    path = package(tmp_path / "dtd.xlsx", sheet_xml(prolog=prolog))
    assert "document type declaration" in refused(path)


def test_dtd_split_across_chunks_is_found(tmp_path: Path) -> None:
    padding = " " * ((1 << 20) - 3)
    path = package(tmp_path / "split.xlsx", **{"xl__sharedStrings.xml": padding + "<!DOCTYPE x>"})
    assert "document type declaration" in refused(path)


def test_binary_parts_are_not_scanned_for_dtds(tmp_path: Path) -> None:
    image = b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE by chance" + bytes(64)
    path = package(tmp_path / "picture.xlsx", **{"xl__media__image1.png": image})
    assert read_xlsx(path).frame.rows() == [(SECRET,)]


def test_xml_content_under_another_name_is_scanned(tmp_path: Path) -> None:
    path = package(tmp_path / "renamed.xlsx", **{"xl__media__image1.png": sheet_xml(prolog="<!DOCTYPE x>")})
    assert "document type declaration" in refused(path)


def test_utf16_part_is_refused(tmp_path: Path) -> None:
    path = package(tmp_path / "wide.xlsx", sheet_xml().encode("utf-16"))
    assert "encoding" in refused(path)


@pytest.mark.parametrize(
    ("dimension", "expected"),
    [("A1:XFD1048576", "far more cells"), ("A1:XFE2", "more rows or columns"), ("A1:B2000000", "more rows")],
)
def test_absurd_dimensions(tmp_path: Path, dimension: str, expected: str) -> None:
    path = package(tmp_path / "dim.xlsx", sheet_xml(dimension=dimension))
    assert expected in refused(path)


def test_many_parts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_reader, "MAX_DIRECTORY_BYTES", 100)
    assert "too many parts" in refused(package(tmp_path / "parts.xlsx"))


def test_macros_are_noted_not_run(tmp_path: Path) -> None:
    path = package(tmp_path / "macro.xlsm", **{"xl__vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(100)})
    table = read_xlsx(path)
    assert table.frame.rows() == [(SECRET,)]
    assert any("macros" in note for note in table.notes)


# --- the child process ---------------------------------------------------------------


def test_far_away_cell_crash_is_contained(tmp_path: Path) -> None:
    rows = HEADER_ROW + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    path = package(tmp_path / "far.xlsx", sheet_xml(rows, dimension=None))
    assert "could not be read safely" in refused(path)


def test_memory_limit_is_enforced(tmp_path: Path) -> None:
    path = simple(tmp_path / "small.xlsx", [["id"], [1]])
    assert "more memory than allowed (16 MiB)" in refused(path, memory_limit_bytes=16 * 1024**2)


def test_timeout_kills_the_reader(tmp_path: Path) -> None:
    path = simple(tmp_path / "slow.xlsx", [["id"], [1]])
    assert "took too long" in refused(path, timeout_s=0.01)


def test_reader_errors_are_reported_without_values(tmp_path: Path) -> None:
    path = package(tmp_path / "broken.xlsx", sheet_xml(f'<row r="1"><c r="A1" t="s"><v>{SECRET}</v></c></row>'))
    assert "could not read the workbook" in refused(path)


@functools.cache
def _valid_bytes() -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet().write_row(0, 0, ["id", "email"])
    book.close()
    return buffer.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mangled_workbooks_only_raise_input_errors(tmp_path: Path, data: st.DataObject) -> None:
    mangled = bytearray(_valid_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        mangled[data.draw(st.integers(0, len(mangled) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(mangled) // 2, len(mangled)))
    path = tmp_path / "mangled.xlsx"
    path.write_bytes(bytes(mangled[:cut]))
    try:
        check_workbook(path)
    except InputError:
        pass


@pytest.mark.parametrize("seed", range(8))
def test_mangled_sheet_xml_end_to_end(tmp_path: Path, seed: int) -> None:
    """A valid zip around broken XML, so the damage reaches the native reader."""
    rows = HEADER_ROW + "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 40))
    xml = bytearray(sheet_xml(rows, dimension=None).encode())
    rng = random.Random(seed)
    start = xml.find(b"<sheetData>")
    for _ in range(4):
        xml[rng.randrange(start, len(xml))] = rng.choice(b'<>/"=&;vcrt0123456789AZ ')
    try:
        table = read_xlsx(package(tmp_path / "mangled.xlsx", bytes(xml)))
    except InputError:
        return
    assert all(dtype == pl.String for dtype in table.frame.dtypes)
