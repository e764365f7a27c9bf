"""Auto-lock: after a configurable idle time the unlocked project is forgotten until the passphrase is typed again.

A laptop left open in a client's office must not show customer predictions
to whoever walks by.  Only real input (keys, clicks, wheel, mouse moves)
counts as activity.

Watching a job is not being away: the idle clock stops while a job runs and
starts again, with the full interval, when the last job ends.  The result
then stays on screen for at least one whole interval, as if the user had
just touched the machine; waiting for a first input after the result instead
would keep a finished result (customer risks) on an unattended screen for
ever, which is what the lock exists to prevent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from prevista.gui.session import Session

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleLock(QObject):
    def __init__(self, session: Session, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        session.busy_changed.connect(self._busy_changed)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(int(minutes * 60_000))
        self._restart()

    @property
    def counting(self) -> bool:
        """Whether the idle clock runs (it does not while a job runs)."""
        return self._timer.isActive()

    def _restart(self) -> None:
        if self._session.busy:
            self._timer.stop()
        else:
            self._timer.start()

    def _busy_changed(self, busy: bool) -> None:
        self._restart()

    def _expired(self) -> None:
        """The interval passed without input and without a job: lock.  (A job that started in the same
        instant restarts the clock when it ends, so the lock never queues behind it.)"""
        if not self._session.busy:
            self._session.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self._restart()
        return False
