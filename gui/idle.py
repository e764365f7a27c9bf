"""Auto-lock: after a configurable idle time the unlocked project is forgotten until the passphrase is typed again.

A laptop left open in a client's office must not show customer predictions
to whoever walks by.  Only real input (keys, clicks, wheel, mouse moves)
counts as activity; a running job postpones the lock until it ends.
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
        self._timer.timeout.connect(session.lock)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self._timer.start()
        return False
