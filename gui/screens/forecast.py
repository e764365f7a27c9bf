"""Forecast: weekly support-ticket volume with its interval, beside the history it was learnt from.

The screen first shows the forecast stored at training, without running (or
logging) anything; Refresh computes a fresh one for the chosen number of weeks
as a logged job.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import polars as pl
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prevista.core.analytics.forecast import TicketForecast
from prevista.core.analytics.forecasting.weeks import DAY_NAMES
from prevista.core.analytics.staffing import HOURS, MINUTES
from prevista.core.services.analytics import DEFAULT_FORECAST_WEEKS, FORECAST_WEEKS
from prevista.gui.charts import Band, ChartView, time_chart
from prevista.gui.closed_pilot import ClosedPilotBanner
from prevista.gui.core_text import said
from prevista.gui.frame_model import FrameModel, amount
from prevista.gui.glossary import Term, tip, tip_columns
from prevista.gui.locale_format import fmt, human_date, number, percent
from prevista.gui.screens.page import Page
from prevista.gui.session import Session
from prevista.gui.widgets import JobPanel, bullets, labelled, plain_label

FORECAST = "Forecast"  # the context of core's forecast sentences and method names


def _day(text: str) -> date:
    return date.fromisoformat(text)


class ForecastPage(Page):
    """How many support tickets to staff for in the coming weeks, and how sure that is."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.jobs = JobPanel(session)
        self.forecast: TicketForecast | None = None  # what the screen shows
        self._seen: tuple[Path | None, TicketForecast | None] | None = None  # project and stored forecast last shown
        self.weeks = QSpinBox()
        self.weeks.setRange(FORECAST_WEEKS.start, FORECAST_WEEKS.stop - 1)
        self.weeks.setValue(DEFAULT_FORECAST_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        weeks_label = QLabel(self.tr("&Forecast the next:"))
        weeks_label.setBuddy(self.weeks)
        self.refresh_button = QPushButton(self.tr("&Refresh forecast"))
        self.refresh_button.clicked.connect(self.start_forecast)
        self.jobs.guard(self.refresh_button)
        controls = QHBoxLayout()
        controls.addWidget(weeks_label)
        controls.addWidget(self.weeks)
        controls.addWidget(self.refresh_button)
        controls.addStretch()
        self.summary = plain_label()
        self.chart_view = ChartView(self.tr("Support tickets per week: history and forecast"))
        self.table = FrameModel(headers={"week_start": self.tr("Week of"), "expected": self.tr("Expected tickets"),
                                         "lower": self.tr("At least"), "upper": self.tr("At most"),
                                         "lower_95": self.tr("At least (95 %)"), "upper_95": self.tr("At most (95 %)")},
                                formatters={"week_start": lambda day: human_date(str(day)), "expected": amount,
                                            "lower": amount, "upper": amount, "lower_95": amount, "upper_95": amount})
        self.view = QTableView()
        self.view.setModel(self.table)
        tip_columns(self.view, dict.fromkeys(("lower", "upper", "lower_95", "upper_95"), Term.INTERVAL))
        self.view.setAccessibleName(self.tr("Forecast per week"))
        self.view.verticalHeader().hide()
        self.notes = plain_label()
        tip(self.notes, Term.BACKTEST, Term.COVERAGE)
        self.minutes = self._entry(self.tr(" min a ticket"), MINUTES)
        self.hours = self._entry(self.tr(" h a week"), HOURS)
        self.staffing = plain_label()
        staff = QHBoxLayout()
        staff.addLayout(labelled(self.tr("&Handling time:"), self.minutes))
        staff.addLayout(labelled(self.tr("Ticket hours per &agent:"), self.hours))
        staff.addStretch()
        self.content = QWidget()
        beside = QHBoxLayout(self.content)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.chart_view, 3)
        beside.addWidget(self.view, 1)
        self.closed = ClosedPilotBanner(self.tr("There are no tickets left to forecast from."))
        self.controls = QWidget()
        self.controls.setLayout(controls)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed)
        layout.addWidget(self.controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.notes)
        layout.addLayout(staff)
        layout.addWidget(self.staffing)
        layout.addWidget(self.jobs)

    def title(self) -> str:
        return self.tr("Forecast")

    def _entry(self, suffix: str, bounds: tuple[float, float]) -> QDoubleSpinBox:
        """A figure only the business knows; empty (—) until entered, and staffing is shown once both are."""
        box = QDoubleSpinBox()
        box.setRange(0.0, bounds[1])
        box.setDecimals(0)
        box.setSpecialValueText("—")
        box.setSuffix(suffix)
        box.valueChanged.connect(self._show_staffing)
        return box

    def _show_staffing(self) -> None:
        minutes, hours = self.minutes.value(), self.hours.value()
        if self.forecast is None:
            self.staffing.clear()
            return
        if minutes < MINUTES[0] or hours < HOURS[0]:
            self.staffing.setText(self.tr("Enter the handling time of a ticket and the hours an agent spends on "
                                          "tickets in a week to see the agents needed per week."))
            return
        staff = self.session.service.analytics.staffing(self.forecast, minutes, hours)
        lines = [fmt(self.tr("Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}."),
            human_date(str(week.week_start)), week.agents, staff.interval, week.agents_busy) for week in staff.weeks]
        self.staffing.setText(bullets(lines))

    def refresh(self) -> None:
        """Show the stored forecast, unless the user refreshed one since in this project and no retraining
        replaced the stored one."""
        if not self.session.is_open:
            return
        if self.closed.update_for(self.session):
            self.controls.hide()
            self._show_nothing("")
            return
        board = self.session.service.analytics.stored_board()
        stored = board.forecast if board else None
        if self._seen == (self.session.path, stored) and self.forecast is not None:
            return
        self._seen = (self.session.path, stored)
        if stored is None:
            self.forecast = None
            note = board.forecast_note if board else None
            self._show_nothing(self.tr("No stored forecast: {0}").format(said(FORECAST, note)) if note else self.tr(
                "No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets."))
            return
        self.weeks.setValue(len(stored.forecast))
        self._show(stored, self.tr("Forecast made at training."))

    def start_forecast(self) -> None:
        if not self.session.is_open:
            return
        analytics, weeks = self.session.service.analytics, self.weeks.value()
        self.jobs.run(self.tr("Forecasting support tickets"), lambda progress: analytics.forecast(weeks, progress),
                      lambda result: self._show(result, self.tr("Fresh forecast (logged).")))

    def _show_nothing(self, text: str) -> None:
        self.summary.setText(text)
        self.staffing.clear()
        self.content.hide()
        self.notes.hide()

    def _show(self, forecast: TicketForecast, origin: str) -> None:
        self.forecast = forecast
        weeks = forecast.forecast
        metrics = forecast.metrics
        self.summary.setText(" ".join([origin, fmt(self.tr(
            "Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past "
            "points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other "
            "method, {6}). The band holds {7:.0%} of likely outcomes."),
                len(weeks), forecast.expected_total, said(FORECAST, forecast.model_kept), forecast.holdout_weeks,
                metrics.mae, metrics.baseline_mae, said(FORECAST, forecast.baseline_name), forecast.interval)]))
        notes = [said(FORECAST, note) for note in forecast.notes] + self._quality(forecast)
        self.notes.setText(bullets(notes))
        self.notes.setVisible(bool(notes))
        self.table.set_frame(pl.DataFrame([asdict(week) for week in weeks]))
        self.view.resizeColumnsToContents()
        self._show_chart(forecast)
        self._show_staffing()
        self.content.show()

    def _quality(self, forecast: TicketForecast) -> list[str]:
        """How sure the forecast is, each method's backtest error, and how a week's tickets spread over its days."""
        metrics, lines = forecast.metrics, []
        if metrics.expected_mae is not None and metrics.band_width is not None and metrics.coverage_95 is not None:
            lines.append(fmt(self.tr("Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} "
                                     "band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} "
                                     "tickets wide."), metrics.expected_mae, forecast.interval,
                             metrics.interval_coverage, metrics.coverage_95, metrics.band_width))
        if forecast.backtest:
            errors = sorted(forecast.backtest.items(), key=lambda item: item[1])
            lines.append(self.tr("Backtest error per method, tickets a week: {0}.").format("; ".join(
                f"{said(FORECAST, name)} {number(error, 1)}" for name, error in errors)))
        if forecast.weekday_profile:
            names = dict(zip(DAY_NAMES, (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                                         self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                                         self.tr("Sunday")), strict=True))
            lines.append(self.tr("Share of a week's tickets per working day: {0}.").format(", ".join(
                f"{names.get(day, day)} {percent(share)}" for day, share in forecast.weekday_profile)))
        return lines

    def _show_chart(self, forecast: TicketForecast) -> None:
        history_name, forecast_name = self.tr("Tickets per week"), self.tr("Forecast")
        history = [(_day(week.week_start), float(week.tickets)) for week in forecast.history]
        expected = [(_day(week.week_start), week.expected) for week in forecast.forecast]
        band = Band(fmt(self.tr("{0:.0%} interval"), forecast.interval), forecast_name,
                    [(_day(week.week_start), week.lower, week.upper) for week in forecast.forecast])
        self.chart_view.show_chart(
            time_chart(self.tr("Support tickets per week"), [(history_name, history), (forecast_name, expected)],
                       value_title=self.tr("Tickets"), band=band),
            self.tr("{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.")
            .format(len(history), len(expected)))
