"""What the project holds, whether its log verifies, what needs doing next (retention due, no model yet), and the
pilot's KPIs against their baseline."""

from __future__ import annotations

import polars as pl
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.kpi_record import KpiView
from prevista.core.analytics.kpis import shown
from prevista.core.reports.status import ProjectStatus
from prevista.core.runtime.jobs import Progress
from prevista.gui.frame_model import FrameModel
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel


class OverviewPage(Page):
    navigate = Signal(str)  # the name of the page a "next step" button leads to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.info: ProjectStatus | None = None
        self.kpis: KpiView | None = None
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
        layout.addWidget(self._kpi_box())
        layout.addWidget(self.jobs)
        layout.addStretch()

    def _kpi_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pilot KPIs"))
        self.kpi_dates = QLabel()
        self.kpi_dates.setWordWrap(True)
        self.kpi_table = FrameModel(headers={"kpi": self.tr("KPI"), "baseline": self.tr("Baseline"),
                                             "now": self.tr("Now"), "change": self.tr("Change")})
        view = QTableView()
        view.setModel(self.kpi_table)
        view.verticalHeader().hide()
        self.kpi_missing = QLabel()
        self.kpi_missing.setWordWrap(True)
        self.baseline_button = QPushButton(self.tr("Take &baseline now"))
        self.baseline_button.setToolTip(self.tr("Record today's KPIs as the baseline the pilot is measured against"))
        self.baseline_button.clicked.connect(self._take_baseline)
        self.jobs.guard(self.baseline_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.kpi_dates)
        layout.addWidget(view)
        layout.addWidget(self.kpi_missing)
        layout.addWidget(self.baseline_button)
        return box

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        if self.jobs.job is not None or not self.session.is_open:
            return
        self.jobs.run(self.tr("Reading the project"), self._read, self._show_all)

    def _read(self, progress: Progress) -> tuple[ProjectStatus, KpiView]:
        service = self.session.service
        return service.status(progress), service.pilot.kpis()

    def _show_all(self, read: tuple[ProjectStatus, KpiView]) -> None:
        info, kpis = read
        self._show(info)
        self._show_kpis(kpis)

    def _take_baseline(self) -> None:
        """A baseline already taken is what the pilot is judged against: replacing it is asked first."""
        taken = self.kpis.baseline_taken if self.kpis else None
        pilot = self.session.service.pilot
        if taken:
            self.jobs.confirmed(self.tr("Replace the KPI baseline"),
                                self.tr("A baseline was taken on {0}; the pilot is measured against it. "
                                        "Replace it with today's figures?").format(taken[:10]),
                                lambda progress: pilot.take_baseline(True, progress), self._baseline_taken)
        else:
            self.jobs.run(self.tr("Taking the KPI baseline"), lambda progress: pilot.take_baseline(False, progress),
                          self._baseline_taken, changes_data=True)

    def _baseline_taken(self, kpis: KpiView) -> None:
        self._show_kpis(kpis)
        self.jobs.banner.info(self.tr("Baseline taken: the KPIs from now on are compared with today's."))

    def _show_kpis(self, kpis: KpiView) -> None:
        self.kpis = kpis
        baseline = (self.tr("Baseline taken on {0} (data up to {1}).").format(kpis.baseline_taken[:10],
                                                                            kpis.baseline_as_of or "—")
                    if kpis.baseline_taken else self.tr("No baseline yet: it is taken at the first training, or now."))
        self.kpi_dates.setText(baseline + " " + self.tr("Now: data up to {0}.").format(kpis.now_as_of or "—"))
        self.kpi_table.set_frame(pl.DataFrame(
            {"kpi": [row.label + (f" ({row.unit})" if row.unit else "") for row in kpis.rows],
             "baseline": [shown(row.measure, row.baseline) for row in kpis.rows],
             "now": [shown(row.measure, row.now) for row in kpis.rows],
             "change": [shown(row.measure, row.change, change=True) for row in kpis.rows]},
            schema={"kpi": pl.String, "baseline": pl.String, "now": pl.String, "change": pl.String}))
        missing = [f"{row.label}: {row.reason}" for row in kpis.rows if row.reason]
        self.kpi_missing.setText("\n".join(missing))

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
