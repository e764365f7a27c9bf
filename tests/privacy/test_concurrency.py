"""Two writers on one project (a GUI window and a command, say) never interleave and never lose an update.

Every write holds the project lock (privacy/lock.py) and is refused when another writer has written since
this handle last read or wrote the project.  Handles here are separate ``ProjectStore`` objects on one
folder: in one process (the lock is per open file, so they exclude each other too), in threads running at
once, and against a lock held by another process.
"""

from __future__ import annotations

import errno
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from prevista.privacy import lock
from prevista.privacy.errors import DamagedProjectError, ProjectBusyError, ProjectChangedError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.lock import LOCK_NAME, project_lock
from prevista.privacy.store import TABLES_DIR, ProjectStore
from tests.conftest import PASSPHRASE
from tests.privacy.properties import property_settings
from tests.privacy.test_store_properties import fast_unlock

NEW_PASSPHRASE = "another horse, another battery"
SHORT_WAIT = 0.3
BUSY = "Another Prevista window or command is writing this project right now; nothing was changed"
CHANGED = "changed by another Prevista window or command since you opened it; nothing was saved"
HOLDER = ("import fcntl, os, sys\n"
          "fd = os.open(sys.argv[1], os.O_RDWR)\n"
          "fcntl.flock(fd, fcntl.LOCK_EX)\n"
          "print('held', flush=True)\n"
          "sys.stdin.read()\n")


def frame(*markers: str) -> pl.DataFrame:
    return pl.DataFrame({"marker": list(markers)}, schema={"marker": pl.String})


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def write_attempts(store: ProjectStore) -> dict[str, Callable[[], object]]:
    """One of each kind of write, all of which must be refused alike."""
    return {
        "commit": lambda: store.commit(put={"orders": frame("late")}, meta={"by": "late"},
                                       log_record={"action": "import", "operator": "late"}),
        "record": lambda: store.record({"action": "note", "operator": "late"}),
        "passphrase": lambda: store.change_passphrase(NEW_PASSPHRASE, operator="late", kdf=KdfParams.minimum()),
    }


@contextmanager
def held_by_another_process(root: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the project lock until its stdin closes (the ``with`` ends, or the caller closes it)."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(root / LOCK_NAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline() == "held\n"
        yield holder
    finally:
        if not holder.stdin.closed:
            holder.stdin.close()
        holder.wait(timeout=30)


# ----- a handle that is out of date -------------------------------------------------------------
def test_a_write_from_an_out_of_date_handle_is_refused_and_the_first_writers_data_survives(store: ProjectStore) -> None:
    second = ProjectStore.open(store.root, PASSPHRASE)
    store.commit(put={"orders": frame("first")}, meta={"by": "first"},
                 log_record={"action": "import", "operator": "first"})
    before = files(store.root)
    for kind, attempt in write_attempts(second).items():
        with pytest.raises(ProjectChangedError, match=CHANGED):
            attempt()
        assert files(store.root) == before, f"the refused {kind} left a trace"
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert reopened.read_table("orders").equals(frame("first")) and reopened.meta("by") == "first"
    assert [e["operator"] for e in reopened.log.entries()] == ["first"] and reopened.log_problem() is None


def test_a_handle_opened_after_a_write_writes_and_its_own_writes_never_refuse_it(store: ProjectStore) -> None:
    store.commit(meta={"by": "first"})
    second = ProjectStore.open(store.root, PASSPHRASE)
    for attempt in write_attempts(second).values():
        attempt()
    with pytest.raises(ProjectChangedError, match=CHANGED):
        store.commit(meta={"by": "first again"})
    reopened = ProjectStore.open(store.root, NEW_PASSPHRASE)
    assert reopened.read_table("orders").equals(frame("late")) and reopened.meta("by") == "late"


def test_a_passphrase_change_elsewhere_refuses_writes_even_when_its_log_pointer_was_not_saved(
        store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The header is the commit point of a passphrase change, so it counts as a change on its own."""
    def refused(*_: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    second = ProjectStore.open(store.root, PASSPHRASE)
    with monkeypatch.context() as patch:
        patch.setattr(ProjectStore, "_point_log_at", refused)
        store.change_passphrase(NEW_PASSPHRASE, operator="first", kdf=KdfParams.minimum())
    with pytest.raises(ProjectChangedError, match=CHANGED):
        second.commit(meta={"by": "second"}, log_record={"action": "import", "operator": "second"})
    reopened = ProjectStore.open(store.root, NEW_PASSPHRASE)
    assert [e["action"] for e in reopened.log.entries()] == ["passphrase-changed"] and reopened.meta("by") is None
    assert reopened.log_problem() is None


def test_reading_a_table_another_writer_replaced_says_so_instead_of_damage(store: ProjectStore) -> None:
    store.commit(put={"orders": frame("old")})
    second = ProjectStore.open(store.root, PASSPHRASE)
    store.commit(put={"orders": frame("new")})
    with pytest.raises(ProjectChangedError, match="reopen the project to see the changes"):
        second.read_table("orders")
    (store.root / TABLES_DIR / store.table_info("orders")["file"]).unlink()
    with pytest.raises(DamagedProjectError, match="missing from the project folder"):
        store.read_table("orders")


# ----- the lock ---------------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="the holder process uses fcntl")
def test_a_lock_held_by_another_process_makes_every_write_wait_then_fail_as_busy_changing_nothing(
        store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "WAIT_SECONDS", SHORT_WAIT)
    store.commit(put={"orders": frame("kept")})
    before = files(store.root)
    with held_by_another_process(store.root):
        for kind, attempt in write_attempts(store).items():
            started = time.monotonic()
            with pytest.raises(ProjectBusyError, match=BUSY):
                attempt()
            assert time.monotonic() - started >= SHORT_WAIT, f"the {kind} gave up without waiting"
            assert files(store.root) == before, f"the busy {kind} changed the project"
    store.commit(meta={"by": "after"})  # the same handle writes once the other process has finished
    assert ProjectStore.open(store.root, PASSPHRASE).meta("by") == "after"


@pytest.mark.skipif(sys.platform == "win32", reason="the holder process uses fcntl")
def test_a_write_waits_for_a_lock_released_within_the_wait(store: ProjectStore) -> None:
    with held_by_another_process(store.root) as holder:
        assert holder.stdin is not None
        threading.Timer(SHORT_WAIT, holder.stdin.close).start()
        started = time.monotonic()
        store.commit(meta={"by": "patient"})
    assert time.monotonic() - started >= SHORT_WAIT
    assert ProjectStore.open(store.root, PASSPHRASE).meta("by") == "patient"


@pytest.mark.skipif(sys.platform == "win32", reason="the holder process uses fcntl")
def test_opening_while_another_process_writes_leaves_its_files_in_flight_alone(
        store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tidying at open would take a writer's new table file for an orphan: it waits for the lock or skips."""
    monkeypatch.setattr(lock, "WAIT_SECONDS", SHORT_WAIT)
    in_flight = store.root / TABLES_DIR / "0123.sealed"
    with held_by_another_process(store.root):
        in_flight.write_bytes(b"a table being written")
        opened = ProjectStore.open(store.root, PASSPHRASE)
        assert in_flight.exists()
    opened.commit(meta={"by": "opened while busy"})
    ProjectStore.open(store.root, PASSPHRASE)  # now nobody writes: the leftover goes
    assert not in_flight.exists()


def test_two_handles_in_one_process_exclude_each_other(store: ProjectStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """flock belongs to an open file, not to a process: a second handle's write cannot slip in."""
    monkeypatch.setattr(lock, "WAIT_SECONDS", SHORT_WAIT)
    second = ProjectStore.open(store.root, PASSPHRASE)
    with project_lock(store.root), pytest.raises(ProjectBusyError, match=BUSY):
        second.commit(meta={"by": "second"})
    second.commit(meta={"by": "second"})
    assert ProjectStore.open(store.root, PASSPHRASE).meta("by") == "second"


# ----- writers at the same time -------------------------------------------------------------------
WRITES = 12
RECORD_EVERY = 3


def is_record(index: int) -> bool:
    return index % RECORD_EVERY == RECORD_EVERY - 1


@dataclass
class Writer:
    """A thread that appends its markers to one shared table, reopening whenever it is told it is out of date."""

    name: str
    saved: list[str] = field(default_factory=list)
    refused: int = 0
    errors: list[BaseException] = field(default_factory=list)

    def run(self, root: Path, start: threading.Barrier) -> None:
        try:
            store = ProjectStore.open(root, PASSPHRASE)
            start.wait()
            while len(self.saved) < WRITES:
                marker = f"{self.name}{len(self.saved)}"
                try:
                    self._write(store, marker, is_record(len(self.saved)))
                except ProjectChangedError:
                    self.refused += 1
                    store = ProjectStore.open(root, PASSPHRASE)
                    continue
                self.saved.append(marker)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            self.errors.append(error)

    @staticmethod
    def _write(store: ProjectStore, marker: str, record: bool) -> None:
        """Read-modify-write, the pattern a lost update breaks; or a log record only."""
        if record:
            store.record({"action": "note", "operator": marker})
            return
        markers = store.read_table("ledger")["marker"].to_list() if store.has_table("ledger") else []
        store.commit(put={"ledger": frame(*markers, marker)}, meta={marker: True},
                     log_record={"action": "import", "operator": marker})


def test_two_writers_at_once_lose_no_update(store: ProjectStore) -> None:
    writers = [Writer("a"), Writer("b")]
    start = threading.Barrier(len(writers))
    threads = [threading.Thread(target=w.run, args=(store.root, start)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert [w.errors for w in writers] == [[], []]
    records = {f"{w.name}{i}" for w in writers for i in range(WRITES) if is_record(i)}
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    logged = [e["operator"] for e in reopened.log.entries()]
    committed = [m for m in logged if m not in records]
    assert sorted(logged) == sorted(m for w in writers for m in w.saved), "a write was lost or logged twice"
    assert reopened.read_table("ledger")["marker"].to_list() == committed, "a commit overwrote another's"
    assert all(reopened.meta(m) for m in committed) and reopened.log_problem() is None
    assert {p.name for p in (store.root / TABLES_DIR).iterdir()} == {reopened.table_info("ledger")["file"]}
    assert sum(w.refused for w in writers) > 0, "the writers never overlapped: the test proved nothing"


@property_settings(30)
@given(steps=st.lists(st.tuples(st.sampled_from("AB"), st.sampled_from(["commit", "record", "reopen"])), max_size=12))
def test_any_interleaving_of_two_handles_saves_exactly_the_writes_from_an_up_to_date_handle(
        monkeypatch: pytest.MonkeyPatch, steps: list[tuple[str, str]]) -> None:
    """A model: a write succeeds exactly when its handle has seen every write before it; after each step the
    project holds every successful write and no trace of a refused one."""
    fast_unlock(monkeypatch)
    with tempfile.TemporaryDirectory() as folder:
        root = ProjectStore.create(Path(folder) / "p", PASSPHRASE, kdf=KdfParams.minimum()).root
        handles = {h: ProjectStore.open(root, PASSPHRASE) for h in "AB"}
        seen = {h: 0 for h in "AB"}
        writes: list[str] = []
        committed: list[str] = []
        for number, (h, op) in enumerate(steps):
            if op == "reopen":
                handles[h], seen[h] = ProjectStore.open(root, PASSPHRASE), len(writes)
                continue
            marker = f"{h}{number}"
            try:
                if op == "commit":
                    handles[h].commit(put={"t": frame(marker)}, meta={marker: True},
                                      log_record={"action": "import", "operator": marker})
                else:
                    handles[h].record({"action": "note", "operator": marker})
            except ProjectChangedError:
                assert seen[h] < len(writes), "an up-to-date handle was refused"
            else:
                assert seen[h] == len(writes), "an out-of-date handle was allowed to write"
                writes.append(marker)
                if op == "commit":
                    committed.append(marker)
                seen[h] = len(writes)
            check(root, writes, committed)


def check(root: Path, writes: list[str], committed: list[str]) -> None:
    """Every successful write is there, and nothing else: no refused marker, no stray table file."""
    reopened = ProjectStore.open(root, PASSPHRASE)
    assert [e["operator"] for e in reopened.log.entries()] == writes and reopened.log_problem() is None
    assert set(reopened._manifest["meta"]) == set(committed)
    names = {reopened.table_info("t")["file"]} if committed else set()
    assert {p.name for p in (root / TABLES_DIR).iterdir()} == names
    assert not committed or reopened.read_table("t").equals(frame(committed[-1]))
