"""Properties of the project store and the sealed-file format over random inputs.

Random sequences of commits (tables, blobs, deletions, metadata, log records), log-only records and reopens
are run against a plain model, with tables cut into parts of a random number of rows: after every step the
folder, opened afresh, holds exactly the model's tables and metadata, its log verifies and names the model's steps, and no file lies around that the manifest does
not name (also when one commit both puts and deletes a name, and when a copy shares a table's files, under
another key's wrapping where the identity table is copied, until neither names them).  Sealed files round-trip at every size around the chunk boundaries and refuse any one-byte change.
"""

from __future__ import annotations

import contextlib
import functools
import random
import tempfile
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import prevista.privacy.store
from prevista.privacy.errors import DamagedProjectError
from prevista.privacy.kdf import KdfParams, derive_kek
from prevista.privacy.schema import Table
from prevista.privacy.sealed import CHUNK_SIZE, TAG_BYTES, seal, unseal
from prevista.privacy.store import TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE
from tests.privacy.properties import property_settings, same, skip_fsync, values

NAMES = ("customers", "orders", Table.IDENTITIES, "model")

frames = st.lists(st.tuples(st.integers(-(2**63), 2**63 - 1), st.none() | st.text(max_size=6)), max_size=12).map(
    lambda rows: pl.DataFrame(rows, schema={"n": pl.Int64, "s": pl.String}, orient="row"))
contents = frames | st.binary(max_size=200)
log_records = st.fixed_dictionaries({"action": st.sampled_from(["import", "train", "optout-recorded"])},
                                    optional={"counts": st.dictionaries(st.sampled_from(["rows", "customers"]), st.integers(0, 10**6))})
commits = st.tuples(st.just("commit"), st.dictionaries(st.sampled_from(NAMES), contents, max_size=2),
                    st.dictionaries(st.sampled_from(NAMES), st.sampled_from(NAMES), max_size=2),  # copy → source
                    st.lists(st.sampled_from(NAMES), max_size=2, unique=True),
                    st.dictionaries(st.sampled_from(["mapping", "settings", "demo"]), values, max_size=2),
                    st.none() | log_records)
steps = st.one_of(commits, st.tuples(st.just("record"), log_records), st.just(("reopen",)))


class Model:
    """What the store should hold: tables, metadata and the logged actions in order."""

    def __init__(self) -> None:
        self.tables: dict[str, pl.DataFrame | bytes] = {}
        self.meta: dict[str, Any] = {}
        self.actions: list[str] = []

    def commit(self, put: dict[str, Any], copy_as: dict[str, str], delete: list[str], meta: dict[str, Any],
               record: dict[str, Any] | None) -> None:
        self.tables.update({name: self.tables[source] for name, source in copy_as.items()})
        self.tables.update(put)
        for name in delete:
            self.tables.pop(name, None)
        self.meta.update(meta)
        if record is not None:
            self.actions.append(record["action"])


def check(store: ProjectStore, model: Model) -> None:
    """The folder as found on disk, then opened afresh, is the model: nothing more, nothing less; and the
    store that wrote it reads the model's tables, from memory where it keeps what it wrote."""
    for name, content in model.tables.items():
        if isinstance(content, pl.DataFrame):
            assert store.read_table(name).equals(content)
    tables = store.root / TABLES_DIR
    on_disk = {p.name for p in tables.iterdir()}
    temp_files = [p.name for folder in (store.root, tables) for p in folder.glob(".*.tmp")]
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.table_names() == sorted(model.tables)
    for name, content in model.tables.items():
        if isinstance(content, bytes):
            assert reopened.read_blob(name) == content
        else:
            assert reopened.read_table(name).equals(content)
    assert same(reopened._manifest["meta"], model.meta)
    assert reopened.log_problem() is None
    assert [e["action"] for e in reopened.log.entries()] == model.actions
    assert on_disk == {file for name in model.tables for file in reopened.table_files(name)}, "orphan or missing table files"
    assert temp_files == []


def fast_unlock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reopening derives the same key from the same salt every step: remember it (the KDF has its own tests)."""
    monkeypatch.setattr(prevista.privacy.store, "derive_kek", functools.lru_cache(maxsize=None)(derive_kek))
    skip_fsync(monkeypatch)


@property_settings(40)
@given(sequence=st.lists(steps, max_size=8), part_rows=st.integers(1, 13), keep=st.booleans())
def test_store_after_every_step_is_its_model(monkeypatch: pytest.MonkeyPatch, sequence: list[tuple], part_rows: int,
                                             keep: bool) -> None:
    fast_unlock(monkeypatch)
    monkeypatch.setattr(prevista.privacy.store, "PART_ROWS", part_rows)
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as keeping:
        store = ProjectStore.create(Path(folder) / "project", PASSPHRASE, kdf=KdfParams.minimum())
        if keep:  # each store, reopened or not, reads back the tables it wrote from memory
            keeping.enter_context(store.keeping_written())
        model = Model()
        for step in sequence:
            if step[0] == "commit":
                _, put, copies, delete, meta, record = step
                copy_as = {name: source for name, source in copies.items() if source in model.tables}
                store.commit(put=put, copy_as=copy_as, delete=delete, meta=meta, log_record=record)
                model.commit(put, copy_as, delete, meta, record)
            elif step[0] == "record":
                store.record(step[1])
                model.actions.append(step[1]["action"])
            else:
                store = ProjectStore.open(store.root, PASSPHRASE)
                if keep:
                    keeping.enter_context(store.keeping_written())
            check(store, model)


sizes = st.tuples(st.integers(0, 2), st.integers(-3, 3)).map(lambda kd: max(0, kd[0] * CHUNK_SIZE + kd[1]))
payloads = st.tuples(sizes, st.integers(0, 2**32)).map(lambda s: random.Random(s[1]).randbytes(s[0]))
KEY = bytes(range(32))


def sealed(payload: bytes, context: str = "table:test") -> bytes:
    return b"".join(seal(payload, KEY, context))


@property_settings(20)
@given(payload=payloads, context=st.text(max_size=20))
def test_sealed_round_trip_around_chunk_boundaries(payload: bytes, context: str) -> None:
    blob = sealed(payload, context)
    header = len(next(seal(b"", KEY, context)))
    chunks = max(1, -(-len(payload) // CHUNK_SIZE))
    assert len(blob) == header + len(payload) + chunks * TAG_BYTES
    assert unseal(blob, KEY, context, "Table") == payload


@property_settings(40)
@given(payload=payloads, data=st.data())
def test_any_single_byte_change_to_a_sealed_file_is_detected(payload: bytes, data: st.DataObject) -> None:
    blob = bytearray(sealed(payload))
    where = data.draw(st.integers(0, len(blob) - 1), label="position")
    change = data.draw(st.sampled_from(["flip", "drop", "insert"]), label="change")
    if change == "flip":
        blob[where] ^= data.draw(st.integers(1, 255), label="xor")
    elif change == "drop":
        del blob[where]
    else:
        blob.insert(where, data.draw(st.integers(0, 255), label="byte"))
    with pytest.raises(DamagedProjectError):
        unseal(bytes(blob), KEY, "table:test", "Table")
