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
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from prevista.core.ingest.readers.csv_scan import (
    LINE_SEPARATOR,
    PlainFile,
    SpansLines,
    first_bad_line,
    line_slices,
    line_stops,
    scan_plain,
)
from prevista.core.ingest.readers.raw import (
    HEADERLESS,
    MAX_COLUMNS,
    DeferredRows,
    NotPlain,
    RawTable,
    detection_rows,
    sha256_of_file,
    too_many_columns,
)
from prevista.privacy.errors import InputError

DELIMITERS = (",", ";", "\t", "|")
# A plain export of more rows than this is read in batches once its columns' roles are known, so its text is
# never held whole (50M events: 4.2 GB of text).  A smaller one is read whole, which is faster: the rows
# detection looks at are then found first, one more pass over the file (2.5-2.9 s for 50M lines).
BATCHED_ROWS = 20_000_000
BATCH_BYTES = 32 << 20  # about 600,000 lines of an event log a batch
WHITESPACE = "whitespace"  # columns separated by runs of spaces or tabs (fixed-width style logs)
_SNIFF_BYTES = 256 * 1024
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
    """The candidate that splits the first lines into the most, equally many fields; runs of
    whitespace when no candidate splits the header and whitespace splits every line alike."""
    lines = sample.splitlines()[:50]
    if len(lines) > 1 and not sample.endswith("\n"):
        lines = lines[:-1]
    best = _best_delimiter(lines)
    if best is None:
        return WHITESPACE if _whitespace_separated(lines) else ","
    return best


def _whitespace_separated(lines: list[str]) -> bool:
    """Every non-blank line splits on whitespace into the header's fields, nothing is quoted, and the
    layout is a table's: three or more fields, or columns padded with runs of blanks (a one-column list
    of 'First Last' names is not two columns)."""
    counts = [len(line.split()) for line in lines if line.strip()]
    quoted = any('"' in line for line in lines)
    padded = any(re.search(r"\S(  |\t)", line) for line in lines)
    same = bool(counts) and counts[0] > 1 and all(c == counts[0] for c in counts)
    return same and not quoted and (counts[0] >= 3 or padded)


def _best_delimiter(lines: list[str]) -> str | None:
    best, best_score = None, (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        if not counts:
            continue
        header = counts[0]
        consistent = sum(1 for c in counts if c == header) / len(counts)
        score = (consistent if header > 1 else 0.0, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best if best_score[0] > 0 else None


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
    if LINE_SEPARATOR.encode() in data:
        return _ragged_line_python(path, data, delimiter, width)
    try:
        bad = first_bad_line(data, delimiter, width)
    except SpansLines:
        return _ragged_line_python(path, data, delimiter, width)
    except pl.exceptions.PolarsError:
        raise _unreadable(path, data) from None
    if bad is not None:
        raise InputError(path, f"the record has {bad[1]} fields but the header has {width}.",
                         location=f"line {bad[0] + 1}", hint="Check for a missing or extra delimiter or quote.")
    return None


def _every_record_full(data: bytes, delimiter: str, width: int, lines: int) -> bool:
    """Without quotes, is every line a full record?  polars refuses a line with too many fields, and pads a
    short one with missing values, so the file holds no short line exactly when its delimiters number
    ``width - 1`` per line: one count over the bytes instead of splitting a large file into lines again.
    False (a short or blank line somewhere) sends the file to the line-by-line check, which names the line.

    Counted a slice at a time, as the UTF-8 check is: one count over 450 MB held the interpreter lock for
    0.2 s, and the window froze that long."""
    needle = delimiter.encode()
    if len(needle) > 1:  # a slice boundary could cut one in two
        return data.count(needle) == (width - 1) * lines
    found = sum(data.count(needle, start, start + _CHECK_SLICE) for start in range(0, len(data), _CHECK_SLICE))
    return found == (width - 1) * lines


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


def _drop_blank_lines(frame: pl.DataFrame, row_lines: list[int] | None,
                      first_line: int) -> tuple[pl.DataFrame, list[int] | None]:
    """Blank lines carry no data; drop them but keep every other row's true line."""
    blank = frame.select(pl.all_horizontal(pl.all().is_null())).to_series()
    if not blank.any():
        return frame, row_lines
    lines = pl.Series(row_lines) if row_lines is not None else pl.int_range(first_line, frame.height + first_line,
                                                                            eager=True)
    return frame.filter(~blank), lines.filter(~blank).to_list()


_FOOTER_TAIL = 64 * 1024
_FOOTER_MARK = re.compile(r'^"?\s*(grand totals?\b|copyright\b|\(c\)|©|confidential information\b|generated by\b)', re.I)


def _one_field(line: str, delimiter: str) -> bool:
    return delimiter not in re.sub(r'"[^"]*"', "", line)


def report_footer_start(text: str, delimiter: str) -> int | None:
    """Offset in ``text`` where a report's footer begins, if it has one.

    Report exports (Salesforce, many others) end with a blank line and lines such as
    "Grand Totals (12 records)", "Copyright (c) … salesforce.com", "Confidential Information -
    Do Not Distribute", "Generated By: …" and the organisation's name: not data rows.  Only a
    trailing block that starts with a blank line, holds one such marker and is otherwise made of
    single-field lines (or the grand-totals line) is taken for a footer.
    """
    lines = [line.strip("\r") for line in text.split("\n")]
    index, marked = len(lines) - 1, False
    while index > 0 and (_blank_line(lines[index]) or _one_field(lines[index], delimiter)
                         or _FOOTER_MARK.search(lines[index])):
        marked = marked or bool(_FOOTER_MARK.search(lines[index]))
        index -= 1
    if not marked or index + 1 >= len(lines) or not _blank_line(lines[index + 1]):
        return None
    return sum(len(line) + 1 for line in text.split("\n")[: index + 1])


def _blank_line(line: str) -> bool:
    return not line.strip().strip('"').strip()


def _drop_footer(data: bytes, delimiter: str) -> tuple[bytes, int]:
    """The data without a report footer, and how many non-blank footer lines were left out."""
    tail_start = max(0, len(data) - _FOOTER_TAIL)
    tail_start = data.find(b"\n", tail_start) + 1 if tail_start else 0
    tail = data[tail_start:].decode("utf-8", errors="replace")
    start = report_footer_start(tail, delimiter)
    if start is None:
        return data, 0
    cut = tail_start + len(tail[:start].encode("utf-8", errors="replace"))
    dropped = sum(1 for line in data[cut:].split(b"\n") if line.strip(b' \r\t"'))
    return data[:cut], dropped


_TITLE_LOOK = 60  # records looked at for a title, its column names and the rows below them


def _refuse_title(path: Path, data: bytes, delimiter: str | None) -> None:
    """A report saved from a CRM or a spreadsheet may start with its title ("Sales report", "Exported 2024-12-01 by
    Admin") above its column names.  Which line names the columns is then a guess, and a wrong one would take a
    row's cells for names (and show them): the file is refused, with the lines to delete, instead of a misread
    table or an error about the title's count of fields."""
    found = _title(data, delimiter)
    if found is not None:
        titled, names = found
        raise InputError(path, f"the {titled} line{'s' if titled > 1 else ''} above line {names} look like a report's "
                         f"title, and line {names} like the column names.", location=f"line {names}",
                         hint=f"Delete the lines above line {names} and import the file again.")


def _title(data: bytes, delimiter: str | None) -> tuple[int, int] | None:
    """(lines of a title holding text, the line of the column names below it), or None for an export that starts
    with its column names: its first record holds several fields under some delimiter.

    Title records hold one field at most (however many empty ones a spreadsheet pads them with); the column
    names are the first record after them of two or more fields, none empty, all different, that the records of
    several fields below match in their count at least half the time (:func:`_column_names_at`); where several
    delimiters find one, the earliest and widest is it."""
    text = data[:_SNIFF_BYTES].decode("utf-8", errors="ignore")
    read = [_first_records(text, candidate) for candidate in ((delimiter,) if delimiter else DELIMITERS)]
    if any(records and sum(not _blank(f) for f in records[0][0]) > 1 for records in read):
        return None
    found = [(named, records) for records in read if (named := _column_names_at(records)) is not None]
    if not found:
        return None
    named, records = min(found, key=lambda pair: (pair[0], -len(pair[1][pair[0]][0])))
    titled = sum(any(not _blank(f) for f in row) for row, _ in records[:named])
    return (titled, records[named][1] + 1) if titled else None  # blank lines alone are no title


def _column_names_at(records: list[tuple[list[str], int]]) -> int | None:
    """Which record names the columns below a title (see :func:`_title`); a one-column list with a delimiter in a
    cell or two has none: its other records hold one field."""
    named = next((i for i, (row, _) in enumerate(records) if len(row) > 1 and not any(_blank(f) for f in row)
                  and len({f.strip().casefold() for f in row}) == len(row)), None)
    if not named or any(sum(not _blank(f) for f in row) > 1 for row, _ in records[:named]):
        return None
    rest = [len(row) for row, _ in records[named + 1:] if row]
    several = [count for count in rest if count > 1]
    if (several and 2 * sum(count == len(records[named][0]) for count in several) >= len(several)) or not rest:
        return named
    return None


def _first_records(text: str, delimiter: str) -> list[tuple[list[str], int]]:
    """The first records of ``text`` (a quoted field may span lines), each with the lines before it."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[list[str], int]] = []
    before = 0
    try:
        for row in reader:
            records.append((row, before))
            before = reader.line_num
            if len(records) >= _TITLE_LOOK:
                break
    except csv.Error:
        pass  # what follows is judged by the checks of the whole file
    return records


def _whitespace_to_tabs(data: bytes) -> bytes:
    """Runs of spaces and tabs become one tab, leading and trailing ones go: line numbers are kept."""
    data = re.sub(rb"(?m)^[ \t]+|[ \t]+(?=\r?$)", b"", data)
    return re.sub(rb"[ \t]+", b"\t", data)


def _lines_with_high_bytes(data: bytes, enough: int) -> int:
    """How many lines hold a non-ASCII byte, counting up to ``enough``."""
    found, line_end = 0, -1
    for match in re.finditer(rb"[\x80-\xff]", data):
        if match.start() > line_end:
            found += 1
            if found >= enough:
                break
            end = data.find(b"\n", match.start())
            line_end = end if end >= 0 else len(data)
    return found


def _encoding_warning(raw: bytes, data: bytes, used: str) -> tuple[str, str] | None:
    """A legacy encoding chosen on thin evidence (plain ASCII but for an odd byte or two down in the rows,
    as in a UTF-8 file damaged on one line) is named for the user to confirm.  Central-European letters
    in words, accents on several lines or in the column names are evidence enough."""
    if used.startswith("utf") or used == "cp1250":
        return None
    first = re.search(rb"[\x80-\xff]", raw)
    if first is None or _lines_with_high_bytes(raw, enough=3) >= 3:
        return None
    line = _line_of_offset(raw, first.start())
    if line == 1:
        return None
    return ("encoding-guessed",
            f"the file is not valid UTF-8 at line {line} (the lines before it are plain ASCII); it is read as "
            f"{used} as a whole. If it was saved as UTF-8 it is damaged there: export it again. If {used} is "
            f"right, confirm, or name it with --encoding {used}")


_VALUE_NOT_NAME = re.compile(r"^[+-]?\d+([.,]\d+)?$|^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")


def _headerless(header: list[str]) -> bool:
    """A first line of numbers and dates only ('00001 19970101 1 11.77') holds values, not column names."""
    return len(header) > 1 and all(_VALUE_NOT_NAME.match(name.strip()) for name in header)


_HEADERLESS_WARNING = (HEADERLESS, "the first line holds values, not column names: the columns are named "
                       "'column 1', 'column 2'… and the first line is read as data. Check the role each column "
                       "was given (the customer ID above all) before you confirm; set them with --role")


def _layout(data: bytes, delimiter: str) -> tuple[bytes, str, str, list[str]]:
    """(data, delimiter to parse with, delimiter to show, notes): whitespace runs become tabs and a
    report's footer is cut off."""
    notes: list[str] = []
    shown = delimiter
    if delimiter == WHITESPACE:
        data, delimiter = _whitespace_to_tabs(data), "\t"
        notes.append("columns are separated by runs of spaces or tabs")
    data, footer_lines = _drop_footer(data, delimiter)
    if footer_lines:
        notes.append(f"{footer_lines} footer lines at the end of the file (report totals, copyright, "
                     "'Generated By') are not data and were left out")
    return data, delimiter, shown, notes


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
             defer: bool = False, unpacked: bytes | None = None) -> RawTable:
    """Read a delimited text export into a text-only :class:`RawTable`; with ``defer``, a large plain one's rows
    are read only when staging asks for them (``RawTable.deferred``).  ``unpacked``: the export's bytes, where
    ``path`` is the archive they were packed in."""
    path = Path(path)
    streamed = _read_plain(path, delimiter, defer) if encoding is None and unpacked is None else None
    return streamed if streamed is not None else _read_whole(path, encoding, delimiter, unpacked)


def _read_plain(path: Path, delimiter: str | None, defer: bool) -> RawTable | None:
    """A plain export (UTF-8 without NUL bytes, one full record per line, no report footer) checked in one
    streamed pass and read by polars from disk, so its bytes are never held whole; None for any other file,
    which :func:`_read_whole` reads, with its notes, warnings and errors, exactly as before.

    The table is the one the whole-file route builds: the same bytes reach the same parser with the same
    options, and every check that route makes on them is made here or sends the file there.  A UTF-8
    byte-order mark (Excel's "CSV UTF-8", many CRMs) is plain too: polars skips it as that route drops it,
    and it is reported as "utf-8-sig" as there.  Read whole, 10M such events took 1.81 GB instead of 1.19."""
    with open(path, "rb") as handle:
        head_bytes = handle.read(_SNIFF_BYTES)
    marked = head_bytes.startswith(codecs.BOM_UTF8)
    head = head_bytes.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="ignore")
    if head_bytes.startswith(_UTF16_BOMS) or _blank(head):
        return None
    if _title(head_bytes.removeprefix(codecs.BOM_UTF8), delimiter) is not None:
        return None  # the whole-file route refuses it, naming its lines
    encoding = "utf-8-sig" if marked else "utf-8"
    chosen = delimiter or sniff_delimiter(head)
    if chosen == WHITESPACE or len(chosen.encode()) != 1:
        return None
    try:
        header = _read_header(path, head, chosen)
    except InputError:
        return None  # the whole-file route gives this error, or one it finds first
    if len(header) > MAX_COLUMNS:
        return None
    plain = scan_plain(path, chosen, len(header))
    if plain is None or _has_footer(path, chosen):
        return None
    headerless = _headerless(header)
    if headerless:
        header = [f"column {index}" for index in range(1, len(header) + 1)]
    options: dict[str, Any] = {"separator": chosen, "infer_schema": False, "has_header": not headerless,
                               "new_columns": header, "truncate_ragged_lines": False,
                               "glob": False}  # "x [1].csv" is one file
    rows = _rows(plain, len(header), headerless)
    batched = defer and rows > BATCHED_ROWS
    deferred = _deferred(path, delimiter, options, rows, plain.sha256, encoding) if batched else None
    if deferred is not None:
        return deferred
    try:
        frame = pl.read_csv(path, **options)
    except pl.exceptions.PolarsError:
        return None
    if plain.delimiters is not None and plain.delimiters != (len(header) - 1) * (frame.height + (not headerless)):
        return None  # a short or blank line: the whole-file route names it, or skips a blank one
    first_line = 1 if headerless else 2
    frame, row_lines = _drop_blank_lines(frame, None, first_line)
    return RawTable(source=path, frame=frame, format="csv", sha256=plain.sha256, encoding=encoding,
                    delimiter=chosen, first_row_line=first_line, row_lines=row_lines,
                    warnings=(_HEADERLESS_WARNING,) if headerless else ())


def _rows(plain: PlainFile, width: int, headerless: bool) -> int:
    """The rows a plain export holds if every line is a full record: its delimiters tell, where they are counted
    (a short line then tells on itself); a quoted export's lines, whose fields the scan counted line by line.
    0 for a file of one column without quotes, which is read whole."""
    if plain.lines is not None:
        return plain.lines - (not headerless)
    assert plain.delimiters is not None, "a file without quotes has its delimiters counted"
    return plain.delimiters // (width - 1) - (not headerless) if width > 1 else 0


def _deferred(path: Path, delimiter: str | None, options: dict[str, Any], rows: int, sha256: str,
              encoding: str) -> RawTable | None:
    """A large plain export with only the rows detection looks at read now; the rest when staging asks for them.
    None, to read it whole, when detection looks at every row anyway or the lines are not what the scan said."""
    wanted = detection_rows(rows)
    if wanted is None:
        return None
    try:
        sample = _lines_at(path, options, rows, wanted)
    except NotPlain:
        return None
    headerless = not options["has_header"]
    return RawTable(source=path, frame=sample, format="csv", sha256=sha256, encoding=encoding,
                    delimiter=options["separator"], first_row_line=1 if headerless else 2,
                    warnings=(_HEADERLESS_WARNING,) if headerless else (),
                    deferred=DeferredRows(rows, partial(_batches, path, options, rows),
                                          partial(read_csv, path, delimiter=delimiter)))


def _lines_at(path: Path, options: dict[str, Any], rows: int, wanted: pl.Series) -> pl.DataFrame:
    """The rows numbered ``wanted`` (distinct, any order), in that order.  A plain export holds one record per
    line (the scan saw no quoted field go on to the next line), so only the wanted lines are parsed, as
    :func:`pl.read_csv` parses them in the whole file; finding them is a look for line breaks (50M events:
    2.5 s, where reading every row took 8 s).  A count of lines other than the scan's, or
    a line polars refuses, raises :class:`NotPlain`."""
    skipped = 1 if options["has_header"] else 0
    lines, count = _lines(path, wanted.sort().to_numpy().astype(np.int64) + skipped)
    if count - skipped != rows:
        raise NotPlain
    try:
        found = pl.read_csv(io.BytesIO(b"\n".join(lines) + b"\n"), **{**options, "has_header": False})
    except pl.exceptions.PolarsError:
        raise NotPlain from None
    if found.height != len(lines):  # a blank line, which polars skips
        raise NotPlain
    return found[wanted.rank("ordinal") - 1]


def _lines(path: Path, numbers: np.ndarray) -> tuple[list[bytes], int]:
    """The text of the lines numbered ``numbers`` (0-based, ascending, without their line breaks) and the
    file's count of lines."""
    chosen: list[bytes] = []
    line = 0
    for piece in line_slices(path, BATCH_BYTES):
        stops = line_stops(piece)
        low, high = np.searchsorted(numbers, [line, line + len(stops)])
        chosen += [piece[stops[index - 1] + 1 if index else 0:stops[index]] for index in numbers[low:high] - line]
        line += len(stops)
    return chosen, line


def _batches(path: Path, options: dict[str, Any], rows: int) -> Iterator[pl.DataFrame]:
    """The export's rows as text, a slice of whole lines at a time, as :func:`pl.read_csv` reads them whole (a
    plain export holds one record per line); a blank row, a short line or a count of rows other than the
    scan's raises :class:`NotPlain`.  Each slice is read when asked for, so only it is held."""
    seen, first = 0, True
    for piece in line_slices(path, BATCH_BYTES):
        try:
            batch = pl.read_csv(io.BytesIO(piece), **{**options, "has_header": options["has_header"] and first})
        except pl.exceptions.PolarsError:
            raise NotPlain from None
        first = False
        if batch.select(pl.all_horizontal(pl.all().is_null()).any()).item():
            raise NotPlain
        seen += batch.height
        yield batch
    if seen != rows:
        raise NotPlain


def _has_footer(path: Path, delimiter: str) -> bool:
    """Whether the file ends in a report footer, judged on the same tail :func:`_drop_footer` reads."""
    with open(path, "rb") as handle:
        size = handle.seek(0, io.SEEK_END)
        start = max(0, size - _FOOTER_TAIL)
        handle.seek(start)
        tail = handle.read()
    if start:
        line_end = tail.find(b"\n")
        if line_end < 0:
            return True  # one line longer than the tail: let the whole-file route judge it
        tail = tail[line_end + 1:]
    else:
        tail = tail.removeprefix(codecs.BOM_UTF8)  # as the whole-file route reads it
    return report_footer_start(tail.decode("utf-8", errors="replace"), delimiter) is not None


def _read_whole(path: Path, encoding: str | None, delimiter: str | None, unpacked: bytes | None = None) -> RawTable:
    """Any delimited export, read into memory whole: other encodings are decoded, whitespace-separated
    columns and report footers reshaped, quoted records mapped to their lines."""
    raw = path.read_bytes() if unpacked is None else unpacked
    if b"\x00" in raw[:_SNIFF_BYTES] and not raw.startswith(_UTF16_BOMS):
        raise InputError(path, "the file contains NUL bytes: it is a binary file, not a CSV export.",
                         hint="Export the data as CSV, XLSX or JSON.")
    data, used_encoding = decode_to_utf8(path, raw, encoding)
    _refuse_nul(path, data)
    head = data[:_SNIFF_BYTES].decode("utf-8", errors="ignore")
    if _blank(head):
        raise InputError(path, "the file is empty.", hint="Export the table again with its header line.")
    _refuse_title(path, data, delimiter)
    data, used_delimiter, shown_delimiter, notes = _layout(data, delimiter or sniff_delimiter(head))
    header = _read_header(path, data[:_SNIFF_BYTES].decode("utf-8", errors="ignore"), used_delimiter)
    if len(header) > MAX_COLUMNS:
        raise too_many_columns(path, "line 1")
    unquoted = b'"' not in data  # then every record is one line, and counting delimiters can wait
    row_lines = None if unquoted else _check_field_counts(path, data, used_delimiter, len(header))
    headerless = _headerless(header)
    if headerless:
        header = [f"column {index}" for index in range(1, len(header) + 1)]
        row_lines = [1, *row_lines] if row_lines is not None else None
    try:
        frame = pl.read_csv(
            io.BytesIO(data), separator=used_delimiter, infer_schema=False, has_header=not headerless,
            new_columns=header, truncate_ragged_lines=False,
        )
    except pl.exceptions.PolarsError:
        if unquoted:
            _check_field_counts(path, data, used_delimiter, len(header))  # names the line, if a line is at fault
        raise _unreadable(path, data) from None
    if unquoted and not _every_record_full(data, used_delimiter, len(header), frame.height + (0 if headerless else 1)):
        _check_field_counts(path, data, used_delimiter, len(header))
    if row_lines is not None and len(row_lines) != frame.height:  # the csv module and polars disagree
        raise _unreadable(path, data)
    first_line = 1 if headerless else 2
    frame, row_lines = _drop_blank_lines(frame, row_lines, first_line)
    guesses = [_HEADERLESS_WARNING] if headerless else []
    guesses += [] if encoding else [w for w in [_encoding_warning(raw, data, used_encoding)] if w]
    return RawTable(
        source=path,
        frame=frame,
        format="csv",
        sha256=sha256_of_file(path),
        encoding=used_encoding,
        delimiter=shown_delimiter,
        row_lines=row_lines,
        first_row_line=first_line,
        notes=tuple(notes),
        warnings=tuple(guesses),
    )
