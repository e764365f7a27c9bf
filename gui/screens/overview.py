"""What the project holds, whether its log verifies, and what needs doing next (retention due, no model yet)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from prevista.core.reports.status import ProjectStatus
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel


class OverviewPage(Page):
    navigate = Signal(str)  # the name of the page a "next step" button leads to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.info: ProjectStatus | None = None
        self.project = QLabel()
        self.project.setWordWrap(True)
        self.customers = QLabel()
        self.tables = QLabel()
        self.tables.setWordWrap(True)
        self.last_import = QLabel()
        self.log_state = QLabel()
        self.log_state.setWordWrap(True)
        self.retention = Banner()
        self.retrain = Banner()
        form = QFormLayout()
        form.addRow(self.tr("Project:"), self.project)
        form.addRow(self.tr("Customers:"), self.customers)
        form.addRow(self.tr("Tables:"), self.tables)
        form.addRow(self.tr("Last import:"), self.last_import)
        form.addRow(self.tr("Processing log:"), self.log_state)
        steps = QHBoxLayout()
        for label, page in ((self.tr("&Import data…"), "import"), (self.tr("&Train models…"), "models"),
                            (self.tr("Retention &cleanup…"), "privacy")):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, target=page: self.navigate.emit(target))
            steps.addWidget(button)
        steps.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.retention)
        layout.addWidget(self.retrain)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(self.jobs)
        layout.addStretch()

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        if self.jobs.job is not None or not self.session.is_open:
            return
        self.jobs.run(self.tr("Reading the project"), self.session.service.status, self._show)

    def _show(self, info: ProjectStatus) -> None:
        self.info = info
        self.project.setText(info.project)
        self.customers.setText(self.tr("{0} (as encrypted IDs); opt-out register: {1}")
                               .format(info.customers, info.opted_out))
        tables = [self.tr("{0}: {1} rows").format(name, table.rows) for name, table in sorted(info.tables.items())]
        self.tables.setText("\n".join(tables) or self.tr("No data imported yet."))
        self.last_import.setText(info.last_import or "—")
        log = info.log
        self.log_state.setText(self.tr("{0} entries, verified").format(log.entries) if log.verified
                               else self.tr("DOES NOT VERIFY: {0}").format(log.problem))
        due = info.retention
        if due.due:
            self.retention.show_message(self.tr("Retention cleanup is due: some data is past its retention period "
                                                "({0}). Open Privacy → Retention to review and delete it.")
                                        .format(", ".join(f"{k} {v}" for k, v in due.expired.items())), "warning")
        else:
            self.retention.clear_message()
        if info.retrain_recommended:
            self.retrain.show_message(self.tr("Retrain recommended: the models were trained on data that includes "
                                              "people since excluded (opt-out, erasure or retention cleanup). "
                                              "Open Models to train them again."), "warning")
        else:
            self.retrain.clear_message()
