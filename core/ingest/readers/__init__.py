"""Readers turn an untrusted export file into a :class:`RawTable` of strings.

The format is decided by the file's content, not its name, so a workbook
saved with a ``.csv`` name (or the reverse) is still read correctly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from prevista.core.ingest.readers.packed import is_workbook
from prevista.core.ingest.readers.raw import RawTable
from prevista.privacy.errors import InputError

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"
_GZIP = b"\x1f\x8b"


def sniff_format(path: Path) -> str:
    """'xlsx' | 'json' | 'csv' | 'zip' | 'gzip' from the first bytes."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head.startswith(_GZIP):
        return "gzip"
    if head.startswith(_ZIP) and not is_workbook(path):
        return "zip"
    if head.startswith((_ZIP, _OLE)):
        return "xlsx"
    return _text_format(head)


def _text_format(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return "json" if text[:1] in (b"{", b"[") else "csv"


def read_source(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
                defer: bool = False) -> RawTable:
    """Read any supported export; errors are :class:`InputError` naming the file.  ``defer``: an import, which
    reads a large plain CSV's rows in batches once it knows their roles (``RawTable.deferred``)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "the file does not exist or is not a regular file.")
    table = _read(path, encoding, delimiter, defer)
    for name in table.frame.columns:
        if is_pattern(name):
            raise InputError(path, "this column name reads as a pattern that stands for other columns.",
                             column=name, hint="Rename the column in the export (a '*' alone, or a name "
                                               "between '^' and '$', cannot name one column).")
    return table


def is_pattern(name: str) -> bool:
    """A name polars takes for every column ('*') or for a regular expression ('^…$') wherever a column is
    named; such a header would make every later step read other columns than the one it names."""
    return name == "*" or (name.startswith("^") and name.endswith("$"))


def _read(path: Path, encoding: str | None, delimiter: str | None, defer: bool) -> RawTable:
    kind = sniff_format(path)
    if kind in ("zip", "gzip"):
        return _read_unpacked(path, kind, encoding, delimiter)
    if kind == "xlsx":
        from prevista.core.ingest.readers.xlsx_reader import read_xlsx

        return read_xlsx(path)
    if kind == "json":
        from prevista.core.ingest.readers.json_reader import read_json

        return read_json(path)
    from prevista.core.ingest.readers.csv_reader import read_csv

    return read_csv(path, encoding=encoding, delimiter=delimiter, defer=defer)


def _read_unpacked(path: Path, kind: str, encoding: str | None, delimiter: str | None) -> RawTable:
    """A CSV or JSON export packed in a ZIP archive or a gzip file (``kind``), read from memory (:mod:`packed`)."""
    from prevista.core.ingest.readers.packed import gunzipped, unzipped

    member, data = unzipped(path) if kind == "zip" else (None, gunzipped(path))
    if data.startswith((_ZIP, _OLE, _GZIP)):
        raise InputError(path, "it holds another archive or a workbook, not an export.",
                         hint="Unpack it and import the file itself.")
    if _text_format(data[:4096]) == "json":
        from prevista.core.ingest.readers.json_reader import read_json

        table = read_json(path, unpacked=data)
    else:
        from prevista.core.ingest.readers.csv_reader import read_csv

        table = read_csv(path, encoding=encoding, delimiter=delimiter, unpacked=data)
    note = f"read from '{member}' inside the archive" if member else "read from the gzip file, unpacked in memory"
    return replace(table, notes=(note, *table.notes))
