"""The segments dashboard: the main screen once a model exists.

A table and a chart of the segments core publishes (each of at least k
customers; core enforces that, this screen only shows what it is given), a
drill-in on the selected segment, and the one way to individuals: starting a
logged, purpose-bound campaign with a control group held back (campaign_start).
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.contact_timing import ContactTiming, Source
from prevista.core.analytics.segments import Dashboard, SegmentRow
from prevista.gui import dialogs
from prevista.gui.charts import ChartView, bar_chart
from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.core_text import phrase, said, segment_name
from prevista.gui.frame_model import FrameModel, amount, percent
from prevista.gui.glossary import Term, tip_columns
from prevista.gui.locale_format import human_time, number
from prevista.gui.screens.campaign_start import CampaignActions
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel, bullets, empty_state, plain_label

COLUMNS = ("segment", "name", "size", "churn_risk", "expected_churners", "revenue_at_risk", "purchase_propensity",
           "forecast_tickets")


def _one_decimal(value: Any) -> str:
    return number(value, 1)


class SegmentsPage(Page):
    """Which segments are at risk, why, and what to do about it."""

    navigate = Signal(str)  # the name of the page a "next step" button leads to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.campaign = CampaignActions(session, self.jobs, self)
        self.data: Dashboard | None = None
        self.drivers: list[str] = []
        self.measures = {
            "churn_risk": (self.tr("Churn risk (%)"), 100, 1),  # title, scale, decimals
            "expected_churners": (self.tr("Expected churners"), 1, 1),
            "revenue_at_risk": (self.tr("Revenue at risk"), 1, 0),
            "purchase_propensity": (self.tr("Purchase propensity (%)"), 100, 1),
            "size": (self.tr("Customers"), 1, 0),
            "forecast_tickets": (self.tr("Forecast support tickets"), 1, 0),
            "p_alive": (self.tr("Likely still buying (%)"), 100, 1),
            "expected_purchases": (self.tr("Expected purchases"), 1, 0),
        }
        self.empty = self._empty_state()
        self.summary = plain_label()
        self.retrain = Banner()
        self.content = QSplitter(Qt.Orientation.Vertical)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self._overview())
        detail = QScrollArea()  # the drill-in may be long; on a laptop it scrolls instead of pushing the window taller
        detail.setWidgetResizable(True)
        detail.setFrameShape(QScrollArea.Shape.NoFrame)
        detail.setWidget(self._detail_box())
        self.content.addWidget(detail)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.closed = ClosedPilotBanner(self.tr("There are no segments left to show or act on."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed)
        layout.addWidget(self.empty)
        layout.addWidget(self.retrain)
        layout.addWidget(self.summary)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.jobs)

    def title(self) -> str:
        return self.tr("Segments")

    def _empty_state(self) -> QWidget:
        self.empty_text = plain_label()
        self.go_button = QPushButton(self.tr("Go to &Models"))
        self.go_button.clicked.connect(lambda: self.navigate.emit("models"))
        return empty_state(self.empty_text, self.go_button)

    def _overview(self) -> QWidget:
        self.table = FrameModel(headers={"segment": self.tr("#"), "name": self.tr("Segment"),
                                         "size": self.tr("Customers"), "churn_risk": self.tr("Churn risk"),
                                         "expected_churners": self.tr("Expected churners"),
                                         "revenue_at_risk": self.tr("Revenue at risk"),
                                         "purchase_propensity": self.tr("Purchase propensity"),
                                         "forecast_tickets": self.tr("Forecast tickets")},
                                formatters={"name": segment_name, "churn_risk": percent, "expected_churners": _one_decimal,
                                            "revenue_at_risk": amount, "purchase_propensity": percent,
                                            "forecast_tickets": amount})
        self.view = QTableView()
        self.view.setModel(self.table)
        tips = {"name": Term.SEGMENT, "churn_risk": Term.CHURN_RISK, "expected_churners": Term.EXPECTED_CHURNERS}
        tip_columns(self.view, tips | {"revenue_at_risk": Term.REVENUE_AT_RISK, "purchase_propensity": Term.PROPENSITY,
                                       "forecast_tickets": Term.FORECAST_TICKETS})  # glossary tooltips on the headers
        self.view.setAccessibleName(self.tr("Segments"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # segment number, the chart's order too
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.measure = QComboBox()
        self.measure.currentIndexChanged.connect(self._show_chart)
        measure_label = QLabel(self.tr("C&hart:"))
        measure_label.setBuddy(self.measure)
        self.chart_view = ChartView(self.tr("Segments chart"))
        chooser = QHBoxLayout()
        chooser.addWidget(measure_label)
        chooser.addWidget(self.measure, 1)
        chart_side = QVBoxLayout()
        chart_side.addLayout(chooser)
        chart_side.addWidget(self.chart_view, 1)
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 3)
        layout.addLayout(chart_side, 2)
        return widget

    def _detail_box(self) -> QGroupBox:
        self.detail = QGroupBox(self.tr("Selected segment"))
        self.detail_name = plain_label()
        font = self.detail_name.font()
        font.setBold(True)
        self.detail_name.setFont(font)
        self.detail_facts = plain_label()
        self.sets_apart = plain_label()
        self.action = plain_label()
        self.timing = plain_label()
        self.detail_drivers = plain_label()
        self.action_button = QPushButton(self.tr("&Start campaign…"))
        self.action_button.setToolTip(self.tr("Act on this segment with a random control group held back, so that "
                                              "what the action changed can be measured"))
        self.action_button.clicked.connect(self.start_campaign)
        self.export_button = QPushButton(self.tr("E&xport segments…"))
        self.export_button.setToolTip(self.tr("Save every segment with its figures, reason and suggested action as an "
                                              "Excel workbook or CSV file"))
        self.export_button.clicked.connect(self.export_segments)
        self.jobs.guard(self.action_button, self.export_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        layout = QVBoxLayout(self.detail)
        for label in (self.detail_name, self.detail_facts, self.sets_apart, self.action, self.timing,
                      self.detail_drivers):
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch()
        return self.detail

    # ----- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.session.is_open:
            return
        if self.closed.update_for(self.session):  # nothing left to segment: say so instead of "train first"
            for widget in (self.empty, self.summary, self.content, self.retrain):
                widget.hide()
            return
        service = self.session.service
        card = service.analytics.model_card()
        if card is None:
            self.retrain.clear_message()
            self._show_empty(self.tr("No segments yet. Train a model first: the segments, their risks and the "
                                     "recommended actions appear here once it exists."))
            return
        data = service.analytics.segments()
        self._show_retrain(data.retrain_recommended)
        drivers = [said("Drivers", driver.text) for driver in card.churn.drivers]
        k = service.settings().min_segment_size
        if not data.segments:
            self._show_empty(self.tr("No segment has at least {0} customers, so none can be shown. Lower the smallest "
                                     "segment size in Settings or import more customers, then retrain.").format(k))
            return
        self.data, self.drivers = data, drivers
        self.empty.hide()
        self.summary.show()
        self.content.show()
        self.summary.setText(self._summary_text(data, k, card.trained_at))
        self._show_table(data)
        self._show_measures(data)

    def _show_retrain(self, recommended: bool) -> None:
        if recommended:
            self.retrain.show_message(self.tr("Retrain recommended: these segments were computed from data that "
                                              "includes people since excluded (opt-out, erasure or retention "
                                              "cleanup). Their figures are recounted without them; train again "
                                              "on the Models page for new segments."), "warning")
        else:
            self.retrain.clear_message()

    def export_segments(self) -> None:
        path = dialogs.save_path(self, self.tr("Export segments"), self.tr("segments") + ".xlsx",
                                 self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        self.jobs.run(self.tr("Exporting the segments"),
                      lambda _progress: self.session.service.reports.export_segments(path),
                      lambda written: self.jobs.banner.ok(self.tr("Saved {0}.").format(written)))

    def _show_empty(self, text: str) -> None:
        self.data = None
        self.empty_text.setText(text)
        self.empty.show()
        self.summary.hide()
        self.content.hide()

    def _summary_text(self, data: Dashboard, k: int, trained_at: str) -> str:
        lines = [self.tr("{0} segments from the models trained {1}. Segments smaller than {2} customers are never "
                         "shown.").format(len(data.segments), human_time(trained_at), k)]
        currency = self.session.service.settings().currency
        if data.value_source and currency:
            lines.append(self.tr("Revenue at risk = churn risk × {0}, in {1}.").format(phrase(data.value_source), currency))
        elif data.value_source:
            lines.append(self.tr("Revenue at risk = churn risk × {0}.").format(phrase(data.value_source)))
        else:
            lines.append(self.tr("No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or "
                                 "an order value), and this project has none that Prevista recognised. Choose the "
                                 "customer value column in Settings, then train again."))
        if data.forecast:
            lines.append(self.tr("Forecast tickets: each segment's share of the support tickets expected in the next "
                                 "{0} weeks.").format(len(data.forecast.forecast)))
        elif data.forecast_note:
            lines.append(self.tr("Ticket forecast not available: {0}").format(said("Forecast", data.forecast_note)))
        return "\n".join(lines)

    def _show_table(self, data: Dashboard) -> None:
        """Keep the chosen segment selected across refreshes, else select the first, so the drill-in is never empty."""
        chosen = self.selected_segment()
        self.table.set_frame(pl.DataFrame([{column: getattr(row, column) for column in COLUMNS}
                                           for row in data.segments]))
        header = self.view.horizontalHeader()
        self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())  # the user's order stays
        self.view.resizeColumnsToContents()
        ids = self.table.frame["segment"].to_list()
        self.view.selectRow(ids.index(chosen.segment) if chosen is not None and chosen.segment in ids else 0)

    def selected_segment(self) -> SegmentRow | None:
        """The dashboard row of the selected segment (the table may be sorted, so it is looked up by number)."""
        if self.data is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.table.rowCount():
            return None
        number = self.table.frame["segment"][rows[0].row()]
        return next((row for row in self.data.segments if row.segment == number), None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_segment()
        self.detail.setEnabled(row is not None)
        if row is None:
            return
        self.detail_name.setText(self.tr("#{0} {1}").format(row.segment, segment_name(row.name)))
        facts = [self.tr("{0} customers").format(row.size),
                 self.tr("churn risk {0}").format(percent(row.churn_risk)),
                 self.tr("expected churners {0}").format(_one_decimal(row.expected_churners))]
        if row.revenue_at_risk is not None:
            facts.append(self.tr("revenue at risk {0}").format(amount(row.revenue_at_risk)))
        if row.purchase_propensity is not None:
            facts.append(self.tr("purchase propensity {0}").format(percent(row.purchase_propensity)))
        if row.p_alive is not None:
            facts.append(self.tr("likely still buying {0}, about {1} purchases expected from their buying pattern")
                         .format(percent(row.p_alive), amount(row.expected_purchases)))
        self.detail_facts.setText(" · ".join(facts))
        self.sets_apart.setText(self.tr("What sets it apart:") + "\n" + bullets([phrase(trait) for trait in row.sets_apart]))
        self.action.setText(self.tr("Recommended action: {0} (because {1}).").format(said("Actions", row.action),
                                                                                         said("Reasons", row.because)))
        self.timing.setText("\n".join(self._timing_text(timing) for timing in row.contact_timing or ()))
        self.detail_drivers.setText(self.tr("What drives churn across all customers:") + "\n" + bullets(self.drivers)
                                    if self.drivers else "")

    def _timing_text(self, timing: ContactTiming) -> str:
        """When the segment gets in touch or buys, with the weekday in the user's language."""
        sentence = (self.tr("Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)")
                    if timing.source == Source.TICKETS
                    else self.tr("Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)"))
        clock = " UTC" if timing.utc else ""  # the abbreviation reads the same in every language
        return sentence.format(QLocale().dayName(timing.weekday + 1), timing.hours[0], timing.hours[1], clock,
                               percent(timing.share))

    # ----- chart ------------------------------------------------------------------------------
    def _show_measures(self, data: Dashboard) -> None:
        """Offer only the measures this project has (no revenue without a value column, say)."""
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for key, (title, _scale, _decimals) in self.measures.items():
            if any(getattr(row, key) is not None for row in data.segments):
                self.measure.addItem(title, key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(chosen)))
        self.measure.blockSignals(False)
        self._show_chart()

    def _show_chart(self) -> None:
        key = self.measure.currentData()
        if self.data is None or key is None:
            return
        title, scale, decimals = self.measures[key]
        rows = self.data.segments
        numbers = [self.tr("#{0}").format(row.segment) for row in rows]  # whole at any width; the table names them
        names = [self.tr("#{0} {1}").format(row.segment, segment_name(row.name)) for row in rows]
        values = [(getattr(row, key) or 0.0) * scale for row in rows]
        self.chart_view.show_chart(
            bar_chart(title, numbers, values, value_title=title, decimals=decimals, horizontal=True),
            "; ".join(f"{name}: {number(value, decimals)}" for name, value in zip(names, values, strict=True)))

    # ----- starting a campaign -----------------------------------------------------------------
    def start_campaign(self) -> None:
        """One segment from the page, preselected; the dialog lets the user add others of the dashboard."""
        row = self.selected_segment()
        if row is not None and self.data is not None:
            self.campaign.ask(self.data.segments, row)
