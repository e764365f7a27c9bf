"""Long work as plain functions that report progress and can be cancelled.

A job takes a :class:`Progress`; the command line passes a terminal reporter,
the GUI adapts the same object to Qt signals.  ``slice`` hands a sub-step its
own share of the bar, so nested steps never need to know where they sit.

Every report is a cancellation point, and long loops call ``check_cancelled``
per step, so a cancel takes effect within a second or two; ``committing``
marks the point of no return around a job's one commit, so a job is either
cancelled with nothing changed or completed, never half of each.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

from prevista.privacy.errors import CancelledError, PrevistaError, StorageError


class _Control:
    """What every slice of one job shares: the cancel request, whether the job is past its point of no
    return (committing), after which a cancel is refused rather than half-honoured, and the current stage."""

    def __init__(self, event: threading.Event) -> None:
        self.event = event
        self.lock = threading.Lock()
        self.committing = False
        self.stage = ""


class Progress:
    """Fractions in [0, 1], messages for humans, cooperative cancellation."""

    def __init__(
        self,
        sink: Callable[[float, str], None] | None = None,
        cancel_event: threading.Event | None = None,
        *,
        start: float = 0.0,
        span: float = 1.0,
        control: _Control | None = None,
    ) -> None:
        self._sink = sink
        self._control = control or _Control(cancel_event or threading.Event())
        self._start = start
        self._span = span

    def report(self, fraction: float, message: str = "") -> None:
        """Report progress within this slice; also a cancellation point.  Without a message (a step inside
        a stage) the sink gets the current stage's name again, so a throttled view never loses it."""
        self.check_cancelled()
        self._control.stage = message or self._control.stage
        if self._sink is not None:
            clamped = min(max(fraction, 0.0), 1.0)
            self._sink(self._start + self._span * clamped, self._control.stage)

    def finished(self, message: str = "") -> None:
        """Report the end of work that has already been committed: no longer a cancellation point,
        because "cancelled, nothing was changed" would then be untrue."""
        if self._sink is not None:
            self._sink(self._start + self._span, message)

    def check_cancelled(self) -> None:
        """Raise :class:`CancelledError` if the user asked to stop.  Cheap (one flag), so loops call it per
        step: a cancel takes effect within one step, not one stage."""
        if self._control.event.is_set():
            raise CancelledError("Cancelled; nothing was changed.")

    def cancel(self) -> bool:
        """Ask the job to stop; False when it is already committing its result, which it then completes
        (a commit is atomic: stopping it half-way is not possible, and claiming it was would be untrue)."""
        with self._control.lock:
            if self._control.committing:
                return False
            self._control.event.set()
            return True

    @property
    def cancel_requested(self) -> bool:
        return self._control.event.is_set()

    @contextmanager
    def committing(self) -> Iterator[None]:
        """The point of no return around a commit: a cancel asked before it stops the job with nothing
        changed, one asked during it is refused (see :meth:`cancel`), never both."""
        with self._control.lock:
            self.check_cancelled()
            self._control.committing = True
        yield

    def slice(self, start: float, end: float) -> "Progress":
        """A child progress mapping its [0, 1] onto [start, end] of this one."""
        return Progress(
            self._sink,
            start=self._start + self._span * start,
            span=self._span * (end - start),
            control=self._control,
        )

    def quiet(self) -> "Progress":
        """A child that reports nothing but is cancelled with this one: for work running side by side with
        others like it, whose fractions taken in turn would move the bar back and forth."""
        return Progress(control=self._control)

    def part(self, index: int, parts: int, start: float = 0.0, end: float = 1.0) -> "Progress":
        """The ``index``-th of ``parts`` equal slices of [start, end]: one per fold, model or candidate."""
        width = (end - start) / max(parts, 1)
        return self.slice(start + index * width, start + (index + 1) * width)


def failure_text(exc: BaseException) -> str:
    """One line for people about a failed job: our own messages verbatim, a refused read or write by its
    error number, anything else by type only, because a foreign exception's text may quote the data it
    choked on (an ``OSError``'s names the file)."""
    if isinstance(exc, PrevistaError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "Out of memory; the project keeps its previous state."
    if isinstance(exc, OSError):
        return str(StorageError(exc, action="read or write a file"))
    return (f"Internal error ({type(exc).__name__}); the project keeps its previous state. "
            "Please report this.")


@contextmanager
def step(progress: Progress | None, message: str) -> Iterator[Progress]:
    """Announce a step (a last chance to cancel before it changes anything) and mark it done once it returned,
    so a terminal's progress line ends before the result is printed."""
    progress = progress or Progress()
    progress.report(0.0, message)
    yield progress
    progress.finished(message)
