"""One streamed pass over a CSV export, so that polars can read a plain file straight from disk.

Reading the file's bytes into memory to check them, and then handing those bytes to polars, held the whole
file beside the table polars builds from it: 1.6 GB of bytes beside a 1.5 GB table for 16 million deal
lines.  The checks need only one look at each byte, so they run over the file a slice at a time; a file they
find anything unusual in (another encoding, a NUL byte, quotes) is read whole as before, where each of those
has its exact error or note.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

SLICE_BYTES = 4 << 20  # each look holds the interpreter lock a few milliseconds at most: the window keeps painting


@dataclass(frozen=True)
class PlainFile:
    """What the pass learnt of a file that is plain UTF-8 (no byte-order mark, no NUL) without a quote."""

    sha256: str
    delimiters: int  # how many times the delimiter occurs in the whole file


def scan_plain(path: Path, delimiter: bytes) -> PlainFile | None:
    """The file's digest and delimiter count, or None as soon as it is not plain unquoted UTF-8."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    delimiters = 0
    with open(path, "rb") as handle:
        for piece in iter(lambda: handle.read(SLICE_BYTES), b""):
            if b"\x00" in piece or b'"' in piece or not _valid_utf8(decoder, piece):
                return None
            digest.update(piece)
            delimiters += piece.count(delimiter)
    try:
        decoder.decode(b"", final=True)  # a character cut off at the end of the file
    except UnicodeDecodeError:
        return None
    return PlainFile(digest.hexdigest(), delimiters)


def _valid_utf8(decoder: codecs.IncrementalDecoder, piece: bytes) -> bool:
    """Whether ``piece`` continues valid UTF-8; plain ASCII between whole characters needs no decoding."""
    if piece.isascii() and not decoder.getstate()[0]:
        return True
    try:
        decoder.decode(piece)
    except UnicodeDecodeError:
        return False
    return True
