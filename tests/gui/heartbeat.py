"""A UI-thread heartbeat, and the import and training flows driven through the real screens.

A 10 ms timer on the UI thread ticks while a job runs; the longest gap
between ticks is the longest the window was frozen.  The test suite asserts
a generous bound on a modest dataset; tests/bench/bench_gui_heartbeat.py
reports the figure on a large one.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.preferences import Preferences
from prevista.gui import dialogs
from prevista.gui.app import build
from prevista.gui.jobs import Job
from prevista.gui.main_window import MainWindow
from prevista.gui.screens.import_wizard import COMMIT, ImportPage
from prevista.gui.screens.models import ModelsPage
from prevista.privacy.kdf import KdfParams
from tests.conftest import PASSPHRASE

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


def wait_until(condition: Callable[[], bool], timeout_s: float = 600.0) -> None:
    """Run the event loop (so the heartbeat keeps ticking) until ``condition`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start(5)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"still waiting after {timeout_s} s")


def _wait_for(job: Job | None) -> None:
    """Until ``job`` (the one a click just started, if any) has ended; the page forgets it once it has."""
    if job is not None:
        wait_until(lambda: job.done)


def _press_next(page: ImportPage) -> None:
    page.next_button.click()
    _wait_for(page.jobs.job)


def import_through_wizard(page: ImportPage, paths: list[Path], monkeypatch_setattr: Callable) -> None:
    """Files → plan → report (warnings confirmed) → commit, exactly as a user clicks through."""
    monkeypatch_setattr(dialogs, "open_paths", lambda *_args: paths)
    page.files.add_button.click()
    _press_next(page)
    _press_next(page)
    if page.report.confirm.isVisible():
        page.report.confirm.setChecked(True)
    _press_next(page)
    if page.steps.currentIndex() != COMMIT:
        raise AssertionError("the wizard did not reach the import step: " + page.jobs.banner.text())
    page.commit.import_button.click()
    _wait_for(page.jobs.job)


def train_through_page(page: ModelsPage) -> None:
    page.train_button.click()
    _wait_for(page.jobs.job)


def create_through_start(qtbot, folder: Path) -> MainWindow:
    """A shown main window with a new project made on the start screen, as a user types it."""
    window = build(QApplication.instance(), Preferences.load(), kdf=KdfParams.minimum())
    qtbot.addWidget(window)
    window.show()
    create = window.start.create_panel
    window.start.show_create()
    create.folder.setText(str(folder))
    qtbot.keyClicks(create.passphrase, PASSPHRASE)
    qtbot.keyClicks(create.repeat, PASSPHRASE)
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)
    return window
