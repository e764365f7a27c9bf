"""Workbooks for reader tests and the hostile-input corpus.

xlsxwriter builds real workbooks; :func:`package` builds crafted ones part by
part with :mod:`zipfile`, and the header patchers make zip entries lie.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

SECRET = "anna.secret@example.com"


def workbook(path: Path, fill: Callable[[xlsxwriter.Workbook], None]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    fill(book)
    book.close()
    return path


def simple(path: Path, rows: list[list[object]], *, name: str = "Sheet1", first_row: int = 0) -> Path:
    def fill(book: xlsxwriter.Workbook) -> None:
        sheet = book.add_worksheet(name)
        for offset, row in enumerate(rows):
            sheet.write_row(first_row + offset, 0, row)

    return workbook(path, fill)


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="{_REL_NS}">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'
DATA_ROW = f'<row r="2"><c r="A2" t="inlineStr"><is><t>{SECRET}</t></is></c></row>'


def sheet_xml(rows: str = HEADER_ROW + DATA_ROW, *, dimension: str | None = "A1:A2", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {_NS}>{dim}<sheetData>{rows}</sheetData></worksheet>'


def package(path: Path, sheet: str | bytes | None = None, **extra: str | bytes) -> Path:
    parts: dict[str, str | bytes] = {**_PARTS, "xl/worksheets/sheet1.xml": sheet if sheet is not None else sheet_xml()}
    parts.update({name.replace("__", "/"): data for name, data in extra.items()})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def central_entries(data: bytes | bytearray) -> list[tuple[int, bytes]]:
    """(offset, name) of each central directory entry, for patching headers by hand."""
    entries = []
    entry = struct.unpack_from("<I", data, data.rfind(b"PK\x05\x06") + 16)[0]
    while data[entry : entry + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<3H", data, entry + 28)
        entries.append((entry, bytes(data[entry + 46 : entry + 46 + name_length])))
        entry += 46 + name_length + extra_length + comment_length
    return entries


def lie_about_size(path: Path, part: str, declared: int) -> None:
    """Patch the local and central headers so ``part`` claims ``declared`` bytes unpacked."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        struct.pack_into("<I", data, archive.getinfo(part).header_offset + 22, declared)
    for entry, name in central_entries(data):
        if name == part.encode():
            struct.pack_into("<I", data, entry + 24, declared)
    path.write_bytes(bytes(data))
