"""What the project holds, whether its log verifies, what needs doing next (the first steps of a pilot, retention
due, retraining), and the pilot's KPIs against their baseline.

A closed pilot shows what closing did instead (when, what was erased, what remains) and offers only what
still works: the processing log and the Art. 30 record.  Nothing on this screen invites an import then.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from PySide6.QtCore import QCoreApplication, Signal
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
from prevista.core.analytics.kpis import Measure, figure
from prevista.core.project.closure import Closure
from prevista.core.reports.checklist import Checklist, ChecklistStep, Step
from prevista.core.reports.status import ProjectStatus
from prevista.core.runtime.jobs import Progress
from prevista.gui.core_text import said, table_name
from prevista.gui.frame_model import FrameModel
from prevista.gui.locale_format import fmt, human_date, human_time, number
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel, scrolling_page


def _figure(measure: Measure, value: float | None, change: bool = False) -> str:
    """A KPI figure as core chose to write it, in the window's language and locale."""
    written = figure(measure, value, change=change)
    return "—" if written is None else fmt(QCoreApplication.translate("Kpis", written[0]), written[1])


STEP_PAGES = {Step.IMPORT: "import", Step.REVIEW: "import", Step.TRAIN: "models", Step.SEGMENTS: "segments",
              Step.ACT: "campaigns"}


@dataclass(frozen=True)
class Read:
    """Everything the screen shows, read in one job."""

    status: ProjectStatus
    kpis: KpiView | None  # None in a closed pilot: its KPIs were erased with the data
    checklist: Checklist | None  # None in a closed pilot
    closure: Closure | None


class ChecklistRow(QWidget):
    """One step: its tick, what it is, what the project says about it, and the button that leads to its screen."""

    def __init__(self, title: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_text = title
        self.tick = QLabel()
        self.title = QLabel(title)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.button = QPushButton(button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tick)
        row.addWidget(self.title)
        row.addWidget(self.detail, 1)
        row.addWidget(self.button)

    def show_state(self, done: bool, is_next: bool, detail: str) -> None:
        self.tick.setText("✓" if done else ("➜" if is_next else "○"))
        self.tick.setAccessibleName(self.tr("done") if done else (self.tr("next step") if is_next
                                                                  else self.tr("not done yet")))
        font = self.title.font()
        font.setBold(is_next)
        self.title.setFont(font)
        self.detail.setText(detail)
        self.button.setDefault(is_next)
        self.button.setAutoDefault(is_next)
        self.setAccessibleName(f"{self.title_text}: {self.tick.accessibleName()}")


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
        self.retention_button = QPushButton(self.tr("Retention &cleanup…"))
        self.retention_button.clicked.connect(lambda: self.navigate.emit("privacy"))
        extra = QHBoxLayout()
        extra.addWidget(self.retention_button)
        extra.addStretch()
        self.kpi_box = self._kpi_box()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.retention)
        layout.addWidget(self.retrain)
        layout.addWidget(self._closed_box())
        layout.addWidget(self._checklist_box())
        layout.addLayout(form)
        layout.addLayout(extra)
        layout.addWidget(self.kpi_box)
        layout.addStretch()
        scrolling_page(self, content, self.jobs)

    def _checklist_box(self) -> QGroupBox:
        """The pilot's first steps; the next one is highlighted and each button leads to its screen."""
        self.checklist_box = QGroupBox(self.tr("Next steps"))
        texts = {Step.IMPORT: (self.tr("1. Import your customer data"), self.tr("&Import data…")),
                 Step.REVIEW: (self.tr("2. Check the import report"), self.tr("Import &report…")),
                 Step.TRAIN: (self.tr("3. Train the models"), self.tr("&Train models…")),
                 Step.SEGMENTS: (self.tr("4. Look at the segments"), self.tr("&Segments…")),
                 Step.ACT: (self.tr("5. Start a campaign or export an action list"), self.tr("Ca&mpaigns…"))}
        self.steps: dict[Step, ChecklistRow] = {}
        column = QVBoxLayout(self.checklist_box)
        for step, (title, button) in texts.items():
            row = ChecklistRow(title, button)
            row.button.clicked.connect(lambda _checked=False, target=STEP_PAGES[step]: self.navigate.emit(target))
            column.addWidget(row)
            self.steps[step] = row
        self.checklist_box.hide()
        return self.checklist_box

    def _closed_box(self) -> QGroupBox:
        """Shown instead of the steps once the pilot is closed: what happened, and what still works."""
        self.closed_box = QGroupBox(self.tr("Pilot closed"))
        self.closed_text = QLabel()
        self.closed_text.setWordWrap(True)
        self.closed_text.setAccessibleName(self.tr("Pilot closed"))
        self.log_button = QPushButton(self.tr("Processing &log…"))
        self.log_button.setToolTip(self.tr("Read, verify and export the processing log"))
        self.log_button.clicked.connect(lambda: self.navigate.emit("privacy"))
        self.art30_button = QPushButton(self.tr("&Art. 30 record…"))
        self.art30_button.setToolTip(self.tr("Save the record of processing activities for the data-protection "
                                             "officer"))
        self.art30_button.clicked.connect(lambda: self.navigate.emit("reports"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.art30_button)
        buttons.addStretch()
        column = QVBoxLayout(self.closed_box)
        column.addWidget(self.closed_text)
        column.addLayout(buttons)
        self.closed_box.hide()
        return self.closed_box

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

    def _read(self, progress: Progress) -> Read:
        service = self.session.service
        closure = service.closure()
        if closure is not None:
            return Read(service.status(progress), None, None, closure)
        return Read(service.status(progress), service.pilot.kpis(), service.checklist(), None)

    def _show_all(self, read: Read) -> None:
        self._show(read.status)
        self._show_closure(read.closure)
        self._show_checklist(read.checklist)
        if read.kpis is not None:
            self._show_kpis(read.kpis)

    def _take_baseline(self) -> None:
        """A baseline already taken is what the pilot is judged against: replacing it is asked first."""
        taken = self.kpis.baseline_taken if self.kpis else None
        pilot = self.session.service.pilot
        if taken:
            self.jobs.confirmed(self.tr("Replace the KPI baseline"),
                                self.tr("A baseline was taken on {0}; the pilot is measured against it. "
                                        "Replace it with today's figures?").format(human_date(taken)),
                                lambda progress: pilot.take_baseline(True, progress), self._baseline_taken)
        else:
            self.jobs.run(self.tr("Taking the KPI baseline"), lambda progress: pilot.take_baseline(False, progress),
                          self._baseline_taken, changes_data=True)

    def _baseline_taken(self, kpis: KpiView) -> None:
        self._show_kpis(kpis)
        self.jobs.banner.info(self.tr("Baseline taken: the KPIs from now on are compared with today's."))

    def _show_kpis(self, kpis: KpiView) -> None:
        self.kpis = kpis
        baseline = (self.tr("Baseline taken on {0} (data up to {1}).").format(human_date(kpis.baseline_taken),
                                                                            human_date(kpis.baseline_as_of or "—"))
                    if kpis.baseline_taken else self.tr("No baseline yet: it is taken at the first training, or now."))
        now = self.tr("Now: data up to {0}.").format(human_date(kpis.now_as_of or "—"))
        self.kpi_dates.setText(f"{baseline} {now}")
        self.kpi_table.set_frame(pl.DataFrame(
            {"kpi": [said("Kpis", row.label) + (f" ({said('Kpis', row.unit)})" if row.unit else "")
                     for row in kpis.rows],
             "baseline": [_figure(row.measure, row.baseline) for row in kpis.rows],
             "now": [_figure(row.measure, row.now) for row in kpis.rows],
             "change": [_figure(row.measure, row.change, change=True) for row in kpis.rows]},
            schema={"kpi": pl.String, "baseline": pl.String, "now": pl.String, "change": pl.String}))
        missing = [f"{said('Kpis', row.label)}: {said('Kpis', row.reason)}" for row in kpis.rows if row.reason]
        self.kpi_missing.setText("\n".join(missing))

    def _show_closure(self, closure: Closure | None) -> None:
        """A closed pilot says when, what went and what is left, and hides every step that would need data."""
        closed = closure is not None
        self.closed_box.setVisible(closed)
        self.kpi_box.setVisible(not closed)
        self.retention_button.setVisible(not closed)
        if closure is None:
            return
        self.closed_text.setText(self.tr(
            "This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, "
            "identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing "
            "can be imported or trained in this project any more; create a new project for a new pilot.\n"
            "What remains: the processing log (entries: {4}), which the data-protection officer can still verify and "
            "export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved "
            "before closing.").format(closure.day, closure.rows_erased, len(closure.tables), closure.models,
                                      closure.log_entries))

    def _show_checklist(self, checklist: Checklist | None) -> None:
        self.checklist_box.setVisible(checklist is not None)
        if checklist is None:
            return
        for item in checklist.steps:
            self.steps[item.step].show_state(item.done, item.step == checklist.next, self._detail(item))

    def _detail(self, item: ChecklistStep) -> str:
        """What the project says about one step, in a few words."""
        if item.step is Step.IMPORT:
            return self.tr("Customers imported: {0}").format(item.count) if item.done else self.tr("No data yet")
        if item.step is Step.REVIEW:
            problems = {"import-refused": self.tr("The last import was refused: import the export again to see "
                                                  "its report and what to fix"),
                        "import-not-confirmed": self.tr("The last import's warnings were not confirmed: import the "
                                                        "export again and review them")}
            if item.problem:
                return problems.get(item.problem, item.problem)
            return self.tr("Warnings confirmed at import: {0}").format(item.count) if item.done else ""
        if item.step is Step.TRAIN:
            return self.tr("Trained") if item.done else ""
        if item.step is Step.SEGMENTS:
            return self.tr("Segments: {0}").format(item.count) if item.done else ""
        return self.tr("Campaigns and action lists so far: {0}").format(item.count) if item.done else ""

    def _show(self, info: ProjectStatus) -> None:
        self.info = info
        self.project.setText(info.project)
        self.customers.setText(self.tr("{0} (as encrypted IDs); opt-out register: {1}")
                               .format(info.customers, info.opted_out))
        tables = [self.tr("{0}: {1} rows").format(table_name(name), number(table.rows))
                  for name, table in sorted(info.tables.items())]
        self.tables.setText("\n".join(tables) or (self.tr("None: erased when the pilot was closed.") if info.closed
                                                   else self.tr("No data imported yet.")))
        self.last_import.setText(human_time(info.last_import) if info.last_import else "—")
        log = info.log
        self.log_state.setText(self.tr("{0} entries, verified").format(log.entries) if log.verified
                               else self.tr("DOES NOT VERIFY: {0}").format(log.problem))
        due = info.retention
        if due.due:
            self.retention.show_message(self.tr("Retention cleanup is due: some data is past its retention period "
                                                "({0}). Open Privacy → Retention to review and delete it.")
                                        .format(", ".join(f"{table_name(name)} {number(rows)}"
                                                          for name, rows in due.expired.items())), "warning")
        else:
            self.retention.clear_message()
        if info.retrain_recommended:
            self.retrain.show_message(self.tr("Retrain recommended: the models were trained on data that includes "
                                              "people since excluded (opt-out, erasure or retention cleanup). "
                                              "Open Models to train them again."), "warning")
        else:
            self.retrain.clear_message()
