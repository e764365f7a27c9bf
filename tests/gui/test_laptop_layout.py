"""At a laptop's 1366×768 every main screen is readable without scrolling sideways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView

from prevista.core.runtime.preferences import Preferences
from prevista.gui.app import build
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle

LAPTOP = (1366, 768)


def test_no_main_screen_scrolls_sideways_at_laptop_size(qtbot, trained_project: Path):
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
    assert not cut, "\n".join(cut)
    assert window.width() <= LAPTOP[0] and window.height() <= LAPTOP[1], "the window outgrew the laptop's screen"
