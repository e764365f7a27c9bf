"""The throw-away process that runs the native spreadsheet reader.

Run as ``python -m core.ingest.readers.xlsx_child REQUEST_JSON`` (in the packaged app:
``prevista --xlsx-child REQUEST_JSON``, see ``packaging/prevista_entry.py``).
It limits its own address space and disables core dumps before touching the
file, so a hostile workbook can at worst kill this process.  The table goes to
the parent as Arrow IPC on stdout (never a temporary file: the data is
personal); a one-line JSON reply, free of cell values, goes to stderr after
:data:`REPLY_MARKER`.

calamine's own text conversion rounds numbers to nine decimals and renders
dates as date-times, so the sheet is also read typed wherever the text looks
like a number or a date-time, and those cells are rewritten exactly.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, TypedDict

import fastexcel
import polars as pl

from prevista.core.ingest.readers.raw import (
    MAX_COLUMNS,
    column_letter,
    too_many_columns,
)
from prevista.privacy.errors import InputError

REPLY_MARKER = "PREVISTA-XLSX-REPLY "
_PROBE_BYTES = 4 * 1024**2  # an allocation any reader error leaves room for, unless memory ran out

_NUMBER_TEXT = r"^-?\d+(?:\.\d+)?$"
_DATETIME_TEXT = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# calamine's date for spreadsheet serials below 1, i.e. time-only cells.
_TIME_ONLY_DATE = date(1899, 12, 31)


class SheetReply(TypedDict):
    """What the child tells the parent about the table it wrote (never a cell value)."""

    sheet: str
    first_row_line: int
    notes: list[str]


def main(argv: list[str]) -> int:
    """Entry point; the exit status only says whether a table was written."""
    request = json.loads(argv[0])
    _limit_resources(request["memory_limit"])
    table_out = _private_stdout()
    try:
        frame, reply = read_sheet(Path(request["path"]), request["sheet"])
        frame.write_ipc(table_out)
        table_out.flush()
    except MemoryError:
        return _send({"error": {"kind": "memory"}})
    except InputError as exc:
        fields = {"problem": exc.problem, "location": exc.location, "column": exc.column, "hint": exc.hint}
        return _send({"error": {"kind": "input", **fields}})
    except BaseException as exc:  # noqa: BLE001 - hostile files make the native reader raise anything
        # pyo3 turns a Rust panic (often a failed allocation) into PanicException, a BaseException.
        kind = "crash" if type(exc).__name__ == "PanicException" else "reader"
        out_of_memory = _out_of_memory(request["memory_limit"])
        return _send({"error": {"kind": "memory" if out_of_memory else kind, "type": type(exc).__name__}})
    return _send(reply)


def _out_of_memory(memory_limit: int) -> bool:
    """Whether the address-space limit is what failed: the native reader reports a failed allocation as
    whatever it was doing (a "corrupt deflate stream"), which would send the user to re-save a sound file.

    The address space in use is asked first: a probe allocation alone can succeed from memory the allocator
    still holds after the reader's failed request, and then told a workbook that ran out of memory to be
    re-saved (seen once in twelve runs at a 16 MiB limit with Prevista's modules precompiled)."""
    if _address_space() + _PROBE_BYTES > memory_limit:
        return True
    try:
        bytearray(_PROBE_BYTES)
    except MemoryError:
        return True
    return False


def _address_space() -> int:
    """The process's address space in bytes (Linux); 0 where it cannot be read, leaving the probe to decide."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return 0


def _limit_resources(memory_limit: int) -> None:
    """Cap address space and forbid core dumps (a dump would write personal data to disk)."""
    try:
        import resource
    except ImportError:  # Windows: only the parent's deadline applies
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    except (ValueError, OSError):  # macOS may refuse it: the deadline still applies
        pass


def _private_stdout() -> BinaryIO:
    """Keep fd 1 for the table alone: stray prints from native code go to stderr."""
    table_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return table_out


def _send(reply: Mapping[str, object]) -> int:
    sys.stderr.write("\n" + REPLY_MARKER + json.dumps(reply) + "\n")
    sys.stderr.flush()
    return 1 if "error" in reply else 0


def read_sheet(path: Path, sheet: str | None) -> tuple[pl.DataFrame, SheetReply]:
    """The table of one sheet as text, plus the reply describing it."""
    reader = fastexcel.read_excel(path)
    name, cells, first_column, notes = _choose_sheet(path, reader, sheet)
    header_row = _header_row(cells)
    if header_row is None:
        raise InputError(path, "the sheet is empty.", location=name, hint="Choose the sheet that holds the data.")
    if first_column != 0:
        raise InputError(
            path,
            "the table does not start in column A.",
            location=f"{name}!{column_letter(first_column)}{header_row + 1}",
            hint="Delete the empty columns to the left of the table.",
        )
    _refuse_title(path, cells, name, header_row)
    width = _table_width(cells[header_row:])
    if width > MAX_COLUMNS:
        raise too_many_columns(path, f"{name}!{column_letter(MAX_COLUMNS)}{header_row + 1}")
    headers = _headers(path, cells.row(header_row)[:width], name, header_row)
    data = _trim_empty_tail(cells[header_row + 1 :, :width])
    frame = _exact_text(reader, name, data, header_row + 1)
    frame.columns = headers
    return frame, {"sheet": name, "first_row_line": header_row + 2, "notes": notes}


def _choose_sheet(
    path: Path, reader: fastexcel.ExcelReader, sheet: str | None
) -> tuple[str, pl.DataFrame, int, list[str]]:
    """The named sheet, else the first with data; other sheets with data get a note."""
    names = reader.sheet_names
    if sheet is not None:
        if sheet not in names:
            raise InputError(path, f"there is no sheet named '{sheet}'.", hint=f"Available sheets: {_quoted(names)}.")
        return sheet, *_text_cells(reader, sheet), []
    for position, name in enumerate(names):
        cells, first_column = _text_cells(reader, name)
        if _header_row(cells) is not None:
            others = [other for other in names[position + 1 :] if _has_data(reader, other)]
            notes = [f"Read sheet '{name}'; these sheets also hold data and were not read: {_quoted(others)}."]
            return name, cells, first_column, notes if others else []
    raise InputError(path, "the workbook contains no data.", hint="Choose a workbook whose first row names the columns.")


def _quoted(names: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _has_data(reader: fastexcel.ExcelReader, name: str) -> bool:
    return reader.load_sheet(name, header_row=None, n_rows=1, dtypes="string").height > 0


def _load(
    reader: fastexcel.ExcelReader, name: str, dtypes: fastexcel.DType | dict[int, fastexcel.DType]
) -> fastexcel.ExcelSheet:
    """The sheet with frame row i being spreadsheet row i + 1, no header interpreted."""
    if isinstance(dtypes, dict):
        by_index: fastexcel.DTypeMap = dict(dtypes.items())  # fastexcel's map may also key by column name
        return reader.load_sheet(name, header_row=None, skip_rows=0, dtypes=by_index, use_columns=sorted(dtypes))
    return reader.load_sheet(name, header_row=None, skip_rows=0, dtypes=dtypes, use_columns=None)


def _text_cells(reader: fastexcel.ExcelReader, name: str) -> tuple[pl.DataFrame, int]:
    """calamine's text of every cell (an empty string is an empty cell), and the first used column.

    Only the frame is kept, so calamine's copy of the sheet is freed at once.
    """
    loaded = _load(reader, name, "string")
    cells = loaded.to_polars().select(pl.when(pl.all() != "").then(pl.all()).name.keep())
    columns = loaded.available_columns()
    return cells, columns[0].absolute_index if columns else 0


def _header_row(cells: pl.DataFrame) -> int | None:
    """The row that names the columns: the first row with anything in it, unless it and every row down to the
    first one of two or more cells hold one cell at most, a report's title above its table ("Sales 2024",
    "Exported by …"): then that row of several cells."""
    if not cells.width:
        return None
    filled = cells.select(pl.sum_horizontal(pl.all().is_not_null())).to_series()
    used, wide = (filled > 0).arg_true(), (filled > 1).arg_true()
    if not len(used):
        return None
    return int(wide[0]) if len(wide) and wide[0] > used[0] else int(used[0])


def _refuse_title(path: Path, cells: pl.DataFrame, sheet: str, header_row: int) -> None:
    """Rows of a report's title above the column names ("Sales 2024", "Exported by …"): which row names the
    columns is then a guess, and a wrong one would take a row's cells for names (and show them), so the sheet is
    refused with the rows to delete."""
    titled = int(cells.head(header_row).select(pl.any_horizontal(pl.all().is_not_null())).to_series().sum())
    if titled:
        row = header_row + 1
        raise InputError(path, f"the {titled} row{'s' if titled > 1 else ''} above row {row} look like a report's "
                         f"title, and row {row} like the column names.", location=f"{sheet}!A{row}",
                         hint=f"Delete the rows above row {row} and import the workbook again.")


def _table_width(table: pl.DataFrame) -> int:
    """Columns up to the last one used in the header row or below; the rest is formatting."""
    used = [index for index, column in enumerate(table.iter_columns()) if column.is_not_null().any()]
    return used[-1] + 1


def _headers(path: Path, row: tuple[str | None, ...], sheet: str, header_row: int) -> list[str]:
    """Header texts exactly as written; blank or repeated names are refused, never renamed."""
    seen: dict[str, int] = {}
    headers: list[str] = []
    for index, header in enumerate(row):
        cell = f"{sheet}!{column_letter(index)}{header_row + 1}"
        if header is None or not header.strip():
            raise InputError(
                path,
                "the column has no name in the header row.",
                location=cell,
                hint="Give every column a name in the first row, or delete the empty column.",
            )
        key = header.strip().casefold()
        if key in seen:
            raise InputError(
                path,
                f"columns {column_letter(seen[key])} and {column_letter(index)} have the same name.",
                location=cell,
                column=header,
                hint="Rename one of them so that every column name is unique.",
            )
        seen[key] = index
        headers.append(header)
    return headers


def _trim_empty_tail(data: pl.DataFrame) -> pl.DataFrame:
    """Trailing empty rows are formatting, not records; inner ones keep row numbers right."""
    filled = data.select(pl.any_horizontal(pl.all().is_not_null())).to_series().arg_true()
    return data[: filled[-1] + 1] if len(filled) else data.clear()


def _exact_text(reader: fastexcel.ExcelReader, name: str, data: pl.DataFrame, first_row: int) -> pl.DataFrame:
    """Rewrite calamine's lossy renderings of numbers and date-times with exact text."""
    numbers = _columns_matching(data, _NUMBER_TEXT)
    stamps = _columns_matching(data, _DATETIME_TEXT)
    for dtypes in _typed_loads(numbers, stamps):
        typed = _load(reader, name, dtypes).to_polars()[first_row : first_row + data.height]
        data = data.with_columns(
            _EXACT[dtypes[index]](data[:, index], typed[:, position]) for position, index in enumerate(sorted(dtypes))
        )
    return data


def _typed_loads(numbers: list[int], stamps: list[int]) -> list[dict[int, fastexcel.DType]]:
    """Each parse of the sheet is costly: one typed load, two only for columns mixing both kinds."""
    first: dict[int, fastexcel.DType] = {index: "float" for index in numbers}
    first |= {index: "datetime" for index in stamps if index not in numbers}
    second: dict[int, fastexcel.DType] = {index: "datetime" for index in stamps if index in numbers}
    return [dtypes for dtypes in (first, second) if dtypes]


def _columns_matching(data: pl.DataFrame, pattern: str) -> list[int]:
    return [index for index, column in enumerate(data.iter_columns()) if column.str.contains(pattern).any()]


def _exact_numbers(texts: pl.Series, values: pl.Series) -> pl.Series:
    """calamine prints floats with nine decimals; integers it prints exactly, so only fractions need care."""
    fractional = (values != values.floor()).fill_null(False)
    if not fractional.any():
        return texts
    exact = [_exact_number(text, value) if flag else text for text, value, flag in zip(texts, values, fractional)]
    return pl.Series(texts.name, exact, dtype=pl.String)


def _exact_number(text: str | None, value: float) -> str | None:
    """Only a cell calamine rendered from this very float is rewritten; text cells stay as typed."""
    rendered = f"{value:.9f}".rstrip("0").rstrip(".")
    return _shortest_decimal(value) if text == rendered else text


def _shortest_decimal(value: float) -> str:
    """Shortest digits that read back as the same float, in plain notation like "0.0000001"."""
    text = repr(value)
    return format(Decimal(text), "f") if "e" in text else text


def _exact_datetimes(texts: pl.Series, stamps: pl.Series) -> pl.Series:
    """Dates lose a midnight time, time-only cells lose calamine's 1899 date.

    calamine does not expose number formats, so a column whose every
    date-time is at midnight is taken to hold dates.
    """
    real = (stamps.dt.strftime(_DATETIME_FORMAT) == texts).fill_null(False)
    if not real.any():
        return texts
    time_only = real & (stamps.dt.date() == _TIME_ONLY_DATE)
    dated = real & ~time_only
    dates_only = (stamps.filter(dated).dt.time() == time(0)).all()
    date_format = "%Y-%m-%d" if dates_only else _DATETIME_FORMAT
    exact = (
        pl.when(time_only)
        .then(stamps.dt.strftime("%H:%M:%S"))
        .when(dated)
        .then(stamps.dt.strftime(date_format))
        .otherwise(texts)
    )
    return pl.select(exact).to_series().alias(texts.name)


_EXACT = {"float": _exact_numbers, "datetime": _exact_datetimes}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
