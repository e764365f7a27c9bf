"""The processing-log tab: read the log, narrow it down, verify it, and hand it (and its public key) to a DPO."""

from __future__ import annotations

from typing import Literal

import polars as pl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.services.audit import LoggedStep
from prevista.core.services.project import LogCheck
from prevista.gui import dialogs
from prevista.gui.frame_model import FrameModel
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel
from prevista.privacy.errors import PrevistaError

_SCHEMA = {"seq": pl.Int64, "time": pl.String, "action": pl.String, "operator": pl.String, "purpose": pl.String,
           "legal_basis": pl.String, "summary": pl.String}
_SEARCHED = ("action", "operator", "purpose")


def _short(value: object) -> str:
    """Counts and details as one line: nested groups in brackets, lists comma-separated."""
    if isinstance(value, dict):
        return ", ".join(f"{key.replace('_', ' ')} ({_short(item)})" if isinstance(item, dict)
                         else f"{key.replace('_', ' ')}: {_short(item)}" for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(_short(item) for item in value)
    return str(value)


def _frame(steps: tuple[LoggedStep, ...]) -> pl.DataFrame:
    rows = [(step.seq, step.time, step.action, step.operator, step.purpose, step.legal_basis,
             "; ".join(_short(part) for part in (step.counts, step.details) if part)) for step in steps]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


class LogTab(QWidget):
    """What a DPO audits: every processing step, whether the chain and signatures hold, and the files to check it."""

    def __init__(self, session: Session, jobs: JobPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self._all = pl.DataFrame(schema=_SCHEMA)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the log"))
        self.filter.setPlaceholderText(self.tr("Action, operator or purpose contains…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.currentIndexChanged.connect(self._apply)
        filters = QFormLayout()
        filters.addRow(self.tr("&Filter:"), self.filter)
        filters.addRow(self.tr("&Action:"), self.action)
        self.model = FrameModel(self._all, headers={
            "seq": self.tr("No."), "time": self.tr("Time (UTC)"), "action": self.tr("Action"),
            "operator": self.tr("Operator"), "purpose": self.tr("Purpose"), "legal_basis": self.tr("Legal basis"),
            "summary": self.tr("Counts and details")})
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Processing log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # the entry number is a column of its own
        header = self.table.horizontalHeader()
        for column in range(4):  # number, time, action, operator: short, so always in full
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.shown = QLabel()
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self.export)
        self.key_button = QPushButton(self.tr("Export public &key…"))
        self.key_button.clicked.connect(self.export_key)
        self.accept_button = QPushButton(self.tr("Record the log &loss…"))
        self.accept_button.setToolTip(self.tr("Only when no good copy of the log exists: writes are refused until "
                                              "the loss is recorded"))
        self.accept_button.clicked.connect(self.accept_loss)
        self.accept_button.hide()
        jobs.guard(self.verify_button, self.export_button, self.key_button, self.accept_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)
        layout.addLayout(buttons)
        layout.addWidget(jobs)

    def refresh(self) -> None:
        """Re-read the log; one that no longer verifies is not shown at all, only the reason (Verify names it)."""
        service = self.session.service
        try:
            steps = service.log_entries()
        except PrevistaError as error:
            steps = ()
            self.jobs.banner.error(str(error))
        problem = service.log_problem()
        self.accept_button.setVisible(problem is not None)
        if problem is not None:
            self.jobs.banner.error(self.tr("The processing log does not match the project's record of it: {0} "
                                           "Every change is refused until it does. Put back the good copy of "
                                           "processing-log.jsonl if you have one; only if none exists, record the "
                                           "loss.").format(problem))
        self._all = _frame(steps)
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for action in self._all["action"].drop_nulls().unique().sort():
            self.action.addItem(action, action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))
        self.action.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        frame = self._all
        action = self.action.currentData()
        if action is not None:
            frame = frame.filter(pl.col("action") == action)
        text = self.filter.text().strip().lower()
        if text:
            contains = (pl.col(column).fill_null("").str.to_lowercase().str.contains(text, literal=True)
                        for column in _SEARCHED)
            frame = frame.filter(pl.any_horizontal(contains))
        self.model.set_frame(frame)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.shown.setText(self.tr("Showing {0} of {1} entries.").format(frame.height, self._all.height))

    def verify(self) -> None:
        """Chain, signatures and head, then the project's own record of where the log must end (as the CLI does)."""
        self.jobs.run(self.tr("Verifying the processing log"), self.session.service.verify_log, self._verified,
                      failed=self._failed)

    def _verified(self, result: LogCheck) -> None:
        if result.problem is not None:
            self._failed(result.problem)
        elif result.signatures_checked:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact, every entry and the head signed by the "
                                        "project's key; the log ends where the project's last commit says.")
                                .format(result.entries))
        else:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact; signatures NOT checked: anyone can "
                                        "rebuild a hash chain.").format(result.entries))

    def accept_loss(self) -> None:
        """The last resort, asked for explicitly: the loss is recorded in the log for good."""
        question = self.tr("Record in the processing log that it no longer matches the project's record? The "
                           "entries that are missing stay missing, the record of the loss stays in the log for "
                           "good, and a DPO's saved checkpoint will no longer match. Do this only when no good copy "
                           "of the log exists.")
        service = self.session.service
        self.jobs.confirmed(self.tr("Recording the log loss"), question, service.accept_log_loss, self._loss_recorded)

    def _loss_recorded(self, step: LoggedStep) -> None:
        self.refresh()
        self.jobs.banner.ok(self.tr("The loss is recorded in log entry {0}; changes are possible again.")
                            .format(step.seq))

    def _failed(self, problem: str) -> None:
        self.jobs.banner.error(self.tr("FAILED: {0}").format(problem))

    def export(self) -> None:
        """CSV for a spreadsheet or JSON for a script, chosen by the file name's ending."""
        path = dialogs.save_path(self, self.tr("Export the processing log"), "processing-log.csv",
                                 self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if path is None:
            return
        fmt: Literal["csv", "json"] = "json" if path.suffix.lower() == ".json" else "csv"
        service = self.session.service
        self.jobs.run(self.tr("Exporting the processing log"), lambda progress: service.export_log(fmt, path, progress),
                      lambda _result: self.jobs.banner.ok(self.tr("Exported the processing log as {0} to {1}.")
                                                          .format(fmt.upper(), path)))

    def export_key(self) -> None:
        """The public key lets a DPO verify the log without the data passphrase."""
        path = dialogs.save_path(self, self.tr("Export the log's public key"), "processing-log.pub",
                                 self.tr("Public key (*.pub *.pem)"))
        if path is None:
            return
        service = self.session.service
        self.jobs.run(self.tr("Exporting the public key"),
                      lambda progress: service.export_log_public_key(path, progress),
                      lambda _result: self.jobs.banner.ok(self.tr("Wrote the log's public key to {0}: hand it to the "
                                                                  "DPO with the log.").format(path)))
