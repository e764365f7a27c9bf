"""Every table and chart can be copied and saved; the segment board goes to Excel with its actions, logged."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from prevista.core.runtime.preferences import Preferences
from prevista.gui import dialogs
from prevista.gui.app import build
from prevista.gui.charts import ChartView
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle


def _opened(qtbot, path: Path):
    window = build(QApplication.instance(), Preferences.load())
    qtbot.addWidget(window)
    window.show()
    window.start.show_unlock(path)
    window.start.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start.unlock_panel.unlock()
    finish(qtbot, window.start.unlock_panel.job)
    settle(qtbot, window.session)
    return window


def test_every_table_copies_and_every_chart_saves(qtbot, trained_project: Path, tmp_path: Path, monkeypatch):
    window = _opened(qtbot, trained_project)
    for name, page in window.workspace.pages.items():
        for view in page.findChildren(QTableView):
            assert any(a.shortcut().matches(Qt.Key.Key_C | Qt.KeyboardModifier.ControlModifier) for a in view.actions()), \
                f"a table on the {name} screen cannot be copied"
    segments = window.workspace.pages["segments"]
    window.workspace.show_page("segments")
    settle(qtbot, window.session)
    segments.view.clearSelection()
    segments.view.setFocus()
    next(a for a in segments.view.actions() if a.shortcut().toString()).trigger()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == segments.table.rowCount() + 1 and copied[0].split("\t")[1] == "Segment"
    saved = tmp_path / "chart.png"
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: saved)
    chart = segments.findChildren(ChartView)[0]
    chart.actions()[-1].trigger()
    settle(qtbot, window.session)
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert window.session.store.log.entries()[-1]["action"] == "table-exported"


def test_segments_go_to_excel_with_their_actions(qtbot, trained_project: Path, tmp_path: Path, monkeypatch):
    window = _opened(qtbot, trained_project)
    window.workspace.show_page("segments")
    settle(qtbot, window.session)
    page = window.workspace.pages["segments"]
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: tmp_path / "board.xlsx")
    page.export_segments()
    settle(qtbot, window.session)
    board = pl.read_excel(tmp_path / "board.xlsx")
    assert board.height == page.table.rowCount() and board["suggested_action"].null_count() == 0
    assert board["customers"].min() >= window.session.service.settings().min_segment_size
    inside = trained_project / "board.csv"  # never into a project folder, where it would sit unencrypted
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: inside)
    page.export_segments()
    settle(qtbot, window.session)
    assert not inside.exists() and page.jobs.banner.isVisible()
