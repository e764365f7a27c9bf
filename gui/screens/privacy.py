"""The Privacy screen: the GDPR duties (objections, retention, data-subject requests, the processing log) in tabs.

Each tab lives in its own module and only arranges widgets; the duties
themselves are core services.  What the tabs have in common — a message
banner, a job bar, one job at a time, asking before a change that cannot be
undone, re-reading after a change — is a :class:`~gui.widgets.JobPanel`,
which this page hands to every tab, so the tabs never repeat that wiring.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.screens.log_tab import LogTab
from prevista.gui.screens.optouts_tab import OptOutsTab
from prevista.gui.screens.page import Page
from prevista.gui.screens.requests_tab import RequestsTab
from prevista.gui.screens.retention_tab import RetentionTab
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel


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
        self.closed = ClosedPilotBanner(self.tr("The opt-out register, the retention deadlines and data-subject "
                                                "requests have no data left to act on; the processing log remains."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed)
        layout.addWidget(self.tabs)

    def _jobs(self) -> JobPanel:
        jobs = JobPanel(self.session)
        jobs.changed.connect(self.refresh)
        return jobs

    def title(self) -> str:
        return self.tr("Privacy")

    def refresh(self) -> None:
        """Re-read the tabs that show the project: a change in one (an erasure) shows in the others."""
        if not self.session.is_open:
            return
        if self.closed.update_for(self.session):  # only the log is left: the other tabs stand down
            for tab in (self.optouts, self.retention, self.requests):
                self.tabs.setTabEnabled(self.tabs.indexOf(tab), False)
            self.tabs.setCurrentWidget(self.log)
            self.log.refresh()
            return
        for tab in (self.optouts, self.retention, self.log):
            tab.refresh()
