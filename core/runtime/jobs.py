"""Long work as plain functions that report progress and can be cancelled.

A job takes a :class:`Progress`; the command line passes a terminal reporter,
the GUI adapts the same object to Qt signals.  ``slice`` hands a sub-step its
own share of the bar, so nested steps never need to know where they sit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

from prevista.privacy.errors import CancelledError, PrevistaError, StorageError


class Progress:
    """Fractions in [0, 1], messages for humans, cooperative cancellation."""

    def __init__(
        self,
        sink: Callable[[float, str], None] | None = None,
        cancel_event: threading.Event | None = None,
        *,
        start: float = 0.0,
        span: float = 1.0,
    ) -> None:
        self._sink = sink
        self._cancel = cancel_event or threading.Event()
        self._start = start
        self._span = span

    def report(self, fraction: float, message: str = "") -> None:
        """Report progress within this slice; also a cancellation point."""
        self.check_cancelled()
        if self._sink is not None:
            clamped = min(max(fraction, 0.0), 1.0)
            self._sink(self._start + self._span * clamped, message)

    def finished(self, message: str = "") -> None:
        """Report the end of work that has already been committed: no longer a cancellation point,
        because "cancelled, nothing was changed" would then be untrue."""
        if self._sink is not None:
            self._sink(self._start + self._span, message)

    def check_cancelled(self) -> None:
        """Raise :class:`CancelledError` if the user asked to stop."""
        if self._cancel.is_set():
            raise CancelledError("Cancelled; nothing was changed.")

    def cancel(self) -> None:
        self._cancel.set()

    def slice(self, start: float, end: float) -> "Progress":
        """A child progress mapping its [0, 1] onto [start, end] of this one."""
        return Progress(
            self._sink,
            self._cancel,
            start=self._start + self._span * start,
            span=self._span * (end - start),
        )


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
