"""The project's imports so far, and undoing the last one: what it would change is shown and confirmed first.

Files are named by kind, format, row count and the start of their SHA-256: the project never stores file
names, since an export's name can itself name a person.  Reading the history and planning the undo run as
jobs like every other read of the project; undoing is one logged commit in core.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from prevista.core.ingest.undo import ImportRecord, UndoPlan, UndoResult
from prevista.gui import dialogs
from prevista.gui.frame_model import FrameModel
from prevista.gui.glossary import Term, tip
from prevista.gui.locale_format import human_time
from prevista.gui.screens.import_steps import kind_label
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel, bullets, plain_label
from prevista.privacy.schema import TableKind


def _kind(value: Any) -> str:
    return kind_label(TableKind(value)) if value in {k.value for k in TableKind} else str(value)


class ImportHistoryDialog(QDialog):
    """Every import that took effect, newest first, and the button that undoes the last one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import history"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for signal in (session.locked, session.closed):  # it reads the project: it goes with it
            signal.connect(self.reject)
        self.jobs = JobPanel(session)
        self.table = FrameModel(headers={"entry": self.tr("Log entry"), "time": self.tr("When"),
                                         "mode": self.tr("Mode"), "files": self.tr("Files"),
                                         "customers": self.tr("Customers"), "state": self.tr("State")})
        self.view = QTableView()
        self.view.setModel(self.table)
        self.view.setAccessibleName(self.tr("Imports, newest first"))
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.note = plain_label()
        self.note.setText(self.tr("Files are shown by kind, size and the start of their checksum: file names are "
                                  "not kept, because a name can itself identify a person."))
        self.undo_button = QPushButton(self.tr("&Undo the last import…"))
        tip(self.undo_button, Term.IMPORT_UNDO)
        self.undo_button.clicked.connect(self.plan_undo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.jobs)
        layout.addLayout(row)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        imports = self.session.service.imports
        self.jobs.run(self.tr("Reading the import history"), lambda _progress: imports.history(), self._show,
                      keep_message=True)

    def _show(self, records: list[ImportRecord]) -> None:
        self.table.set_frame(pl.DataFrame([self._row(r) for r in records], schema={
            "entry": pl.Int64, "time": pl.String, "mode": pl.String, "files": pl.String, "customers": pl.Int64,
            "state": pl.String}))
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        self.undo_button.setEnabled(any(r.undone_by is None for r in records[:1]))

    def _row(self, record: ImportRecord) -> dict[str, Any]:
        files = "\n".join(self.tr("{0}, {1}, {2} rows ({3}…)").format(_kind(f["kind"]), f["format"], f["rows"],
                                                                     f["sha256"]) for f in record.files)
        return {"entry": record.log_entry, "time": human_time(record.time),
                "mode": self.tr("added") if record.mode == "append" else self.tr("replaced"), "files": files,
                "customers": record.customers,
                "state": self.tr("undone (log entry {0})").format(record.undone_by) if record.undone_by
                else self.tr("in effect")}

    # ----- undo -------------------------------------------------------------------------------
    def plan_undo(self) -> None:
        self.undo_button.setEnabled(False)  # until the history is read again
        imports = self.session.service.imports
        self.jobs.run(self.tr("Checking what undoing would change"), lambda _progress: imports.plan_undo(),
                      self._confirm)

    def describe(self, plan: UndoPlan) -> str:
        """What the undo changes, in words: tables back, tables gone, customers gone, what stays."""
        lines = [self.tr("{0}: back to {1} rows").format(_kind(name), rows) for name, rows in plan.restored.items()
                 if name in {k.value for k in TableKind}]
        lines += [self.tr("{0}: removed (the import created it)").format(_kind(name)) for name in plan.removed]
        lines.append(self.tr("{0} customers the import added are removed").format(plan.new_customers))
        if plan.model_stale:
            lines.append(self.tr("the models were trained on this data: retrain them afterwards"))
        return (self.tr("Undo the import of {0}?").format(human_time(plan.import_time)) + "\n" + bullets(lines)
                + "\n" + self.tr("Opt-outs and erasures recorded since stay in force."))

    def _confirm(self, plan: UndoPlan) -> None:
        if not plan.possible:
            self.jobs.banner.error(self.tr("The last import cannot be undone: {0}.").format("; ".join(plan.blocked)))
            return
        if not dialogs.confirm(self, self.tr("Undo the last import"), self.describe(plan)):
            self.undo_button.setEnabled(True)
            return
        imports = self.session.service.imports
        self.jobs.run(self.tr("Undoing the last import"), lambda _progress: imports.undo(plan), self._undone,
                      changes_data=True)

    def _undone(self, result: UndoResult) -> None:
        self.reload()
        self.jobs.banner.show_message(self.tr("The import was undone (processing log entry {0}).")
                                      .format(result.log_entry), "ok")
