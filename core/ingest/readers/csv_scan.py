"""One streamed pass over a CSV export, so that polars can read a plain file straight from disk.

Reading the file's bytes into memory to check them, and then handing those bytes to polars, held the whole
file beside the table polars builds from it: 1.6 GB of bytes beside a 1.5 GB table for 16 million deal
lines.  The checks need only one look at each line, so they run over the file a slice of whole lines at a
time; a file they find anything unusual in (another encoding, a NUL byte, a quoted line break, a blank or
short line) is read whole as before, where each of those has its exact error or note.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np
import polars as pl

from prevista.core.runtime.threads import cores

SLICE_BYTES = 4 << 20  # each look holds the interpreter lock a few milliseconds at most: the window keeps painting
QUOTED_SLICE_BYTES = 16 << 20  # polars checks these lines without the interpreter lock, so larger slices
LINE_SEPARATOR = "\x1f"  # a byte no text export holds, so polars reads each line as one field


class SpansLines(Exception):
    """A line holds an odd number of quotes: a quoted field goes on to the next line."""


def first_bad_line(data: bytes, delimiter: str, width: int) -> tuple[int, int] | None:
    """The first line (0-based) that is neither blank nor ``width`` fields long, with its field count.

    Quoted fields are taken out before the delimiters are counted (a line of one quoted field still has one
    field); a line with an odd number of quotes raises :class:`SpansLines`, and text polars cannot split into
    lines raises polars' error, for the caller to name."""
    lines = pl.read_csv(io.BytesIO(data), has_header=False, separator=LINE_SEPARATOR, quote_char=None,
                        infer_schema=False, new_columns=["line"], empty_string_is_null=False)["line"]
    fields = lines
    if b'"' in data:
        if (lines.str.count_matches('"', literal=True) % 2 == 1).any():
            raise SpansLines
        fields = lines.str.replace_all('"[^"]*"', "")
    counts = fields.str.count_matches(delimiter, literal=True) + 1
    bad = ((counts != width) & lines.is_not_null() & (lines != "")).arg_true()
    return (int(bad[0]), int(counts[int(bad[0])])) if len(bad) else None


@dataclass(frozen=True)
class PlainFile:
    """A file of plain UTF-8 (no byte-order mark, no NUL) and, if it has quotes, of full one-line records."""

    sha256: str
    delimiters: int | None  # how often the delimiter occurs; None for a quoted file, checked line by line
    lines: int | None  # a quoted file's lines (one record each); None for a file without quotes


def scan_plain(path: Path, delimiter: str, width: int) -> PlainFile | None:
    """The file's digest and delimiter count (a quoted file's: its count of lines), or None as soon as it is
    not plain UTF-8 (or, quoted, not made of full one-line records).

    An unquoted file is judged by its delimiter count once polars has counted its rows (``width - 1`` per
    line, and polars refuses a line with more, so every line has exactly that many): one pass.  A quoted
    file is judged line by line with the quoted fields taken out, as the whole-file route judges it
    (:func:`_full_quoted`): as it is read when its first slice holds a quote (a CRM quotes its header or
    every field), else in a second pass once a quote turns up further down.  Read once, 10M quoted events
    (558 MB) were scanned in 1.14-1.20 s instead of 1.28-1.37 s.

    The digest of each slice is taken on a second thread (hashlib lets go of the interpreter lock) while
    this one looks at the slice, and numpy counts the delimiters: 449 MB in 0.32 s instead of 0.64-0.73 s."""
    digest = hashlib.sha256()
    code = ord(delimiter)  # one byte: the plain route takes no other delimiter
    delimiters, quoted = 0, False
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="digest") as hasher, open(path, "rb") as handle:
            blocks = _checked(iter(lambda: handle.read(SLICE_BYTES), b""), hasher, digest.update)
            first = next(blocks, b"")
            if b'"' in first:
                lines = _lines_judged(_whole_lines(chain([first], blocks)), delimiter, width)
                return None if lines is None else PlainFile(digest.hexdigest(), None, lines)
            for piece in chain([first], blocks):
                quoted = quoted or b'"' in piece
                if not quoted:  # a quoted file's fields are counted line by line instead
                    delimiters += int(np.count_nonzero(np.frombuffer(piece, dtype=np.uint8) == code))
    except _NotPlainText:
        return None
    if not quoted:
        return PlainFile(digest.hexdigest(), delimiters, None)
    lines = _lines_judged(line_slices(path), delimiter, width)
    return None if lines is None else PlainFile(digest.hexdigest(), None, lines)


class _NotPlainText(Exception):
    """A NUL byte, or bytes that are not UTF-8: the whole-file route reads such a file, with its exact error."""


def _checked(blocks: Iterator[bytes], hasher: ThreadPoolExecutor, digest: Callable[[bytes], None]) -> Iterator[bytes]:
    """The blocks in order, each handed to the digest on its thread and found plain UTF-8 on its way through
    (raising :class:`_NotPlainText` where it is not, a character cut off at the end included)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    hashed: Future[None] | None = None
    for block in blocks:
        if hashed is not None:
            hashed.result()  # one slice at a time: the digest takes them in order
        hashed = hasher.submit(digest, block)
        if b"\x00" in block or not _valid_utf8(decoder, block):
            raise _NotPlainText
        yield block
    if hashed is not None:
        hashed.result()
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise _NotPlainText from None


def _lines_judged(pieces: Iterator[bytes], delimiter: str, width: int) -> int | None:
    """The lines of slices of whole lines if :func:`_full_quoted` passes every one, else None."""
    lines = 0
    for counted in _judged(pieces, delimiter, width):
        if counted is None:
            return None
        lines += counted
    return lines


def _judged(pieces: Iterator[bytes], delimiter: str, width: int) -> Iterator[int | None]:
    """:func:`_full_quoted` of each slice, in order, judged on a thread per core a few slices ahead (numpy lets go
    of the interpreter lock in its searches, and no more slices are read than are being judged): 10M events
    with every field quoted, 530 MB, in 1.2 s instead of 2.6 s on two cores."""
    with ThreadPoolExecutor(cores(), thread_name_prefix="quotes") as pool:
        judging: deque[Future[int | None]] = deque()
        for piece in pieces:
            judging.append(pool.submit(_full_quoted, piece, delimiter, width))
            if len(judging) > cores():
                yield judging.popleft().result()
        while judging:
            yield judging.popleft().result()


def line_slices(path: Path, size: int = QUOTED_SLICE_BYTES) -> Iterator[bytes]:
    """The file in slices of whole lines of about ``size`` bytes, in order (the last may lack its line break)."""
    with open(path, "rb") as handle:
        yield from _whole_lines(iter(lambda: handle.read(size), b""))


def _whole_lines(blocks: Iterator[bytes]) -> Iterator[bytes]:
    """The blocks' bytes again, in slices that end at a line break (the last may lack it).  One copy of a block at
    most (50M events' 2.6 GB in 2.5 s with their line breaks found, 3.6-4.2 s copying each block twice)."""
    carried = b""
    for block in blocks:
        end = block.rfind(b"\n") + 1
        if not end:
            carried += block
            continue
        yield carried + memoryview(block)[:end] if carried else block if end == len(block) else block[:end]
        carried = block[end:]
    if carried:
        yield carried


def line_stops(piece: bytes) -> np.ndarray:
    """Where each line of a slice of whole lines stops: at its line break, or at the slice's end for a last
    line without one."""
    ends = np.flatnonzero(np.frombuffer(piece, dtype=np.uint8) == ord("\n"))
    return ends if piece.endswith(b"\n") else np.append(ends, len(piece))


def _full_quoted(piece: bytes, delimiter: str, width: int) -> int | None:
    """The count of lines of ``piece`` if every one is blank or ``width`` fields long with its quotes paired on
    the line, else None: the verdict of :func:`first_bad_line`, counted by numpy over the bytes.  A delimiter
    is inside a quoted field when an odd number of quotes comes before it on its line, as that function's
    pairing of quotes has it.

    Only the quotes, delimiters and line breaks matter, so they are found in one pass over the bytes and
    everything else is counted over them alone, in running 32-bit totals (a slice is far shorter than 2**31
    bytes): the quotes before each, and the delimiters outside quotes before each line break.  Every line
    before a break having an even number of quotes, the running count's parity is each line's own.  A
    16 MiB slice of quoted events in 32 ms instead of 72 ms, where each delimiter and line break was looked
    up among the quotes (25M events with every field quoted, 1.5 GB: 9.4 s with those look-ups, 12.8 s
    line by line)."""
    if LINE_SEPARATOR.encode() in piece or not piece or delimiter in '"\n':
        return None
    data = np.frombuffer(piece, dtype=np.uint8)
    quote, separator, newline = ord('"'), ord(delimiter), ord("\n")
    at = np.flatnonzero((data == quote) | (data == separator) | (data == newline))
    found = data[at]
    quotes = np.cumsum(found == quote, dtype=np.int32)
    breaks = found == newline
    if (quotes[breaks] & 1).any() or (len(quotes) and quotes[-1] & 1):
        return None  # a line with an odd number of quotes: a quoted field goes on to the next line
    outside = np.cumsum((found == separator) & ((quotes & 1) == 0), dtype=np.int32)
    stops, before = at[breaks], outside[breaks]
    if not piece.endswith(b"\n"):  # the last line stops at the slice's end
        stops, before = np.append(stops, len(piece)), np.append(before, outside[-1] if len(outside) else 0)
    fields = np.diff(before, prepend=0) + 1
    starts = np.concatenate(([0], stops[:-1] + 1))
    lengths = stops - starts - (data[np.maximum(stops - 1, 0)] == ord("\r")) * (stops > starts)
    return None if ((fields != width) & (lengths > 0)).any() else len(stops)


def _valid_utf8(decoder: codecs.IncrementalDecoder, piece: bytes) -> bool:
    """Whether ``piece`` continues valid UTF-8; plain ASCII between whole characters needs no decoding."""
    if piece.isascii() and not decoder.getstate()[0]:
        return True
    try:
        decoder.decode(piece)
    except UnicodeDecodeError:
        return False
    return True
