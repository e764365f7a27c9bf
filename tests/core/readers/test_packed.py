"""Exports packed as they were sent: a ZIP archive of one file, a gzip file; unpacked in memory, within a cap."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.packed import gunzipped, unzipped
from prevista.privacy.errors import InputError

EXPORT = 'Kundennummer;Name;Betrag\nK1;Jörg Müller;"3,50"\n\nK2;Zoë Weiß;"4,50"\n'.encode("cp1252")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("pack", ["zip", "gzip"])
def test_a_packed_export_reads_as_the_export_itself(tmp_path: Path, pack: str) -> None:
    (tmp_path / "kunden.csv").write_bytes(EXPORT)
    plain = read_source(tmp_path / "kunden.csv")
    packed_path = (_zip(tmp_path / "kunden.zip", {"export/kunden.csv": EXPORT, "__MACOSX/._kunden.csv": b"\x00"})
                   if pack == "zip" else tmp_path / "kunden.csv.gz")
    if pack == "gzip":
        packed_path.write_bytes(gzip.compress(EXPORT[:20]) + gzip.compress(EXPORT[20:]))  # two members, as cat makes
    packed = read_source(packed_path)
    assert packed.frame.equals(plain.frame) and packed.frame["Name"][0] == "Jörg Müller"
    assert packed.encoding == plain.encoding and packed.warnings == plain.warnings
    assert [packed.locate(i) for i in range(2)] == [plain.locate(i) for i in range(2)] == ["line 2", "line 4"]
    assert packed.sha256 != plain.sha256, "the log names the file the user chose"
    assert any("inside the archive" in note or "gzip" in note for note in packed.notes)


def test_a_packed_json_export_is_read_as_json(tmp_path: Path) -> None:
    table = read_source(_zip(tmp_path / "records.zip", {"records.json": b'[{"id": "1", "plan": "Pro"}]'}))
    assert table.format == "json" and table.frame.rows() == [("1", "Pro")]


@pytest.mark.parametrize(("members", "expected"), [
    ({"a.csv": EXPORT, "b.csv": EXPORT}, "holds 2 files ('a.csv', 'b.csv')"),
    ({"folder/": b""}, "holds no file"),
    ({"inner.zip": b"PK\x03\x04rest"}, "another archive"),
])
def test_an_archive_of_other_than_one_export_is_refused(tmp_path: Path, members: dict[str, bytes], expected: str) -> None:
    with pytest.raises(InputError) as caught:
        read_source(_zip(tmp_path / "many.zip", members))
    assert expected in str(caught.value) and "Unpack it" in str(caught.value)


def test_unpacking_stops_at_the_cap(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"big.csv": b"id\n" + b"1\n" * 600_000})
    with pytest.raises(InputError, match="unpacks to more than"):
        unzipped(bomb, cap=100_000)
    (tmp_path / "big.csv.gz").write_bytes(gzip.compress(b"id\n" + b"1\n" * 600_000))
    with pytest.raises(InputError, match="unpacks to more than"):
        gunzipped(tmp_path / "big.csv.gz", cap=100_000)


def test_a_cut_off_gzip_file_is_refused(tmp_path: Path) -> None:
    whole = gzip.compress(EXPORT * 50)
    (tmp_path / "cut.csv.gz").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="damaged or cut off"):
        read_source(tmp_path / "cut.csv.gz")
