"""Work beside a job's own thread: told to stop and waited for whenever the job ends, never left running."""

from __future__ import annotations

import threading
import time

import pytest

from prevista.core.runtime import threads


def _until_stopped(started: threading.Event, ended: list[str]):
    def work(stop: threading.Event) -> None:
        started.set()
        while not stop.wait(0.01):
            pass
        time.sleep(0.05)  # a step that finishes after the stop
        ended.append(threading.current_thread().name)
    return work


def test_work_beside_runs_on_its_own_thread_and_is_waited_for_when_the_body_fails() -> None:
    started, ended = threading.Event(), []
    with pytest.raises(RuntimeError, match="cancelled"):
        with threads.beside(_until_stopped(started, ended)):
            assert started.wait(5), "the work began while the body ran"
            raise RuntimeError("cancelled")
    assert ended and ended[0] != threading.current_thread().name, "finished on its own thread before the body's end"


def test_nothing_runs_beside_on_one_core_or_inside_a_task(monkeypatch: pytest.MonkeyPatch) -> None:
    started, ended = threading.Event(), []
    inside = threads.side_by_side([lambda: _beside_once(_until_stopped(started, ended)), lambda: None])
    assert inside[0] is False
    monkeypatch.setattr(threads, "cores", lambda: 1)
    assert _beside_once(_until_stopped(started, ended)) is False
    with threads.beside(None):
        pass
    assert not ended


def _beside_once(work) -> bool:
    started = threading.Event()

    def marking(stop: threading.Event) -> None:
        started.set()
        work(stop)

    with threads.beside(marking):
        return started.wait(0.3)
