"""The hostile-input corpus: every case is written at test time, nothing large is committed.

Each :class:`Case` is one export file plus what the import must make of it:
refuse it (naming the file, the place and what to do next, never a value),
accept it only after the user confirms warnings, or accept it.  The files
share one realistic customer table (enough customers and history that a
clean file raises no warning at all), varied one hostile way each, with a
marker value planted where the damage is so a message that echoes cells is
caught.  ``full=False`` shrinks the few heavy cases for CI; the benchmark
runs them at full size.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from prevista.core.ingest.readers.raw import MAX_COLUMNS
from tests.core.readers.workbooks import (
    HEADER_ROW,
    lie_about_size,
    package,
    sheet_xml,
    simple,
)

REFUSED = "refused"
WARNED = "accepted-with-warnings"
ACCEPTED = "accepted"

MARKER = "Zq7-secret-cell"
CUSTOMERS = 1000
HEADER = ["Customer ID", "Signup Date", "Plan", "Monthly Fee", "Churned"]


@dataclass(frozen=True)
class Case:
    """One corpus file and the outcome the import must reach.

    ``problem`` is a phrase the refusal must contain (or the code of the
    warning/refusal finding); ``locatable`` says whether the damage has a place
    a message can name (an empty file has none); ``marker`` is the planted
    value no message may contain.
    """

    name: str
    path: Path
    expect: str
    problem: str | None = None
    locatable: bool = True
    marker: str = MARKER


def rows(count: int = CUSTOMERS, *, plan: str = "Pro") -> list[list[str]]:
    """The clean customer table: about three years of sign-ups, one in five churned."""
    return [
        [f"C{10000 + i}", f"{2021 + i // 365}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", plan if i % 3 else "Basic",
         f"{10 + i % 40}.{i % 100:02d}", "Yes" if i % 5 == 0 else "No"]
        for i in range(count)
    ]


def _table(header: list[str], body: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([header, *body])
    return out.getvalue()


def _with_cell(column: int, value: str, row: int = 500) -> list[list[str]]:
    body = rows()
    body[row][column] = value
    return body


def _xlsx(path: Path, body: list[list[str]], header: list[str] = HEADER) -> Path:
    return simple(path, [header, *body])


def _sheet(path: Path, fill: Callable[[Worksheet], None]) -> Path:
    """A workbook whose cells are written one by one (``write_row`` turns "=..." text into formulas)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, HEADER)
    fill(sheet)
    book.close()
    return path


def _cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3) holding ``streams``: how Office stores an encrypted workbook."""
    sector, end, free, fat_mark, none = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    padded = [data + bytes(-len(data) % sector) for data in streams.values()]
    fat = [fat_mark, end]
    starts = []
    for data in padded:
        starts.append(len(fat))
        count = len(data) // sector
        fat += [len(fat) + k + 1 for k in range(count - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB3I", len(encoded), kind, 1, none, right, child)
                + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))

    names = list(streams)
    directory = entry("Root Entry", 5, 1, none, end, 0) + b"".join(
        entry(name, 2, none, index + 2 if index + 1 < len(names) else none, starts[index], len(streams[name]))
        for index, name in enumerate(names)
    )
    directory = directory.ljust(sector, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + b"".join(padded)


class _Writer:
    """Collects cases while writing their files into one folder."""

    def __init__(self, folder: Path, full: bool) -> None:
        self.folder = folder
        self.full = full
        self.cases: list[Case] = []
        folder.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        return self.folder / name

    def add(self, name: str, data: bytes | Path, expect: str, problem: str | None = None, **kw: object) -> None:
        path = data if isinstance(data, Path) else self.path(name)
        if not isinstance(data, Path):
            path.write_bytes(data)
        self.cases.append(Case(name, path, expect, problem, **kw))

    def text(self, name: str, text: str, expect: str, problem: str | None = None, *, encoding: str = "utf-8",
             **kw: object) -> None:
        self.add(name, text.encode(encoding), expect, problem, **kw)


def build(folder: Path, *, full: bool = True) -> list[Case]:
    """Write every corpus file into ``folder``; return the cases in a stable order."""
    w = _Writer(Path(folder), full)
    _encodings(w)
    _delimiters_and_quotes(w)
    _empty_and_headers(w)
    _sizes_and_binary(w)
    _workbooks(w)
    _json(w)
    _values(w)
    return w.cases


def _encodings(w: _Writer) -> None:
    clean = _table(HEADER, rows())
    accented = _table(HEADER, rows(plan="Złoty Łoś"))
    western = _table(HEADER, rows(plan="Crème Brûlée"))
    w.text("clean.csv", clean, ACCEPTED)
    w.add("utf8-bom.csv", codecs.BOM_UTF8 + accented.encode(), ACCEPTED)
    w.text("utf8-no-bom.csv", accented, ACCEPTED)
    w.text("utf16-le.csv", accented, ACCEPTED, encoding="utf-16")
    w.add("utf16-be.csv", codecs.BOM_UTF16_BE + accented.encode("utf-16-be"), ACCEPTED)
    w.text("cp1250.csv", accented, ACCEPTED, encoding="cp1250")
    w.text("latin1.csv", western, ACCEPTED, encoding="latin-1")
    data = accented.encode()
    cut = data.index(b"\n", len(data) // 2) + 1
    w.add("invalid-utf8-mid-file.csv", data[:cut] + MARKER.encode() + b"\xff\xfe," + data[cut:], REFUSED,
          "not valid UTF-8")
    body = _with_cell(2, MARKER)
    w.add("utf16-odd-length.csv", _table(HEADER, body).encode("utf-16") + b"\x00", REFUSED, "UTF-16",
          locatable=True)


def _delimiters_and_quotes(w: _Writer) -> None:
    european = [[i, d, p, fee.replace(".", ","), c] for i, d, p, fee, c in rows()]
    w.text("semicolon-decimal-comma.csv", _table(HEADER, european, ";"), ACCEPTED)
    w.text("comma-quoted-decimal-comma.csv", _table(HEADER, european, ","), ACCEPTED)
    w.text("tab.csv", _table(HEADER, rows(), "\t"), ACCEPTED)
    w.text("pipe.csv", _table(HEADER, rows(), "|"), ACCEPTED)
    w.text("crlf.csv", _table(HEADER, rows()).replace("\n", "\r\n"), ACCEPTED)
    lines = _table(HEADER, _with_cell(2, MARKER)).splitlines(keepends=True)
    lines[501] = lines[501].replace(MARKER, '"' + MARKER)
    w.text("unbalanced-quote.csv", "".join(lines), REFUSED, "quoted field is not closed")
    lines = _table(HEADER, _with_cell(2, MARKER)).splitlines(keepends=True)
    lines[501] = lines[501].replace(MARKER + ",", MARKER + '"x",')
    w.text("stray-quote-mid-field.csv", "".join(lines), ACCEPTED)
    w.text("unclosed-quote-in-header.csv", '"' + _table(HEADER, rows()), REFUSED, "quoted field is not closed")
    w.text("stray-quote-small-file.csv", _table(HEADER, rows(3))[:-1] + MARKER + '"\n', REFUSED,
           "quote is out of place")
    w.add("parsers-disagree.csv", b'\x1f\xc2\x85;\n\n;"\r0"\n', REFUSED, "cannot be read as a table", locatable=False)
    short = _with_cell(2, MARKER)
    short[500] = short[500][:3]
    w.text("ragged-short-row.csv", _table(HEADER, short), REFUSED, "3 fields but the header has 5")
    long = _with_cell(2, MARKER)
    long[500] = long[500] + ["extra"]
    w.text("ragged-long-row.csv", _table(HEADER, long), REFUSED, "6 fields but the header has 5")


def _empty_and_headers(w: _Writer) -> None:
    w.add("empty.csv", b"", REFUSED, "empty", locatable=False)
    w.text("header-only.csv", _table(HEADER, []), REFUSED, "no data rows")
    w.add("header-only.xlsx", _xlsx(w.path("header-only.xlsx"), []), REFUSED, "no data rows")
    w.add("header-only.json", b'[{"properties": {}}]', REFUSED, "no records", locatable=False)
    w.text("empty-array.json", "[]", REFUSED, "no records", locatable=False)
    w.text("whitespace-only.csv", " \n\t\r\n   \n", REFUSED, "empty", locatable=False)
    w.add("byte-order-marks-only.csv", codecs.BOM_UTF8 * 2 + b"\n", REFUSED, "empty", locatable=False)
    w.text("duplicate-headers.csv", _table(["Customer ID", "Plan", "plan ", "Monthly Fee", "Churned"], rows()),
           REFUSED, "same name")
    w.text("blank-header.csv", _table(["Customer ID", "Signup Date", " ", "Monthly Fee", "Churned"], rows()),
           REFUSED, "blank name")
    w.add("blank-header.xlsx", _xlsx(w.path("blank-header.xlsx"), rows(), ["Customer ID", "Signup Date", None,
          "Monthly Fee", "Churned"]), REFUSED, "no name")


def _sizes_and_binary(w: _Writer) -> None:
    field = (10 if w.full else 1) * 1024**2
    noted = [r + [""] for r in rows()]
    noted[0][5] = "x" * field
    w.text("long-field.csv", _table(HEADER + ["Notes"], noted), ACCEPTED)
    columns = MAX_COLUMNS - len(HEADER) if w.full else 500
    wide_header = HEADER + [f"Extra {k}" for k in range(columns)]
    w.text("many-columns.csv", _table(wide_header, [r + [""] * columns for r in rows()]), ACCEPTED)
    wider = HEADER + [f"Extra {k}" for k in range(20_000)]
    w.text("too-many-columns.csv", _table(wider, [r + [""] * 20_000 for r in rows(3)]), REFUSED, "columns")
    w.add("too-many-columns.xlsx", _xlsx(w.path("too-many-columns.xlsx"), [["C1"] * 2_500], ["Customer ID"] * 2_500),
          REFUSED, "columns")
    w.text("too-many-keys.json", json.dumps([{"Customer ID": "C1", **{f"k{k}": "" for k in range(20_000)}}]),
           REFUSED, "columns")
    w.add("nul-bytes.csv", _table(HEADER, _with_cell(2, MARKER + "\x00\x00")).encode(), REFUSED, "NUL",
          locatable=False)
    body = [r + ["n" * 300] for r in rows()]
    body[-2][2] = MARKER + "\x00"
    w.add("nul-byte-late.csv", _table(HEADER + ["Notes"], body).encode(), REFUSED, "NUL")
    noise = random.Random(7).randbytes(64 * 1024)
    w.add("random-binary.csv", noise, REFUSED, locatable=False)
    png = b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(4096)
    w.add("png-named.csv", png, REFUSED, locatable=False)
    workbook = _xlsx(w.path("workbook-renamed.xlsx"), rows())
    w.add("xlsx-renamed.csv", workbook.read_bytes(), ACCEPTED)
    workbook.unlink()
    w.text("csv-renamed.xlsx", _table(HEADER, rows()), ACCEPTED)


def _workbooks(w: _Writer) -> None:
    w.add("clean.xlsx", _xlsx(w.path("clean.xlsx"), rows()), ACCEPTED)
    bomb = (40 if w.full else 12) * 1024**2
    w.add("zip-bomb-honest.xlsx", package(w.path("zip-bomb-honest.xlsx"),
          **{"xl__sharedStrings.xml": b"<sst>" + b" " * bomb}), REFUSED, "zip bomb")
    filler = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 100_000))
    liar = package(w.path("zip-bomb-lying-size.xlsx"), sheet_xml(HEADER_ROW + filler, dimension=None))
    lie_about_size(liar, "xl/worksheets/sheet1.xml", 1000)
    w.add("zip-bomb-lying-size.xlsx", liar, REFUSED, "damaged", locatable=False)
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10 if k > 1 else "&lol;" * 10}">' for k in range(1, 10)) + "]>"
    w.add("billion-laughs.xlsx", package(w.path("billion-laughs.xlsx"), sheet_xml(
        HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>', prolog=laughs)),
        REFUSED, "document type declaration")
    xxe = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    w.add("external-entity.xlsx", package(w.path("external-entity.xlsx"), sheet_xml(
        HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>', prolog=xxe)),
        REFUSED, "document type declaration", marker="root:")
    w.add("far-cell-claimed.xlsx", package(w.path("far-cell-claimed.xlsx"), sheet_xml(dimension="A1:XFD1048576")),
          REFUSED, "far more cells")
    far = HEADER_ROW + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    w.add("far-cell-real.xlsx", package(w.path("far-cell-real.xlsx"), sheet_xml(far, dimension=None)), REFUSED,
          "could not be read safely", locatable=False)
    whole = _xlsx(w.path("truncated.xlsx"), rows()).read_bytes()
    w.add("truncated.xlsx", whole[: len(whole) // 2], REFUSED, "incomplete", locatable=False)
    encrypted = _cfb({"EncryptionInfo": random.Random(1).randbytes(4096),
                      "EncryptedPackage": random.Random(2).randbytes(8192)})
    w.add("password-protected.xlsx", encrypted, REFUSED, "password-protected", locatable=False)
    macro = _xlsx(w.path("macro.xlsm"), rows())
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", _cfb({"VBA": b"Attribute VB_Name = \"Module1\"\n" * 200}))
    w.add("macro.xlsm", macro, ACCEPTED)
    def formulas(sheet: Worksheet) -> None:
        for index, row in enumerate(rows(), start=1):
            sheet.write_row(index, 0, row[:3])
            sheet.write_formula(index, 3, f'=VALUE("{row[3]}")', None, float(row[3]))
            sheet.write_formula(index, 4, f'=IF(TRUE,"{row[4]}","x")', None, row[4])

    w.add("formula-cells.xlsx", _sheet(w.path("formula-cells.xlsx"), formulas), ACCEPTED)

    def formula_text(sheet: Worksheet) -> None:
        for index, row in enumerate(rows(), start=1):
            sheet.write_row(index, 0, row)
        sheet.write_string(501, 2, '=HYPERLINK("http://example.invalid","' + MARKER + '")')

    text = _sheet(w.path("formula-text.xlsx"), formula_text)
    w.add("formula-text.xlsx", text, WARNED, "formula-like-cells")


def _json(w: _Writer) -> None:
    records = [dict(zip(HEADER, row)) for row in rows()]
    w.text("clean.json", json.dumps(records), ACCEPTED)
    w.text("clean.jsonl", "\n".join(json.dumps(r) for r in records) + "\n", ACCEPTED)
    depth = 100_000 if w.full else 20_000
    w.text("deeply-nested.json", "[" * depth + "]" * depth, REFUSED, "nested too deeply", locatable=False)
    nested = '[{"Customer ID": "C1", "Plan": ' + '{"a": ' * depth + "1" + "}" * depth + "}]"
    w.text("deeply-nested-record.json", nested, REFUSED, "nested too deeply", locatable=False)
    text = json.dumps(records[:10] + [{**records[10], "Plan": MARKER}] + records[11:], indent=1)
    w.text("truncated.json", text[: text.index(MARKER) + 5], REFUSED, "not valid JSON")
    lines = [json.dumps(r) for r in records]
    lines[500] = lines[500][:-1] + f', "Plan": "{MARKER}"}}'
    w.text("duplicate-keys.jsonl", "\n".join(lines), REFUSED, "same key appears twice")
    w.text("absurd-numbers.json", json.dumps(records).replace('"10.00"', "1e308").replace('"11.01"', "-1e308"),
           ACCEPTED)


def _values(w: _Writer) -> None:
    mixed = rows()
    for index in range(0, CUSTOMERS, 7):
        year, month, day = mixed[index][1].split("-")
        mixed[index][1] = f"{day}.{month}.{year}"
    mixed[497][1] = MARKER
    w.text("mixed-date-formats.csv", _table(HEADER, mixed), REFUSED, "unparseable")
    for name, value, expect, problem in (
        ("huge-float", "1e308", ACCEPTED, None),
        ("float-overflow", "1e309", REFUSED, "unparseable"),
        ("huge-integer", "99999999999999999999999", ACCEPTED, None),
        ("nan-text", "NaN", ACCEPTED, None),
        ("inf-text", "inf", REFUSED, "unparseable"),
        ("infinity-text", "-Infinity", REFUSED, "unparseable"),
    ):
        w.text(f"{name}.csv", _table(HEADER, _with_cell(3, value)), expect, problem, marker=MARKER)
    duplicate = rows()
    duplicate[600] = list(duplicate[100])
    w.text("duplicate-rows.csv", _table(HEADER, duplicate), WARNED, "duplicate-rows")
    conflict = rows()
    conflict[600][0] = conflict[100][0]
    w.text("duplicate-ids.csv", _table(HEADER, conflict), REFUSED, "duplicate-customer-id")
    for name, value in (
        ("blank-id", "   "),
        ("zero-width-id", "C10\u200b500"),
        ("bom-inside-id", "C10\ufeff500"),
        ("nbsp-inside-id", "C10\u00a0500"),
        ("control-char-id", "C10\x07500"),
    ):
        code = "missing-customer-id" if name == "blank-id" else "invisible-characters-in-id"
        w.text(f"{name}.csv", _table(HEADER, _with_cell(0, value)), REFUSED, code, marker=value.strip() or MARKER)
    w.text("nbsp-padded-id.csv", _table(HEADER, _with_cell(0, "\u00a0C10500\u00a0")), ACCEPTED)
    for sign in "=+-@":
        label = {"=": "equals", "+": "plus", "-": "minus", "@": "at"}[sign]
        w.text(f"formula-{label}.csv", _table(HEADER, _with_cell(2, f"{sign}cmd|'/c calc'!A1")), WARNED,
               "formula-like-cells")
    w.text("negative-numbers.csv", _table(HEADER, _with_cell(3, "-12.50")), ACCEPTED)
    w.text("phone-number-text.csv", _table(HEADER, _with_cell(2, "+48 (22) 555-01-97")), ACCEPTED)
