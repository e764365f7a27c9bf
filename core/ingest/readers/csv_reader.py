"""CSV reading that refuses to guess silently.

Encoding and delimiter are sniffed (or given), the header is checked for
blank and duplicate names, and every record must have exactly the header's
number of fields: polars would pad a short row with nulls, so rows are
counted independently before the fast polars parse is trusted.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import polars as pl

from prevista.core.ingest.readers.raw import (
    MAX_COLUMNS,
    RawTable,
    sha256_of_file,
    too_many_columns,
)
from prevista.privacy.errors import InputError

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_BYTES = 256 * 1024
_LINE_SEPARATOR = "\x1f"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
# A field may be as long as the file: the csv module's 128 KiB default would turn a long note,
# or a wide header tried with the wrong delimiter, into an error. (2**31 - 1 fits a C long everywhere.)
csv.field_size_limit(2**31 - 1)


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than invalid bytes: a damaged UTF-8 file.

    A legacy (cp1250/latin-1) file almost never forms valid UTF-8 sequences,
    so its non-ASCII bytes come out nearly all invalid.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - invalid
    return valid > invalid


def _has_cp1250_word_letter(data: bytes) -> bool:
    """A letter that only cp1250 places in bytes 0x80–0xBF (ł ś ż ą š ž ť Ł …), inside a word.

    Central-European text almost always has one; Western text decoded as
    cp1250 never forms words with them (0xA3 is '£' before a digit, not 'Ł').
    """
    for match in re.finditer(rb"[\x80-\xbf]", data):
        at = match.start()
        window = data[max(at - 1, 0) : at + 2].decode("cp1250", errors="replace")
        middle = 1 if at > 0 else 0
        if window[middle].isalpha() and any(ch.isalpha() for ch in window[:middle] + window[middle + 1 :]):
            return True
    return False


def _decode_legacy(path: Path, data: bytes) -> tuple[bytes, str]:
    """Pick cp1250 for Central-European text, else cp1252 or latin-1 (Western)."""
    if _has_cp1250_word_letter(data):
        candidates = ("cp1250", "latin-1")
    else:
        candidates = ("cp1252", "latin-1")
    for encoding in candidates:
        try:
            return data.decode(encoding).encode("utf-8"), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(path, "the text encoding could not be recognised.", hint="Name it with --encoding.")


_CHECK_SLICE = 1 << 20


def decode_to_utf8(path: Path, data: bytes, encoding: str | None) -> tuple[bytes, str]:
    """Return UTF-8 bytes (without BOM) and the encoding they came from; never lossy."""
    if encoding:
        try:
            return data.decode(encoding).encode("utf-8").removeprefix(codecs.BOM_UTF8), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            where = f"line {_line_of_offset(data, exc.start)}" if isinstance(exc, UnicodeDecodeError) else None
            raise InputError(path, f"the file is not valid {encoding} text.", location=where) from None
    if data.startswith(codecs.BOM_UTF8):
        data, label = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16").encode("utf-8"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(path, "the UTF-16 text is damaged.", location=f"byte {exc.start}",
                             hint="Copy or export the file again; it may be cut short.") from None
    else:
        label = "utf-8"
    bad = _invalid_utf8_at(data)
    if bad is None:
        return data, label
    if label == "utf-8-sig" or _mostly_utf8(data):
        raise InputError(
            path,
            "the file is UTF-8 but contains bytes that are not valid UTF-8 (a damaged or mixed-encoding file).",
            location=f"line {_line_of_offset(data, bad)}",
            hint="Re-export the file as UTF-8, or name its encoding with --encoding.",
        )
    return _decode_legacy(path, data)


def _invalid_utf8_at(data: bytes) -> int | None:
    """Offset of the first invalid UTF-8 byte, checked in slices: one decode of a large file would hold
    the interpreter lock for hundreds of milliseconds and freeze the window while a job reads it."""
    if data.isascii():
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), _CHECK_SLICE):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start:start + _CHECK_SLICE], final=start + _CHECK_SLICE >= len(data))
        except UnicodeDecodeError as exc:
            return start + exc.start - pending
    return None


def sniff_delimiter(sample: str) -> str:
    """The candidate that splits the first lines into the most, equally many fields."""
    lines = sample.splitlines()[:50]
    if len(lines) > 1 and not sample.endswith("\n"):
        lines = lines[:-1]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        if not counts:
            continue
        header = counts[0]
        consistent = sum(1 for c in counts if c == header) / len(counts)
        score = (consistent if header > 1 else 0.0, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _blank(text: str) -> bool:
    """Whitespace or invisible marks only (a stray byte-order mark is not a name)."""
    return not text.strip().strip(_INVISIBLE)


def _read_header(path: Path, text_start: str, delimiter: str) -> list[str]:
    try:
        header = next(csv.reader(io.StringIO(text_start), delimiter=delimiter))
    except (StopIteration, csv.Error):
        header = []
    if not header or all(_blank(name) for name in header):
        raise InputError(path, "the file is empty or has no header line.", location="line 1",
                         hint="The first line must name the columns.")
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if _blank(name):
            raise InputError(path, f"column {index + 1} has a blank name.", location="line 1",
                             hint="Give every column a name in the header line.")
        key = name.strip().casefold()
        if key in seen:
            raise InputError(
                path,
                f"columns {seen[key] + 1} and {index + 1} have the same name.",
                location="line 1",
                column=name.strip(),
                hint="Rename one of them; Prevista never renames columns for you.",
            )
        seen[key] = index
    return header


def _ragged_line_python(path: Path, data: bytes, delimiter: str, width: int) -> list[int]:
    """Exact record→line map via the csv module; raises on the first bad record."""
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=delimiter, strict=True)
    lines: list[int] = []
    start = 1  # the header itself may hold the unclosed quote
    try:
        next(reader, None)
        start = reader.line_num + 1
        for row in reader:
            if row and len(row) != width:
                raise InputError(path, f"the record has {len(row)} fields but the header has {width}.",
                                 location=f"line {start}", hint="Check for a missing or extra delimiter or quote.")
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error:
        raise InputError(path, "a quoted field is not closed.", location=f"line {start}",
                         hint="Check the quotes in that line.") from None
    return lines


def _check_field_counts(path: Path, data: bytes, delimiter: str, width: int) -> list[int] | None:
    """Refuse short or long records; returns a row→line map when rows span lines."""
    if _LINE_SEPARATOR.encode() in data:
        return _ragged_line_python(path, data, delimiter, width)
    try:
        lines = pl.read_csv(
            io.BytesIO(data), has_header=False, separator=_LINE_SEPARATOR, quote_char=None,
            infer_schema=False, new_columns=["line"], empty_string_is_null=False,
        )["line"]
    except pl.exceptions.PolarsError:
        raise _unreadable(path, data) from None
    if b'"' in data:
        if (lines.str.count_matches('"', literal=True) % 2 == 1).any():
            return _ragged_line_python(path, data, delimiter, width)
        lines = lines.str.replace_all('"[^"]*"', "")
    counts = lines.str.count_matches(delimiter, literal=True) + 1
    bad = ((counts != width) & lines.is_not_null() & (lines != "")).arg_true()
    if len(bad):
        line = int(bad[0]) + 1
        raise InputError(path, f"the record has {counts[int(bad[0])]} fields but the header has {width}.",
                         location=f"line {line}", hint="Check for a missing or extra delimiter or quote.")
    return None


def _unreadable(path: Path, data: bytes) -> InputError:
    """polars refused what the checks let through: most often a stray quote, which the csv
    module takes literally inside an unquoted field; the first line with an odd count is named."""
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.count(b'"') % 2:
            return InputError(path, "a quote is out of place, so the records cannot be told apart.",
                              location=f"line {number}", hint="Check the quotes in that line.")
    return InputError(path, "the file cannot be read as a table of rows and columns.",
                      hint="Export it again as CSV, XLSX or JSON.")


def _refuse_nul(path: Path, data: bytes) -> None:
    """A NUL byte is never text: early it means a binary file, later a damaged one that
    polars would otherwise read into a cell."""
    at = data.find(b"\x00")
    if at < 0:
        return
    if at < _SNIFF_BYTES:
        raise InputError(path, "the file contains NUL bytes: it is a binary file, not a CSV export.",
                         hint="Export the data as CSV, XLSX or JSON.")
    raise InputError(path, "the file contains a NUL byte, which text never holds: it is damaged.",
                     location=f"line {_line_of_offset(data, at)}", hint="Export the file again.")


def _drop_blank_lines(frame: pl.DataFrame, row_lines: list[int] | None) -> tuple[pl.DataFrame, list[int] | None]:
    """Blank lines carry no data; drop them but keep every other row's true line."""
    blank = frame.select(pl.all_horizontal(pl.all().is_null())).to_series()
    if not blank.any():
        return frame, row_lines
    lines = pl.Series(row_lines) if row_lines is not None else pl.int_range(2, frame.height + 2, eager=True)
    return frame.filter(~blank), lines.filter(~blank).to_list()


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> RawTable:
    """Read a delimited text export into a text-only :class:`RawTable`."""
    path = Path(path)
    raw = path.read_bytes()
    if b"\x00" in raw[:_SNIFF_BYTES] and not raw.startswith(_UTF16_BOMS):
        raise InputError(path, "the file contains NUL bytes: it is a binary file, not a CSV export.",
                         hint="Export the data as CSV, XLSX or JSON.")
    data, used_encoding = decode_to_utf8(path, raw, encoding)
    _refuse_nul(path, data)
    head = data[:_SNIFF_BYTES].decode("utf-8", errors="ignore")
    if _blank(head):
        raise InputError(path, "the file is empty.", hint="Export the table again with its header line.")
    used_delimiter = delimiter or sniff_delimiter(head)
    header = _read_header(path, head, used_delimiter)
    if len(header) > MAX_COLUMNS:
        raise too_many_columns(path, "line 1")
    row_lines = _check_field_counts(path, data, used_delimiter, len(header))
    try:
        frame = pl.read_csv(
            io.BytesIO(data), separator=used_delimiter, infer_schema=False, has_header=True,
            new_columns=header, truncate_ragged_lines=False,
        )
    except pl.exceptions.PolarsError:
        raise _unreadable(path, data) from None
    if row_lines is not None and len(row_lines) != frame.height:  # the csv module and polars disagree
        raise _unreadable(path, data)
    frame, row_lines = _drop_blank_lines(frame, row_lines)
    return RawTable(
        source=path,
        frame=frame,
        format="csv",
        sha256=sha256_of_file(path),
        encoding=used_encoding,
        delimiter=used_delimiter,
        row_lines=row_lines,
    )
