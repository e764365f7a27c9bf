"""The log must match the project's signed pointer before anything is written (issue 13, finding 3).

An older copy of the log needs no passphrase to put in place.  If the next ordinary write appended to
it, the manifest's pointer would follow the shortened log and the loss would vanish: so every write
is refused until a good copy is back or the loss is recorded in the log itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME, LogMismatchError, ProjectStore
from tests.conftest import PASSPHRASE
from tests.privacy.forged_logs import rebuild


def _write(store: ProjectStore, action: str = Action.SETTINGS_CHANGED) -> None:
    store.commit(meta={Meta.SETTINGS: {"note": action}}, log_record={"action": action, "operator": "ann"})


@pytest.fixture
def rolled_back(store: ProjectStore, tmp_path: Path) -> tuple[ProjectStore, bytes]:
    """A project whose log was replaced by the copy from before its last three steps."""
    _write(store)
    older = (store.root / LOG_NAME).read_bytes()
    _write(store, Action.OPTOUT_RECORDED)
    store.record({"action": Action.DSAR_ACCESS, "operator": "ann"})
    _write(store, Action.HANDOVER_BUNDLE)
    (store.root / LOG_NAME).write_bytes(older)
    return store, older


def _writes(store: ProjectStore) -> dict[str, object]:
    return {
        "commit": lambda: _write(store),
        "record": lambda: store.record({"action": Action.REPORT_PILOT, "operator": "ann"}),
        "passphrase": lambda: store.change_passphrase("another passphrase entirely", operator="ann"),
    }


@pytest.mark.parametrize("reopen", [False, True])
@pytest.mark.parametrize("write", ["commit", "record", "passphrase"])
def test_an_older_log_refuses_every_write_and_is_never_re_anchored(
    rolled_back: tuple[ProjectStore, bytes], reopen: bool, write: str
) -> None:
    store, older = rolled_back
    pointer = store.log_pointer
    if reopen:
        store = ProjectStore.open(store.root, PASSPHRASE)
    with pytest.raises(LogMismatchError) as refused:
        _writes(store)[write]()  # type: ignore[operator]
    message = str(refused.value)
    assert "Nothing was saved" in message and "backup" in message and "accept-log-loss" in message
    assert (store.root / LOG_NAME).read_bytes() == older
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.log_pointer == pointer and "removed from the end" in (reopened.log_problem() or "")


def test_restoring_a_good_copy_lets_writes_resume(store: ProjectStore, tmp_path: Path) -> None:
    _write(store)
    shutil.copy(store.root / LOG_NAME, tmp_path / "backup")
    (store.root / LOG_NAME).write_bytes((store.root / LOG_NAME).read_bytes().splitlines(keepends=True)[0])  # cut
    with pytest.raises(LogMismatchError):
        _write(store)
    shutil.copy(tmp_path / "backup", store.root / LOG_NAME)
    _write(store)
    assert store.log_problem() is None


def test_an_interrupted_write_is_settled_not_refused(store: ProjectStore) -> None:
    _write(store)
    store.log.append({"action": Action.IMPORT, "operator": "ann", "commit": True})  # killed before the manifest
    store._unsettled = True
    _write(store)
    actions = [e["action"] for e in store.log.entries()]
    assert actions[-2:] == [Action.OPERATION_NOT_COMPLETED, Action.SETTINGS_CHANGED]
    assert ProjectStore.open(store.root, PASSPHRASE).log_problem() is None


def test_accepting_the_loss_is_logged_and_lets_writes_resume(rolled_back: tuple[ProjectStore, bytes]) -> None:
    store, older = rolled_back
    recorded = store.log_pointer
    entry = store.accept_log_loss(operator="dpo")
    assert entry["action"] == Action.LOG_LOSS_ACCEPTED and entry["operator"] == "dpo"
    assert entry["details"]["recorded_entries"] == recorded["seq"] and entry["details"]["recorded_hash"] == recorded["hash"]
    assert "removed from the end" in entry["details"]["problem"]
    _write(store)
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.log_problem() is None
    with pytest.raises(PrevistaError, match="no loss to accept"):
        reopened.accept_log_loss(operator="dpo")


def test_a_damaged_log_is_kept_aside_and_a_new_one_records_the_loss(store: ProjectStore) -> None:
    _write(store)
    (store.root / LOG_NAME).write_bytes(b"not a log\n")
    with pytest.raises(LogMismatchError):
        _write(store)
    entry = store.accept_log_loss(operator="dpo")
    aside = entry["details"]["damaged_log_kept_as"]
    assert (store.root / aside).read_bytes() == b"not a log\n" and entry["seq"] == 1
    _write(store)
    assert ProjectStore.open(store.root, PASSPHRASE).log_problem() is None


def test_a_log_re_signed_under_another_key_refuses_writes(store: ProjectStore) -> None:
    _write(store)
    rebuild(store.root, Ed25519PrivateKey.generate(), replace_key_file=True)
    with pytest.raises(LogMismatchError, match="not signed with this public key"):
        _write(store)


def test_a_replaced_key_file_refuses_writes_and_accepting_writes_the_project_key_back(store: ProjectStore) -> None:
    _write(store)
    (store.root / LOG_KEY_NAME).write_bytes(b"")
    with pytest.raises(LogMismatchError, match=LOG_KEY_NAME):
        _write(store)
    store.accept_log_loss(operator="dpo")
    assert (store.root / LOG_KEY_NAME).read_bytes() == store.log_public_key_bytes()
    _write(store)
