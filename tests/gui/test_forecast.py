"""The forecast screen: the stored forecast at first, a fresh logged one on Refresh, history and band in the chart."""

from __future__ import annotations

from PySide6.QtCharts import QAreaSeries, QLineSeries

from prevista.gui.screens.forecast import ForecastPage
from tests.gui.conftest import finish, open_session


def _series(page: ForecastPage) -> tuple[list[QLineSeries], list[QAreaSeries]]:
    series = page.chart_view.chart().series()
    return [s for s in series if isinstance(s, QLineSeries)], [s for s in series if isinstance(s, QAreaSeries)]


def test_shows_the_stored_forecast_without_logging(qtbot, trained_project):
    session = open_session(trained_project)
    entries = len(session.store.log.entries())
    page = ForecastPage(session)
    qtbot.addWidget(page)
    page.refresh()
    stored = session.store.meta("forecast")
    lines, bands = _series(page)
    assert [line.count() for line in lines] == [len(stored["history"]), len(stored["forecast"])]
    assert len(bands) == 1
    assert page.table.rowCount() == len(stored["forecast"]) == page.weeks.value()
    assert len(session.store.log.entries()) == entries


def test_refresh_forecasts_the_chosen_weeks_and_logs(qtbot, trained_project):
    session = open_session(trained_project)
    page = ForecastPage(session)
    qtbot.addWidget(page)
    page.refresh()
    page.weeks.setValue(page.weeks.minimum() + 2)
    results = []
    page.refresh_button.click()
    page.jobs.job.succeeded.connect(results.append)
    finish(qtbot, page.jobs.job)
    entry = session.store.log.entries()[-1]
    assert entry["action"] == "forecast" and entry["counts"]["weeks"] == page.weeks.value()
    lines, bands = _series(page)
    assert [line.count() for line in lines] == [len(results[0].history), page.weeks.value()]
    assert len(bands) == 1 and bands[0].upperSeries().count() == page.weeks.value()
    page.refresh()  # showing the page again keeps the fresh forecast
    assert page.forecast is results[0]


def test_staffing_appears_once_the_handling_time_and_agent_hours_are_entered(qtbot, trained_project):
    session = open_session(trained_project)
    page = ForecastPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert "Enter the handling time" in page.staffing.text()
    page.minutes.setValue(12)
    page.hours.setValue(30)
    first = page.forecast.forecast[0]
    assert f"Week of {first.week_start}: {first.expected * 12 / 60 / 30:.1f} agents" in page.staffing.text()
    assert page.staffing.text().count("Week of") == len(page.forecast.forecast)
