"""The DPO's way in: verify a processing log without the passphrase, read every entry whole, file it as a PDF.

A DPO may not see the data, so this page needs no project: only the log (as a file, in the DPO log package
the Privacy screen exports, or in a handover bundle) and the project's key, pinned by the fingerprint kept
when the project was created.  The entries view below is also the Privacy screen's log table, so both show
an entry the same way: a table to scan, and a pane with the selected entry's purpose and details in full.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

import polars as pl
from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from prevista.core.services.audit import LoggedStep, LogInspection, inspect_file, write_log_pdf
from prevista.gui import dialogs
from prevista.gui.core_text import said
from prevista.gui.frame_model import FrameModel
from prevista.gui.locale_format import human_time
from prevista.gui.log_names import action_name, fields, summary
from prevista.gui.report_language import IN_WINDOW_LANGUAGE
from prevista.gui.session import Session
from prevista.gui.table_actions import FITS_OWN_COLUMNS
from prevista.gui.widgets import JobPanel

_SCHEMA = {"seq": pl.Int64, "time": pl.String, "action": pl.String, "operator": pl.String, "purpose": pl.String,
           "legal_basis": pl.String, "summary": pl.String}
_SEARCHED = ("action", "operator", "purpose", "legal_basis", "summary")
_NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any": a log entry is never that old


def _frame(steps: tuple[LoggedStep, ...]) -> pl.DataFrame:
    """The entries in the reader's words; the time and the action stay as logged, for the filters (:func:`_shown`
    writes them the reader's way)."""
    rows = [(step.seq, step.time, step.action, step.operator, _said("Settings", step.purpose),
             _said("LegalBasis", step.legal_basis), summary(step)) for step in steps]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def _said(context: str, text: str | None) -> str | None:
    return said(context, text) if text else text


def _shown(frame: pl.DataFrame) -> pl.DataFrame:
    """Times in the reader's locale and time zone, actions by their names."""
    return frame.with_columns(pl.col("time").map_elements(human_time, return_dtype=pl.String),
                              pl.col("action").map_elements(action_name, return_dtype=pl.String))


def _date_edit(name: str, any_text: str) -> QDateEdit:
    """A date that may be left open: at its minimum it reads ``any_text`` and does not filter."""
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(any_text)
    edit.setDate(_NO_DATE)
    return edit


class LogEntriesView(QWidget):
    """Log entries to scan and narrow down (action, text, dates), and the selected one whole beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: dict[int, LoggedStep] = {}
        self._all = pl.DataFrame(schema=_SCHEMA)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the log"))
        self.filter.setPlaceholderText(self.tr("Action, operator, purpose or details contain…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.currentIndexChanged.connect(self._apply)
        self.since = _date_edit(self.tr("From date"), self.tr("any"))
        self.until = _date_edit(self.tr("Until date"), self.tr("any"))
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._apply)
        dates = QHBoxLayout()
        since_label, until_label = QLabel(self.tr("Fro&m:")), QLabel(self.tr("Un&til:"))
        since_label.setBuddy(self.since)
        until_label.setBuddy(self.until)
        for widget in (since_label, self.since, until_label, self.until):
            dates.addWidget(widget)
        dates.addStretch()
        filters = QFormLayout()
        filters.addRow(self.tr("&Filter:"), self.filter)
        filters.addRow(self.tr("&Action:"), self.action)
        filters.addRow(dates)
        self.model = FrameModel(self._all, headers={
            "seq": self.tr("No."), "time": self.tr("Time"), "action": self.tr("Action"),
            "operator": self.tr("Operator"), "purpose": self.tr("Purpose"), "legal_basis": self.tr("Legal basis"),
            "summary": self.tr("Counts and details")})
        self.table = self._table()
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The selected entry in full"))
        self.detail.setPlaceholderText(self.tr("Select an entry to read it in full."))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.shown = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.shown)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Processing log entries"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setProperty(FITS_OWN_COLUMNS, True)  # its long text columns share the width: the pane shows them whole
        table.verticalHeader().hide()  # the entry number is a column of its own
        header = table.horizontalHeader()
        for column in range(len(_SCHEMA)):  # number, time, action, operator in full; the free text shares the rest,
            short = column < 4  # cut off where narrow: the detail pane shows it whole, so nothing scrolls sideways
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if short
                                        else QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._selected)
        return table

    def set_steps(self, steps: tuple[LoggedStep, ...]) -> None:
        """Show ``steps``; the chosen action and filters stay as they were, so a re-read keeps the DPO's view."""
        self._steps = {step.seq: step for step in steps}
        self._all = _frame(steps)
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for action in self._all["action"].drop_nulls().unique().sort():
            self.action.addItem(action_name(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))
        self.action.blockSignals(False)
        self._apply()

    def _chosen_dates(self) -> tuple[str | None, str | None]:
        since, until = self.since.date(), self.until.date()
        return (since.toString("yyyy-MM-dd") if since != _NO_DATE else None,
                until.toString("yyyy-MM-dd") if until != _NO_DATE else None)

    def _apply(self) -> None:
        frame = self._all
        action = self.action.currentData()
        if action is not None:
            frame = frame.filter(pl.col("action") == action)
        since, until = self._chosen_dates()
        day = pl.col("time").str.slice(0, 10)  # ISO times, so the date is the first ten characters
        if since is not None:
            frame = frame.filter(day >= since)
        if until is not None:
            frame = frame.filter(day <= until)
        frame = _shown(frame)
        text = self.filter.text().strip().lower()
        if text:
            contains = (pl.col(column).fill_null("").str.to_lowercase().str.contains(text, literal=True)
                        for column in _SEARCHED)
            frame = frame.filter(pl.any_horizontal(contains))
        self.model.set_frame(frame)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.shown.setText(self.tr("Showing {0} of {1} entries.").format(frame.height, self._all.height))

    def shown_steps(self) -> tuple[LoggedStep, ...]:
        """The entries the filters let through, in the table's order."""
        return tuple(self._steps[seq] for seq in self.model.frame["seq"])

    def selection(self) -> str | None:
        """How the view is narrowed, in words for the PDF; None when everything is shown."""
        parts = []
        if self.action.currentData() is not None:
            parts.append(self.tr("action {0}").format(action_name(self.action.currentData())))
        if self.filter.text().strip():
            parts.append(self.tr("containing \"{0}\"").format(self.filter.text().strip()))
        since, until = self._chosen_dates()
        if since is not None:
            parts.append(self.tr("from {0}").format(since))
        if until is not None:
            parts.append(self.tr("until {0}").format(until))
        return ", ".join(parts) or None

    def selected_step(self) -> LoggedStep | None:
        rows = self.table.selectionModel().selectedRows()
        return self._steps[int(self.model.frame["seq"][rows[0].row()])] if rows else None

    def _selected(self, *_args: QItemSelection) -> None:
        step = self.selected_step()
        self.detail.setHtml(self._detail_html(step) if step is not None else "")

    def _detail_html(self, step: LoggedStep) -> str:
        """Every field of the entry, wrapped rather than cut: the pane is where long purposes are read."""
        rows = [(self.tr("Entry"), str(step.seq)), (self.tr("Time"), human_time(step.time)),
                (self.tr("Action"), action_name(step.action)), (self.tr("Operator"), step.operator or "—"),
                (self.tr("Purpose"), _said("Settings", step.purpose) or "—"),
                (self.tr("Legal basis"), _said("LegalBasis", step.legal_basis) or "—"), *fields(step)]
        cells = "".join(f"<tr><th align='left' valign='top'>{html.escape(label)}</th>"
                        f"<td>{html.escape(value)}</td></tr>" for label, value in rows)
        return f"<table cellspacing='4'>{cells}</table>"


class VerifyLogPanel(QWidget):
    """Pick the log (or package, or bundle) and the key or its fingerprint; see the verdict and the entries."""

    back = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.inspection: LogInspection | None = None
        heading = QLabel(self.tr("Verify a processing log"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(self.tr("For the data-protection officer: check that nobody changed a project's processing "
                               "log, without its passphrase. Pick the log package exported on the Privacy screen "
                               "(or the log file, or a handover bundle) and type the key fingerprint you kept when "
                               "the project was created."))
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Log, package or bundle"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Public key file"))
        self.key.setPlaceholderText(self.tr("Optional: the key in the package or beside the log is used"))
        self.earlier = QLineEdit()
        self.earlier.setAccessibleName(self.tr("Earlier package or checkpoint"))
        self.earlier.setPlaceholderText(self.tr("Optional: shows whether entries were removed or changed since"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        self.fingerprint.setPlaceholderText(self.tr("64 hexadecimal digits, as shown when the project was created"))
        source_browse = QPushButton(self.tr("Br&owse…"))
        source_browse.clicked.connect(self._pick_source)
        key_browse = QPushButton(self.tr("Brow&se…"))
        key_browse.clicked.connect(self._pick_key)
        earlier_browse = QPushButton(self.tr("Brows&e…"))
        earlier_browse.clicked.connect(self._pick_earlier)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Log, package or bundle:"), self.source),
                    self._with_button(self.source, source_browse))
        form.addRow(self._label(self.tr("Public &key file:"), self.key), self._with_button(self.key, key_browse))
        form.addRow(self.tr("Key fin&gerprint:"), self.fingerprint)
        form.addRow(self._label(self.tr("Earlier pa&ckage or checkpoint:"), self.earlier),
                    self._with_button(self.earlier, earlier_browse))
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self.back)
        self.jobs = JobPanel(session)
        self.jobs.guard(self.verify_button, self.pdf_button)
        self.entries = LogEntriesView()
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.jobs)
        layout.addWidget(self.entries, 1)
        self.reset()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A form row whose field is a layout gets no buddy of its own: without one the mnemonic shows as '&'."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _with_button(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(button)
        return row

    def reset(self) -> None:
        """Nothing of a log checked before stays on the page: each visit starts empty."""
        for field in (self.source, self.key, self.fingerprint, self.earlier):
            field.clear()
        self._show(None)
        self.jobs.banner.clear_message()
        self.source.setFocus()

    def _show(self, inspection: LogInspection | None) -> None:
        self.inspection = inspection
        self.entries.set_steps(inspection.steps if inspection else ())
        self.pdf_button.setVisible(inspection is not None)

    def _pick_source(self) -> None:
        paths = dialogs.open_paths(self, self.tr("Choose the processing log, log package or handover bundle"),
                                   self.tr("Logs and packages (*.zip *.jsonl);;All files (*)"))
        if paths:
            self.source.setText(str(paths[0]))

    def _pick_key(self) -> None:
        paths = dialogs.open_paths(self, self.tr("Choose the log's public key"),
                                   self.tr("Public key (*.pub *.pem);;All files (*)"))
        if paths:
            self.key.setText(str(paths[0]))

    def _pick_earlier(self) -> None:
        paths = dialogs.open_paths(self, self.tr("Choose the earlier log package or checkpoint you kept"),
                                   self.tr("Packages and checkpoints (*.zip *.json);;All files (*)"))
        if paths:
            self.earlier.setText(str(paths[0]))

    def verify(self) -> None:
        """Off the UI thread: a large log takes a moment to check, a package has to be unpacked first."""
        if not self.source.text().strip():
            self.jobs.banner.error(self.tr("Choose the log, package or bundle first."))
            return
        source = Path(self.source.text().strip())
        key = Path(self.key.text().strip()) if self.key.text().strip() else None
        fingerprint = self.fingerprint.text().strip() or None
        earlier = Path(self.earlier.text().strip()) if self.earlier.text().strip() else None
        self._show(None)
        self.jobs.run(self.tr("Verifying the processing log"),
                      lambda progress: inspect_file(source, public_key=key, fingerprint=fingerprint,
                                                    checkpoint=earlier, progress=progress),
                      self._inspected)

    def _inspected(self, inspection: LogInspection) -> None:
        self._show(inspection)
        result = inspection.verdict.result
        if not result.ok:
            self.jobs.banner.error(self.tr("FAILED: {0}. The entries below are as read from the file and cannot be "
                                           "relied on from entry {1} on.").format(result.problem, result.first_bad))
        elif inspection.verdict.against_checkpoint:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact, every entry and the head signed by "
                                        "the project's key you kept, and the log continues the earlier package or "
                                        "checkpoint: nothing up to it was removed or changed.").format(result.entries))
        elif result.key_kept:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact, every entry and the head signed by "
                                        "the project's key with the fingerprint you kept.").format(result.entries))
        elif result.signatures_checked:
            self.jobs.banner.info(self.tr("Hash chain intact and signed ({0} entries), but only by the key that came "
                                        "with the log (fingerprint {1}): whoever could change the log could have "
                                        "replaced that key too. Type the fingerprint you kept to be sure.")
                                .format(result.entries, result.key_fingerprint))
        else:
            self.jobs.banner.ok(self.tr("OK: {0} entries, hash chain intact; signatures NOT checked (no public "
                                        "key): anyone can rebuild a hash chain.").format(result.entries))

    def export_pdf(self) -> None:
        """The verdict and the entries shown (as filtered) as a PDF to file."""
        inspection = self.inspection
        if inspection is None:
            return
        path = dialogs.save_path(self, self.tr("Export the processing log as PDF"), "processing-log.pdf",
                                 self.tr("PDF (*.pdf)"))
        if path is None:
            return
        # the actions by their plain names: the PDF is read, the log itself keeps its identifiers
        steps = tuple(replace(step, action=action_name(step.action)) for step in self.entries.shown_steps())
        selection = self.entries.selection()
        self.jobs.run(self.tr("Writing the PDF"),
                      lambda progress: write_log_pdf(inspection, path, steps=steps, selection=selection,
                                                     progress=progress, translate=IN_WINDOW_LANGUAGE),
                      lambda _path: self.jobs.banner.ok(self.tr("Wrote the processing log as PDF to {0}.")
                                                        .format(path)), keep_message=True)
