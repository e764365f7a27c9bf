"""Settings: the app's own (operator name, language, auto-lock) and the open project's (purpose, k, record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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

from prevista.core.project.settings import SPECS, SettingSpec
from prevista.core.runtime.preferences import LANGUAGES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES
from prevista.gui.core_text import said
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel, LegalBasisChoice, scrolling_page

SPIN_MAX = 2**31 - 1  # QSpinBox's own limit: a lower cap would clamp a value set from the command line, and save it


@dataclass(frozen=True)
class SettingField:
    """One setting's widget, and how a stored value is shown in it and read back as text."""

    widget: QWidget
    show: Callable[[Any], None]
    text: Callable[[], str]


def setting_labels() -> dict[str, str]:
    """Translated, with mnemonics; a setting added in core without one here shows core's English label.
    The Art. 30 dialog asks for some of the same settings with the same words."""
    return {
        "purpose": QCoreApplication.translate("SettingsPage", "Default p&urpose:"),
        "legal_basis": QCoreApplication.translate("SettingsPage", "Default le&gal basis:"),
        "min_segment_size": QCoreApplication.translate("SettingsPage", "S&mallest segment shown (k):"),
        "model_max_age_days": QCoreApplication.translate("SettingsPage", "Recommend retraining a&fter:"),
        "controller_name": QCoreApplication.translate("SettingsPage", "&Controller (your business):"),
        "controller_contact": QCoreApplication.translate("SettingsPage", "Controller con&tact:"),
        "dpo_contact": QCoreApplication.translate("SettingsPage", "&DPO contact:"),
        "recipients": QCoreApplication.translate("SettingsPage", "Reci&pients:"),
        "third_country_transfers": QCoreApplication.translate("SettingsPage", "Third-country trans&fers:"),
        "retention_description": QCoreApplication.translate("SettingsPage", "Retention (in &words):"),
        "organisational_measures": QCoreApplication.translate("SettingsPage", "Organisational &measures:"),
        "support_cost_per_month": QCoreApplication.translate("SettingsPage", "Support cost per mont&h (0 = not entered):"),
        "pilot_cost": QCoreApplication.translate("SettingsPage", "Cost of the pilot itse&lf (0 = not entered):"),
        "value_column": QCoreApplication.translate("SettingsPage", "Customer &value column (empty = found in the data):"),
        "currency": QCoreApplication.translate("SettingsPage", "Curre&ncy (for example EUR):"),
    }


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
        """A row per setting, from core's specs: the form offers every setting and holds what core accepts."""
        self.project_box = QGroupBox(self.tr("This project"))
        self.fields = {spec.name: self._field(spec) for spec in SPECS}
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
        labels = setting_labels()
        for spec in SPECS:
            form.addRow(labels.get(spec.name, f"{spec.label}:"), self.fields[spec.name].widget)
        form.addRow("", buttons)
        return self.project_box

    def _field(self, spec: SettingSpec) -> SettingField:
        """The widget for one setting, chosen by its type, and how its value goes in and comes out as text."""
        if spec.choices:  # the legal basis, the one setting with choices: shown in the log's wording
            choice = LegalBasisChoice()
            return SettingField(choice, choice.select, lambda: str(choice.currentData()))
        if spec.kind is int:
            box = QSpinBox()
            box.setRange(spec.minimum or 0, SPIN_MAX)
            if spec.name == "model_max_age_days":
                box.setSuffix(self.tr(" days"))
            return SettingField(box, box.setValue, lambda: str(box.value()))
        line = QLineEdit()  # a default text (stored in English) shows in the window's language
        return SettingField(line, lambda value: line.setText(said("Settings", str(value))), lambda: line.text().strip())

    def refresh(self) -> None:
        self._show_preferences()
        self.project_box.setEnabled(self.session.is_open)
        if not self.session.is_open:
            return
        current = self.session.service.settings().as_dict()
        for name, field in self.fields.items():
            field.show(current[name])

    def changes(self) -> dict[str, str]:
        """Only what differs from the stored settings, as text: core checks and types it."""
        current = self.session.service.settings().as_dict()
        wanted = {name: field.text() for name, field in self.fields.items()}
        return {name: text for name, text in wanted.items()
                if text not in (str(current[name]), said("Settings", str(current[name])))}

    def save_project(self) -> None:
        changes = self.changes()
        if not changes:
            self.jobs.banner.info(self.tr("Nothing changed."))
            return
        service = self.session.service
        self.jobs.run(self.tr("Saving settings"), lambda progress: service.update_settings(changes, progress),
                      lambda _result: self.jobs.banner.ok(self.tr("Project settings saved and logged.")),
                      changes_data=True)
