"""The common shape every reader produces.

Readers do no type inference: every column is text exactly as in the file
(empty cells are null), so that the parsing step can report each value it
cannot interpret with its location instead of a reader silently guessing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import InputError

# where a finding's rows are, as an import report lists them (a cell reference is the same in every language)
LINE = QT_TRANSLATE_NOOP("Findings", "line {0}")
RECORD = QT_TRANSLATE_NOOP("Findings", "record {0}")
SHEET_ROW = QT_TRANSLATE_NOOP("Findings", "{0}!row {1}")

# No CRM export needs more columns; each costs memory in every step of an import, so a
# wider file is refused before its cells are parsed.
MAX_COLUMNS = 2_000


def too_many_columns(path: Path, location: str) -> InputError:
    """The one refusal every reader gives a table wider than ``MAX_COLUMNS``, at the place it is seen."""
    return InputError(path, f"the table has more than {MAX_COLUMNS:,} columns, more than any CRM export needs.",
                      location=location, hint="Export only the columns you need.")


# Roles and formats are decided on this many rows of a table (see :func:`detection_rows`).
DETECTION_ROWS = 100_000


def detection_rows(height: int) -> pl.Series | None:
    """The rows detection looks at, in order: the first half of ``DETECTION_ROWS`` and a seeded random spread
    of the rest; None when a table has no more rows than that, and all are looked at.  A reader that does not
    hold every row reads these ones ahead, so a table is detected alike however it was read."""
    if height <= DETECTION_ROWS:
        return None
    half = DETECTION_ROWS // 2
    rest = pl.int_range(half, height, eager=True, dtype=pl.UInt32).sample(half, seed=0)
    return pl.concat([pl.int_range(0, half, eager=True, dtype=pl.UInt32), rest])


class NotPlain(Exception):
    """Reading a table's rows in batches found what the scan before could not see (a short line, a blank row):
    the table is read whole instead, where each of those has its exact error or note."""


@dataclass(frozen=True)
class DeferredRows:
    """Every row of a large export, not yet read: ``batches`` yields them as text, a batch of rows at a time,
    in order (raising :class:`NotPlain` when they are not what its scan promised); ``whole`` reads the file
    whole, as a table of its size had always been read."""

    rows: int
    batches: Callable[[], Iterator[pl.DataFrame]]
    whole: Callable[[], "RawTable"]


HEADERLESS = "headerless"  # the warning code of a file whose first line holds values: its columns are unnamed


def column_letter(index: int) -> str:
    """Spreadsheet column letters for a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


@dataclass(frozen=True)
class RawTable:
    """One table read from one file.

    ``frame`` holds only ``pl.String`` columns named exactly as the file's
    header (readers refuse blank or duplicate headers rather than rename them).
    ``first_row_line`` is the 1-based line (CSV), spreadsheet row (XLSX) or
    record number (JSON) of the frame's first row, so locations can be named;
    ``row_lines`` overrides it row by row when rows do not map 1:1 to lines
    (quoted line breaks, skipped blank lines).  ``notes`` say what the reader left out or
    assumed; ``warnings`` what the user must confirm.  ``deferred``: a large export whose rows are read
    when its columns' roles are known, so that each batch of text can be parsed and let go; ``frame`` then
    holds only the rows detection looks at (:func:`detection_rows`).
    """

    source: Path
    frame: pl.DataFrame
    format: str  # "csv" | "xlsx" | "json"
    sha256: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    first_row_line: int = 2
    notes: tuple[str, ...] = field(default_factory=tuple)
    row_lines: Sequence[int] | None = None
    # (code, message) of guesses the reader had to make (an encoding read from weak evidence): staging
    # raises each as a warning, so the import goes ahead only once the user has confirmed it
    warnings: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    deferred: DeferredRows | None = None
    # the header as read: staging takes parsed columns out of ``frame``, and a cell is still named by its column
    header: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "header", tuple(self.frame.columns))

    def locate(self, row: int, column: str | None = None) -> str:
        """Human locator of a 0-based frame row (and column), per file format."""
        number = self.row_lines[row] if self.row_lines is not None else row + self.first_row_line
        if self.format == "xlsx":
            if column is None:
                return SHEET_ROW.format(self.sheet, number)
            col_index = self.header.index(column)
            return f"{self.sheet}!{column_letter(col_index)}{number}"
        if self.format == "json":
            return RECORD.format(number)
        return LINE.format(number)


def sha256_of_file(path: Path) -> str:
    """SHA-256 of a file, streamed: it identifies the input in the processing log."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
