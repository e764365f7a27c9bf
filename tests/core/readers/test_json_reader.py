"""JSON reader: the three layouts, literal numbers, and refusals that name a place but no value."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.json_reader import WRAPPER_KEYS, read_json
from prevista.core.ingest.readers.raw import sha256_of_file
from prevista.privacy.errors import InputError
from tests.core.readers.refusals import refusal

SECRET = "anna.secret@example.com"


def write(tmp_path: Path, data: str | bytes, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(path: Path, **kwargs: object) -> str:
    return refusal(read_json, path, SECRET, **kwargs)


def test_array_of_flat_objects(tmp_path: Path) -> None:
    text = (
        '[{"id": 1, "email": "' + SECRET + '", "amount": 1.10, "vip": true},'
        ' {"id": 12345678901234567890, "amount": 1e400, "vip": false, "note": null, "phone": "+49 30 1234"},'
        ' {"amount": -0.0, "email": "b@x.org"}]'
    )
    path = write(tmp_path, text)
    table = read_json(path)
    assert table.format == "json" and table.first_row_line == 1 and table.sha256 == sha256_of_file(path)
    assert table.frame.columns == ["id", "email", "amount", "vip", "note", "phone"]
    assert all(dtype == pl.String for dtype in table.frame.dtypes)
    assert table.frame.rows() == [
        ("1", SECRET, "1.10", "true", None, None),
        ("12345678901234567890", None, "1e400", "false", None, "+49 30 1234"),
        (None, "b@x.org", "-0.0", None, None, None),
    ]
    assert table.locate(2, "email") == "record 3"


def test_json_lines_with_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    text = '\ufeff{"id": "a", "n": 2.50}\r\n\r\n{"id": "b", "extra": "line\\u2028sep"}\r\n'
    table = read_json(write(tmp_path, text, "export.jsonl"))
    assert table.frame.rows() == [("a", "2.50", None), ("b", None, "line\u2028sep")]


@pytest.mark.parametrize("key", WRAPPER_KEYS)
def test_wrapped_records(tmp_path: Path, key: str) -> None:
    text = json.dumps({"total": 2, key: [{"id": 1}, {"id": 2}], "paging": {"next": None}})
    assert read_json(write(tmp_path, text)).frame.rows() == [("1",), ("2",)]


def test_hubspot_properties_are_flattened(tmp_path: Path) -> None:
    records = [
        {"id": "101", "properties": {"email": SECRET, "firstname": "Anna"}, "createdAt": "2024-01-02", "archived": False},
        {"id": "102", "properties": {"email": "b@x.org", "lifecyclestage": "lead"}, "archived": True},
    ]
    table = read_json(write(tmp_path, json.dumps({"results": records, "paging": {"next": {"after": "102"}}})))
    assert table.frame.columns == ["id", "email", "firstname", "createdAt", "archived", "lifecyclestage"]
    assert table.frame.row(1) == ("102", "b@x.org", None, None, "true", "lead")


def test_single_object_is_one_record(tmp_path: Path) -> None:
    assert read_json(write(tmp_path, '{"id": 7, "name": "x"}')).frame.rows() == [("7", "x")]


def test_read_source_dispatches_json(tmp_path: Path) -> None:
    assert read_source(write(tmp_path, '[{"id": 3}]', "export.txt")).frame.rows() == [("3",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"id": 1}, {"id": 2, "address": {"city": "' + SECRET + '"}}]', "record 2, column 'address'"),
        ('[{"id": 1, "tags": ["' + SECRET + '"]}]', "record 1, column 'tags'"),
        ('[{"id": 1}, {"email": "' + SECRET + '", "email": "x"}]', "record 2, column 'email'"),
        ('[{"id": 1, "properties": {"id": "' + SECRET + '"}}]', "record 1, column 'id'"),
        ('[{"id": 1}, "' + SECRET + '"]', "record 2: the record is not an object"),
        ('[{"": "' + SECRET + '"}]', "record 1: a key is empty"),
        ('"' + SECRET + '"', "single value"),
        ("[]", "no records"),
        (" \n ", "empty"),
    ],
)
def test_refusals_name_the_place(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in refused(write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"id": 1},\n {"email": "' + SECRET + '"', "line 2, column 37"),
        ('[{"id": 1},\n {"email": "' + SECRET, "line 2, column 12"),
        ('{"id": 1}\n{"id": 2}\n{"email": "' + SECRET + '" "x": 1}\n', "line 3, column"),
        ('[{"id": 1} {"email": "' + SECRET + '"}]', "line 1, column 12"),
    ],
)
def test_invalid_json_gives_line_and_column_only(tmp_path: Path, text: str, expected: str) -> None:
    message = refused(write(tmp_path, text))
    assert expected in message and "not valid JSON" in message


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    assert "nested too deeply" in refused(write(tmp_path, "[" * 200_000 + "]" * 200_000))


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    data = b'[{"id": 1},\n{"id": 2},\n{"name": "M\xfcller"}]'
    assert "line 3" in refused(write(tmp_path, data))


def test_utf16_is_refused(tmp_path: Path) -> None:
    assert "UTF-8" in refused(write(tmp_path, '[{"id": 1}]'.encode("utf-16")))


def test_lone_surrogate_is_refused(tmp_path: Path) -> None:
    message = refused(write(tmp_path, '[{"id": 1}, {"id": "\\ud800"}]'))
    assert "record 2, column 'id'" in message


def test_size_limit(tmp_path: Path) -> None:
    assert "larger than the allowed 10 bytes" in refused(write(tmp_path, '[{"id": 12345}]'), max_bytes=10)


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in refused(tmp_path / "nowhere.json")


flat_values = st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.floats(allow_nan=False, allow_infinity=False))
records = st.lists(st.dictionaries(st.text(min_size=1).filter(str.strip), flat_values, max_size=5), min_size=1, max_size=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records)
def test_flat_records_round_trip(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    def text(value: object) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return json.dumps(value)

    try:
        table = read_json(write(tmp_path, json.dumps(rows)))
    except InputError as exc:
        assert "no records" in str(exc) and not any(rows)
        return
    for number, row in enumerate(rows):
        assert {key: text(value) for key, value in row.items()} == {
            key: value for key, value in table.frame.row(number, named=True).items() if key in row
        }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=200), st.text(alphabet='{}[]":,\\ \n0123456789.eE+-truefalsnu\ud800', max_size=80)))
def test_any_input_gives_a_table_or_an_input_error(tmp_path: Path, data: bytes | str) -> None:
    path = write(tmp_path, data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    try:
        table = read_json(path)
    except InputError:
        return
    assert all(dtype == pl.String for dtype in table.frame.dtypes)
