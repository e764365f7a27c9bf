"""Charts drawn with Qt's own QtCharts, in the light or dark theme of the window around them.

Screens build their charts through the few builders here (bars, lift bars,
a calibration plot, lines over time with an interval band), so every chart
looks and behaves alike.  :class:`ChartView` re-applies the theme whenever the
palette changes (the system switching to dark mode, say).  Builders take every
visible text from the calling screen, which translates it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

ROLE = "prevista_role"  # dynamic property: how a series is restyled after the theme reset its colours
PARTNER = "prevista_partner"  # dynamic property of a band: the name of the line it surrounds
REFERENCE = "reference"
BAND = "band"
BAND_ALPHA = 70
MIN_TEXT_LINES = 22  # a chart is at least this many text lines high, whatever the screen's DPI
LABEL_PRECISION = 15  # significant digits in bar labels: large amounts never turn into 1.2e+06


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(chart: QChart, palette: QPalette) -> None:
    """Pick Qt's dark or light chart theme to match ``palette``.

    A theme change resets every series' colours, so series that carry a role
    (a dashed reference line, a translucent band) are restyled afterwards.
    """
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    by_name = {series.name(): series for series in chart.series()}
    for series in chart.series():
        role = series.property(ROLE)
        if role == REFERENCE:
            pen = QPen(palette.color(QPalette.ColorRole.Text))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            series.setPen(pen)
        elif role == BAND:
            partner = by_name.get(series.property(PARTNER))
            color = QColor(partner.color() if partner is not None else series.color())
            color.setAlpha(BAND_ALPHA)
            series.setColor(color)
            series.setBorderColor(color)


class ChartView(QChartView):
    """A chart that follows the window's light/dark palette and tells screen readers what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by Tab, so a screen reader announces it
        self.setMinimumHeight(self.fontMetrics().height() * MIN_TEXT_LINES)

    def show_chart(self, chart: QChart, description: str) -> None:
        """Replace the chart; ``description`` is the chart's content in words for assistive technology."""
        previous = self.chart()
        self.setChart(chart)
        previous.deleteLater()  # the view releases, but does not delete, the chart it showed before
        apply_theme(chart, self.palette())
        self.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            apply_theme(self.chart(), self.palette())


@dataclass(frozen=True)
class Band:
    """An interval drawn as a translucent area around the line named ``around``."""

    name: str
    around: str
    points: Sequence[tuple[date, float, float]]  # (day, lower, upper)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setLocalizeNumbers(True)  # axis and bar labels in the window's locale ("0,8", not "0.8")
    chart.setLocale(QLocale())
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _attach(chart: QChart, series: QAbstractSeries, *axes: QAbstractAxis) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


def _value_axis(title: str, top: float, label_format: str = "%g") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0.0, top if top > 0 else 1.0)
    axis.setLabelFormat(label_format)
    return axis


def _reference_line(name: str, points: Sequence[tuple[float, float]]) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    line.append([QPointF(x, y) for x, y in points])
    line.setProperty(ROLE, REFERENCE)
    return line


def bar_chart(title: str, categories: Sequence[str], values: Sequence[float], *, value_title: str,
              decimals: int = 0, suffix: str = "", horizontal: bool = False) -> QChart:
    """One bar per category, labelled with its value; horizontal bars leave room for long category names."""
    rounded = [round(value, decimals) for value in values]
    if horizontal:  # Qt draws the first category at the bottom; people read from the top
        categories, rounded = list(reversed(categories)), list(reversed(rounded))
    bars = QBarSet(value_title)
    bars.append(rounded)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value" + suffix)
    series.setLabelsPrecision(LABEL_PRECISION)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    value_axis = _value_axis(value_title, max(rounded, default=0.0) * 1.15)
    value_axis.applyNiceNumbers()
    chart = _chart(title)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    _attach(chart, series, category_axis, value_axis)
    chart.legend().hide()
    return chart


def lift_chart(title: str, lifts: Sequence[float], *, category_title: str, value_title: str,
               reference_name: str) -> QChart:
    """Lift per decile (highest predicted risk first) against the 1× line of picking customers at random."""
    chart = bar_chart(title, [str(decile) for decile in range(1, len(lifts) + 1)], lifts, value_title=value_title,
                      decimals=1, suffix="×")
    category_axis, value_axis = chart.axes(Qt.Orientation.Horizontal)[0], chart.axes(Qt.Orientation.Vertical)[0]
    category_axis.setTitleText(category_title)
    value_axis.setMax(max(value_axis.max(), 1.5))
    value_axis.applyNiceNumbers()
    _attach(chart, _reference_line(reference_name, [(-0.5, 1.0), (len(lifts) - 0.5, 1.0)]), category_axis, value_axis)
    chart.legend().show()
    chart.legend().markers(chart.series()[0])[0].setVisible(False)  # the bars explain themselves; the line does not
    return chart


def calibration_chart(title: str, points: Sequence[tuple[float, float]], *, model_name: str, ideal_name: str,
                      x_title: str, y_title: str) -> QChart:
    """Predicted against observed rates (in percent); a calibrated model's points lie on the diagonal."""
    top = max([0.1, *(value for point in points for value in point)])
    top = math.ceil(top * 10) * 10.0  # percent, up to the next multiple of ten
    model = QLineSeries()
    model.setName(model_name)
    model.setPointsVisible(True)
    model.append([QPointF(predicted * 100, observed * 100) for predicted, observed in points])
    x_axis, y_axis = _value_axis(x_title, top, "%.0f%%"), _value_axis(y_title, top, "%.0f%%")
    chart = _chart(title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    _attach(chart, _reference_line(ideal_name, [(0.0, 0.0), (top, top)]), x_axis, y_axis)
    _attach(chart, model, x_axis, y_axis)
    return chart


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


def time_chart(title: str, lines: Sequence[tuple[str, Sequence[tuple[date, float]]]], *, value_title: str,
               band: Band | None = None) -> QChart:
    """Lines over calendar time, optionally with an interval band drawn beneath the line it surrounds."""
    days = [day for _, points in lines for day, _ in points] + [point[0] for point in (band.points if band else ())]
    highest = [value for _, points in lines for _, value in points] + [point[2] for point in (band.points if band else ())]
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM yyyy")
    if days:
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(min(days)))),
                        QDateTime.fromMSecsSinceEpoch(int(_msecs(max(days)))))
    y_axis = _value_axis(value_title, max(highest, default=0.0) * 1.1)
    y_axis.applyNiceNumbers()
    chart = _chart(title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    if band is not None:  # added first, so the lines are drawn on top of it
        lower, upper = QLineSeries(chart), QLineSeries(chart)
        lower.append([QPointF(_msecs(day), low) for day, low, _ in band.points])
        upper.append([QPointF(_msecs(day), high) for day, _, high in band.points])
        area = QAreaSeries(upper, lower)
        area.setName(band.name)
        area.setProperty(ROLE, BAND)
        area.setProperty(PARTNER, band.around)
        _attach(chart, area, x_axis, y_axis)
    for name, points in lines:
        line = QLineSeries()
        line.setName(name)
        line.append([QPointF(_msecs(day), value) for day, value in points])
        _attach(chart, line, x_axis, y_axis)
    return chart
