"""Properties of the processing log over random content: random logs verify and export faithfully, and any
single change to the file is caught, at the right entry.

tests/privacy/test_signed_log.py checks named tampering cases on one fixed six-entry log.  Here the records
(any JSON the callers could pass), their number and the change are random, and the change may also be a
duplicated line or touch the header or the signed head.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import uuid
from itertools import zip_longest
from pathlib import Path
from typing import Any, Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import assume, given
from hypothesis import strategies as st

from prevista.privacy.processing_log import (
    ProcessingLog,
    canonical,
    export_log,
    public_key_pem,
    verify_log_file,
)
from tests.privacy.properties import (
    property_settings,
    same,
    scalars,
    skip_fsync,
    values,
)

SET_BY_THE_LOG = {"seq", "time", "prev", "hash", "sig"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet would evaluate (OWASP CSV injection)

records = st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: k not in SET_BY_THE_LOG), values, max_size=4)


def write_log(folder: Path, entries: list[dict[str, Any]]) -> tuple[ProcessingLog, bytes]:
    key = Ed25519PrivateKey.generate()
    log = ProcessingLog(folder / "processing-log.jsonl", key)
    log.create(uuid.uuid4().hex)
    for record in entries:
        log.append(record)
    return log, public_key_pem(key.public_key())


def csv_cell_matches(cell: str, value: Any) -> bool:
    """The value's text (JSON for anything but a string), behind an apostrophe exactly when a spreadsheet
    would evaluate that text as a formula."""
    if value is None:
        return cell == ""
    text = cell.removeprefix("'") if cell.removeprefix("'").startswith(FORMULA_START) else cell
    parsed_back = text == value if isinstance(value, str) else same(json.loads(text), value)
    return parsed_back and (text != cell) == text.startswith(FORMULA_START)


@property_settings(40)
@given(entries=st.lists(records, max_size=6))
def test_random_logs_verify_and_export_faithfully(monkeypatch: pytest.MonkeyPatch, entries: list[dict[str, Any]]) -> None:
    skip_fsync(monkeypatch)
    with tempfile.TemporaryDirectory() as folder:
        log, public_key = write_log(Path(folder), entries)
        result = verify_log_file(log.path, public_key)
        assert result.ok and result.signatures_checked and result.entries == len(entries)
        stored = log.entries()
        assert [e["seq"] for e in stored] == list(range(1, len(entries) + 1))
        assert all(same({k: e[k] for k in record}, record) for e, record in zip(stored, entries, strict=True))
        assert same(json.loads(export_log(log.path, "json"))["entries"], stored)
        text = export_log(log.path, "csv").decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert len(rows) == len(stored)
        assert all(csv_cell_matches(row[column], entry.get(column)) for row, entry in zip(rows, stored) for column in row)
        assert set().union(*map(set, stored)) <= set(rows[0] if rows else ())


def _edit(lines: list[bytes], data: st.DataObject) -> list[bytes]:
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    line = json.loads(lines[index])
    head = line.get("head")
    paths = [(k,) for k in line] + ([("head", k) for k in head] if isinstance(head, dict) else [])
    path = data.draw(st.sampled_from(paths), label="field")
    target = line
    for key in path[:-1]:
        target = target[key]
    old = target[path[-1]]
    target[path[-1]] = data.draw(scalars.filter(lambda v: not same(v, old)), label="value")
    return [*lines[:index], canonical(line), *lines[index + 1 :]]


def _drop(lines: list[bytes], data: st.DataObject) -> list[bytes]:
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    return lines[:index] + lines[index + 1 :]


def _swap(lines: list[bytes], data: st.DataObject) -> list[bytes]:
    first = data.draw(st.integers(0, len(lines) - 2), label="first")
    second = data.draw(st.integers(first + 1, len(lines) - 1), label="second")
    changed = list(lines)
    changed[first], changed[second] = lines[second], lines[first]
    return changed


def _duplicate(lines: list[bytes], data: st.DataObject) -> list[bytes]:
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    where = data.draw(st.integers(0, len(lines)), label="inserted at")
    return [*lines[:where], lines[index], *lines[where:]]


CHANGES: dict[str, Callable[[list[bytes], st.DataObject], list[bytes]]] = {
    "edit": _edit, "drop": _drop, "swap": _swap, "duplicate": _duplicate}


@property_settings(80)
@given(entries=st.lists(records, min_size=1, max_size=5), change=st.sampled_from(sorted(CHANGES)), data=st.data())
def test_any_single_change_is_caught_at_the_first_changed_entry(monkeypatch: pytest.MonkeyPatch,
                                                                entries: list[dict[str, Any]], change: str,
                                                                data: st.DataObject) -> None:
    skip_fsync(monkeypatch)
    with tempfile.TemporaryDirectory() as folder:
        log, public_key = write_log(Path(folder), entries)
        lines = log.path.read_bytes().splitlines()
        changed = CHANGES[change](lines, data)
        assume(changed != lines)
        log.path.write_bytes(b"\n".join(changed) + b"\n")
        result = verify_log_file(log.path, public_key)
        assert not result.ok
        first = next(i for i, (a, b) in enumerate(zip_longest(lines, changed)) if a != b)
        if 1 <= first <= len(entries):
            assert result.first_bad == first, result.problem
