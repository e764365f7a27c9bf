"""At a laptop's 1366×768 every main screen is readable without scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView

from prevista.core.analytics.segments import stored_board
from prevista.core.campaigns.start import CampaignRequest, plan_campaign, start_campaign
from prevista.core.project.lifecycle import open_project
from prevista.core.runtime.preferences import Preferences
from prevista.gui import i18n
from prevista.gui.app import build
from prevista.gui.charts import ChartView
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle

LAPTOP = (1366, 768)


def _clipped(chart: QChart) -> list[str]:
    """The chart's title and axis titles that do not fit their room (Qt elides them with "...")."""
    room = {Qt.Orientation.Horizontal: chart.plotArea().width(), Qt.Orientation.Vertical: chart.plotArea().height()}
    texts = [(chart.title(), chart.titleFont(), chart.size().width() - chart.margins().left() - chart.margins().right())]
    texts += [(axis.titleText(), axis.titleFont(), room[axis.orientation()]) for axis in chart.axes()]
    return [text for text, font, width in texts if text and QFontMetrics(font).horizontalAdvance(text) > width]


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English, and German: its words are among the longest of the six languages."""
    locale = QLocale()
    installed = i18n.install(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_no_main_screen_scrolls_sideways_at_laptop_size(qtbot, trained_project: Path, language: str):
    store = open_project(trained_project, PASSPHRASE)  # a measured campaign over every segment: the longest name
    board = stored_board(store)
    assert board is not None
    segments = tuple(row.segment for row in board.segments)
    start_campaign(store, plan_campaign(store, CampaignRequest(segments=segments, purpose="help", start=date(2026, 6, 1),
                                                               seed=1)), operator="tester")
    window = build(QApplication.instance(), Preferences.load())
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.start.show_unlock(trained_project)
    window.start.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start.unlock_panel.unlock()
    finish(qtbot, window.start.unlock_panel.job)
    settle(qtbot, window.session)
    cut: list[str] = []
    for name, page in window.workspace.pages.items():
        window.workspace.show_page(name)
        settle(qtbot, window.session)
        QApplication.processEvents()
        for area in page.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                cut.append(f"{name}: {area.accessibleName() or type(area).__name__} scrolls sideways")
        for view in page.findChildren(QTableView):
            if view.isVisible() and view.model() is not None:
                hidden = [c for c in range(view.model().columnCount())
                          if view.columnViewportPosition(c) + view.columnWidth(c) > view.viewport().width()]
                if hidden:
                    cut.append(f"{name}: {view.accessibleName()} cuts off {len(hidden)} columns")
        if name == "campaigns":
            charts = [view for view in page.findChildren(ChartView) if view.isVisible()]
            assert charts, "the campaign's result chart is not shown"
            cut += [f"{name}: chart text cut: {text}" for view in charts for text in _clipped(view.chart())]
    assert not cut, "\n".join(cut)
    assert window.width() <= LAPTOP[0] and window.height() <= LAPTOP[1], "the window outgrew the laptop's screen"
