"""The signed processing log as a DPO meets it: two files, no passphrase."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.privacy.errors import DamagedProjectError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.processing_log import canonical, entry_hash, export_log, verify_log_file
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, ProjectStore
from tests.conftest import PASSPHRASE

ENTRIES = 6


def _project(root: Path, kdf: KdfParams) -> ProjectStore:
    store = ProjectStore.create(root, PASSPHRASE, kdf=kdf)
    for number in range(ENTRIES):
        store.record({"action": "import", "operator": "ann", "purpose": "churn", "counts": {"rows_in": number}})
    return store


@pytest.fixture
def project(tmp_path: Path, fast_kdf: KdfParams) -> ProjectStore:
    return _project(tmp_path / "project", fast_kdf)


def _paths(store: ProjectStore) -> tuple[Path, Path]:
    return store.root / LOG_NAME, store.root / LOG_KEY_NAME


def _lines(log: Path) -> list[str]:
    return log.read_text().splitlines()


def _write(log: Path, lines: list[str]) -> None:
    log.write_text("\n".join(lines) + "\n")


def _check(store: ProjectStore):
    log, pub = _paths(store)
    return verify_log_file(log, pub)


def test_clean_log_verifies_from_a_copy_with_the_public_key_alone(tmp_path: Path, project: ProjectStore) -> None:
    elsewhere = tmp_path / "dpo"
    elsewhere.mkdir()
    for path in _paths(project):
        shutil.copy(path, elsewhere / path.name)
    result = verify_log_file(elsewhere / LOG_NAME, elsewhere / LOG_KEY_NAME)
    assert result.ok and result.entries == ENTRIES and result.signatures_checked
    assert project.log_public_key_bytes() == (elsewhere / LOG_KEY_NAME).read_bytes()
    assert verify_log_file(elsewhere / LOG_NAME, project.log_public_key_bytes()).ok
    chain_only = verify_log_file(elsewhere / LOG_NAME)
    assert chain_only.ok and not chain_only.signatures_checked


@pytest.mark.parametrize("number", range(1, ENTRIES + 1))
def test_edited_entry_is_named(project: ProjectStore, number: int) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    entry = json.loads(lines[number])
    entry["operator"] = "mallory"
    lines[number] = json.dumps(entry)
    _write(log, lines)
    result = _check(project)
    assert result.first_bad == number and "altered" in result.problem


@pytest.mark.parametrize("number", range(1, ENTRIES + 1))
def test_deleted_entry_is_named(project: ProjectStore, number: int) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    del lines[number]
    _write(log, lines)
    assert _check(project).first_bad == number


@pytest.mark.parametrize(("first", "second"), [(i, j) for i in range(1, ENTRIES + 1) for j in range(i + 1, ENTRIES + 1)])
def test_reordered_entries_are_named(project: ProjectStore, first: int, second: int) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    lines[first], lines[second] = lines[second], lines[first]
    _write(log, lines)
    result = _check(project)
    assert result.first_bad == first and "sequence" in result.problem


@pytest.mark.parametrize("keep", range(ENTRIES))
@pytest.mark.parametrize("keep_head", [True, False])
def test_truncation_after_any_entry_is_detected(project: ProjectStore, keep: int, keep_head: bool) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    _write(log, lines[: keep + 1] + (lines[-1:] if keep_head else []))
    result = _check(project)
    assert result.first_bad == keep + 1
    assert ("removed from the end" if keep_head else "head is missing") in result.problem


@pytest.mark.parametrize("keep", range(ENTRIES))
def test_truncation_with_a_rewritten_head_fails_its_signature(project: ProjectStore, keep: int) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    head = json.loads(lines[-1])
    head["head"].update(entries=keep, hash=json.loads(lines[keep])["hash"] if keep else hashlib.sha256(
        canonical(json.loads(lines[0]))).hexdigest())
    _write(log, lines[: keep + 1] + [json.dumps(head)])
    result = _check(project)
    assert result.first_bad == keep + 1 and "invalid signature" in result.problem


@pytest.mark.parametrize("number", range(1, ENTRIES + 1))
def test_resealed_entry_is_named(project: ProjectStore, number: int) -> None:
    """A forger recomputes the edited entry's hash and every later link, but cannot sign."""
    log, _ = _paths(project)
    lines = _lines(log)
    entries = [json.loads(line) for line in lines[1:-1]]
    entries[number - 1]["counts"] = {"rows_in": 1000}
    prev = hashlib.sha256(canonical(json.loads(lines[0]))).hexdigest()
    for entry in entries:
        entry["prev"] = prev
        entry["hash"] = prev = entry_hash(entry)
    head = json.loads(lines[-1])
    head["head"]["hash"] = prev
    _write(log, [lines[0], *(json.dumps(e) for e in entries), json.dumps(head)])
    assert verify_log_file(log).ok, "the chain alone cannot see a re-sealed log"
    result = _check(project)
    assert result.first_bad == number and "re-sealed" in result.problem


def test_another_projects_log_or_key_is_detected(tmp_path: Path, project: ProjectStore, fast_kdf: KdfParams) -> None:
    other = _project(tmp_path / "other", fast_kdf)
    log, pub = _paths(project)
    other_log, other_pub = _paths(other)
    wrong_key = verify_log_file(log, other_pub)
    assert wrong_key.first_bad == 1 and "another project" in wrong_key.problem
    shutil.copy(other_log, log)
    swapped = verify_log_file(log, pub)
    assert swapped.first_bad == 1 and "another project" in swapped.problem


def test_edited_header_breaks_the_first_link(project: ProjectStore) -> None:
    log, _ = _paths(project)
    lines = _lines(log)
    header = json.loads(lines[0])
    header["project_id"] = "0" * 32
    lines[0] = json.dumps(header)
    _write(log, lines)
    assert _check(project).first_bad == 1


@pytest.fixture
def clean_lines(project: ProjectStore) -> list[str]:
    return _lines(_paths(project)[0])


def _fields(line: dict) -> list[tuple[str, ...]]:
    return [(k,) for k in line] + [("head", k) for k in line.get("head", {}) if isinstance(line.get("head"), dict)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_random_edit_is_detected(project: ProjectStore, clean_lines: list[str], data: st.DataObject) -> None:
    log, pub = _paths(project)
    index = data.draw(st.integers(0, len(clean_lines) - 1), label="line")
    line = json.loads(clean_lines[index])
    path = data.draw(st.sampled_from(_fields(line)), label="field")
    target = line
    for key in path[:-1]:
        target = target[key]
    old = canonical({"v": target[path[-1]]})
    value = data.draw(
        st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.floats(allow_nan=False), st.text(max_size=8))
        .filter(lambda v: canonical({"v": v}) != old),
        label="value",
    )
    target[path[-1]] = value
    _write(log, [*clean_lines[:index], json.dumps(line), *clean_lines[index + 1 :]])
    result = verify_log_file(log, pub)
    assert not result.ok
    if 1 <= index <= ENTRIES:
        assert result.first_bad == index


def test_exports_flatten_and_neutralise(project: ProjectStore) -> None:
    project.record({"action": "=HYPERLINK(\"x\")", "operator": "@bob", "details": {"note": "a,b"}})
    log, _ = _paths(project)
    rows = list(csv.DictReader(io.StringIO(export_log(log, "csv").decode("utf-8-sig"))))
    assert len(rows) == ENTRIES + 1
    assert rows[-1]["action"] == "'=HYPERLINK(\"x\")" and rows[-1]["operator"] == "'@bob"
    assert json.loads(rows[-1]["details"]) == {"note": "a,b"} and rows[0]["seq"] == "1"
    document = json.loads(export_log(log, "json"))
    assert [e["seq"] for e in document["entries"]] == list(range(1, ENTRIES + 2))
    assert document["header"]["project_id"] == project.project_id and document["head"]["head"]["entries"] == ENTRIES + 1


def test_private_key_is_never_on_disk_in_clear(project: ProjectStore) -> None:
    raw = project._log_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    for path in project.root.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert raw not in blob and raw.hex().encode() not in blob


def test_passphrase_change_and_recovery_keep_signing(project: ProjectStore) -> None:
    project.change_passphrase("a brand new passphrase", operator="t", kdf=KdfParams.minimum())
    project._write_table_files("orders", b"half-done")
    project.log.append({"action": "import", "operator": "t", "commit": True})
    reopened = ProjectStore.open(project.root, "a brand new passphrase")
    assert reopened.log.entries()[-1]["action"] == "operation-not-completed"
    assert reopened.log_problem() is None and reopened.log_public_key_bytes() == project.log_public_key_bytes()
    assert _check(reopened).ok


def test_replaced_public_key_file_is_reported_by_the_store(tmp_path: Path, project: ProjectStore, fast_kdf: KdfParams) -> None:
    other = ProjectStore.create(tmp_path / "other", PASSPHRASE, kdf=fast_kdf)
    shutil.copy(other.root / LOG_KEY_NAME, project.root / LOG_KEY_NAME)
    assert LOG_KEY_NAME in ProjectStore.open(project.root, PASSPHRASE).log_problem()


def test_missing_signing_key_is_a_clear_error(project: ProjectStore) -> None:
    manifest = dict(project._manifest)
    del manifest["log_signing_key"]
    project._write_manifest(manifest)
    with pytest.raises(DamagedProjectError, match="log signing key"):
        ProjectStore.open(project.root, PASSPHRASE)
