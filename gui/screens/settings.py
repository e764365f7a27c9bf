"""Settings: the app's own (operator name, language, auto-lock) and the open project's (purpose, k, record)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prevista.core.project.settings import MIN_SEGMENT_SIZE_FLOOR, settings, update_settings
from prevista.core.runtime.preferences import LANGUAGES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel, LegalBasisChoice, scrolling_page

RECORD_FIELDS = ("controller_name", "controller_contact", "dpo_contact", "recipients", "third_country_transfers",
                 "retention_description", "organisational_measures")


class SettingsPage(Page):
    lock_minutes_changed = Signal(int)
    navigate = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._app_box())
        layout.addWidget(self._project_box())
        layout.addStretch()
        scrolling_page(self, content, self.jobs)

    def title(self) -> str:
        return self.tr("Settings")

    # ----- the app ---------------------------------------------------------------------------
    def _app_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.session.operator)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        save = QPushButton(self.tr("Save &preferences"))
        save.clicked.connect(self.save_preferences)
        form = QFormLayout(box)
        form.addRow(self.tr("&Operator name (in the processing log):"), self.operator)
        form.addRow(self.tr("&Language (after restart):"), self.language)
        form.addRow(self.tr("&Lock after idle:"), self.lock_minutes)
        form.addRow("", save)
        return box

    def _show_preferences(self) -> None:
        prefs = self.session.prefs
        self.operator.setText(prefs.operator)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.lock_minutes.setValue(prefs.lock_minutes)

    def save_preferences(self) -> None:
        prefs = self.session.prefs
        prefs.operator = self.operator.text().strip()
        prefs.language = self.language.currentData()
        prefs.lock_minutes = self.lock_minutes.value()
        try:
            prefs.save()
        except OSError as exc:
            self.jobs.banner.error(self.tr("Could not save the preferences: {0}").format(exc.strerror))
            return
        self.lock_minutes_changed.emit(prefs.lock_minutes)
        self.jobs.banner.ok(self.tr("Preferences saved."))

    # ----- the project -----------------------------------------------------------------------
    def _project_box(self) -> QGroupBox:
        self.project_box = QGroupBox(self.tr("This project"))
        self.purpose = QLineEdit()
        self.legal_basis = LegalBasisChoice()
        self.min_segment = QSpinBox()
        self.min_segment.setRange(MIN_SEGMENT_SIZE_FLOOR, 100_000)
        self.max_age = QSpinBox()
        self.max_age.setRange(30, 3650)
        self.max_age.setSuffix(self.tr(" days"))
        self.record = {key: QLineEdit() for key in RECORD_FIELDS}
        labels = {
            "controller_name": self.tr("&Controller (your business):"),
            "controller_contact": self.tr("Controller con&tact:"),
            "dpo_contact": self.tr("&DPO contact:"),
            "recipients": self.tr("Reci&pients:"),
            "third_country_transfers": self.tr("Third-country trans&fers:"),
            "retention_description": self.tr("Retention (in &words):"),
            "organisational_measures": self.tr("Organisational &measures:"),
        }
        save = QPushButton(self.tr("&Save project settings"))
        save.clicked.connect(self.save_project)
        self.jobs.guard(save)
        retention = QPushButton(self.tr("Retention &policies…"))
        retention.clicked.connect(lambda: self.navigate.emit("privacy"))
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(retention)
        buttons.addStretch()
        form = QFormLayout(self.project_box)
        form.addRow(self.tr("Default p&urpose:"), self.purpose)
        form.addRow(self.tr("Default le&gal basis:"), self.legal_basis)
        form.addRow(self.tr("S&mallest segment shown (k):"), self.min_segment)
        form.addRow(self.tr("Recommend retraining a&fter:"), self.max_age)
        for key in RECORD_FIELDS:
            form.addRow(labels[key], self.record[key])
        form.addRow("", buttons)
        return self.project_box

    def refresh(self) -> None:
        self._show_preferences()
        self.project_box.setEnabled(self.session.is_open)
        if not self.session.is_open:
            return
        current = settings(self.session.store)
        self.purpose.setText(current["purpose"])
        self.legal_basis.select(current["legal_basis"])
        self.min_segment.setValue(int(current["min_segment_size"]))
        self.max_age.setValue(int(current["model_max_age_days"]))
        for key, field in self.record.items():
            field.setText(current[key])

    def changes(self) -> dict[str, str]:
        """Only what differs from the stored settings, as text: core validates and types it."""
        wanted: dict[str, Any] = {"purpose": self.purpose.text().strip(), "legal_basis": self.legal_basis.currentData(),
                                  "min_segment_size": self.min_segment.value(), "model_max_age_days": self.max_age.value(),
                                  **{key: field.text().strip() for key, field in self.record.items()}}
        current = settings(self.session.store)
        return {key: str(value) for key, value in wanted.items() if str(current[key]) != str(value)}

    def save_project(self) -> None:
        changes = self.changes()
        if not changes:
            self.jobs.banner.info(self.tr("Nothing changed."))
            return
        store, operator = self.session.store, self.session.operator
        self.jobs.run(self.tr("Saving settings"),
                      lambda _progress: update_settings(store, changes, operator=operator),
                      lambda _result: self.jobs.banner.ok(self.tr("Project settings saved and logged.")),
                      changes_data=True)
