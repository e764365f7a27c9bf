"""Reads a JSON or JSON Lines export of flat records into a :class:`RawTable`.

CRM exports come as a top-level array, as one object per line, or as an API
response wrapping the array (HubSpot nests fields under ``properties``).  All
three become one text table.  Numbers keep their literal text (no float
round-trip), and anything ambiguous -- nested values, duplicate keys -- is
refused rather than guessed, naming the record and key but never a value.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from core.readers.raw import RawTable, sha256_of_file
from privacy.errors import InputError

MAX_BYTES = 2 * 1024**3
WRAPPER_KEYS = ("data", "results", "records", "items", "rows", "contacts", "deals", "tickets")
PROPERTIES_KEY = "properties"

_BOM = b"\xef\xbb\xbf"
_FLATTEN_HINT = "Export flat records (one value per field), or flatten the export first."
_REEXPORT_HINT = "The file may be cut short or not be JSON; export it again."


class _Object(list):
    """A JSON object as its list of (key, value) pairs, so duplicate keys survive parsing."""


_DECODER = json.JSONDecoder(object_pairs_hook=_Object, parse_float=str, parse_int=str, parse_constant=str)


def read_json(path: Path, *, max_bytes: int = MAX_BYTES) -> RawTable:
    """Read records as text columns: the union of keys in first-seen order.

    Raises :class:`InputError` for anything that is not a flat record export.
    """
    path = Path(path)
    text = _decode(path, _read_bytes(path, max_bytes))
    records = _records(path, text)
    if not records:
        raise InputError(path, "the file contains no records.", hint="Choose an export that holds at least one record.")
    return RawTable(
        source=path,
        frame=_frame(path, [_flat_record(path, record, number) for number, record in enumerate(records, 1)]),
        format="json",
        sha256=sha256_of_file(path),
        encoding="utf-8",
        first_row_line=1,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(
                path,
                f"the file is larger than the allowed {max_bytes // 1024**2} MiB.",
                hint="Export fewer records per file.",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "the file does not exist.", hint="Check the file name and folder.") from None
    except OSError:
        raise InputError(path, "the file cannot be opened.", hint="Check that you may read it.") from None


def _decode(path: Path, data: bytes) -> str:
    """Strict UTF-8 (BOM allowed): a wrong encoding would silently corrupt names."""
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path,
            "the file is not valid UTF-8 text.",
            location=f"line {line}",
            hint="Export it again as UTF-8 JSON.",
        ) from None


def _records(path: Path, text: str) -> list:
    """The records, whichever of the three layouts the file uses."""
    if not text.strip():
        raise InputError(path, "the file is empty.", hint="Choose an export that holds records.")
    try:
        document = _parse(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data" or not text.lstrip().startswith("{"):
            raise _syntax_error(path, exc, 0) from None
        return _json_lines(path, text)
    if isinstance(document, _Object):
        return _unwrap(path, document)
    if isinstance(document, list):
        return document
    raise InputError(path, "the file holds a single value, not records.", hint="Export the records as a JSON array.")


def _parse(text: str) -> object:
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise _NestingError from None


class _NestingError(Exception):
    """Raised out of the decoder so the caller can name the file."""


def _json_lines(path: Path, text: str) -> list:
    records = []
    for index, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        try:
            records.append(_parse(line))
        except json.JSONDecodeError as exc:
            raise _syntax_error(path, exc, index) from None
    return records


def _syntax_error(path: Path, exc: json.JSONDecodeError, line_offset: int) -> InputError:
    """Position and the parser's own wording only: ``exc.doc`` holds personal data."""
    return InputError(
        path,
        f"the file is not valid JSON ({exc.msg}).",
        location=f"line {exc.lineno + line_offset}, column {exc.colno}",
        hint=_REEXPORT_HINT,
    )


def _unwrap(path: Path, document: _Object) -> list:
    """An API response wraps its records under a well-known key; otherwise it is one record."""
    _check_unique_keys(path, document, None)
    fields = dict(document)
    for key in WRAPPER_KEYS:
        if isinstance(fields.get(key), list):
            return fields[key]
    return [document]


def _flat_record(path: Path, record: object, number: int) -> dict[str, str | None]:
    """One record as key -> text, with HubSpot-style ``properties`` lifted into place."""
    if not isinstance(record, _Object):
        raise InputError(path, "the record is not an object.", location=f"record {number}", hint=_FLATTEN_HINT)
    pairs: list[tuple[str, object]] = []
    for key, value in record:
        if key == PROPERTIES_KEY and isinstance(value, _Object):
            pairs.extend(value)
        else:
            pairs.append((key, value))
    _check_unique_keys(path, pairs, number)
    return {key: _text(path, value, number, key) for key, value in pairs}


def _check_unique_keys(path: Path, pairs: list, number: int | None) -> None:
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise InputError(
                path,
                "the same key appears twice in one record.",
                location=f"record {number}" if number else None,
                column=key,
                hint="Remove the duplicate key, or export the data again.",
            )
        if not key.strip():
            raise InputError(path, "a key is empty.", location=f"record {number}" if number else None, hint=_FLATTEN_HINT)
        seen.add(key)


def _text(path: Path, value: object, number: int, key: str) -> str | None:
    """Numbers already arrive as their literal text from the decoder hooks."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    raise InputError(
        path,
        "the value is a nested object or list; only plain values are supported.",
        location=f"record {number}",
        column=key,
        hint=_FLATTEN_HINT,
    )


def _frame(path: Path, rows: list[dict[str, str | None]]) -> pl.DataFrame:
    """Columns in first-seen order; a key missing from a record is null there."""
    names = list(dict.fromkeys(key for row in rows for key in row))
    return pl.DataFrame([_column(path, name, [row.get(name) for row in rows]) for name in names])


def _column(path: Path, name: str, values: list[str | None]) -> pl.Series:
    """JSON escapes can encode lone surrogates, which are not text; refuse them by place."""
    try:
        return pl.Series(name, values, dtype=pl.String)
    except UnicodeEncodeError:
        pass
    for number, value in enumerate([name, *values]):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError:
            return _bad_escape(path, number, None if number == 0 else name)
    raise AssertionError("unreachable")
