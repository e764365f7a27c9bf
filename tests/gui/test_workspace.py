"""Per-project state: whatever one project left in the screens must never show in the next one.

The check is a difference: a window that showed project A and then opens B must look exactly like a
window that opened B directly — every label, every table cell, every scroll position, on every screen.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QLabel, QTableView, QTreeView

from prevista.core.runtime.preferences import Preferences
from prevista.gui.app import build
from prevista.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle


def _window(qtbot) -> MainWindow:
    window = build(QApplication.instance(), Preferences.load())
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot, window: MainWindow, path: Path) -> None:
    window.start.show_unlock(path)
    window.start.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start.unlock_panel.unlock()
    finish(qtbot, window.start.unlock_panel.job)
    settle(qtbot, window.session)


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.index(row, column).data()) for row in range(model.rowCount())
            for column in range(model.columnCount())]


def _seen(qtbot, window: MainWindow, scroll: bool = False) -> dict[str, list[object]]:
    """Every screen as a user would read it; ``scroll`` moves every scrollable view to its end first."""
    seen: dict[str, list[object]] = {}
    for name, page in window.workspace.pages.items():
        window.workspace.show_page(name)
        settle(qtbot, window.session)
        if scroll:
            for area in page.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
        tables = [_cells(view) for view in page.findChildren(QAbstractItemView) if view.isVisibleTo(page)]
        positions = [area.verticalScrollBar().value() for area in page.findChildren(QAbstractScrollArea)
                     if area.isVisibleTo(page)]
        seen[name] = [labels, tables, positions]
    return seen


def _switch(qtbot, window: MainWindow, path: Path) -> None:
    window.session.close()
    _unlock(qtbot, window, path)


def test_a_second_project_looks_as_if_it_had_been_opened_first(qtbot, trained_project: Path,
                                                                imported_project: Path, tmp_path: Path):
    other_trained = Path(shutil.copytree(trained_project, tmp_path / "other"))
    travelled = _window(qtbot)
    _unlock(qtbot, travelled, trained_project)
    _seen(qtbot, travelled, scroll=True)
    for path in (imported_project, other_trained):  # a project of another state, then one of the same
        _switch(qtbot, travelled, path)
        fresh = _window(qtbot)
        _unlock(qtbot, fresh, path)
        expected = _seen(qtbot, fresh)
        for name, shown in _seen(qtbot, travelled).items():
            assert shown == expected[name], f"the {name} screen kept something of the previous project"
        fresh.session.close()


def test_a_locked_window_holds_no_figures_of_the_project(qtbot, trained_project: Path):
    window = _window(qtbot)
    _unlock(qtbot, window, trained_project)
    _seen(qtbot, window)
    window.session.lock()
    qtbot.waitUntil(lambda: not window.session.is_open)
    QApplication.processEvents()
    for name, page in window.workspace.pages.items():
        views = page.findChildren(QTableView) + page.findChildren(QTreeView)
        filled = [view for view in views if _cells(view)]
        assert not filled, f"the locked window's {name} screen still holds a table"


CLI_SYNTAX = re.compile(r"(?<![\w-])--[a-z][a-z-]+|\bprevista [a-z-]+")


def test_no_screen_quotes_the_command_line(qtbot, trained_project: Path, imported_project: Path, tmp_path: Path):
    """A GUI user cannot type an option: every hint a screen shows is said in the window's own terms."""
    window = _window(qtbot)
    quoted: list[str] = []
    for path in (trained_project, imported_project):
        _unlock(qtbot, window, path)
        for name, (labels, _tables, _positions) in _seen(qtbot, window).items():
            quoted += [f"{path.name}/{name}: {text}" for text in labels if CLI_SYNTAX.search(str(text))]
        window.session.close()
    assert not quoted, "\n".join(quoted)
