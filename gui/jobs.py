"""The one adapter from core jobs to Qt: progress, cancel and outcome as signals.

A core job is a plain function taking a :class:`core.runtime.jobs.Progress`.  Here it
runs on a worker thread; its progress reaches the UI thread as queued
signals, throttled so a chatty job cannot flood the event loop, and its
outcome arrives as exactly one of ``succeeded``, ``failed`` or ``cancelled``.
The job keeps its start time, so a view can show for how long it has run
even while a single step takes long.
Every public signal is emitted on the UI thread (the worker only talks to the
job through queued hops), so any slot — lambdas included — may touch widgets.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal

from prevista.core.runtime.crash_report import explain_failure
from prevista.core.runtime.jobs import Progress
from prevista.privacy.errors import CancelledError

MIN_INTERVAL = 0.05  # seconds between progress signals


class _Worker(QThread):
    def __init__(self, job: "Job", work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self._work = work

        self.outcome: tuple[str, Any] = ("failed", "The job did not run.")

    def run(self) -> None:
        try:
            self.outcome = ("succeeded", self._work(self._job.progress))
        except CancelledError as exc:
            self.outcome = ("cancelled", str(exc))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message, never a crash
            self.outcome = ("failed", explain_failure(exc))


class Job(QObject):
    """A running core job as seen by widgets."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)
    finished = Signal()
    _relay = Signal(float, str)  # worker thread → UI thread

    def __init__(self, title: str, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._last = 0.0
        self._started = 0.0
        self.done = False  # True once the outcome signal and ``finished`` were delivered
        self.progress = Progress(self._report)
        self._worker = _Worker(self, work)
        self._worker.finished.connect(self._done)
        self._relay.connect(self._forward)

    def _report(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last >= MIN_INTERVAL:
            self._last = now
            self._relay.emit(fraction, message)

    def _forward(self, fraction: float, message: str) -> None:
        self.progressed.emit(fraction, message)

    def start(self) -> "Job":
        self._started = time.monotonic()
        self._worker.start()
        return self

    @property
    def elapsed(self) -> float:
        """Seconds since the job started (0 before)."""
        return time.monotonic() - self._started if self._started else 0.0

    def cancel(self) -> bool:
        """Ask the job to stop at its next cancellation point (within a second or two); it then leaves the
        project as it was.  False when it is already saving its result, which it then completes."""
        return self.progress.cancel()

    @property
    def cancelling(self) -> bool:
        """Cancel was asked and accepted; the job has not ended yet."""
        return self.progress.cancel_requested and not self.done

    @property
    def running(self) -> bool:
        return self._worker.isRunning()

    def wait(self, ms: int = -1) -> bool:
        return self._worker.wait(ms) if ms >= 0 else self._worker.wait()

    def _done(self) -> None:
        kind, value = self._worker.outcome
        {"succeeded": self.succeeded, "failed": self.failed, "cancelled": self.cancelled}[kind].emit(value)
        self.done = True
        self.finished.emit()
