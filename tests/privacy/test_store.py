from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from prevista.privacy.errors import DamagedProjectError, PrevistaError, ProjectExistsError, WrongPassphraseError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import HEADER_NAME, MANIFEST_NAME, TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE

FRAME = pl.DataFrame({"customer_key": [1, 2, 3], "amount": [9.5, 12.0, None], "plan": ["Pro", "Basic", "Pro"]})


def table_file(store: ProjectStore, name: str) -> Path:
    return store.root / TABLES_DIR / store.table_info(name)["file"]


def test_round_trip_and_nothing_readable_on_disk(store: ProjectStore) -> None:
    store.commit(put={"orders": FRAME}, log_record={"action": "import", "operator": "t"})
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.read_table("orders").equals(FRAME)
    for path in store.root.rglob("*"):
        if path.is_file() and path.name != "processing-log.jsonl":
            blob = path.read_bytes()
            assert b"Basic" not in blob and b"PAR1" not in blob


def test_wrong_passphrase_is_a_clear_error(store: ProjectStore) -> None:
    with pytest.raises(WrongPassphraseError, match="passphrase is not correct"):
        ProjectStore.open(store.root, "not the passphrase")


def test_damaged_header_differs_from_wrong_passphrase(store: ProjectStore) -> None:
    header_path = store.root / HEADER_NAME
    header = json.loads(header_path.read_text())
    header["kdf"]["iterations"] = 2 if header["kdf"]["iterations"] != 2 else 3
    header_path.write_text(json.dumps(header))
    with pytest.raises(DamagedProjectError, match="header .* is damaged"):
        ProjectStore.open(store.root, PASSPHRASE)


def test_doctored_kdf_parameters_are_refused_even_with_valid_checksum(store: ProjectStore) -> None:
    import hashlib

    from prevista.privacy.processing_log import canonical

    header_path = store.root / HEADER_NAME
    header = json.loads(header_path.read_text())
    header["kdf"]["memory_kib"] = 8
    body = {k: v for k, v in header.items() if k != "checksum"}
    header["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
    header_path.write_text(json.dumps(header))
    with pytest.raises(DamagedProjectError, match="out of the allowed range"):
        ProjectStore.open(store.root, PASSPHRASE)


@pytest.mark.parametrize("offset", [3, 40, -1, -20])
def test_flipped_bit_in_table_file_is_detected(store: ProjectStore, offset: int) -> None:
    store.commit(put={"orders": FRAME})
    path = table_file(store, "orders")
    blob = bytearray(path.read_bytes())
    blob[offset] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(DamagedProjectError, match="Table 'orders' is damaged"):
        ProjectStore.open(store.root, PASSPHRASE).read_table("orders")


def test_truncated_table_file_is_detected(store: ProjectStore) -> None:
    store.commit(put={"orders": FRAME})
    path = table_file(store, "orders")
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(DamagedProjectError):
        store.read_table("orders")


def test_table_swapped_between_projects_is_detected(tmp_path: Path, store: ProjectStore, fast_kdf: KdfParams) -> None:
    other = ProjectStore.create(tmp_path / "other", PASSPHRASE, kdf=fast_kdf)
    store.commit(put={"orders": FRAME})
    other.commit(put={"orders": FRAME.head(1)})
    shutil.copyfile(table_file(other, "orders"), table_file(store, "orders"))
    with pytest.raises(DamagedProjectError, match="swapped in from elsewhere"):
        store.read_table("orders")


def test_a_large_table_is_stored_in_parts_each_bound_to_its_place(store: ProjectStore,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts are files of their own: swapping two, or losing one, must fail as a damaged table does, never
    read as a table with its rows in another order or some of them gone."""
    monkeypatch.setattr("prevista.privacy.store.PART_ROWS", 2)
    store.commit(put={"orders": FRAME, "empty": FRAME.clear()})
    first, last = (store.root / TABLES_DIR / name for name in store.table_files("orders"))
    assert ProjectStore.open(store.root, PASSPHRASE).read_table("orders").equals(FRAME)
    assert store.read_table("empty").equals(FRAME.clear()) and len(store.table_files("empty")) == 1
    assert {p.name for p in (store.root / TABLES_DIR).iterdir()} == {*store.table_files("orders"), *store.table_files("empty")}
    one, two = first.read_bytes(), last.read_bytes()
    first.write_bytes(two)
    last.write_bytes(one)
    with pytest.raises(DamagedProjectError, match="swapped in from elsewhere"):
        store.read_table("orders")
    first.write_bytes(one)
    last.unlink()
    with pytest.raises(DamagedProjectError, match="missing"):
        store.read_table("orders")


def test_a_table_kept_in_memory_reads_back_as_its_files_do(store: ProjectStore,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """What an import then its training read from memory is what they would have decrypted, type for type;
    and a name that no longer holds what was written is read from its files."""
    monkeypatch.setattr("prevista.privacy.store.PART_ROWS", 2)
    frame = FRAME.with_columns(
        pl.col("plan").cast(pl.Enum(["Basic", "Pro"])), pl.col("plan").cast(pl.Categorical).alias("tier"),
        pl.col("customer_key").cast(pl.UInt32), pl.Series("when", [None, 1, 2]).cast(pl.Datetime("us", "UTC")),
        pl.Series("day", [0, None, 400]).cast(pl.Date), pl.Series("flag", [True, None, False]),
        pl.lit(None).alias("none"))
    with store.keeping_written():
        store.commit(put={"orders": frame, "plain": FRAME, "model": b"blob"},
                     log_record={"action": "import", "operator": "t"})
        decrypted = ProjectStore.open(store.root, PASSPHRASE).read_table("orders")
        assert_frame_equal(store.read_table("orders"), decrypted)
        assert_frame_equal(store.read_table("orders"), decrypted)  # once from memory, then from the files
        store.commit(put={"orders": frame, "other": frame})
        store.commit(copy_as={"orders": "plain"}, delete=["other"])
        assert_frame_equal(store.read_table("orders"), FRAME)
        with pytest.raises(KeyError):
            store.read_table("other")
    assert store._kept is None


def test_a_write_refused_part_way_through_a_table_leaves_none_of_its_parts(store: ProjectStore,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    store.commit(put={"orders": FRAME})
    before = {p.name for p in (store.root / TABLES_DIR).iterdir()}
    monkeypatch.setattr("prevista.privacy.store.PART_ROWS", 1)
    written = store._write_sealed
    calls = iter(range(100))

    def third_fails(name: str, payload: bytes | memoryview) -> dict[str, object]:
        if next(calls) == 2:
            raise OSError(28, "No space left on device")
        return written(name, payload)

    monkeypatch.setattr(store, "_write_sealed", third_fails)
    with pytest.raises(PrevistaError):
        store.commit(put={"orders": FRAME.head(1), "events": FRAME})
    assert {p.name for p in (store.root / TABLES_DIR).iterdir()} == before
    assert ProjectStore.open(store.root, PASSPHRASE).read_table("orders").equals(FRAME)


def test_manifest_tampering_is_detected(store: ProjectStore) -> None:
    path = store.root / MANIFEST_NAME
    blob = bytearray(path.read_bytes())
    blob[-3] ^= 0x80
    path.write_bytes(bytes(blob))
    with pytest.raises(DamagedProjectError, match="manifest"):
        ProjectStore.open(store.root, PASSPHRASE)


def test_replacing_a_table_shreds_the_old_file(store: ProjectStore) -> None:
    store.commit(put={"orders": FRAME})
    old = table_file(store, "orders")
    store.commit(put={"orders": FRAME.head(2)})
    assert not old.exists()
    assert store.read_table("orders").height == 2
    assert len(list((store.root / TABLES_DIR).iterdir())) == 1


def test_change_passphrase_rewraps_without_reencrypting(store: ProjectStore) -> None:
    store.commit(put={"orders": FRAME})
    before = table_file(store, "orders").read_bytes()
    store.change_passphrase("a brand new passphrase", operator="t", kdf=KdfParams.minimum())
    with pytest.raises(WrongPassphraseError):
        ProjectStore.open(store.root, PASSPHRASE)
    reopened = ProjectStore.open(store.root, "a brand new passphrase")
    assert table_file(reopened, "orders").read_bytes() == before
    assert reopened.read_table("orders").equals(FRAME)
    assert reopened.log_problem() is None
    assert reopened.log.entries()[-1]["action"] == "passphrase-changed"


def test_short_passphrase_and_existing_project_are_refused(tmp_path: Path, store: ProjectStore) -> None:
    with pytest.raises(PrevistaError, match="too short"):
        ProjectStore.create(tmp_path / "p2", "short")
    with pytest.raises(ProjectExistsError):
        ProjectStore.create(store.root, PASSPHRASE, kdf=KdfParams.minimum())


def test_orphans_of_an_interrupted_commit_are_removed_and_logged(store: ProjectStore) -> None:
    store.commit(put={"orders": FRAME}, log_record={"action": "import", "operator": "t"})
    # Simulate a crash after the table file and the write-ahead log entry, before the manifest.
    store._write_table_files("orders", FRAME.head(1))
    store.log.append({"action": "import", "operator": "t", "commit": True})
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.read_table("orders").equals(FRAME)
    assert len(list((store.root / TABLES_DIR).iterdir())) == 1
    last = reopened.log.entries()[-1]
    assert last["action"] == "operation-not-completed" and last["details"]["entries"] == [2]
    assert reopened.log_problem() is None


def test_blobs_are_sealed_and_bound_to_the_project(tmp_path: Path, store: ProjectStore, fast_kdf: KdfParams) -> None:
    store.commit(put={"model:1": b"model bytes"})
    assert ProjectStore.open(store.root, PASSPHRASE).read_blob("model:1") == b"model bytes"
    other = ProjectStore.create(tmp_path / "other", PASSPHRASE, kdf=fast_kdf)
    other.commit(put={"model:1": b"other model"})
    shutil.copyfile(table_file(other, "model:1"), table_file(store, "model:1"))
    with pytest.raises(DamagedProjectError):
        store.read_blob("model:1")


def test_a_copy_shares_the_sealed_files_until_no_table_names_them(store: ProjectStore) -> None:
    """An import keeps the tables it replaces as copies that name the same files: each copy reads as the table
    did, also under another subkey's wrapping (the identity table's), and the files go only with the last
    name that holds them."""
    store.commit(put={"identities": FRAME, "orders": FRAME.head(2)})
    files = set(store.table_files("identities"))
    store.commit(put={"identities": FRAME.head(1)},
                 copy_as={"prior_identities": "identities", "identities_as_plain": "identities"})
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.read_table("prior_identities").equals(FRAME) and reopened.read_table("identities_as_plain").equals(FRAME)
    assert reopened.read_table("identities").equals(FRAME.head(1))
    assert set(reopened.table_files("prior_identities")) == set(reopened.table_files("identities_as_plain")) == files
    reopened.commit(delete=["prior_identities"])
    assert all((store.root / TABLES_DIR / name).exists() for name in files)
    reopened.commit(delete=["identities_as_plain"])
    assert not any((store.root / TABLES_DIR / name).exists() for name in files)
