"""The Privacy screen: the GDPR duties (objections, retention, data-subject requests, the processing log) in tabs.

Each tab lives in its own module and only arranges widgets; the duties
themselves are core services.  What the tabs have in common — a message
banner, a job bar, one job at a time, asking before a change that cannot be
undone, re-reading after a change — is :class:`TabJobs`, which this page
hands to every tab, so the tabs never repeat that wiring.  The tabs refer
to it for type checking only: this module imports them, not the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from core.jobs import Progress
from gui import dialogs
from gui.jobs import Job
from gui.screens.log_tab import LogTab
from gui.screens.optouts_tab import OptOutsTab
from gui.screens.page import Page
from gui.screens.requests_tab import RequestsTab
from gui.screens.retention_tab import RetentionTab
from gui.session import Session
from gui.widgets import Banner, JobBar

Work = Callable[[Progress], Any]


class TabJobs(QWidget):
    """A tab's message banner and job bar, and the one way its work starts.

    Buttons registered with :meth:`guard` stay disabled while any job of the
    session runs, so two changes never race on the same project.  ``job`` is
    the tab's running job (``None`` when idle).  A job's result is handed on
    once the job has finished, so a follow-up job (plan, ask, then execute)
    gets the job bar to itself; ``changed`` fires after a job that changed the
    project succeeded, so the page can re-read everything.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.banner = Banner()
        self.bar = JobBar()
        self._guarded: list[QPushButton] = []
        self._pending: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.banner)
        session.busy_changed.connect(self._enable)

    def guard(self, *buttons: QPushButton) -> None:
        """Register buttons that start work, so they wait while the session is busy."""
        self._guarded.extend(buttons)
        self._enable(self.session.busy)

    def _enable(self, busy: bool) -> None:
        for button in self._guarded:
            button.setEnabled(not busy)

    def run(self, title: str, work: Work, succeeded: Callable[[Any], None], *, changes_data: bool = False,
            failed: Callable[[str], None] | None = None, keep_message: bool = False) -> Job:
        """Start ``work`` off the UI thread; its outcome lands in ``succeeded``, the banner or ``failed``.

        ``keep_message`` is for background re-reads, which must not wipe the
        sentence the user's own action just produced.
        """
        if not keep_message:
            self.banner.clear_message()
        job = self.bar.attach(self.session.run(title, work, changes_data=changes_data))
        self.job = job
        results: list[Any] = []
        job.succeeded.connect(results.append)
        job.failed.connect(failed or self.banner.error)
        job.cancelled.connect(self.banner.info)
        job.finished.connect(lambda: self._finished(results, succeeded, changes_data))
        return job

    def _finished(self, results: list[Any], succeeded: Callable[[Any], None], changes_data: bool) -> None:
        self.job = None
        if results and self.session.is_open:  # an auto-lock waits for the job, then drops the store: stop there
            succeeded(results[0])
            if changes_data:
                self.changed.emit()
        if self.job is None and self._pending is not None:
            pending, self._pending = self._pending, None
            pending()

    def when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` (a re-read) now, or once the tab's work is done, so it never overlaps the change it
        follows; a re-read that runs supersedes one still waiting."""
        if self.job is None:
            self._pending = None
            action()
        else:
            self._pending = action

    def confirmed(self, title: str, question: str, work: Work, succeeded: Callable[[Any], None]) -> Job | None:
        """Ask before a change that cannot be undone (No is the default); start it only after a yes."""
        if not dialogs.confirm(self, title, question):
            self.banner.info(self.tr("Nothing was changed."))
            return None
        return self.run(title, work, succeeded, changes_data=True)


class PrivacyPage(Page):
    """One place for the duties a DPO asks about; each tab re-reads when any of them changed the project."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.optouts = OptOutsTab(session, self._jobs())
        self.retention = RetentionTab(session, self._jobs())
        self.requests = RequestsTab(session, self._jobs())
        self.log = LogTab(session, self._jobs())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Privacy duties"))
        self.tabs.addTab(self.optouts, self.tr("&Opt-out register"))
        self.tabs.addTab(self.retention, self.tr("&Retention"))
        self.tabs.addTab(self.requests, self.tr("Data-subject re&quests"))
        self.tabs.addTab(self.log, self.tr("Processing lo&g"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _jobs(self) -> TabJobs:
        jobs = TabJobs(self.session)
        jobs.changed.connect(self.refresh)
        return jobs

    def title(self) -> str:
        return self.tr("Privacy")

    def refresh(self) -> None:
        """Re-read the tabs that show the project: a change in one (an erasure) shows in the others."""
        if not self.session.is_open:
            return
        for tab in (self.optouts, self.retention, self.log):
            tab.refresh()
