"""Auto-lock and jobs: watching a progress bar is not being away, and a result is never hidden the moment it
arrives — the idle clock stops during a job and restarts in full when it ends."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from prevista.core.runtime.jobs import Progress
from prevista.gui.idle import IdleLock
from tests.gui.conftest import finish, open_session

INTERVAL_MS = 400  # long enough that a loaded test machine's event loop does not race it


def _idle_lock(qtbot, project: Path) -> tuple[IdleLock, object]:
    session = open_session(project)
    idle = IdleLock(session, 1)
    idle._timer.setInterval(INTERVAL_MS)  # minutes are the user's unit; the test needs milliseconds
    idle._timer.start()
    return idle, session


def _blocking_job(session, release: threading.Event):
    def work(progress: Progress) -> str:
        while not release.wait(0.02):
            progress.report(0.5, "Churn: gradient boosting, fold 1 of 3")
        return "result"
    return session.run("Training", work)


def test_no_lock_during_a_job_nor_when_it_ends(qtbot, trained_project: Path):
    idle, session = _idle_lock(qtbot, trained_project)
    release = threading.Event()
    job = _blocking_job(session, release)
    ended: list[float] = []
    job.finished.connect(lambda: ended.append(time.monotonic()))  # after the session restarted the idle clock
    assert not idle.counting
    qtbot.wait(INTERVAL_MS * 4)  # four idle intervals of watching the bar
    assert session.is_open
    release.set()
    finish(qtbot, job)
    assert session.is_open and idle.counting, "the result must stay visible for a whole interval"
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    assert time.monotonic() - ended[0] >= INTERVAL_MS / 1000 * 0.9, "locked before a full interval after the result"


def test_an_idle_lock_due_as_a_job_starts_does_not_wait_to_fire_at_its_end(qtbot, trained_project: Path):
    """The old behaviour: the timer fired during the job, the session queued the lock and dropped the project
    the instant the job ended.  The clock firing while busy must not queue anything."""
    idle, session = _idle_lock(qtbot, trained_project)
    release = threading.Event()
    job = _blocking_job(session, release)
    idle._expired()  # the timeout arriving in the same instant the job started
    release.set()
    finish(qtbot, job)
    assert session.is_open


def test_input_restarts_the_clock_but_not_during_a_job(qtbot, trained_project: Path):
    idle, session = _idle_lock(qtbot, trained_project)
    release = threading.Event()
    job = _blocking_job(session, release)
    idle._restart()  # what a key press does
    assert not idle.counting
    release.set()
    finish(qtbot, job)
    assert idle.counting


def test_an_explicit_lock_during_a_job_still_locks_when_it_ends(qtbot, trained_project: Path):
    """Ctrl+L is the user's own request: it waits for the job, then locks."""
    _, session = _idle_lock(qtbot, trained_project)
    release = threading.Event()
    job = _blocking_job(session, release)
    session.lock()
    assert session.is_open
    release.set()
    finish(qtbot, job)
    assert not session.is_open
