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

from prevista.core.ingest.readers.raw import (
    MAX_COLUMNS,
    RawTable,
    sha256_of_file,
    too_many_columns,
)
from prevista.privacy.errors import InputError

MAX_BYTES = 2 * 1024**3
WRAPPER_KEYS = ("data", "results", "records", "items", "rows", "contacts", "deals", "tickets")
PROPERTIES_KEY = "properties"

_BOM = b"\xef\xbb\xbf"
_FLATTEN_HINT = "Export flat records (one value per field), or flatten the export first."
_REEXPORT_HINT = "The file may be cut short or not be JSON; export it again."


class _Object(list[tuple[str, object]]):
    """A JSON object as its list of (key, value) pairs, so duplicate keys survive parsing."""


_DECODER = json.JSONDecoder(object_pairs_hook=_Object, parse_float=str, parse_int=str, parse_constant=str)


def read_json(path: Path, *, max_bytes: int = MAX_BYTES, unpacked: bytes | None = None) -> RawTable:
    """Read records as text columns: the union of keys in first-seen order.  ``unpacked``: the export's bytes,
    where ``path`` is the archive they were packed in.

    Raises :class:`InputError` for anything that is not a flat record export.
    """
    path = Path(path)
    text = _decode(path, _read_bytes(path, max_bytes) if unpacked is None else unpacked)
    try:
        records = _records(path, text)
        frame = _frame(path, [_flat_record(path, record, number) for number, record in enumerate(records, 1)])
    except MemoryError:
        raise InputError(
            path, "the file is too large to read with the memory available.", hint="Export fewer records per file."
        ) from None
    if frame.height == 0:
        raise InputError(path, "the file contains no records.", hint="Choose an export that holds at least one record.")
    return RawTable(
        source=path,
        frame=frame,
        format="json",
        sha256=sha256_of_file(path),
        encoding="utf-8",
        first_row_line=1,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            limit = f"{max_bytes // 1024**2} MiB" if max_bytes >= 1024**2 else f"{max_bytes} bytes"
            raise InputError(path, f"the file is larger than the allowed {limit}.", hint="Export fewer records per file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "the file does not exist.", hint="Check the file name and folder.") from None
    except OSError:
        raise InputError(path, "the file cannot be opened.", hint="Check that you may read it.") from None


def _decode(path: Path, data: bytes) -> str:
    """Strict UTF-8 (BOM allowed): a wrong encoding would silently corrupt names."""
    body = data.removeprefix(_BOM)
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


def _records(path: Path, text: str) -> list[object]:
    """The records, whichever of the three layouts the file uses."""
    if not text.strip():
        raise InputError(path, "the file is empty.", hint="Choose an export that holds records.")
    try:
        document = _parse(path, text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data" or not text.lstrip().startswith("{"):
            raise _syntax_error(path, exc, 0) from None
        return _json_lines(path, text)
    if isinstance(document, _Object):
        return _unwrap(path, document)
    if isinstance(document, list):
        return document
    raise InputError(path, "the file holds a single value, not records.", hint="Export the records as a JSON array.")


def _parse(path: Path, text: str) -> object:
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise InputError(path, "the data is nested too deeply.", hint=_FLATTEN_HINT) from None


def _json_lines(path: Path, text: str) -> list[object]:
    """One object per line; only "\\n" ends a line, as inside JSON strings U+2028 is legal."""
    records = []
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            try:
                records.append(_parse(path, line))
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


def _unwrap(path: Path, document: _Object) -> list[object]:
    """An API response wraps its records under a well-known key; otherwise it is one record."""
    _check_keys(path, document, None)
    fields = dict(document)
    for key in WRAPPER_KEYS:
        records = fields.get(key)
        if isinstance(records, list):
            return records
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
    _check_keys(path, pairs, number)
    return {key: _text(path, value, number, key) for key, value in pairs}


def _check_keys(path: Path, pairs: list[tuple[str, object]], number: int | None) -> None:
    """Keys become column names, so they must be unique and non-blank."""
    location = f"record {number}" if number else None
    seen = set()
    for key, _ in pairs:
        if not key.strip():
            raise InputError(path, "a key is empty.", location=location, hint="Give every field a name.")
        if key in seen:
            raise InputError(
                path,
                "the same key appears twice in one record.",
                location=location,
                column=_label(key),
                hint="Remove the duplicate key, or export the data again.",
            )
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
        column=_label(key),
        hint=_FLATTEN_HINT,
    )


def _frame(path: Path, rows: list[dict[str, str | None]]) -> pl.DataFrame:
    """Columns in first-seen order; a key missing from a record is null there."""
    names: dict[str, None] = {}
    for number, row in enumerate(rows, 1):
        names.update(dict.fromkeys(row))
        if len(names) > MAX_COLUMNS:
            raise too_many_columns(path, f"record {number}")
    return pl.DataFrame([_column(path, name, [row.get(name) for row in rows]) for name in names])


def _column(path: Path, name: str, values: list[str | None]) -> pl.Series:
    try:
        return pl.Series(name, values, dtype=pl.String)
    except UnicodeEncodeError:
        number = next((n for n, value in enumerate(values, 1) if value and not _is_text(value)), None)
        raise InputError(
            path,
            "the file escapes a character that is not valid text (a lone surrogate).",
            location=f"record {number}" if number else None,
            column=_label(name),
            hint=_REEXPORT_HINT,
        ) from None


def _label(key: str) -> str | None:
    """Keys with lone surrogates cannot be shown (nor logged) as text."""
    return key if _is_text(key) else None


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
