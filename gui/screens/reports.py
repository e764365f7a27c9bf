"""The reports screen: hand the client a pilot report, hand the DPO the Art. 30 record, see what is at risk,
and at the end of the pilot hand over the results and close the pilot.

Gathering and writing run as jobs (a large project takes a while to sum up),
and the report service does all of it in one call; this screen only asks where
to save, shows the headline figures the pilot report will carry and the
re-identification risk.
Closing needs the handover bundle saved here, because after closing that
bundle and the processing log are all that is left; a closed pilot's screen
then offers only the Art. 30 record, which the log still supports.
The Art. 30 record asks first for the controller details it would otherwise
print as "not configured", and saves them as project settings (logged).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prevista.core.handover.bundle import PilotClosed
from prevista.core.project.closure import Closure
from prevista.core.project.settings import ProjectSettings
from prevista.core.reports.language import REPORTS
from prevista.core.reports.pilot import PilotData, PilotPrivacy, PilotReport
from prevista.core.reports.reidentification import ReidentificationRisk
from prevista.core.runtime.jobs import Progress
from prevista.core.services.reports import PilotPreview, Report
from prevista.gui import dialogs
from prevista.gui.core_text import said
from prevista.gui.locale_format import fmt, human_date, number
from prevista.gui.report_language import IN_WINDOW_LANGUAGE, said_nested
from prevista.gui.screens.page import Page
from prevista.gui.screens.settings import setting_labels
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel
from prevista.privacy.errors import PrevistaError

Writer = Callable[[Path, Progress], Path]  # writes the file chosen (a job's work, so it takes the progress)
KPI_KEYS = ("customers", "period", "churn", "revenue", "quality", "segments", "optouts", "retention", "log")


def _with_suffix(path: Path, fmt: str) -> Path:
    """The chosen format decides the file type; a name typed without its ending gets one."""
    suffix = f".{fmt}"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _button(text: str, tip: str, clicked: Callable[[], None]) -> QPushButton:
    """Every action on this screen says in a tooltip what it hands to whom."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(clicked)
    return button


class RecordSettingsDialog(QDialog):
    """Asks for the settings the Art. 30 record would otherwise print as "not configured"; all are needed."""

    def __init__(self, missing: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Details for the Art. 30 record"))
        labels = setting_labels()
        hints = {"controller_contact": self.tr("address, e-mail or phone"),
                 "dpo_contact": self.tr("the DPO's contact, or \u201cnone appointed\u201d"),
                 "organisational_measures": self.tr("e.g. access limited to two named staff, screen lock")}
        intro = QLabel(self.tr("The record of processing activities names who is responsible. These details are "
                               "not filled in yet; they are saved in the project's settings (the change is logged) "
                               "and used for every later record."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in missing:
            line = QLineEdit()
            line.setPlaceholderText(hints.get(name, ""))
            line.textChanged.connect(self._update)
            form.addRow(labels.get(name, name), line)
            self.fields[name] = line
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save and continue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(all(self.values().values()))

    def values(self) -> dict[str, str]:
        return {name: line.text().strip() for name, line in self.fields.items()}


class ReportsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self._stale = False
        self._bundle: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._save_box())
        self.preview_box = self._preview_box()
        self.risk_box = self._risk_box()
        layout.addWidget(self.preview_box)
        layout.addWidget(self.risk_box)
        layout.addWidget(self._handover_box())
        layout.addWidget(self.jobs)
        layout.addStretch(1)
        self.jobs.guard(self.format_box, self.pilot_button, self.art30_button, self.bundle_button, self.close_button)
        session.busy_changed.connect(self._busy_changed)

    def title(self) -> str:
        return self.tr("Reports")

    # ----- building ------------------------------------------------------------------
    def _save_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Save a report"))
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PDF"), "pdf")
        self.format_box.addItem(self.tr("HTML"), "html")
        label = QLabel(self.tr("&Format:"))
        label.setBuddy(self.format_box)
        self.pilot_button = _button(self.tr("Save the &pilot report…"),
                                    self.tr("Key figures, model quality, segment findings and a privacy summary "
                                            "for the client; aggregates only"), self.save_pilot_report)
        self.art30_button = _button(self.tr("Save the &Art. 30 record…"),
                                    self.tr("The record of processing activities (GDPR Art. 30) for the "
                                            "data-protection officer"), self.save_art30_record)
        row = QHBoxLayout(box)
        for widget in (label, self.format_box, self.pilot_button, self.art30_button):
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pilot report: headline figures"))
        form = QFormLayout(box)
        labels = (self.tr("Customers analysed:"), self.tr("Data period:"), self.tr("Predicted churn:"),
                  self.tr("Revenue at risk:"), self.tr("Churn model quality:"), self.tr("Segments:"),
                  self.tr("Opt-outs honoured:"), self.tr("Retention:"), self.tr("Processing log:"))
        self.kpis: dict[str, QLabel] = {}
        for key, text in zip(KPI_KEYS, labels, strict=True):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setAccessibleName(text.rstrip(":"))
            form.addRow(text, value)
            self.kpis[key] = value
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        form.addRow(self.preview_note)
        return box

    def _risk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Re-identification risk of the stored customers"))
        column = QVBoxLayout(box)
        self.risk_level = QLabel()
        self.risk_summary = QLabel()
        self.risk_suggestions = QLabel()
        names = (self.tr("Risk level"), self.tr("Risk summary"), self.tr("How to lower the risk"))
        for label, name in zip((self.risk_level, self.risk_summary, self.risk_suggestions), names, strict=True):
            label.setWordWrap(True)
            label.setAccessibleName(name)
            column.addWidget(label)
        return box

    def _handover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handover"))
        self.bundle_button = _button(self.tr("Save &handover bundle…"),
                                     self.tr("Model card, segments, forecast, reports and the processing log in one "
                                             "ZIP file the client may keep; no personal data"), self.save_bundle)
        self.close_button = _button(self.tr("C&lose the pilot…"),
                                    self.tr("Erase all data of this pilot for good; only the handover bundle and "
                                            "the processing log remain"), self.ask_close_pilot)
        self.closed_note = QLabel()
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.bundle_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.closed_note)
        return box

    # ----- jobs ----------------------------------------------------------------------
    def _busy_changed(self, busy: bool) -> None:
        """A re-read put off while jobs ran happens when the last one has ended (after its result, if it was ours)."""
        if not busy and self._stale:
            self.jobs.when_idle(self.refresh)

    def refresh(self) -> None:
        """Re-read the figures off the UI thread; while another job runs, wait for it (it may be changing them)."""
        if not self.session.is_open:
            return
        if self._show_closed(self.session.service.closure()):
            return
        if self.session.busy:
            self._stale = True
            return
        self._stale = False
        self.jobs.run(self.tr("Reading the report figures"), self.session.service.reports.pilot_preview, self._show,
                      keep_message=True)

    def save_pilot_report(self) -> None:
        self._save(self.tr("Save the pilot report"), "pilot-report", Report.PILOT,
                   self.tr("Saved the pilot report to {0}. It holds aggregates only and can be handed to the client."))

    def save_art30_record(self) -> None:
        """Missing controller details are asked for, saved (logged) and only then is the record written."""
        missing = self.session.service.reports.missing_settings(Report.ART30)
        if not missing:
            self._save_art30()
            return
        dialog = RecordSettingsDialog(missing, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.jobs.banner.info(self.tr("The record was not saved: it needs the controller details first."))
            return
        service, values = self.session.service, dialog.values()
        self.jobs.run(self.tr("Saving the record's details"), lambda progress: service.update_settings(values, progress),
                      self._record_settings_saved, changes_data=True)

    def _record_settings_saved(self, _settings: ProjectSettings) -> None:
        self.jobs.banner.ok(self.tr("The controller details were saved in the project's settings (logged)."))
        self._save_art30()

    def _save_art30(self) -> None:
        self._save(self.tr("Save the record of processing activities"), "record-of-processing", Report.ART30,
                   self.tr("Saved the record of processing activities to {0}."))

    def save_bundle(self) -> None:
        duties = self.session.service.duties
        self._save_file(self.tr("Save the handover bundle"), "handover-bundle", "zip", self.tr("ZIP archives (*.zip)"),
                        lambda path, progress: duties.write_handover(path, progress).file, self._bundle_saved)

    def ask_close_pilot(self) -> None:
        """Only on the bundle saved here: the question names the file that will be all the client keeps."""
        if self._bundle is None:
            self.jobs.banner.info(self.tr("Save a handover bundle first: closing the pilot keeps only that bundle "
                                          "and the processing log."))
            return
        duties, bundle = self.session.service.duties, self._bundle
        try:  # a stray file or a changed bundle is said before the question, not after the user said yes
            duties.check_handover(bundle)
        except PrevistaError as exc:
            self.jobs.banner.error(str(exc))
            return
        question = self.tr("This erases ALL data of this pilot for good: customers, events, scores, identities, the "
                           "opt-out register and the models. Only the processing log and the handover bundle {0} "
                           "remain. This cannot be undone. Close the pilot now?").format(bundle)
        self.jobs.confirmed(self.tr("Closing the pilot"), question,
                            lambda progress: duties.close_pilot(bundle, progress), self._pilot_closed)

    def _save(self, caption: str, stem: str, report: Report, done: str) -> None:
        """One service call gathers, writes and logs the report, in the format chosen."""
        fmt = self.format_box.currentData()
        filters = self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("HTML pages (*.html)")
        reports = self.session.service.reports
        self._save_file(caption, stem, fmt, filters, lambda path, progress: reports.write(report, path, fmt, progress,
                                                                             IN_WINDOW_LANGUAGE),
                        lambda saved: self.jobs.banner.ok(done.format(saved)))

    def _save_file(self, caption: str, stem: str, fmt: str, filters: str, write: Writer,
                   saved: Callable[[Path], None]) -> None:
        chosen = dialogs.save_path(self, caption, f"{stem}.{fmt}", filters)
        if chosen is None:
            return
        path = _with_suffix(chosen, fmt)
        self.jobs.run(self.tr("Writing {0}").format(path.name), lambda progress: write(path, progress), saved)

    def _bundle_saved(self, path: Path) -> None:
        self._bundle = path
        self.jobs.banner.ok(self.tr("Saved the handover bundle to {0}. It holds no personal data: the client may "
                                    "keep it after the pilot is closed.").format(path))

    def _pilot_closed(self, result: PilotClosed) -> None:
        self._show_closed(self.session.service.closure())
        self.jobs.banner.ok(self.tr("The pilot is closed: all its data was erased and the keys of its files "
                                    "destroyed. Keep the handover bundle; the project now holds only the "
                                    "processing log."))

    # ----- showing -------------------------------------------------------------------
    def _show_closed(self, closure: Closure | None) -> bool:
        """A closed pilot keeps only its log: the Art. 30 record still works, nothing that needs the data is
        offered (the bundle was saved before closing; a new one could hold nothing).  True when closed."""
        closed = closure is not None
        for widget in (self.pilot_button, self.bundle_button, self.close_button, self.preview_box, self.risk_box):
            widget.setVisible(not closed)
        self.closed_note.setVisible(closed)
        self.closed_note.setText("" if closure is None else self.tr(
            "This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot "
            "report or handover bundle to make any more (the client keeps the bundle saved before closing). "
            "The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.")
            .format(closure.day, closure.rows_erased, closure.log_entries))
        return closed

    def _show(self, preview: PilotPreview) -> None:
        self._show_data(preview.report.data, preview.report.privacy)
        self._show_model(preview.report)
        self._show_risk(preview.risk)

    def _show_data(self, data: PilotData, privacy: PilotPrivacy) -> None:
        log = privacy.log
        self.kpis["optouts"].setText(self.tr("{0} customers in the register, excluded from every analysis")
                                     .format(data.opt_outs.customers))
        self.kpis["retention"].setText(self.tr("cleanup due") if data.retention.due else self.tr("up to date"))
        self.kpis["log"].setText(self.tr("verified, {0} entries").format(log.entries) if log.verified
                                 else self.tr("DOES NOT VERIFY: {0}").format(log.problem))

    def _show_model(self, report: PilotReport) -> None:
        churn, model, segments = report.churn, report.model, report.segments
        for key in ("customers", "period", "churn", "revenue", "quality", "segments"):
            self.kpis[key].setText("—")
        self.preview_note.setText("" if model else self.tr("No model trained yet: train the models first; the "
                                                           "pilot report then carries predictions and segments."))
        self.preview_note.setVisible(not model)
        if not (churn and model and segments):
            return
        period = churn.data_period
        self.kpis["period"].setText(self.tr("{0} to {1}").format(human_date(period.first or "—"),
                                                                  human_date(period.end or "—")))
        self.kpis["quality"].setText(fmt(self.tr("ROC AUC {0:.3f} on held-out data ({1})"),
            model.metrics.roc_auc,
            ", ".join(f"{said('Models', name)} {number(scores.roc_auc, 3)}" for name, scores in model.baselines.items()
                      if name != model.model)))
        self.kpis["segments"].setText(self.tr("{0} segments of at least {1} customers")
                                      .format(len(segments.rows), segments.k))
        totals = churn.totals
        if totals:
            self.kpis["customers"].setText(self.tr("{0} current customers").format(totals.customers))
            self.kpis["churn"].setText(
                fmt(self.tr("{0:.1%} in the next {1} days, about {2:.0f} customers"),
                    totals.predicted_rate, churn.horizon_days, totals.expected_churners) if churn.horizon_days else
                fmt(self.tr("{0:.1%} as the churn label defines it, about {1:.0f} customers"),
                    totals.predicted_rate, totals.expected_churners))
            if totals.revenue_at_risk is not None:
                self.kpis["revenue"].setText(number(totals.revenue_at_risk))

    def _show_risk(self, risk: ReidentificationRisk) -> None:
        levels = {"low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high")}
        self.risk_level.setText(self.tr("Risk level: {0}").format(levels.get(risk.level, risk.level)))
        self.risk_summary.setText(said_nested(REPORTS, risk.summary))
        suggestions = "\n".join(f"• {said_nested(REPORTS, s)}" for s in risk.suggestions)
        self.risk_suggestions.setText(self.tr("To lower it:") + "\n" + suggestions if suggestions else "")
