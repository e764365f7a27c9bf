"""A UI-thread heartbeat: a fast timer whose longest gap is the longest the window was frozen."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 10


class Heartbeat(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0  # seconds
        self.ticks = 0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1
