"""The segments dashboard: the main screen once a model exists.

A table and a chart of the segments core publishes (each of at least k
customers; core enforces that, this screen only shows what it is given), a
drill-in on the selected segment, and the one way to individuals: the logged,
purpose-bound "prepare action list" step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from PySide6.QtCore import QItemSelection, Qt, Signal
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
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.segments import Dashboard, SegmentRow
from prevista.core.duties.action_list import ActionList
from prevista.gui import dialogs
from prevista.gui.charts import ChartView, bar_chart
from prevista.gui.frame_model import FrameModel, amount, percent
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import Banner, JobPanel, LegalBasisChoice, bullets, plain_label

COLUMNS = ("segment", "name", "size", "churn_risk", "expected_churners", "revenue_at_risk", "purchase_propensity",
           "forecast_tickets")


def _one_decimal(value: Any) -> str:
    return "—" if value is None else f"{value:,.1f}"


@dataclass(frozen=True)
class ActionListRequest:
    purpose: str
    legal_basis: str
    top: int | None
    out: Path


class ActionListDialog(QDialog):
    """What the re-identification step must know before anyone is named: why, on what basis, how many, where."""

    def __init__(self, segment: SegmentRow, legal_basis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment = segment
        self.setWindowTitle(self.tr("Prepare action list"))
        intro = plain_label()
        intro.setText(self.tr(
            "This writes the names and contact details of customers in “{0}” to a file, so that someone can act on "
            "the recommendation. The step is recorded in the processing log with its purpose; customers who objected "
            "(opt-outs) are left out.").format(segment.name))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. offer onboarding help this week"))
        self.legal_basis = LegalBasisChoice()
        self.legal_basis.select(legal_basis)
        self.top = QSpinBox()
        self.top.setRange(0, segment.size)
        self.top.setSpecialValueText(self.tr("Everyone in the segment"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Output file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse_button)
        self.message = Banner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Prepare list"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("P&urpose (required):"), self.purpose)
        form.addRow(self.tr("Le&gal basis:"), self.legal_basis)
        form.addRow(self.tr("Only the &top N by churn risk:"), self.top)
        where_label = QLabel(self.tr("&Save to:"))
        where_label.setBuddy(self.path)  # a form row holding a layout gets no buddy by itself
        form.addRow(where_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path = dialogs.save_path(self, self.tr("Save the action list"),
                                 self.tr("action-list-segment-{0}.csv").format(self.segment.segment),
                                 self.tr("CSV files (*.csv)"))
        if path is not None:
            self.path.setText(str(path))

    def accept(self) -> None:
        """Nobody is named without a stated purpose and a chosen file."""
        if not self.purpose.text().strip():
            self.message.error(self.tr("State the purpose of the action list: it is recorded in the processing log."))
            self.purpose.setFocus()
            return
        if not self.path.text().strip():
            self.message.error(self.tr("Choose the file to write the action list to."))
            self.path.setFocus()
            return
        super().accept()

    def request(self) -> ActionListRequest:
        return ActionListRequest(purpose=self.purpose.text().strip(), legal_basis=self.legal_basis.currentData(),
                                 top=self.top.value() or None, out=Path(self.path.text().strip()))


class SegmentsPage(Page):
    """Which segments are at risk, why, and what to do about it."""

    navigate = Signal(str)  # the name of the page a "next step" button leads to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.action_dialog: ActionListDialog | None = None
        self.data: Dashboard | None = None
        self.drivers: list[str] = []
        self.measures = {
            "churn_risk": (self.tr("Churn risk (%)"), 100, 1),  # title, scale, decimals
            "expected_churners": (self.tr("Expected churners"), 1, 1),
            "revenue_at_risk": (self.tr("Revenue at risk"), 1, 0),
            "purchase_propensity": (self.tr("Purchase propensity (%)"), 100, 1),
            "size": (self.tr("Customers"), 1, 0),
            "forecast_tickets": (self.tr("Forecast support tickets"), 1, 0),
            "p_alive": (self.tr("Still active, buy-till-you-die (%)"), 100, 1),
            "expected_purchases": (self.tr("Expected purchases"), 1, 0),
        }
        self.empty = self._empty_state()
        self.summary = plain_label()
        self.retrain = Banner()
        self.content = QSplitter(Qt.Orientation.Vertical)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self._overview())
        self.content.addWidget(self._detail_box())
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.retrain)
        layout.addWidget(self.summary)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.jobs)

    def title(self) -> str:
        return self.tr("Segments")

    def _empty_state(self) -> QWidget:
        widget = QWidget()
        self.empty_text = plain_label()
        self.go_button = QPushButton(self.tr("Go to &Models"))
        self.go_button.clicked.connect(lambda: self.navigate.emit("models"))
        layout = QVBoxLayout(widget)
        layout.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()
        return widget

    def _overview(self) -> QWidget:
        self.table = FrameModel(headers={"segment": self.tr("#"), "name": self.tr("Segment"),
                                         "size": self.tr("Customers"), "churn_risk": self.tr("Churn risk"),
                                         "expected_churners": self.tr("Expected churners"),
                                         "revenue_at_risk": self.tr("Revenue at risk"),
                                         "purchase_propensity": self.tr("Purchase propensity"),
                                         "forecast_tickets": self.tr("Forecast tickets")},
                                formatters={"churn_risk": percent, "expected_churners": _one_decimal,
                                            "revenue_at_risk": amount, "purchase_propensity": percent,
                                            "forecast_tickets": amount})
        self.view = QTableView()
        self.view.setModel(self.table)
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
        self.detail_drivers = plain_label()
        self.action_button = QPushButton(self.tr("Prepare action &list…"))
        self.action_button.clicked.connect(self.prepare_action_list)
        self.jobs.guard(self.action_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addStretch()
        layout = QVBoxLayout(self.detail)
        for label in (self.detail_name, self.detail_facts, self.sets_apart, self.action, self.detail_drivers):
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch()
        return self.detail

    # ----- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.session.is_open:
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
        drivers = [driver.text for driver in card.churn.drivers]
        k = service.settings().min_segment_size
        if not data.segments:
            self._show_empty(self.tr("No segment has at least {0} customers, so none can be shown. Lower the smallest "
                                     "segment size in Settings or import more customers, then retrain.").format(k))
            return
        self.data, self.drivers = data, drivers
        self.empty.hide()
        self.summary.show()
        self.content.show()
        self.summary.setText(self._summary_text(data, k))
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

    def _show_empty(self, text: str) -> None:
        self.data = None
        self.empty_text.setText(text)
        self.empty.show()
        self.summary.hide()
        self.content.hide()

    def _summary_text(self, data: Dashboard, k: int) -> str:
        lines = [self.tr("{0} segments from model {1}. Segments smaller than {2} customers are never shown.")
                 .format(len(data.segments), data.model_id, k)]
        if data.value_source:
            lines.append(self.tr("Revenue at risk = churn risk × {0}.").format(data.value_source))
        if data.forecast:
            lines.append(self.tr("Forecast tickets: each segment's share of the support tickets expected in the next "
                                 "{0} weeks.").format(len(data.forecast.forecast)))
        elif data.forecast_note:
            lines.append(self.tr("Ticket forecast not available: {0}").format(data.forecast_note))
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
        self.detail_name.setText(self.tr("#{0} {1}").format(row.segment, row.name))
        facts = [self.tr("{0} customers").format(row.size),
                 self.tr("churn risk {0}").format(percent(row.churn_risk)),
                 self.tr("expected churners {0}").format(_one_decimal(row.expected_churners))]
        if row.revenue_at_risk is not None:
            facts.append(self.tr("revenue at risk {0}").format(amount(row.revenue_at_risk)))
        if row.purchase_propensity is not None:
            facts.append(self.tr("purchase propensity {0}").format(percent(row.purchase_propensity)))
        if row.p_alive is not None:
            facts.append(self.tr("still active {0}, about {1} purchases expected (buy-till-you-die)")
                         .format(percent(row.p_alive), amount(row.expected_purchases)))
        self.detail_facts.setText(" · ".join(facts))
        self.sets_apart.setText(self.tr("What sets it apart:") + "\n" + bullets(row.sets_apart))
        self.action.setText(self.tr("Recommended action: {0} (because {1}).").format(row.action, row.because))
        self.detail_drivers.setText(self.tr("What drives churn across all customers:") + "\n" + bullets(self.drivers)
                                    if self.drivers else "")

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
        names = [self.tr("#{0} {1}").format(row.segment, row.name) for row in rows]
        values = [(getattr(row, key) or 0.0) * scale for row in rows]
        self.chart_view.show_chart(
            bar_chart(title, names, values, value_title=title, decimals=decimals, horizontal=True),
            "; ".join(f"{name}: {value:,.{decimals}f}" for name, value in zip(names, values, strict=True)))

    # ----- the action list --------------------------------------------------------------------
    def prepare_action_list(self) -> None:
        """Ask the questions first (non-blocking dialog); the job starts only when they are answered."""
        row = self.selected_segment()
        if row is None:
            return
        dialog = ActionListDialog(row, self.session.service.settings().legal_basis, self)
        dialog.accepted.connect(lambda: self._start_action_list(row.segment, dialog.request()))
        dialog.finished.connect(self._dialog_closed)
        self.action_dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.action_dialog is not None:
            self.action_dialog.deleteLater()
            self.action_dialog = None

    def _start_action_list(self, segment: int, request: ActionListRequest) -> None:
        duties = self.session.service.duties
        self.jobs.run(self.tr("Preparing the action list"),
                      lambda progress: duties.prepare_action_list(segment=segment, purpose=request.purpose,
                                                                  out=request.out, legal_basis=request.legal_basis,
                                                                  top=request.top, progress=progress),
                      lambda result: self._listed(result, request))

    def _listed(self, result: ActionList, request: ActionListRequest) -> None:
        self.jobs.banner.show_message(self.tr(
            "{0} people from “{1}” written to {2} (processing log entry {3}). This file holds personal data: use it "
            "only for “{4}”, keep it out of shared folders and e-mail, and delete it after use.")
            .format(result.people_listed, result.segment, result.file, result.log_entry, request.purpose),
            "warning")
