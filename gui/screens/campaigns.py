"""Campaigns: what was done to whom (in counts), and what it changed against the control group.

The list shows every campaign with its latest recorded result; the selected one shows its measurement per
outcome (treated against held back, the difference with its interval and core's verdict), per segment and
among those reached.  A campaign never measured is previewed off the UI thread (recorded nowhere);
"Measure now" measures from the data imported so far and keeps the result (logged).  Every figure is what
core releases (k per arm, rounded); the screen only lays it out.  The contact list is the treated arm
only: the control group is never exported.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.campaigns.contacts import ContactsImported
from prevista.core.campaigns.design import CONFIDENCE
from prevista.core.campaigns.measure import Measured, Measurement
from prevista.core.campaigns.record import Campaign
from prevista.core.campaigns.uplift import Effect, Outcome
from prevista.gui import dialogs
from prevista.gui.charts import ChartView, bar_chart
from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.core_text import said, segment_name
from prevista.gui.frame_model import FrameModel, amount
from prevista.gui.glossary import Term, tip_columns
from prevista.gui.locale_format import fmt, human_date, human_time, localise, number, percent, significant
from prevista.gui.screens.campaign_start import CampaignActions, campaign_name, told
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel, bullets, empty_state, labelled, plain_label


def _table(model: FrameModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _fit_rows(view: QTableView, wrapped: tuple[int, ...] = ()) -> None:
    """As high as its rows: the page scrolls, not each table.  The ``wrapped`` columns share the width left
    and wrap their text, so a laptop's screen shows every column without scrolling sideways."""
    view.resizeColumnsToContents()
    if wrapped:
        header = view.horizontalHeader()
        for column in range(view.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in wrapped
                                        else QHeaderView.ResizeMode.ResizeToContents)
        view.resizeRowsToContents()
    rows = view.model().rowCount()
    view.setFixedHeight(view.horizontalHeader().height() + sum(view.rowHeight(r) for r in range(rows))
                        + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth())


class CampaignsPage(Page):
    """Which campaigns run, and whether acting paid off against the customers held back."""

    navigate = Signal(str)  # the name of the page a "next step" button leads to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.actions = CampaignActions(session, self.jobs, self)
        self.found: tuple[Campaign, ...] = ()
        self.shown: Measurement | None = None  # the measurement in the detail box
        self.outcome_names = {Outcome.CHURN.value: self.tr("Churn"), Outcome.PURCHASE.value: self.tr("Purchases"),
                              Outcome.SPEND.value: self.tr("Spend per customer"),
                              Outcome.TICKETS.value: self.tr("Support tickets per customer")}
        self.empty = self._empty_state()
        self.content = QSplitter(Qt.Orientation.Vertical)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self._list())
        self.content.addWidget(self._detail_box())
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 2)
        self.closed = ClosedPilotBanner(self.tr("Its campaigns were erased with it; none can be started."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.jobs)
        session.closed.connect(self.clear)
        session.locked.connect(self.clear)
        self.clear()

    def title(self) -> str:
        return self.tr("Campaigns")

    # ----- building ---------------------------------------------------------------------------
    def _empty_state(self) -> QWidget:
        self.empty_text = plain_label()
        self.empty_text.setText(self.tr(
            "No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start "
            "campaign. A random share of its customers is held back, so that the difference shows later what the "
            "action changed."))
        self.go_button = QPushButton(self.tr("Go to &Segments"))
        self.go_button.clicked.connect(lambda: self.navigate.emit("segments"))
        return empty_state(self.empty_text, self.go_button)

    def _list(self) -> QTableView:
        self.table = FrameModel(headers={"id": self.tr("#"), "name": self.tr("Campaign"), "start": self.tr("Start"),
                                         "treated": self.tr("Treated"), "control": self.tr("Held back"),
                                         "result": self.tr("Latest result")})
        self.view = _table(self.table, self.tr("Campaigns"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.view

    def _detail_box(self) -> QWidget:
        """The selected campaign scrolls (its per-segment results can be long); its buttons stay in view."""
        self.detail = QGroupBox(self.tr("Selected campaign"))
        self.detail_name = plain_label()
        font = self.detail_name.font()
        font.setBold(True)
        self.detail_name.setFont(font)
        self.facts = plain_label()
        self.head = plain_label()
        self.reason = plain_label()
        self.effects = FrameModel(headers={"outcome": self.tr("Outcome"), "treated": self.tr("Treated"),
                                           "control": self.tr("Held back"), "difference": self.tr("Difference"),
                                           "interval": fmt(self.tr("{0:.0%} interval"), CONFIDENCE)})
        self.effects_view = _table(self.effects, self.tr("Measured outcomes"))
        arms = {"treated": Term.TREATED, "control": Term.CONTROL_GROUP}
        tip_columns(self.effects_view, arms | {"difference": Term.UPLIFT, "interval": Term.INTERVAL})
        self.outcome = QComboBox()
        self.outcome.currentIndexChanged.connect(self._show_chart)
        self.chart_view = ChartView(self.tr("Campaign result chart"))
        chart_side = QVBoxLayout()
        chart_side.addLayout(labelled(self.tr("C&hart:"), self.outcome))
        chart_side.addWidget(self.chart_view, 1)
        self.verdicts = plain_label()
        self.reached = plain_label()
        words = QVBoxLayout()
        words.addWidget(self.effects_view)
        words.addWidget(self.verdicts)
        words.addWidget(self.reached)
        words.addStretch()
        self.segment_table = FrameModel(headers={"segment": self.tr("Segment"), "treated": self.tr("Treated"),
                                                 "control": self.tr("Held back"), **self.outcome_names})
        self.segments_view = _table(self.segment_table, self.tr("Results per segment"))
        tip_columns(self.segments_view, arms | {"segment": Term.SEGMENT})
        self.segments_note = plain_label()
        self.results = QWidget()
        grid = QGridLayout(self.results)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(chart_side, 0, 0)
        grid.addLayout(words, 0, 1)
        grid.addWidget(self.segments_view, 1, 0, 1, 2)
        grid.addWidget(self.segments_note, 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self.detail)
        for label in (self.detail_name, self.facts, self.head, self.reason):
            layout.addWidget(label)
        layout.addWidget(self.results)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        self.measure_button = QPushButton(self.tr("&Measure now"))
        self.measure_button.setToolTip(self.tr("Measure from the data imported so far and keep the result (logged)"))
        self.measure_button.clicked.connect(self.measure_now)
        self.export_button = QPushButton(self.tr("E&xport contact list…"))
        self.export_button.setToolTip(self.tr("Write the customers to act on to a CSV file (logged)"))
        self.export_button.clicked.connect(self.export_contact_list)
        self.contacts_button = QPushButton(self.tr("&Import contact outcomes…"))
        self.contacts_button.setToolTip(self.tr("The CRM's record of who was reached (and who accepted the offer), "
                                                "for the effect among those reached (logged)"))
        self.contacts_button.clicked.connect(self.import_contact_outcomes)
        self.jobs.guard(self.measure_button, self.export_button, self.contacts_button)
        self.export_note = plain_label()
        self.export_note.setText(self.tr(
            "The contact list holds the treated customers only. The control group is never exported: they are held "
            "back so that comparing the two shows what the action changed."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.measure_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.contacts_button)
        buttons.addWidget(self.export_note, 1)
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        return widget

    # ----- reading ----------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing of a project stays on screen once it is closed or locked (the next one may be another)."""
        self.found = ()
        self.table.set_frame(pl.DataFrame())
        self._show_measurement(None)
        self.jobs.banner.clear_message()
        self.detail.setEnabled(False)
        self.empty.hide()
        self.content.hide()

    def refresh(self) -> None:
        """Re-read the list (campaign designs and their recorded results: metadata, no customer data)."""
        if not self.session.is_open:
            return
        if self.closed.update_for(self.session):
            self.empty.hide()
            self.content.hide()
            return
        chosen = self.selected_campaign()
        self.found = self.session.service.campaigns.list()
        self.empty.setVisible(not self.found)
        self.content.setVisible(bool(self.found))
        self.table.set_frame(pl.DataFrame(
            [{"id": c.id, "name": campaign_name(c.name), "start": human_date(c.start), "treated": c.treated,
              "control": c.control,
              "result": self._headline(c)} for c in self.found],
            schema={"id": pl.Int64, "name": pl.String, "start": pl.String, "treated": pl.Int64, "control": pl.Int64,
                    "result": pl.String}))
        header = self.view.horizontalHeader()
        for column, name in enumerate(self.table.frame.columns):  # the name and the result wrap; the rest fits
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if name in ("name", "result")
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.view.resizeRowsToContents()
        ids = [c.id for c in self.found]  # the reset cleared the selection: selecting again re-reads the detail
        if ids:
            self.view.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else len(ids) - 1)

    def _headline(self, found: Campaign) -> str:
        if found.measurement is None:
            return self.tr("not measured yet")
        return told(Measurement.from_dict(found.measurement).headline)

    def selected_campaign(self) -> Campaign | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.table.rowCount():
            return None
        number = self.table.frame["id"][rows[0].row()]
        return next((c for c in self.found if c.id == number), None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        found = self.selected_campaign()
        self.detail.setEnabled(found is not None)
        if found is None:
            self._show_measurement(None)
            return
        self.detail_name.setText(self.tr("#{0} {1}").format(found.id, campaign_name(found.name)))
        self.facts.setText(self._facts(found))
        if found.measurement is not None:
            self._show_measurement(Measurement.from_dict(found.measurement), self.tr("Measured {0} (recorded)."))
        else:
            self._preview(found)

    def _facts(self, found: Campaign) -> str:
        lines = [self.tr("Action: {0}").format(said("Actions", found.action)), self.tr("Purpose: {0} ({1})").format(
            said("Settings", found.purpose), said("LegalBasis", found.legal_basis)),
            fmt(self.tr("Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log)."
                    ), human_date(found.start), ", ".join(f"#{s}" for s in found.segments), found.control_share),
            fmt(self.tr("At the start it could detect a change in churn of {0:.0f} points or more."),
                found.smallest_effect * 100) if found.smallest_effect <= 1 else
            self.tr("At the start it was too small to detect a change in churn.")]
        if found.cost_per_contact is not None:
            lines.append(self.tr("Cost per contact: {0}").format(amount(found.cost_per_contact)))
        return "\n".join(lines)

    def _preview(self, found: Campaign) -> None:
        """Never measured: show what a measurement would say now, off the UI thread and recorded nowhere; while
        another job runs (it may be changing the data) only say it is not measured yet."""
        self._show_measurement(None)
        self.head.setText(self.tr("Not measured yet: Measure now measures it from the data imported so far."))
        if self.session.busy:
            return
        campaigns, path = self.session.service.campaigns, self.session.path
        self.jobs.run(self.tr("Reading the campaign's result"), lambda _progress: campaigns.preview(found.id),
                      lambda result: self._previewed(result, path), keep_message=True)

    def _previewed(self, found: Measurement, path: Path | None) -> None:
        """Shown only if it is still the selected campaign; one selected meanwhile gets its own preview now."""
        chosen = self.selected_campaign()
        if path != self.session.path or chosen is None:
            return
        if chosen.id == found.campaign:
            self._show_measurement(found, self.tr("Not measured yet; as it would come out now (not recorded):"))
        elif chosen.measurement is None:
            self._preview(chosen)

    # ----- the measurement --------------------------------------------------------------------
    def _show_measurement(self, found: Measurement | None, origin: str = "") -> None:
        self.shown = found
        self.results.setVisible(found is not None and not found.withheld)
        self.reason.setVisible(found is not None and bool(found.withheld))
        if found is None:
            for label in (self.head, self.reason, self.verdicts, self.reached, self.segments_note):
                label.clear()
            self.effects.set_frame(pl.DataFrame())
            self.segment_table.set_frame(pl.DataFrame())
            self.outcome.clear()
            return
        self.head.setText(" ".join([origin.format(human_time(found.measured)), self.tr(
            "About {0} treated and {1} held back; outcomes from {2} to {3}.").format(
                found.treated, found.control, human_date(found.window_start or "—"),
                human_date(found.window_end or "—"))]
            + ([self.tr("Churn from {0}.").format(told(found.churn_source))] if found.churn_source else [])))
        self.reason.setText(told(found.withheld))
        self.effects.set_frame(pl.DataFrame([self._effect_row(e) for e in found.effects],
                                            schema=dict.fromkeys(("outcome", "treated", "control", "difference",
                                                                  "interval"), pl.String)))
        _fit_rows(self.effects_view)
        self.verdicts.setText(bullets([told(e.verdict) for e in found.effects]))
        self.reached.setText("\n\n".join(filter(None, [self._return_text(found), self._reached_text(found)])))
        self._show_segments(found)
        self._show_outcomes(found)

    def _return_text(self, found: Measurement) -> str:
        """ROI and break-even with their ranges, from the measured spend; or core's reason why there are none."""
        chosen = self.selected_campaign()
        if chosen is None or chosen.id != found.campaign or found.withheld:
            return ""
        result = self.session.service.campaigns.campaign_return(chosen, found)
        if result.roi is None or result.roi_low is None or result.roi_high is None:
            return told(result.note)
        months = "—" if result.break_even_months is None else fmt(self.tr("{0:.1f} months"), result.break_even_months)
        return fmt(self.tr("Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against "
                       "{4} cost; break-even after {5} at the measured pace. {6}"),
            result.roi, result.roi_low, result.roi_high, amount(result.gained or 0.0), amount(result.cost or 0.0),
            months, told(result.note))

    def _value(self, outcome: Outcome, value: float) -> str:
        return percent(value) if outcome.is_rate else significant(value)

    def _difference(self, outcome: Outcome, value: float) -> str:
        """Rates in whole points (never "-0"), amounts to three digits, always signed."""
        return fmt(self.tr("{0:+d} points"), round(value * 100)) if outcome.is_rate else localise(f"{value:+,.3g}")

    def _interval(self, outcome: Outcome, low: float, high: float) -> str:
        if outcome.is_rate:
            return fmt(self.tr("{0:+d} to {1:+d} points"), round(low * 100), round(high * 100))
        return self.tr("{0} to {1}").format(localise(f"{low:+,.3g}"), localise(f"{high:+,.3g}"))

    def _effect_row(self, found: Effect) -> dict[str, str]:
        outcome = Outcome(found.outcome)
        return {"outcome": self.outcome_names[found.outcome], "treated": self._value(outcome, found.treated),
                "control": self._value(outcome, found.control),
                "difference": self._difference(outcome, found.difference),
                "interval": self._interval(outcome, found.low, found.high)}

    def _reached_text(self, found: Measurement) -> str:
        if found.reached_share is None or not found.among_reached:
            return ""
        return (fmt(self.tr("Among those reached ({0:.0%} of the treated):"), found.reached_share) + "\n"
                + bullets([told(e.verdict) for e in found.among_reached]))

    def _show_segments(self, found: Measurement) -> None:
        """One row per segment, one column per outcome: the difference with its interval, or why there is none."""
        board = self.session.service.analytics.stored_board() if self.session.is_open else None
        names = {row.segment: row.name for row in (board.segments if board else ())}
        outcomes = [e.outcome for e in found.effects]
        rows = []
        for result in found.segments:
            row = {"segment": self.tr("#{0} {1}").format(result.segment,
                                                         segment_name(names.get(result.segment, ""))).strip(),
                   "treated": str(result.treated), "control": str(result.control)}
            by_outcome = {e.outcome: e for e in result.effects}
            for outcome in outcomes:
                effect = by_outcome.get(outcome)
                row[outcome] = told(result.withheld) if effect is None else self.tr("{0} ({1})").format(
                    *(self._effect_row(effect)[key] for key in ("difference", "interval")))
            rows.append(row)
        self.segment_table.set_frame(pl.DataFrame(rows, schema=dict.fromkeys(
            ("segment", "treated", "control", *outcomes), pl.String)))
        _fit_rows(self.segments_view, (0, *range(3, self.segment_table.columnCount())))
        self.segments_view.setVisible(bool(rows))
        self.segments_note.setText(fmt(self.tr(
            "Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an "
            "arm shows no figure."), CONFIDENCE) if rows else "")

    # ----- chart ------------------------------------------------------------------------------
    def _show_outcomes(self, found: Measurement) -> None:
        """Offer the outcomes this measurement has (no spend without an amount, say); keep the one chosen."""
        chosen = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for e in found.effects:
            self.outcome.addItem(self.outcome_names[e.outcome], e.outcome)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
        self.outcome.blockSignals(False)
        self._show_chart()

    def _show_chart(self) -> None:
        """A bar per arm for the chosen outcome; the difference and its interval in the title."""
        key = self.outcome.currentData()
        found = next((e for e in (self.shown.effects if self.shown else ()) if e.outcome == key), None)
        if found is None:
            return
        outcome = Outcome(found.outcome)
        scale, decimals = (100, 0) if outcome.is_rate else (1, 2 if outcome == Outcome.TICKETS else 0)
        unit = self.tr("{0} (%)").format(self.outcome_names[key]) if outcome.is_rate else self.outcome_names[key]
        arms = [self.tr("Treated"), self.tr("Held back")]
        values = [found.treated * scale, found.control * scale]
        row = self._effect_row(found)
        title = self.tr("{0}: difference {1}").format(self.outcome_names[key], row["difference"])  # fits a laptop
        self.chart_view.show_chart(
            bar_chart(title, arms, values, value_title=unit, decimals=decimals),
            "; ".join(f"{arm}: {number(value, decimals)}" for arm, value in zip(arms, values, strict=True)) + ". "
            + told(found.verdict))

    # ----- actions ----------------------------------------------------------------------------
    def measure_now(self) -> None:
        found = self.selected_campaign()
        if found is None:
            return
        campaigns = self.session.service.campaigns
        self.jobs.run(self.tr("Measuring the campaign"), lambda progress: campaigns.measure(found.id, progress),
                      self._measured, changes_data=True)

    def _measured(self, result: Measured) -> None:
        self.refresh()  # the list's headline and the detail now show the recorded result
        self.jobs.banner.ok(self.tr("Measured campaign {0} (processing log entry {1}).").format(
            result.measurement.campaign, result.log_entry))

    def export_contact_list(self) -> None:
        found = self.selected_campaign()
        if found is not None:
            self.actions.save_contact_list(found.id)

    def import_contact_outcomes(self) -> None:
        """One file per campaign: it replaces what an earlier file said about the same campaign."""
        found = self.selected_campaign()
        if found is None:
            return
        caption = self.tr("The CRM's record of who was reached in campaign {0}").format(found.id)
        paths = dialogs.open_paths(self, caption,
                                   self.tr("Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)"))
        if len(paths) != 1:
            if paths:
                self.jobs.banner.error(self.tr("Choose one file: it replaces the contact outcomes of this campaign."))
            return
        campaigns = self.session.service.campaigns
        self.jobs.run(self.tr("Reading the contact outcomes"),
                      lambda progress: campaigns.import_contacts(found.id, paths[0], progress), self._contacts_imported,
                      changes_data=True)

    def _contacts_imported(self, found: ContactsImported) -> None:
        lines = [self.tr("Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).")
                 .format(found.campaign, found.reached, found.log_entry)]
        if found.accepted is not None:
            lines.append(self.tr("{0} accepted the offer.").format(found.accepted))
        lines.append(self.tr("Read customer IDs from '{0}' and reached from '{1}'.").format(
            found.id_column, found.reached_column))
        if found.not_members:
            lines.append(self.tr("{0} rows name nobody in this campaign's treated group; they were left out.")
                         .format(found.not_members))
        if found.control_reached:
            lines.append(self.tr("{0} customers of the control group are marked as reached: they were contacted "
                                 "although they were to be held back, which blurs the comparison.")
                         .format(found.control_reached))
        lines.append(self.tr("Measure now to see the effect among those reached."))
        self.jobs.banner.show_message(" ".join(lines), "warning" if found.control_reached else "ok")
