"""A plain export is read from disk after one streamed pass; every export must read exactly as when it is
read whole (the same table, line numbers, notes, warnings and digest, or the same error)."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest.readers import csv_reader, csv_scan, raw
from prevista.core.ingest.readers.raw import NotPlain, RawTable, detection_rows
from prevista.privacy.errors import InputError

CELLS = st.one_of(
    st.sampled_from(["", " ", "1", "2024-03-01", "3,50", "Łukasz", "中文", "a b", "NA", "x\u00a0y", "é"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00\"'"), max_size=6),
)
QUIRKS = st.sampled_from(["none", "none", "none", "quote", "quoted", "quoted", "quoted break", "nul", "bom", "latin1", "blank line", "short line",
                          "long line", "footer", "headerless", "whitespace", "no final newline", "crlf"])


@st.composite
def exports(draw: st.DrawFn) -> tuple[bytes, str | None]:
    """An export as a CRM or a spreadsheet writes it, with at most one quirk the reader must handle."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    width = draw(st.integers(1, 4))
    header = draw(st.lists(st.sampled_from(["id", "Name", "Betrag", "Datum", "Plan", "e-mail", "Città", "x y"]),
                           min_size=width, max_size=width, unique=True))
    rows = draw(st.lists(st.lists(CELLS.map(lambda c: c.replace(delimiter, "")), min_size=width, max_size=width),
                         min_size=1, max_size=12))
    quirk = draw(QUIRKS)
    if quirk == "headerless":
        header = [str(1000 + i) for i in range(width)]
    if quirk.startswith("quoted"):  # as many CRMs write every field: quoted, delimiters and quotes inside
        rows = [[f'"{cell}{delimiter if i % 2 else ""}{chr(34) * 2 if i % 3 == 1 else ""}"'
                 for i, cell in enumerate(row)] for row in rows]
    if quirk == "quoted break":
        rows[-1][0] = '"two\nlines"'
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    at = draw(st.integers(1, len(lines) - 1)) if len(lines) > 1 else 1
    if quirk == "quote":
        lines[at] = '"' + lines[at] + '"'
    elif quirk == "blank line":
        lines.insert(at, "")
    elif quirk == "short line" and width > 1:
        lines[at] = lines[at].rsplit(delimiter, 1)[0]
    elif quirk == "long line":
        lines[at] += delimiter + "extra"
    elif quirk == "footer":
        lines += ["", "Grand Totals (12 records)", "Copyright (c) 2000-2026 salesforce.com, inc."]
    elif quirk == "whitespace":
        lines = [line.replace(delimiter, "   ") for line in lines]
    text = ("\r\n" if quirk == "crlf" else "\n").join(lines) + ("" if quirk == "no final newline" else "\n")
    data = text.encode("latin-1", errors="replace") if quirk == "latin1" else text.encode()
    if quirk == "nul":
        data = data[:len(data) // 2] + b"\x00" + data[len(data) // 2:]
    if quirk == "bom":
        data = codecs.BOM_UTF8 + data
    given_delimiter = draw(st.sampled_from([None, None, delimiter]))
    return data, given_delimiter


def _outcome(read: object) -> RawTable | str:
    try:
        return read()  # type: ignore[operator, no-any-return]
    except InputError as error:
        return f"InputError: {error}"


def _same(one: RawTable | str, other: RawTable | str) -> None:
    if isinstance(one, str) or isinstance(other, str):
        assert one == other
        return
    assert one.frame.equals(other.frame) and one.frame.columns == other.frame.columns
    for name in ("source", "format", "sha256", "encoding", "delimiter", "first_row_line", "notes", "warnings"):
        assert getattr(one, name) == getattr(other, name), name
    assert (list(one.row_lines) if one.row_lines is not None else None) == (
        list(other.row_lines) if other.row_lines is not None else None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(export=exports(), slice_bytes=st.sampled_from([1, 3, 7, 64, 1 << 20]))
def test_every_export_reads_as_it_does_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              export: tuple[bytes, str | None], slice_bytes: int) -> None:
    """Slices as small as a byte put a UTF-8 character, a delimiter or a NUL across every boundary."""
    monkeypatch.setattr(csv_scan, "SLICE_BYTES", slice_bytes)
    monkeypatch.setattr(csv_scan, "QUOTED_SLICE_BYTES", slice_bytes)
    data, delimiter = export
    path = tmp_path / "export [1].csv"  # brackets: a glob pattern to polars unless told otherwise
    path.write_bytes(data)
    (tmp_path / "export 1.csv").write_bytes(b"other,file\n1,2\n")
    streamed = _outcome(lambda: csv_reader.read_csv(path, delimiter=delimiter))
    whole = _outcome(lambda: csv_reader._read_whole(path, None, delimiter))
    _same(streamed, whole)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(export=exports(), batch_bytes=st.sampled_from([1, 3, 7, 64, 1 << 20]))
def test_an_export_read_in_batches_reads_as_it_does_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           export: tuple[bytes, str | None], batch_bytes: int) -> None:
    """Every export deferred, as one of more than 20M rows is: the rows detection looks at must be the whole
    read's same rows, and the batches its rows, or the batches must give way to the whole read."""
    monkeypatch.setattr(csv_reader, "BATCHED_ROWS", 0)
    monkeypatch.setattr(csv_reader, "BATCH_BYTES", batch_bytes)
    monkeypatch.setattr(raw, "DETECTION_ROWS", 2)
    data, delimiter = export
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    whole = _outcome(lambda: csv_reader.read_csv(path, delimiter=delimiter))
    deferred = _outcome(lambda: csv_reader.read_csv(path, delimiter=delimiter, defer=True))
    if isinstance(deferred, str) or deferred.deferred is None:
        _same(deferred, whole)
        return
    try:
        batches = list(deferred.deferred.batches())
    except NotPlain:
        _same(_outcome(deferred.deferred.whole), whole)
        return
    _same(replace(deferred, frame=pl.concat(batches), deferred=None), whole)
    assert isinstance(whole, RawTable) and deferred.frame.equals(whole.frame[detection_rows(whole.frame.height)])


@pytest.mark.parametrize(("quote", "mark"), [("", ""), ('"', ""), ("", "\ufeff")])
def test_a_plain_export_goes_in_batches_without_giving_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            quote: str, mark: str) -> None:
    """Giving way to the whole read is always correct, so the test above cannot tell it from reading in batches:
    a plain export, quoted or not, with a byte-order mark or not, must read in many batches and not give way."""
    monkeypatch.setattr(csv_reader, "BATCHED_ROWS", 0)
    monkeypatch.setattr(csv_reader, "BATCH_BYTES", 256)
    monkeypatch.setattr(raw, "DETECTION_ROWS", 20)
    path = tmp_path / "events.csv"
    path.write_text(mark + "id,when,amount\n" + "".join(f"{quote}C{i % 7}{quote},2024-01-{i % 28 + 1:02d},{i}.5\n"
                                                        for i in range(raw.DETECTION_ROWS + 500)))
    deferred = csv_reader.read_csv(path, defer=True)
    assert deferred.deferred is not None and deferred.frame.height == raw.DETECTION_ROWS
    assert deferred.frame.columns == ["id", "when", "amount"] and deferred.encoding == ("utf-8-sig" if mark else "utf-8")
    batches = list(deferred.deferred.batches())
    assert len(batches) > 10 and pl.concat(batches).equals(csv_reader._read_whole(path, None, None).frame)


@pytest.mark.parametrize(("quote", "mark"), [("", ""), ('"', ""), ("", "\ufeff"), ('"', "\ufeff")])
def test_a_plain_export_is_never_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quote: str,
                                            mark: str) -> None:
    """The point of the pass: a plain export's bytes are not held in memory beside its table, whether or
    not its fields are quoted (from half-way down, in slices of a few lines) and whether or not it starts
    with a byte-order mark, as Excel's "CSV UTF-8" does."""
    monkeypatch.setattr(csv_scan, "SLICE_BYTES", 4096)
    monkeypatch.setattr(csv_scan, "QUOTED_SLICE_BYTES", 4096)
    rows = "".join(f"{i},{quote if i > 2500 else ''}Žofie {i}{', Jr.' if quote and i > 2500 else ''}"
                   f"{quote if i > 2500 else ''},2024-01-{i % 28 + 1:02d},{i * 1.5}\n" for i in range(5000))
    path = tmp_path / "customers.csv"
    path.write_bytes((mark + "id,name,created,amount\n" + rows).encode())

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"{self.name} was read whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    table = csv_reader.read_csv(path)
    assert table.frame.height == 5000 and table.frame["name"][7] == "Žofie 7" and table.frame.columns[0] == "id"
    assert table.sha256 == hashlib.sha256(path.open("rb").read()).hexdigest()


def test_a_character_cut_off_at_the_end_sends_the_file_to_the_whole_route(tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes("id,name\n1,Łukasz\n2,Ł".encode()[:-1])
    assert csv_scan.scan_plain(path, ",", 2) is None
    _same(_outcome(lambda: csv_reader.read_csv(path)), _outcome(lambda: csv_reader._read_whole(path, None, None)))


@settings(max_examples=500, deadline=None)
@given(lines=st.lists(st.text(alphabet=',"ab\r ', max_size=8), min_size=1, max_size=6), width=st.integers(1, 4),
       end=st.sampled_from(["", "\n"]))
def test_counting_a_quoted_slice_by_its_bytes_agrees_with_reading_it_line_by_line(lines: list[str], width: int,
                                                                                  end: str) -> None:
    """The scan judges a quoted slice by counting its bytes; :func:`first_bad_line`, which names the bad line
    in the whole-file route, judges by reading each line: they must agree on every slice."""
    piece = ("\n".join(lines) + end).encode()
    try:
        expected = csv_scan.first_bad_line(piece, ",", width) is None
    except (csv_scan.SpansLines, pl.exceptions.PolarsError):
        expected = False
    counted = csv_scan._full_quoted(piece, ",", width)
    assert (counted is not None) == expected
    assert counted is None or counted == len(piece.split(b"\n")) - piece.endswith(b"\n")
