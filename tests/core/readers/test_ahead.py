"""Reading ahead (while the key is derived) hands over the table a plain read gives, or what the read raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.ahead import ReadAhead
from prevista.privacy.errors import InputError

NO_OPTIONS = {"encoding": None, "delimiter": None}


def export(tmp_path: Path, name: str, rows: int) -> Path:
    path = tmp_path / name
    path.write_text("customer_id;signed_up\n" + "".join(f"C{i};2024-01-{i % 28 + 1:02d}\n" for i in range(rows)),
                    encoding="utf-8")
    return path


def test_the_first_file_is_read_ahead_and_handed_over_once(tmp_path: Path) -> None:
    large, small = export(tmp_path, "large.csv", 500), export(tmp_path, "small.csv", 5)

    ahead = ReadAhead.first([small, large], **NO_OPTIONS)

    assert ahead is not None and ahead.path == large  # the import reads the largest first
    taken = ahead.take(large, **NO_OPTIONS)
    assert taken.frame.equals(read_source(large).frame) and taken.row_lines == read_source(large).row_lines
    assert ahead.take(small, **NO_OPTIONS).frame.height == 5  # another file is read when it is asked for
    again = ahead.take(large, **NO_OPTIONS)  # a second take reads again rather than handing out nothing
    assert again is not taken and again.frame.equals(taken.frame)
    with_options = ReadAhead(large, encoding="cp1250", delimiter=None)
    assert with_options.take(large, **NO_OPTIONS).encoding == "utf-8"  # other options: read with the ones asked


def test_a_read_that_fails_raises_where_the_table_is_taken(tmp_path: Path) -> None:
    binary = tmp_path / "export.csv"
    binary.write_bytes(b"\x00\x01\x02binary" * 100)

    ahead = ReadAhead(binary, **NO_OPTIONS)  # nothing is raised in the thread's owner yet

    with pytest.raises(InputError, match="export.csv"):
        ahead.take(binary, **NO_OPTIONS)
    assert ReadAhead.first([binary, tmp_path / "nothing.csv"], **NO_OPTIONS) is None  # read first: the import says why
    assert ReadAhead.first([], **NO_OPTIONS) is None
