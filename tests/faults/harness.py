"""Drive kills and I/O faults through the operations and tally what the project looked like afterwards.

Every run starts from a fresh copy of the operation's before-project.  A kill
must leave a project that opens, verifies, has no temp or orphan files and
is exactly the before-state or the after-state of one uninterrupted run.  A
fault must either raise a clear :class:`StorageError` with the previous state
intact (in the store object and on disk) and a retry succeeding, or, when it
hit a step after the commit point, let the operation succeed.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from prevista.core.runtime.jobs import failure_text
from prevista.privacy.errors import StorageError
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import REPO
from tests.conftest import PASSPHRASE
from tests.faults.hooks import Plan, WriteHooks
from tests.faults.operations import OPERATIONS, Bases, Broken, Operation, State, examine, log_length, state_of

CHILD_TIMEOUT = 120.0
REASONS = {errno.ENOSPC: "the disk is full", errno.EIO: "input/output error"}
WORKER_ENV = {"POLARS_MAX_THREADS": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1", "_RJEM_MALLOC_CONF": "background_thread:false"}


@dataclass(frozen=True)
class Reference:
    """One uninterrupted run: the states either side, its hook points and how long it took."""

    op: Operation
    before: State
    after: State
    since: int
    steps: tuple[str, ...]
    seconds: float

    @property
    def points(self) -> int:
        return len(self.steps)


@dataclass
class Tally:
    """What a series of kills or faults found for one operation."""

    op: str
    points: int
    at_hooks: int = 0
    at_random: int = 0
    survived: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    messages: set[str] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def runs(self) -> int:
        return self.at_hooks + self.at_random

    def add(self, outcome: str) -> None:
        self.survived += 1
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


class Harness:
    """Before-projects, reference runs and scratch folders for one batch of kills or faults."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.bases = Bases(folder / "bases")
        self._runs = 0
        self._references: dict[str, Reference] = {}

    def fresh(self, op: Operation) -> Path:
        self._runs += 1
        return self.bases.copy(op.base, self.folder / f"run{self._runs}")

    def reference(self, op: Operation) -> Reference:
        """Run ``op`` once in this process, counting its hook points, and record both states (once per harness)."""
        if op.name not in self._references:
            self._references[op.name] = self._reference(op)
        return self._references[op.name]

    def _reference(self, op: Operation) -> Reference:
        root = self.fresh(op)
        since = log_length(root)
        before = examine(self.bases.copy(op.base, self.folder / "before"), since, op.volatile)
        store = ProjectStore.open(root, PASSPHRASE)
        started = time.perf_counter()
        with WriteHooks(root, Plan()) as hooks:
            op.run(store)
        seconds = time.perf_counter() - started
        after = examine(root, since, op.volatile)
        if before == after or after.effects != (op.action,):
            raise Broken(f"{op.name}: the reference run changed nothing or logged {after.effects}")
        shutil.rmtree(root)
        return Reference(op, before, after, since, tuple(hooks.steps), seconds)

    def judge(self, ref: Reference, root: Path) -> str:
        """``before`` or ``after``; raises :class:`Broken` for anything else."""
        state = examine(root, ref.since, ref.op.volatile)
        if state == ref.before:
            return "before"
        if state == ref.after:
            return "after"
        raise Broken(f"a mixed state: {_difference(state, ref)}")


def _difference(state: State, ref: Reference) -> str:
    parts = [name for name in ("passphrase", "tables", "meta", "effects")
             if getattr(state, name) != getattr(ref.before, name)]
    return f"differs from before in {parts}, effects {state.effects}"


# ----- kills --------------------------------------------------------------------------------------
class Zygote:
    """The fork server (tests/faults/worker.py) as seen from the harness."""

    def __init__(self) -> None:
        env = {**os.environ, **WORKER_ENV, "PYTHONPATH": str(REPO)}
        self._process = subprocess.Popen([sys.executable, "-m", "tests.faults.worker"], cwd=REPO, env=env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"timeout": CHILD_TIMEOUT, **request}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the fault worker died")
        return json.loads(line)

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


def hook_kills(ref: Reference) -> list[Plan]:
    """A kill right before and right after every hook point."""
    return [Plan("kill", k, when) for k in range(1, ref.points + 1) for when in ("before", "after")]


def kill_once(harness: Harness, zygote: Zygote, ref: Reference, plan: Plan | None, delay: float | None) -> str | None:
    """One kill; the outcome, or ``None`` when the child finished before the kill landed."""
    root = harness.fresh(ref.op)
    reply = zygote.run({"op": ref.op.name, "root": str(root), "plan": (plan or Plan()).to_dict(), "delay": delay})
    if reply["hung"]:
        raise Broken(f"the child hung (plan {plan}, delay {delay})")
    if not reply["killed"]:
        if reply["report"] and "error" in reply["report"]:
            raise Broken(f"the operation failed instead of being killed: {reply['report']['error']}")
        return None
    outcome = harness.judge(ref, root)
    shutil.rmtree(root)
    return outcome


def child_seconds(harness: Harness, zygote: Zygote, ref: Reference) -> float:
    """How long the operation runs in a forked child, checking it meets the same hook points there."""
    root = harness.fresh(ref.op)
    report = zygote.run({"op": ref.op.name, "root": str(root), "plan": Plan().to_dict(), "delay": None})["report"]
    if report is None or report.get("points") != ref.points:
        raise Broken(f"{ref.op.name}: the child run differs from the reference: {report}")
    shutil.rmtree(root)
    return report["seconds"]


def run_kills(harness: Harness, zygote: Zygote, ref: Reference, plans: Iterable[Plan], random_kills: int,
              rng: random.Random, window: float | None = None) -> Tally:
    """Kill at each planned hook point, then at ``random_kills`` random moments within ``window`` seconds
    (by default the operation's duration in a child); a kill that comes after the child finished is
    retried, not counted."""
    tally = Tally(ref.op.name, ref.points)
    started = time.perf_counter()
    for plan in plans:
        _count(tally, lambda: kill_once(harness, zygote, ref, plan, None), f"{plan.when} {_step(ref, plan)}", True)
    if window is None:
        window = child_seconds(harness, zygote, ref) if random_kills else 0.0
    landed, attempts = 0, 0
    while landed < random_kills and attempts < random_kills * 5 + 10:
        attempts += 1
        delay = rng.uniform(0.0, window)
        if _count(tally, lambda: kill_once(harness, zygote, ref, None, delay), f"at {delay:.3f} s", False):
            landed += 1
    tally.seconds = time.perf_counter() - started
    return tally


def _step(ref: Reference, plan: Plan) -> str:
    return ref.steps[plan.point - 1] if 0 < plan.point <= ref.points else f"point {plan.point}"


def _count(tally: Tally, attempt: Any, where: str, at_hook: bool) -> bool:
    """Run one attempt and book it; ``False`` when no kill landed (not counted as a kill)."""
    try:
        outcome = attempt()
    except Broken as broken:
        outcome = "broken"
        tally.failures.append(f"kill {where}: {broken}")
    if outcome is None:
        if at_hook:
            tally.failures.append(f"kill {where}: the hook point was never reached")
        return False
    if at_hook:
        tally.at_hooks += 1
    else:
        tally.at_random += 1
    if outcome != "broken":
        tally.add(outcome)
    return True


# ----- I/O faults ---------------------------------------------------------------------------------
def fault_plans(ref: Reference, number: int, *, sticky: bool) -> Iterator[Plan]:
    """A fault at every hook point."""
    for k in range(1, ref.points + 1):
        yield Plan("fault", k, errno=number, sticky=sticky)


def transitions(ref: Reference) -> list[int]:
    """One hook point per kind of step *in its context* (a step label after the label before it): the
    folder fsync after the manifest rename is kept apart from the one after the log's, while the
    eighth table file adds nothing the first did not."""
    seen: set[tuple[str | None, str]] = set()
    points = []
    for k, step in enumerate(ref.steps, start=1):
        pair = (ref.steps[k - 2] if k > 1 else None, step)
        if pair not in seen:
            seen.add(pair)
            points.append(k)
    return points


def sampled_fault_plans(ref: Reference) -> list[Plan]:
    """Each kind of step once, alternately a disk that stays full and a one-off I/O error."""
    return [Plan("fault", k, errno=errno.ENOSPC, sticky=True) if i % 2 == 0 else Plan("fault", k, errno=errno.EIO)
            for i, k in enumerate(transitions(ref))]


def fault_once(harness: Harness, ref: Reference, plan: Plan) -> tuple[str, str | None]:
    """Inject one fault in this process: (``refused`` or ``completed``, the message shown if refused)."""
    root = harness.fresh(ref.op)
    store = ProjectStore.open(root, PASSPHRASE)
    error: Exception | None = None
    with WriteHooks(root, plan) as hooks:
        try:
            ref.op.run(store)
        except Exception as raised:  # noqa: BLE001 - judged below
            error = raised
    if hooks.count < plan.point:
        raise Broken("the fault point was never reached")
    if error is None:
        outcome = harness.judge(ref, root)
        if outcome != "after":
            raise Broken("the operation reported success but the project kept its previous state")
        shutil.rmtree(root)
        return "completed", None
    message = _checked_message(error, plan, root)
    held = state_of(store, "old", ref.since, ref.op.volatile)
    if (held.tables, held.meta) != (ref.before.tables, ref.before.meta):
        raise Broken("the store object no longer shows the previous tables and metadata")
    copy = harness.folder / "inspected"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy)
    if harness.judge(ref, copy) != "before":
        raise Broken("after the refused write the project on disk is not the previous state")
    ref.op.run(store)
    if harness.judge(ref, root) != "after":
        raise Broken("the retry after the fault did not reach the after-state")
    shutil.rmtree(root)
    return "refused", message


def _checked_message(error: Exception, plan: Plan, root: Path) -> str:
    if not isinstance(error, StorageError):
        raise Broken(f"raised {type(error).__name__} instead of a StorageError: {failure_text(error)}")
    message = failure_text(error)
    if REASONS[plan.errno] not in message or "previous state" not in message:
        raise Broken(f"unclear message: {message}")
    if str(root) in message or any(part in message for part in (".sealed", ".tmp", ".jsonl", "manifest")):
        raise Broken(f"the message names a file: {message}")
    return message


def run_faults(harness: Harness, ref: Reference, plans: Iterable[Plan]) -> Tally:
    tally = Tally(ref.op.name, ref.points)
    started = time.perf_counter()
    for plan in plans:
        tally.at_hooks += 1
        try:
            outcome, message = fault_once(harness, ref, plan)
        except Broken as broken:
            tally.failures.append(f"{errno.errorcode[plan.errno]} at {_step(ref, plan)} (point {plan.point}): {broken}")
            continue
        tally.add(outcome)
        if message:
            tally.messages.add(message)
    tally.seconds = time.perf_counter() - started
    return tally


# ----- whole series, for the benchmarks (each in a scratch folder and processes of its own) --------------
def kill_series(name: str, total: int, seed: int) -> Tally:
    """A kill before and after every hook point of one operation, then random kills up to ``total``."""
    with tempfile.TemporaryDirectory() as folder:
        harness, zygote = Harness(Path(folder)), Zygote()
        try:
            ref = harness.reference(OPERATIONS[name])
            plans = hook_kills(ref)
            return run_kills(harness, zygote, ref, plans, max(0, total - len(plans)), random.Random(seed))
        finally:
            zygote.close()


def fault_series(name: str, number: int, sticky: bool) -> Tally:
    """One error at every hook point of one operation (``sticky``: that step and all after it fail)."""
    with tempfile.TemporaryDirectory() as folder:
        harness = Harness(Path(folder))
        ref = harness.reference(OPERATIONS[name])
        return run_faults(harness, ref, fault_plans(ref, number, sticky=sticky))
