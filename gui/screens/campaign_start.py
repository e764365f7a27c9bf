"""Starting a campaign and writing its contact list: the GUI's one way from segments to named people.

The questions come first (purpose, legal basis, action, start, control share, cost), then core plans the
campaign off the UI thread and the user sees what it can detect before anything is recorded; only a yes
starts it.  The contact list holds the treated customers only: the control group is never exported.
Both the Segments page (start, then save) and the Campaigns page (save again later) use this flow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.segments import SegmentRow
from prevista.core.campaigns.design import DEFAULT_CONTROL_SHARE
from prevista.core.campaigns.export import ContactList
from prevista.core.campaigns.record import released
from prevista.core.campaigns.start import (
    MAX_CONTROL_SHARE,
    MAX_NAME_CHARS,
    CampaignPlan,
    CampaignRequest,
    CampaignStarted,
)
from prevista.gui import dialogs
from prevista.gui.core_text import said, segment_name
from prevista.gui.locale_format import fmt, human_date
from prevista.gui.report_language import said_nested
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel, LegalBasisChoice, bullets, plain_label

CAMPAIGNS = "Campaigns"  # core's context of campaign verdicts, reasons and warnings (core/campaigns/)


def told(text: str | None) -> str:
    """A verdict, reason, note or warning core wrote about a campaign, in the window's language."""
    return said_nested(CAMPAIGNS, text) if text else ""


def campaign_name(name: str) -> str:
    """A default name is the segments' names joined by ", " (core/campaigns/start.py); a typed one stays."""
    return ", ".join(segment_name(part) for part in name.split(", "))


class StartCampaignDialog(QDialog):
    """What a campaign must state before core plans it: which segments, why, on what basis, what is done, when,
    how many are held back, and (for the ROI) what a contact costs."""

    def __init__(self, segments: Sequence[SegmentRow], chosen: SegmentRow, legal_basis: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start campaign"))
        intro = plain_label()
        intro.setText(self.tr(
            "A campaign acts on the customers of the chosen segments and holds a random share of them back as a "
            "control group, who are not contacted: comparing the two later shows what the action changed. Customers "
            "who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before "
            "anything is recorded."))
        self.segments = QListWidget()
        self.segments.setAccessibleName(self.tr("Segments"))
        for row in segments:
            item = QListWidgetItem(self.tr("#{0} {1} ({2} customers)").format(row.segment, segment_name(row.name),
                                                                               row.size))
            item.setData(Qt.ItemDataRole.UserRole, row.segment)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.segment == chosen.segment else Qt.CheckState.Unchecked)
            self.segments.addItem(item)
        self.segments.setMinimumWidth(self.segments.sizeHintForColumn(0) + 2 * self.segments.frameWidth()
                                      + self.segments.verticalScrollBar().sizeHint().width())
        self.segments.setFixedHeight(self.segments.sizeHintForRow(0) * min(len(segments), 6)
                                     + 2 * self.segments.frameWidth())
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. call customers at risk to offer help"))
        self.legal_basis = LegalBasisChoice()
        self.legal_basis.select(legal_basis)
        self.suggested = chosen.action  # stored in English; shown in the window's language
        self.action = QLineEdit(said("Actions", chosen.action))
        self.action.setCursorPosition(0)
        self.action.setPlaceholderText(self.tr("the segment's suggested action"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(self.tr("default: the segments' names"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.control_share = QSpinBox()
        self.control_share.setRange(0, round(MAX_CONTROL_SHARE * 100))
        self.control_share.setValue(round(DEFAULT_CONTROL_SHARE * 100))
        self.control_share.setSuffix(" %")
        self.cost = QLineEdit()
        self.cost.setValidator(QDoubleValidator(0.0, 1e9, 2, self.cost))
        self.cost.setPlaceholderText(self.tr("optional, for the return on investment"))
        self.message = Banner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan campaign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Segments:"), self.segments)
        form.addRow(self.tr("P&urpose (required):"), self.purpose)
        form.addRow(self.tr("Le&gal basis:"), self.legal_basis)
        form.addRow(self.tr("&Action:"), self.action)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("S&tart date:"), self.start)
        form.addRow(self.tr("&Held back as control group:"), self.control_share)
        form.addRow(self.tr("&Cost per contact:"), self.cost)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def chosen_segments(self) -> tuple[int, ...]:
        items = (self.segments.item(i) for i in range(self.segments.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _cost(self) -> float | None:
        """Empty: no cost entered (the ROI then says so); otherwise a number in the user's locale."""
        text = self.cost.text().strip()
        if not text:
            return None
        value, ok = self.locale().toDouble(text)
        if not ok or not math.isfinite(value) or value < 0:
            raise ValueError(text)
        return value

    def accept(self) -> None:
        """Nothing is planned without a segment, a stated purpose and a readable cost."""
        if not self.chosen_segments():
            self.message.error(self.tr("Choose at least one segment for the campaign."))
            self.segments.setFocus()
            return
        if not self.purpose.text().strip():
            self.message.error(self.tr("State the purpose of the campaign: it is recorded in the processing log "
                                       "and the record of processing activities."))
            self.purpose.setFocus()
            return
        try:
            self._cost()
        except ValueError:
            self.message.error(self.tr("The cost per contact must be a number of 0 or more, or empty."))
            self.cost.setFocus()
            return
        super().accept()

    def _action(self) -> str | None:
        """The suggested action as core wrote it, unless the user typed another."""
        typed = self.action.text().strip()
        return self.suggested if typed == said("Actions", self.suggested) else typed or None

    def request(self) -> CampaignRequest:
        return CampaignRequest(segments=self.chosen_segments(), purpose=self.purpose.text().strip(),
                               action=self._action(), legal_basis=self.legal_basis.currentData(),
                               start=self.start.date().toPython(), control_share=self.control_share.value() / 100,
                               name=self.name.text().strip() or None, cost_per_contact=self._cost())


class CampaignActions(QObject):
    """Start a campaign (ask, plan, confirm, start, offer the list) and save a campaign's contact list, as jobs
    on the page's job panel, with the page's dialogs."""

    def __init__(self, session: Session, jobs: JobPanel, page: QWidget) -> None:
        super().__init__(page)
        self.session = session
        self.jobs = jobs
        self.page = page
        self.dialog: StartCampaignDialog | None = None

    # ----- starting ---------------------------------------------------------------------------
    def ask(self, segments: Sequence[SegmentRow], chosen: SegmentRow) -> None:
        """Ask the questions first (non-blocking dialog); planning starts only when they are answered."""
        dialog = StartCampaignDialog(segments, chosen, self.session.service.settings().legal_basis, self.page)
        dialog.accepted.connect(lambda: self._plan(dialog.request()))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _plan(self, request: CampaignRequest) -> None:
        campaigns = self.session.service.campaigns
        self.jobs.run(self.tr("Planning the campaign"), lambda progress: campaigns.plan(request, progress),
                      self._planned)

    def _plan_text(self, plan: CampaignPlan) -> str:
        """The plan in words: arm sizes, what it can detect, who is left out and core's warnings."""
        lines = [self.tr("Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the "
                         "control group (not contacted, never exported).").format(
                             campaign_name(plan.name), human_date(plan.start.isoformat()), plan.treated, plan.control),
                 self.tr("Action: {0}").format(said("Actions", plan.action))]
        effect = plan.detectable
        if math.isfinite(effect.smallest_effect):
            lines.append(fmt(self.tr("It can detect a change in churn of {0:.0f} points or more (churn risk of these "
                                 "customers: {1:.0%})."), effect.smallest_effect * 100, effect.base_rate))
        if plan.left_out_in_campaign:
            lines.append(self.tr("About {0} customers are left out: they are in a campaign that started recently.")
                         .format(plan.left_out_in_campaign))
        if plan.warnings:
            lines.append(self.tr("Warnings:") + "\n" + bullets([told(warning) for warning in plan.warnings]))
        return "\n".join(lines)

    def _planned(self, plan: CampaignPlan) -> None:
        if plan.detectable.treated + plan.detectable.control == 0:  # the exact counts: the shown ones are rounded
            self.jobs.banner.error(self._plan_text(plan) + "\n" + self.tr(
                "Nobody in these segments can be in a new campaign, so it was not started."))
            return
        question = self._plan_text(plan) + "\n\n" + self.tr(
            "Start this campaign? It is recorded in the processing log with its purpose, and the random seed that "
            "drew the control group is logged so it can be redrawn.")
        if not dialogs.confirm(self.page, self.tr("Start campaign"), question):
            self.jobs.banner.info(self.tr("The campaign was not started; nothing was recorded."))
            return
        campaigns = self.session.service.campaigns
        self.jobs.run(self.tr("Starting the campaign"), lambda progress: campaigns.start(plan, progress),
                      self._started, changes_data=True)

    def _started(self, started: CampaignStarted) -> None:
        found = released(started.campaign)
        self.jobs.banner.ok(self.tr(
            "Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The "
            "Campaigns page shows it and measures it once later exports are imported.").format(
                found.id, campaign_name(found.name), started.log_entry, found.treated, found.control))
        if dialogs.confirm(self.page, self.tr("Save the contact list"), self.tr(
                "Save the contact list of campaign {0} now? It names the customers to act on; the control group is "
                "never in it. You can also save it later on the Campaigns page.").format(found.id)):
            self.save_contact_list(found.id)

    # ----- the contact list -------------------------------------------------------------------
    def save_contact_list(self, campaign_id: int) -> None:
        path = dialogs.save_path(self.page, self.tr("Save the contact list (treated customers only)"),
                                 self.tr("campaign-{0}-contacts.csv").format(campaign_id), self.tr("CSV files (*.csv)"))
        if path is None:
            return
        campaigns = self.session.service.campaigns
        self.jobs.run(self.tr("Writing the contact list"),
                      lambda progress: campaigns.export_list(campaign_id, Path(path), progress), self._listed,
                      keep_message=True)  # "Started campaign …" stays until the list is written

    def _listed(self, listed: ContactList) -> None:
        self.jobs.banner.show_message(self.tr(
            "{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. "
            "This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action "
            "is done.").format(listed.people_listed, listed.file, listed.log_entry), "warning")
