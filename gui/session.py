"""The open project as the GUI sees it: one store, the operator, the running jobs.

Screens never hold the store themselves; they ask the session, so locking
(dropping the unlocked store and its keys) takes effect everywhere at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from prevista.core.project.lifecycle import create_project, default_operator, open_project
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.preferences import Preferences
from prevista.gui.jobs import Job
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore


class Session(QObject):
    opened = Signal()
    changed = Signal()  # a job committed something: screens re-read what they show
    locked = Signal()
    closed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, prefs: Preferences, *, kdf: KdfParams | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.kdf = kdf  # None: the product default; tests pass a cheaper, still valid one
        self.path: Path | None = None
        self._store: ProjectStore | None = None
        self._jobs: set[Job] = set()
        self._lock_when_idle = False

    @property
    def store(self) -> ProjectStore:
        if self._store is None:
            raise RuntimeError("no project is open")
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def operator(self) -> str:
        return self.prefs.operator or default_operator()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(self, title: str, work: Callable[[Progress], Any], *, changes_data: bool = False) -> Job:
        """Start ``work`` off the UI thread; ``changes_data`` tells screens to refresh after success."""
        job = Job(title, work, self)
        self._jobs.add(job)
        if changes_data:
            job.succeeded.connect(lambda _result: self.changed.emit())
        job.finished.connect(lambda: self._finished(job))
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        return job.start()

    def _finished(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)
            if self._lock_when_idle:
                self.lock()

    def _adopt(self, store: ProjectStore) -> None:
        self._store = store
        self.path = store.root
        self.prefs.remember(store.root)
        self.prefs.save()
        self.opened.emit()

    def open(self, path: Path, passphrase: str) -> Job:
        """Unlocking runs the key derivation (about a second): off the UI thread, like every other job."""
        job = self.run(self.tr("Unlocking"), lambda _progress: open_project(Path(path), passphrase))
        job.succeeded.connect(self._adopt)
        return job

    def create(self, path: Path, passphrase: str) -> Job:
        job = self.run(self.tr("Creating the project"),
                       lambda _progress: create_project(Path(path), passphrase, operator=self.operator, kdf=self.kdf))
        job.succeeded.connect(self._adopt)
        return job

    def lock(self) -> None:
        """Forget the unlocked store (and with it the keys); a running job finishes first."""
        if self._store is None:
            return
        if self.busy:
            self._lock_when_idle = True
            return
        self._lock_when_idle = False
        self._store = None
        self.locked.emit()

    def close(self) -> None:
        self._store = None
        self.path = None
        self.closed.emit()
