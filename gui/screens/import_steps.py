"""The steps of the import wizard: files, preview and mapping, quality report, purpose, result.

Each step only shows what core planned and collects what the user decided;
the wizard page (``import_wizard``) runs the jobs and moves between steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from html import escape
from pathlib import Path

import polars as pl
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.ingest import parsing
from prevista.core.ingest.importer import ImportOptions, ImportPlan, ImportResult, value_choices
from prevista.core.ingest.quality import AND_MORE, ColumnReport, Finding, QualityReport, Remedy
from prevista.core.ingest.staging import StagedTable
from prevista.core.project.settings import ProjectSettings
from prevista.gui.core_text import said
from prevista.gui.frame_model import FrameModel
from prevista.gui.locale_format import fmt as filled
from prevista.gui.locale_format import human_date, number, percent, significant
from prevista.gui.widgets import Banner, LegalBasisChoice, labelled, plain_label
from prevista.privacy.schema import Role, TableKind

PREVIEW_ROWS = 20


def kind_label(kind: TableKind) -> str:
    """A table kind in the user's language (core's enum values are identifiers, not words)."""
    words = {TableKind.CUSTOMERS: QCoreApplication.translate("TableKind", "customers"),
             TableKind.TRANSACTIONS: QCoreApplication.translate("TableKind", "transactions"),
             TableKind.INTERACTIONS: QCoreApplication.translate("TableKind", "interactions"),
             TableKind.USAGE: QCoreApplication.translate("TableKind", "usage events")}
    return words[kind]


CRM_NAMES = {"hubspot": "HubSpot", "salesforce": "Salesforce", "pipedrive": "Pipedrive", "zoho": "Zoho"}


def preset_label(preset: str) -> str:
    """The CRM template a file was read with: the CRM's own name, or a word for none (core's names are identifiers)."""
    return CRM_NAMES.get(preset, QCoreApplication.translate("MappingStep", "generic") if preset == "generic" else preset)


def mapping_label(source: str) -> str:
    """Where the column roles came from: detected, or saved from an earlier import; and whether the user changed them."""
    base = (QCoreApplication.translate("MappingStep", "saved from an earlier import") if source.startswith("saved")
            else QCoreApplication.translate("MappingStep", "detected"))
    if "+" in source:
        return filled(QCoreApplication.translate("MappingStep", "{0}, changed by you"), base)
    return base


ROLE_ORDER = (Role.CUSTOMER_ID, Role.IDENTIFIER, Role.DATE, Role.NUMBER, Role.CATEGORY, Role.LABEL, Role.CONSENT,
              Role.TEXT, Role.IGNORE)


def role_label(role: Role) -> str:
    """A column role as the Columns step names it (core's values are identifiers, not words)."""
    words = {
        Role.CUSTOMER_ID: QCoreApplication.translate("MappingStep", "Customer ID (replaced by an encrypted ID)"),
        Role.IDENTIFIER: QCoreApplication.translate("MappingStep", "Direct identifier (name, e-mail, phone, address…)"),
        Role.DATE: QCoreApplication.translate("MappingStep", "Date"),
        Role.NUMBER: QCoreApplication.translate("MappingStep", "Number"),
        Role.CATEGORY: QCoreApplication.translate("MappingStep", "Category"),
        Role.LABEL: QCoreApplication.translate("MappingStep", "Label (e.g. churned)"),
        Role.CONSENT: QCoreApplication.translate("MappingStep", "Consent / opt-out flag"),
        Role.TEXT: QCoreApplication.translate("MappingStep", "Free text (dropped)"),
        Role.IGNORE: QCoreApplication.translate("MappingStep", "Ignore (not imported)"),
    }
    return words[role]


FORMAT_KINDS = {Role.DATE.value: "date", Role.NUMBER.value: "number"}  # roles whose values are read in a format


def format_choices(kind: str, sample: pl.Series) -> list[str]:
    """Every format core knows for a date or number column, those reading every sampled value first
    (03/04/2024 reads day-first and month-first alike, so both lead and the user picks)."""
    if kind == "date":
        known: tuple[str, ...] = (*parsing.DATE_FORMATS, *parsing.NUMBER_DATES)
        fitting = parsing.date_format_candidates(sample)
        fitting += [fmt for fmt in parsing.NUMBER_DATES if parsing.number_date_share(sample, fmt) == 1]
    else:
        known, fitting = tuple(parsing.NUMBER_FORMATS), parsing.number_format_candidates(sample)
    return fitting + [fmt for fmt in known if fmt not in fitting]


def read_as(kind: str, value: str, fmt: str) -> str | None:
    """How one value reads under a format, written the window's way; None when the format cannot read it."""
    parsed = parsing.parse_column(pl.Series([value]), kind, fmt).values[0]
    if parsed is None:
        return None
    if isinstance(parsed, date):  # a month name, so day-first and month-first cannot be confused
        day = QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), QLocale.FormatType.LongFormat)
        if isinstance(parsed, datetime) and parsed.time() != datetime.min.time():
            return day + " " + QLocale().toString(QTime(parsed.hour, parsed.minute, parsed.second),
                                                  QLocale.FormatType.ShortFormat)
        return day
    return significant(float(parsed), 15)


def format_label(fmt: str) -> str:
    """A format in plain words: number formats by their marks, dates by their pattern (DD/MM/YYYY)."""
    words = {
        "integer": QCoreApplication.translate("MappingStep", "whole numbers (1234)"),
        "decimal-point": QCoreApplication.translate("MappingStep", "decimal point (1234.5)"),
        "decimal-comma": QCoreApplication.translate("MappingStep", "decimal comma (1234,5)"),
        "thousands-comma": QCoreApplication.translate("MappingStep", "comma thousands, decimal point (1,234.5)"),
        "thousands-dot": QCoreApplication.translate("MappingStep", "dot thousands, decimal comma (1.234,5)"),
        "thousands-space": QCoreApplication.translate("MappingStep", "space thousands, decimal comma (1 234,5)"),
        parsing.EXCEL_SERIAL: QCoreApplication.translate("MappingStep", "spreadsheet day numbers (45292)"),
        parsing.UNIX_SECONDS: QCoreApplication.translate("MappingStep", "Unix time, seconds (1700000000)"),
        parsing.UNIX_MILLISECONDS: QCoreApplication.translate("MappingStep", "Unix time, milliseconds (1700000000000)"),
    }
    return words.get(fmt) or parsing.describe_format(fmt)


def _located(finding: Finding) -> str:
    """The rows a finding concerns, in the window's words (core keeps them, and the command line shows them, in
    English: ``Finding.located``)."""
    if not finding.locations:
        return ""
    listed = ", ".join(said("Findings", location) for location in finding.locations)
    more = finding.unlisted()
    return " (" + (filled(QCoreApplication.translate("Findings", AND_MORE), listed, more) if more > 0 else listed) + ")"


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FilesStep(QWidget):
    """The chosen export files; the page adds to it from the file dialog and from drops."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = plain_label()
        intro.setText(self.tr("Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks "
                              "(XLSX) or JSON — or drop them onto this page. Nothing is written to the project "
                              "until you press Import at the end."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files to import"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def add(self, paths: Iterable[Path]) -> None:
        """Add files not chosen yet, in the order given."""
        known = set(self.paths())
        fresh = []
        for path in map(Path, paths):
            if path not in known:
                known.add(path)
                fresh.append(path)
        for path in fresh:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if fresh:
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def clear(self) -> None:
        if self.list.count():
            self.list.clear()
            self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        """While a job reads the files, the choice stays as it is."""
        self.add_button.setEnabled(enabled)
        self.clear_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(self.list.selectedItems()))

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.add_button.isEnabled() and bool(self.list.selectedItems()))


class MappingStep(QWidget):
    """The first rows of each file and every column's role, detected by core and overridable here.

    ``roles``, ``formats``, ``allow_special`` and the identity option are the user's decisions; ``changed``
    tells the page that the plan no longer matches them and must be made again.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles: dict[str, Role] = {}
        self.allow_special: set[str] = set()
        self.formats: dict[str, str] = {}
        self._tables: list[StagedTable] = []
        self._previews: dict[Path, pl.DataFrame] = {}
        self._combos: dict[str, QComboBox] = {}
        self._format_combos: dict[str, QComboBox] = {}
        self._stored: dict[str, QLabel] = {}
        self._missing: dict[str, QLabel] = {}
        self._consents: dict[str, QCheckBox] = {}
        self.file_choice = QComboBox()
        self.file_choice.currentIndexChanged.connect(self._show_file)
        choice = labelled(self.tr("&File:"), self.file_choice)
        self.summary = plain_label()
        self.preview = FrameModel()
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview)
        self.preview_view.setAccessibleName(self.tr("First rows of the chosen file"))
        self.grid_area = QScrollArea()
        self.grid_area.setWidgetResizable(True)
        self.grid_area.setAccessibleName(self.tr("Column roles"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._titled(self.tr("First {0} rows").format(PREVIEW_ROWS), self.preview_view))
        splitter.addWidget(self._titled(self.tr("Column roles"), self.grid_area))
        self.keep_identities = QCheckBox(self.tr(
            "&Keep names and contact details in the separately encrypted identity table "
            "(needed to prepare action lists)"))
        self.keep_identities.toggled.connect(self.changed)
        note = plain_label()
        note.setText(self.tr("A role applies to every chosen file with a column of that name. Direct identifiers "
                             "are never used for analysis; without the identity table they are not stored at all."))
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.keep_identities)
        layout.addWidget(note)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_bold(title))
        layout.addWidget(widget)
        return box

    def _role_labels(self) -> dict[Role, str]:
        return {role: role_label(role) for role in ROLE_ORDER}

    def _stored_label(self, stored: str) -> str:
        labels = {"analysis": self.tr("used for analysis"), "identity table": self.tr("identity table"),
                  "encrypted ID": self.tr("encrypted ID"), "dropped": self.tr("dropped"),
                  "opt-out register": self.tr("opt-out register")}
        return labels.get(stored, stored)

    def reset(self) -> None:
        """New files: earlier decisions named columns that may no longer exist."""
        self.roles.clear()
        self.formats.clear()
        self.allow_special.clear()
        self.show_plan(None, {})

    def role_combo(self, column: str) -> QComboBox:
        """The role chooser of a column of the file shown."""
        return self._combos[column]

    def format_combo(self, column: str) -> QComboBox:
        """How the values of a date or number column of the file shown are written (hidden for other roles)."""
        return self._format_combos[column]

    def stored_as(self, column: str) -> str:
        """Where core would put a column of the file shown, as the grid says it."""
        return self._stored[column].text()

    def consent_box(self, column: str) -> QCheckBox:
        """The explicit-consent box of a special-category column of the file shown."""
        return self._consents[column]

    def show_plan(self, plan: ImportPlan | None, previews: dict[Path, pl.DataFrame]) -> None:
        """Show a new plan, staying on the file the user was looking at."""
        chosen = self.file_choice.currentText()
        self._tables = plan.tables if plan is not None else []
        self._previews = previews
        self.file_choice.blockSignals(True)
        self.file_choice.clear()
        for table in self._tables:
            self.file_choice.addItem(table.source.name)
        self.file_choice.setCurrentIndex(max(0, self.file_choice.findText(chosen)))
        self.file_choice.blockSignals(False)
        self._show_file()

    def _show_file(self) -> None:
        index = self.file_choice.currentIndex()
        if not 0 <= index < len(self._tables):
            self.summary.clear()
            self.preview.set_frame(pl.DataFrame())
            self._rebuild(None)
            return
        table = self._tables[index]
        report = table.report
        text = self.tr("{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.").format(
            report.file, kind_label(table.kind), preset_label(report.preset), mapping_label(report.mapping_source),
            number(report.rows), number(report.customers))
        if report.rows_without_customer:
            text += " " + self.tr("No column names the customer: these tickets feed the support-load forecast only, "
                                  "not any customer's features or risk. Give a column the Customer ID role if one "
                                  "does name the customer.")
        if report.first_date:
            text += " " + self.tr("Dates from {0} to {1}.").format(human_date(report.first_date),
                                                                  human_date(report.last_date or report.first_date))
        self.summary.setText(text)
        self.preview.set_frame(self._previews.get(table.source, pl.DataFrame()))
        self.preview_view.resizeColumnsToContents()
        if [c.column for c in report.columns] == list(self._combos):
            self._update_rows(report.columns)
        else:
            self._rebuild(table)

    def _rebuild(self, table: StagedTable | None) -> None:
        """A fresh grid for another file; a re-check of the same file updates in place (see ``_update_rows``)
        so the keyboard focus stays on the chooser the user just changed."""
        self._combos, self._format_combos, self._stored, self._missing, self._consents = {}, {}, {}, {}, {}
        columns = table.report.columns if table is not None else []
        content = QWidget()
        grid = QGridLayout(content)
        titles = [self.tr("Column"), self.tr("Role"), self.tr("Written as"), self.tr("Stored as"), self.tr("Missing")]
        if table is not None and any(c.special_category for c in table.mapping.columns):
            titles.append(self.tr("Art. 9 consent"))
        for position, title in enumerate(titles):
            grid.addWidget(_bold(title), 0, position)
        for row, column in enumerate(columns, start=1):
            name = plain_label()
            name.setText(column.column)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Role of column {0}").format(column.column))
            for role, text in self._role_labels().items():
                combo.addItem(text, role.value)
            combo.currentIndexChanged.connect(lambda _index, col=column.column: self._role_chosen(col))
            name.setBuddy(combo)
            self._combos[column.column] = combo
            self._format_combos[column.column] = self._format_combo(column.column)
            self._stored[column.column] = QLabel()
            self._missing[column.column] = QLabel()
            for position, widget in enumerate((name, combo, self._format_combos[column.column],
                                               self._stored[column.column], self._missing[column.column])):
                grid.addWidget(widget, row, position)
            special = table.mapping.column(column.column).special_category if table is not None else None
            if special:
                consent = QCheckBox(self.tr("Explicit consent recorded"))
                consent.setAccessibleName(self.tr("Explicit consent recorded for column {0}").format(column.column))
                consent.setToolTip(self.tr("This column looks like GDPR Art. 9 special-category data ({0}). Tick only "
                                           "if every customer gave explicit consent to this use; otherwise set its "
                                           "role to Ignore.").format(special))
                consent.toggled.connect(lambda checked, col=column.column: self._consent_changed(col, checked))
                self._consents[column.column] = consent
                grid.addWidget(consent, row, 5)
        grid.setColumnStretch(5, 1)
        grid.setRowStretch(len(columns) + 1, 1)
        self.grid_area.setWidget(content)
        self._update_rows(columns)

    def _update_rows(self, columns: list[ColumnReport]) -> None:
        for column in columns:
            combo = self._combos[column.column]
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(column.role))
            combo.blockSignals(False)
            self._show_formats(column)
            self._stored[column.column].setText(self._stored_label(column.stored))
            self._missing[column.column].setText(percent(column.missing_share, 1))
            if column.column in self._consents:
                box = self._consents[column.column]
                box.blockSignals(True)
                box.setChecked(column.column in self.allow_special)
                box.blockSignals(False)

    def _format_combo(self, column: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("How the values of column {0} are written").format(column))
        combo.setToolTip(self.tr("How the dates or numbers of this column are written. Each choice shows how the "
                                 "column's first value would read; the ways that read every value shown above "
                                 "come first."))
        combo.currentIndexChanged.connect(lambda _index: self._format_chosen(column))
        return combo

    def _show_formats(self, column: ColumnReport) -> None:
        """The formats of a date or number column, with the one the plan used chosen; none for other roles."""
        combo, kind = self._format_combos[column.column], FORMAT_KINDS.get(column.role)
        combo.blockSignals(True)
        combo.clear()
        combo.setVisible(kind is not None)
        if kind is not None:
            self._fill_formats(combo, kind, column)
        combo.blockSignals(False)

    def _shown_values(self, column: str) -> pl.Series:
        """The column's values in the preview of the file shown: the sample the user can check the formats on."""
        index = self.file_choice.currentIndex()
        preview = self._previews.get(self._tables[index].source) if 0 <= index < len(self._tables) else None
        if preview is None or column not in preview.columns:
            return pl.Series(column, [], dtype=pl.String)
        return parsing.normalise_missing(preview[column].cast(pl.String)).drop_nulls()

    def _fill_formats(self, combo: QComboBox, kind: str, column: ColumnReport) -> None:
        """No format at all (a column core could not read as dates) asks for one rather than showing a guess."""
        sample = self._shown_values(column.column)
        first = sample[0] if len(sample) else None
        if column.fmt is None:
            combo.addItem(self.tr("Choose how the values are written"), None)
        for fmt in format_choices(kind, sample):
            combo.addItem(self._format_text(kind, fmt, first), fmt)
        combo.setCurrentIndex(max(0, combo.findData(column.fmt)))

    def _format_text(self, kind: str, fmt: str, first: str | None) -> str:
        """'DD/MM/YYYY: 03/04/2024 → 3 April 2024', so the user sees which reading is right."""
        if first is None:
            return format_label(fmt)
        reading = read_as(kind, first, fmt)
        return self.tr("{0}: {1} → {2}").format(format_label(fmt), first,
                                                reading if reading is not None else self.tr("cannot be read"))

    def _format_chosen(self, column: str) -> None:
        fmt = self._format_combos[column].currentData()
        if fmt is not None:
            self.formats[column] = fmt
            self.changed.emit()

    def _role_chosen(self, column: str) -> None:
        """A new role drops the column's chosen format: a date pattern does not read numbers, nor the reverse."""
        self.roles[column] = Role(self._combos[column].currentData())
        self.formats.pop(column, None)
        self.changed.emit()

    def _consent_changed(self, column: str, checked: bool) -> None:
        if checked:
            self.allow_special.add(column)
        else:
            self.allow_special.discard(column)
        self.changed.emit()


class ReportStep(QWidget):
    """Core's data-quality report: refusals block the import, warnings must be confirmed."""

    confirmed = Signal()
    leave_out_changed = Signal()  # the user chose to leave guest rows out, or to take them back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: QualityReport | None = None
        self.leave_out = QCheckBox()
        self.leave_out.setVisible(False)
        self.leave_out.toggled.connect(self.leave_out_changed)
        self.verdict = Banner()
        self.findings = plain_label()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # read from the top
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Full data-quality report"))
        self.details.hide()  # the technical record (formats, encodings, every column): there for the curious
        self.show_details = QPushButton(self.tr("Show &technical details"))
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.confirm = QCheckBox(self.tr("I have &read the warnings and want to import anyway"))
        self.confirm.toggled.connect(self.confirmed)
        findings = QScrollArea()
        findings.setWidgetResizable(True)
        findings.setWidget(self.findings)
        findings.setAccessibleName(self.tr("Findings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(findings, 2)
        layout.addWidget(self.leave_out)
        layout.addWidget(self.confirm)
        layout.addWidget(self.show_details, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_details.setText(self.tr("Hide &technical details") if shown else self.tr("Show &technical details"))

    def show_report(self, report: QualityReport | None) -> None:
        """A new report needs a new confirmation: its warnings may differ from the ones confirmed."""
        self._report = report
        self._show_leave_out(report)
        self.confirm.setChecked(False)
        self.confirm.setVisible(report is not None and bool(report.warnings) and not report.refusals)
        self.details.setPlainText(report.to_text() if report is not None else "")
        if report is None:
            self.verdict.clear_message()
            self.findings.clear()
            return
        if report.refusals:
            self.verdict.error(self.tr(
                "Import refused: what is listed under \"Must be fixed\" has to be fixed first. Each finding says "
                "what to do: usually go Back to the Columns step and choose another role for a column, or correct "
                "the file and choose it again.")
                + (" " + self.tr("Rows without a customer ID can be left out with the box below.")
                   if not self.leave_out.isHidden() else ""))
        elif report.warnings:
            self.verdict.show_message(self.tr("Nothing refused. Read the warnings and confirm them to continue."),
                                      "warning")
        else:
            self.verdict.ok(self.tr("Nothing refused and no warnings: ready to import."))
        sections = ((self.tr("Must be fixed before importing"), report.refusals),
                    (self.tr("Check, then confirm below"), report.warnings), (self.tr("Good to know"), report.infos))
        self.findings.setText("".join(f"<h4>{escape(title)}</h4><ul>{''.join(self._item(f) for f in items)}</ul>"
                                      for title, items in sections if items))

    def _show_leave_out(self, report: QualityReport | None) -> None:
        """The one confirmation that leaves rows without a customer ID (guest orders) out instead of refusing
        the file; its state is the report's, so it always says what the plan did."""
        missing = sum(f.count or 0 for f in report.refusals if f.code == "missing-customer-id") if report else 0
        left_out = sum(t.rows_without_id_left_out for t in report.tables) if report else 0
        self.leave_out.blockSignals(True)
        self.leave_out.setChecked(bool(left_out))
        self.leave_out.blockSignals(False)
        self.leave_out.setVisible(bool(missing or left_out))
        self.leave_out.setText(self.tr("&Leave out the {0} rows that have no customer ID (guest orders); they are "
                                       "counted in the report and in the processing log").format(missing or left_out))

    def leaving_out(self) -> bool:
        """Whether the next plan leaves rows without a customer ID out."""
        return self.leave_out.isChecked()

    def _item(self, finding: Finding) -> str:
        """One finding in plain words: where, what, and what to do here (never a command-line option)."""
        where = ", ".join(p for p in (finding.file, self.tr("column “{0}”").format(finding.column)
                                      if finding.column else None) if p)
        remedies = [self._remedy(remedy, finding.column) for remedy in finding.remedies]
        joined = (" " + self.tr("Or") + " ").join(remedies)
        todo = (" <i>" + escape(self.tr("What to do: {0}").format(joined)) + "</i>") if remedies else ""
        said_here = escape(said("Findings", finding.message) + _located(finding))
        return f"<li>{'<b>' + escape(where) + '</b>: ' if where else ''}{said_here}{todo}</li>"

    def _remedy(self, remedy: Remedy, column: str | None) -> str:
        named = remedy.column or column
        if remedy.kind == "skip-rows-without-id":
            return self.tr("tick “Leave out the rows that have no customer ID” below.")
        if remedy.kind == "allow-special":
            return self.tr("only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” "
                           "on the Columns step.").format(named)
        if remedy.kind == "format":
            return self.tr("check a few values of “{0}” in the file; if they were read the wrong way round, choose "
                           "how they are written under “Written as” on the Columns step.").format(named)
        if remedy.value and named:
            return self.tr("on the Columns step, choose “{0}” for “{1}”.").format(role_label(Role(remedy.value)), named)
        if remedy.value:
            return self.tr("on the Columns step, choose “{0}” for the column that holds it.").format(
                role_label(Role(remedy.value)))
        return self.tr("on the Columns step, choose another role for “{0}”.").format(named)

    def ready(self) -> bool:
        """May the import go ahead: nothing refused, and any warnings confirmed."""
        report = self._report
        return report is not None and not report.refusals and (not report.warnings or self.confirm.isChecked())


class CommitStep(QWidget):
    """Purpose, legal basis and append-or-replace: what the processing log records for this import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited = False
        self.summary = plain_label()
        self.purpose = QLineEdit()
        self.purpose.textEdited.connect(self._edited)
        self.legal_basis = LegalBasisChoice()
        self.legal_basis.activated.connect(self._edited)
        self.append = QCheckBox(self.tr("&Append to the data already imported (otherwise each imported table "
                                        "replaces the stored table of the same kind)"))
        self.value = QComboBox()
        self.value.setToolTip(self.tr("What each customer is worth a year: revenue at risk is churn risk times this. "
                                      "A monthly fee or charge counts twelve times."))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("for example EUR"))
        self._current_value = ""
        self.import_button = QPushButton(self.tr("&Import"))
        form = QFormLayout()
        form.addRow(self.tr("P&urpose (logged):"), self.purpose)
        form.addRow(self.tr("Le&gal basis:"), self.legal_basis)
        form.addRow(self.tr("Customer &value:"), self.value)
        form.addRow(self.tr("C&urrency of amounts:"), self.currency)
        form.addRow("", self.append)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()

    def _edited(self) -> None:
        self.edited = True

    def load_defaults(self, current: ProjectSettings) -> None:
        """The project's purpose and legal basis, unless the user already changed them here."""
        self._current_value = current.value_column
        if not self.currency.isModified():
            self.currency.setText(current.currency)
        if self.edited:
            return
        self.purpose.setText(said("Settings", current.purpose))  # the default purpose in the window's language
        self.legal_basis.select(current.legal_basis)

    def _show_value_choices(self, plan: ImportPlan) -> None:
        """The customers' amounts of these files; without any, the setting stays as it is (None)."""
        choices = value_choices(plan)
        self.value.clear()
        if not choices:
            self.value.addItem(self.tr("As set (this import has no customer amounts)"), None)
        else:
            self.value.addItem(self.tr("Found in the data"), "")
            for column in choices:
                self.value.addItem(column, column)
            self.value.setCurrentIndex(max(0, self.value.findData(self._current_value)))
        self.value.setEnabled(bool(choices))

    def show_plan(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self.summary.clear()
            return
        self._show_value_choices(plan)
        files = ", ".join(self.tr("{0} ({1}, {2} rows)").format(t.source.name, kind_label(t.kind), t.rows_in)
                          for t in plan.tables)
        identities = (self.tr("kept in the separately encrypted identity table") if plan.options.keep_identities
                      else self.tr("dropped"))
        self.summary.setText(self.tr(
            "Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, "
            "and customers who opted out are removed. Nothing is written until you press Import.")
            .format(files, identities))

    def decide(self, options: ImportOptions) -> ImportOptions:
        """The planned options with what was chosen on this step."""
        return replace(options, purpose=self.purpose.text().strip(), legal_basis=self.legal_basis.currentData(),
                       append=self.append.isChecked(), value_column=self.value.currentData(),
                       currency=self.currency.text().strip().upper())


class DoneStep(QWidget):
    """What the import stored, and where to go next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = plain_label()
        self.again_button = QPushButton(self.tr("Import &more files"))
        self.models_button = QPushButton(self.tr("Go to M&odels to train"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.models_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        layout.addStretch()

    def show_result(self, result: ImportResult) -> None:
        tables = ", ".join(self.tr("{0}: {1} rows").format(kind_label(TableKind(name)), rows)
                           for name, rows in result.tables.items())
        self.result.setText(self.tr(
            "Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. "
            "The import is entry {4} of the processing log.").format(
            result.customers, result.new_customers, tables, result.opted_out_removed, result.log_entry)
            + (" " + self.tr("{0} rows without a customer ID were left out.").format(result.rows_without_id_left_out)
               if result.rows_without_id_left_out else "")
            + (" " + self.tr("{0} tickets name no customer: they feed the support-load forecast only.").format(
                result.tickets_without_customer) if result.tickets_without_customer else ""))
