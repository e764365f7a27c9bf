from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.csv_reader import read_csv
from prevista.privacy.errors import InputError
from tests.core.readers.test_csv_scan import _outcome, exports


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("id;imię\n1;Łukasz\n2;Małgorzata\n".encode(), "utf-8"),
        ("\ufeffid;imię\n1;Łukasz\n2;Małgorzata\n".encode("utf-8"), "utf-8-sig"),
        ("id;imię\n1;Łukasz\n2;Małgorzata\n".encode("utf-16"), "utf-16"),
        ("id;imię\n1;Łukasz\n2;Małgorzata\n".encode("cp1250"), "cp1250"),
        ("id;jméno\n1;Šárka\n2;Jiří\n".encode("cp1250"), "cp1250"),
        ("id;navn\n1;Søren\n2;Åsa\n".encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_are_detected_without_loss(tmp_path: Path, data: bytes, encoding: str) -> None:
    table = read_source(write(tmp_path, "people.csv", data))
    assert table.encoding == encoding
    expected = data.decode(encoding if encoding != "cp1252" else "latin-1").lstrip("\ufeff").splitlines()[1].split(";")[1]
    assert table.frame[table.frame.columns[1]][0] == expected


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [["id", "amount", "plan"], ["1", "3,50" if delimiter != "," else "3.50", "Pro"], ["2", "4", "Basic"]]
    text = "\n".join(delimiter.join(r) for r in rows) + "\n"
    table = read_source(write(tmp_path, "t.csv", text.encode()))
    assert table.delimiter == delimiter
    assert table.frame.columns == ["id", "amount", "plan"]


@pytest.mark.parametrize(
    ("data", "message", "location"),
    [
        (b"id,a,b\n1,2,3\n4,5\n", "2 fields but the header has 3", "line 3"),
        (b"id,a,b\n1,2,3\n4,5,6,7\n", "4 fields but the header has 3", "line 3"),
        (b'id,a,b\n1,"x\ny",3\n4,5\n', "2 fields but the header has 3", "line 4"),
        (b'id,a,b\n1,2,3\n4,"5,6\n', "quoted field is not closed", "line 3"),
        (b"id,a,A\n1,2,3\n", "same name", "line 1"),
        (b"id,,b\n1,2,3\n", "blank name", "line 1"),
        (b"", "empty", None),
        (b" \n\t\n", "empty", None),
        (b"id,x\n1,\x00\x01\x02\n", "binary", None),
        (b"id,x\n1,\xc5\xbc\xc3\xb3\n2,\xff\n", "not valid UTF-8", "line 3"),
    ],
)
def test_bad_csv_is_refused_with_its_location(tmp_path: Path, data: bytes, message: str, location: str | None) -> None:
    with pytest.raises(InputError) as caught:
        read_source(write(tmp_path, "bad.csv", data))
    text = str(caught.value)
    assert text.startswith("bad.csv") and message in text
    if location:
        assert location in text


def test_quoted_line_breaks_and_blank_lines_keep_true_line_numbers(tmp_path: Path) -> None:
    table = read_source(write(tmp_path, "q.csv", b'id,note\n1,"a\nb"\n\n2,c\n'))
    assert table.frame["note"].to_list() == ["a\nb", "c"]
    assert [table.locate(i) for i in range(2)] == ["line 2", "line 5"]


def test_format_follows_content_not_name(tmp_path: Path) -> None:
    table = read_source(write(tmp_path, "export.xlsx", b"id,plan\n1,Pro\n"))
    assert table.format == "csv"


@pytest.mark.parametrize("slice_bytes", [1, 7, 1 << 20])
def test_a_short_line_is_found_whichever_slice_its_delimiters_fall_in(tmp_path: Path, slice_bytes: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The delimiters are counted a slice at a time (the window must not freeze on one long count): a count
    split at any byte must still see one delimiter missing, and a full file must still read."""
    from prevista.core.ingest.readers import csv_reader

    monkeypatch.setattr(csv_reader, "_CHECK_SLICE", slice_bytes)
    rows = [f"{i};ž{i};{i * 3}" for i in range(40)]
    assert read_source(write(tmp_path, "full.csv", ("id;name;n\n" + "\n".join(rows) + "\n").encode())).frame.height == 40
    rows[23] = "23;ž23"
    with pytest.raises(InputError) as caught:
        read_source(write(tmp_path, "short.csv", ("id;name;n\n" + "\n".join(rows) + "\n").encode()))
    assert "2 fields but the header has 3" in str(caught.value) and "line 25" in str(caught.value)


@pytest.mark.parametrize("name", ["*", "^Amount.*$", "^$"])
@pytest.mark.parametrize("export", ["csv", "json"])
def test_a_header_that_reads_as_a_pattern_is_refused(tmp_path: Path, name: str, export: str) -> None:
    """polars reads '*' and '^…$' as every column, or a regular expression, wherever a column is named: a
    header like that would make later steps read other columns (a fuzzed '0,*,00' crashed the import)."""
    if export == "csv":
        data = f"id,{name},Amount total\n1,2,3\n".encode()
    else:
        data = ('[{"id": 1, "%s": 2, "Amount total": 3}]' % name).encode()
    with pytest.raises(InputError) as caught:
        read_source(write(tmp_path, f"export.{export}", data))
    assert f"column '{name}'" in str(caught.value) and "pattern" in str(caught.value)


@pytest.mark.parametrize("title", [b"Sales report\nExported 2024-12-01 by Admin\n\n", b"Sales report,,\n,,\n",
                                   b'"Opportunities, all open"\r\n"As of 2024-12-01"\r\n\r\n'])
def test_a_reports_title_above_its_column_names_is_refused_naming_the_lines(tmp_path: Path, title: bytes) -> None:
    """A report saved from a CRM or a spreadsheet starts with its title: before, it failed on the first row's count
    of fields; now the refusal says which lines to delete, and echoes nothing of them."""
    rows = b'id,note,amount\n1,"a\nb",3\n\n2,c,4\n'
    names = title.count(b"\n") + 1
    with pytest.raises(InputError) as caught:
        read_source(write(tmp_path, "report.csv", title + rows))
    text = str(caught.value)
    assert f"line {names}" in text and f"Delete the lines above line {names}" in text
    assert not any(word in text for word in ("Sales", "Opportunities", "note", "amount"))


@pytest.mark.parametrize("data", [b"id,a,b\n1,2,3\n", b"00001,19970101,1\n00002,19970102,3\n",
                                  b"Name\nAnna\nBob\n", b"Name\nSmith, John\nDoe\nRoe\n"])
def test_an_export_that_starts_with_its_names_is_not_taken_for_a_title(tmp_path: Path, data: bytes) -> None:
    """A list of one column, even with a delimiter in a cell, has no title: its names are its first line."""
    try:
        table = read_source(write(tmp_path, "plain.csv", data))
    except InputError as error:
        assert "title" not in str(error) and "Smith" not in str(error)
    else:
        assert table.first_row_line in (1, 2)  # 1: a first line of values, read as a row


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(export=exports(), title=st.lists(st.sampled_from(["Sales report", "Exported 2024-12-01 by Admin", "",
                                                         '"Pipeline, all regions"', "Ventes – T4"]),
                                        min_size=1, max_size=3).filter(lambda lines: any(lines)))
def test_a_title_above_any_export_is_refused_at_its_column_names(tmp_path: Path, export: tuple[bytes, str | None],
                                                                 title: list[str]) -> None:
    """Differencing: an export that reads, with a report's title above it, is refused at the line of its column
    names, and the refusal holds none of its cells."""
    data, delimiter = export
    untitled = _outcome(lambda: read_csv(write(tmp_path, "plain.csv", data), delimiter=delimiter))
    assume(not isinstance(untitled, str) and untitled.frame.width > 1 and untitled.frame.height > 0
           and untitled.delimiter in (",", ";", "\t", "|") and not untitled.warnings
           and len({name.strip().casefold() for name in untitled.frame.columns}) == untitled.frame.width)
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    above = "\n".join(title).encode() + b"\n"
    with pytest.raises(InputError) as caught:
        read_csv(write(tmp_path, "titled.csv", bom + above + data.removeprefix(bom)), delimiter=delimiter)
    text = str(caught.value)
    assert f"line {len(title) + 1}" in text
    cells = {cell for column in untitled.frame.iter_columns() for cell in column.drop_nulls().to_list() if len(cell) > 3}
    assert not any(cell in text for cell in cells)
