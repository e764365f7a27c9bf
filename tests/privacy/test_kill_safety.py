"""SIGKILL writing operations at their write steps and at random moments: each time the project must
open, verify, hold no temp or orphan files, and be exactly the state before or after.

The harness is tests/faults; tests/bench/bench_kill.py runs at least 200 kills per operation.
"""

from __future__ import annotations

import random
from typing import Iterator

import pytest

from prevista.privacy.store import TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE
from tests.faults.harness import Harness, Zygote, hook_kills, run_kills
from tests.faults.operations import OPERATIONS, Broken

EVERY_POINT = ("log append", "passphrase change")
RANDOM_KILLS = 2


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    return Harness(tmp_path_factory.mktemp("kills"))


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    server = Zygote()
    yield server
    server.close()


@pytest.mark.parametrize("name", EVERY_POINT)
def test_a_kill_before_or_after_any_write_step_leaves_before_or_after(harness: Harness, zygote: Zygote,
                                                                       name: str) -> None:
    ref = harness.reference(OPERATIONS[name])
    tally = run_kills(harness, zygote, ref, hook_kills(ref), 0, random.Random(0))
    assert tally.failures == []
    assert tally.at_hooks == tally.survived == 2 * ref.points
    assert tally.outcomes["before"] > 0 and tally.outcomes["after"] > 0


@pytest.mark.parametrize("name", OPERATIONS)
def test_kills_at_random_moments_leave_before_or_after(harness: Harness, zygote: Zygote, name: str) -> None:
    ref = harness.reference(OPERATIONS[name])
    tally = run_kills(harness, zygote, ref, [], RANDOM_KILLS, random.Random(name), window=ref.seconds)
    assert tally.failures == []
    assert tally.at_random == tally.survived == RANDOM_KILLS


def test_the_judge_refuses_a_damaged_or_mixed_project(harness: Harness) -> None:
    """Without this the kill tests could pass on a judge that accepts anything."""
    ref = harness.reference(OPERATIONS["log append"])
    root = harness.fresh(ref.op)
    assert harness.judge(ref, root) == "before"
    ProjectStore.open(root, PASSPHRASE).commit(meta={"half": "done"})
    with pytest.raises(Broken, match="mixed state"):
        harness.judge(ref, root)
    next((root / TABLES_DIR).iterdir()).unlink()
    with pytest.raises(Broken, match="missing"):
        harness.judge(ref, root)
    (root / ".manifest.sealed.0123.tmp").write_bytes(b"left over")
    (root / TABLES_DIR / "0123.sealed").write_bytes(b"an orphan")
    with pytest.raises(Broken, match="missing"):  # the open tidied both leftovers; the missing file remains
        harness.judge(ref, root)
    assert not list(root.rglob("*.tmp")) and not (root / TABLES_DIR / "0123.sealed").exists()
