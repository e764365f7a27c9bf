"""The open project as the GUI sees it: one project service, the operator, the running jobs.

Screens never hold the service (or its store) themselves; they ask the session, so locking
(dropping the unlocked store and its keys) takes effect everywhere at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from prevista.core.project.lifecycle import default_operator
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.preferences import Preferences
from prevista.core.services.project import ProjectService
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
        self._service: ProjectService | None = None
        self._jobs: set[Job] = set()
        self._lock_after_jobs = False

    @property
    def service(self) -> ProjectService:
        """Every use case of the open project (core/services)."""
        if self._service is None:
            raise RuntimeError("no project is open")
        self._service.operator = self.operator  # the name may have changed in Settings since opening
        return self._service

    @property
    def store(self) -> ProjectStore:
        return self.service.store

    @property
    def is_open(self) -> bool:
        return self._service is not None

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
            if self._lock_after_jobs:
                self.lock()

    def _adopt(self, service: ProjectService) -> None:
        self._service = service
        self.path = service.root
        self.prefs.remember(service.root)
        self.prefs.save()
        self.opened.emit()

    def open(self, path: Path, passphrase: str) -> Job:
        """Unlocking runs the key derivation (about a second): off the UI thread, like every other job."""
        job = self.run(self.tr("Unlocking"),
                       lambda progress: ProjectService.open(Path(path), passphrase, operator=self.operator,
                                                            progress=progress))
        job.succeeded.connect(self._adopt)
        return job

    def create(self, path: Path, passphrase: str) -> Job:
        job = self.run(self.tr("Creating the project"),
                       lambda progress: ProjectService.create(Path(path), passphrase, operator=self.operator,
                                                              kdf=self.kdf, progress=progress))
        job.succeeded.connect(self._adopt)
        return job

    def lock(self) -> None:
        """Forget the unlocked store (and with it the keys); a running job finishes first.

        Only an explicit lock (the menu) waits here for the jobs to end: the user asked for it.  The idle
        lock never does: its clock stops while a job runs and restarts in full when it ends (gui/idle.py),
        so a result is never hidden the moment it arrives."""
        if self._service is None:
            return
        if self.busy:
            self._lock_after_jobs = True
            return
        self._lock_after_jobs = False
        self._service = None
        self.locked.emit()

    def close(self) -> None:
        self._service = None
        self.path = None
        self.closed.emit()
