"""A full disk or an I/O error at a write step: a clear, data-free error, the previous state intact in the
store object and on disk, and a retry that succeeds; a fault after the commit point is not a failure.

The harness is tests/faults; tests/bench/bench_io_faults.py tries every hook point with each error.
"""

from __future__ import annotations

import errno

import pytest

from core.jobs import failure_text
from tests.faults.harness import Harness, run_faults, sampled_fault_plans
from tests.faults.hooks import Plan
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
