"""A full disk or an I/O error at a write step: a clear, data-free error, the previous state intact in the
store object and on disk, and a retry that succeeds; a fault after the commit point is not a failure.

The harness is tests/faults; tests/bench/bench_io_faults.py tries every hook point with each error.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from prevista.core.runtime.jobs import failure_text
from prevista.privacy.errors import StorageError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.faults.harness import Harness, run_faults, sampled_fault_plans
from tests.faults.hooks import Plan, WriteHooks
from tests.faults.operations import OPERATIONS

MANIFEST_RENAME = "rename temp manifest.sealed to manifest.sealed"
EVERY_KIND = ("erasure", "passphrase change", "log append")


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    return Harness(tmp_path_factory.mktemp("faults"))


@pytest.mark.parametrize("name", EVERY_KIND)
def test_a_fault_at_each_kind_of_write_step_is_refused_cleanly_or_after_the_commit(harness: Harness,
                                                                                    name: str) -> None:
    ref = harness.reference(OPERATIONS[name])
    tally = run_faults(harness, ref, sampled_fault_plans(ref))
    assert tally.failures == []
    assert tally.survived == tally.at_hooks > 0
    assert tally.outcomes["refused"] > 0 and tally.outcomes["completed"] > 0
    assert tally.messages == {
        "Could not write to the project folder: the disk is full. Free some space and try again; "
        "the project keeps its previous state.",
        "Could not write to the project folder: the disk reported an input/output error. Check the disk "
        "(or the network connection to it) and try again; the project keeps its previous state.",
    }


@pytest.mark.parametrize("name", ["import", "opt-out", "retention cleanup"])
def test_a_fault_is_refused_before_the_commit_point_and_not_after_it(harness: Harness, name: str) -> None:
    """These commits write the same kinds of step as an erasure, so CI tries only the two either side of
    the manifest rename; training (the same commit after a second of work) and every other hook point
    are left to the bench."""
    ref = harness.reference(OPERATIONS[name])
    rename = ref.steps.index(MANIFEST_RENAME) + 1
    plans = [Plan("fault", rename, errno=errno.ENOSPC, sticky=True), Plan("fault", rename + 1, errno=errno.EIO)]
    tally = run_faults(harness, ref, plans)
    assert tally.failures == []
    assert tally.outcomes == {"refused": 1, "completed": 1}


def test_a_refused_read_or_write_elsewhere_is_worded_by_its_error_number_only() -> None:
    error = OSError(errno.ENOSPC, "No space left on device", "/home/anna/Kowalski Jan - access report.html")
    text = failure_text(error)
    assert text == ("Could not read or write a file: the disk is full. Free some space and try again; "
                    "the project keeps its previous state.")
    assert "Kowalski" not in failure_text(OSError(errno.ENOTCONN, "x", "/mnt/Kowalski"))


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EIO], ids=errno.errorcode.get)
def test_a_create_refused_at_any_write_step_leaves_the_folder_free_for_a_retry(tmp_path: Path, fast_kdf: KdfParams,
                                                                               number: int) -> None:
    """A write refused while creating must not leave a half project that blocks choosing the folder again.
    (The fault strikes once: the hooks' sticky mode would refuse the clean-up's deletions too, which a full
    disk does not.)"""
    counted = WriteHooks(tmp_path, Plan())
    with counted:
        ProjectStore.create(tmp_path / "counted", PASSPHRASE, kdf=fast_kdf)
    folder_syncs = {n for n, step in enumerate(counted.steps, 1) if step.startswith("fsync") and "temp" not in step}
    completed = set()
    for point in range(1, counted.count + 1):
        root = tmp_path / f"attempt{point}"
        try:
            with WriteHooks(tmp_path, Plan("fault", point, errno=number)):
                ProjectStore.create(root, PASSPHRASE, kdf=fast_kdf)
            completed.add(point)
        except StorageError as error:
            assert "nothing was created" in str(error)
            assert not root.exists() or not any(root.iterdir()), f"fault at step {point} left files behind"
            ProjectStore.create(root, PASSPHRASE, kdf=fast_kdf)
        assert ProjectStore.open(root, PASSPHRASE).log_problem() is None
    # a folder fsync after a rename is not a failed write (privacy/atomic.py); every other step refuses
    assert completed <= folder_syncs and len(completed) < counted.count
