"""The start screen: create with a strength check, unlock (wrong and right passphrase), recent projects, auto-lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.preferences import Preferences
from prevista.gui import dialogs
from prevista.gui.app import build
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle


def _window(qtbot):
    window = build(QApplication.instance(), Preferences.load(), kdf=KdfParams.minimum())
    qtbot.addWidget(window)
    window.show()
    return window


def test_create_refuses_a_weak_passphrase_then_creates_and_remembers(qtbot, tmp_path: Path):
    window = _window(qtbot)
    panel = window.start.create_panel
    window.start.show_create()
    panel.folder.setText(str(tmp_path / "pilot"))
    qtbot.keyClicks(panel.passphrase, "kowalski1")
    qtbot.keyClicks(panel.repeat, "kowalski1")
    assert not panel.create_button.isEnabled()
    assert panel.meter.value() < 3
    panel.passphrase.clear()
    panel.repeat.clear()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClicks(panel.repeat, PASSPHRASE + "x")
    assert not panel.create_button.isEnabled()
    panel.repeat.setText(PASSPHRASE)
    assert panel.create_button.isEnabled()
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    finish(qtbot, panel.job)
    assert ProjectStore.is_project(tmp_path / "pilot")
    assert window.stack.currentWidget() is window.workspace
    assert Preferences.load().recent == [str((tmp_path / "pilot").resolve())]
    assert window.session.store.log.entries()[-1]["action"] == "project-created"
    settle(qtbot, window.session)


def test_unlock_from_recent_wrong_then_right_passphrase(qtbot, imported_project: Path):
    prefs = Preferences.load()
    prefs.remember(imported_project)
    prefs.save()
    window = _window(qtbot)
    assert window.start.recent.count() == 1
    qtbot.keyClick(window.start.recent, Qt.Key.Key_Return)
    panel = window.start.unlock_panel
    qtbot.keyClicks(panel.passphrase, "not the passphrase")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    finish(qtbot, panel.job)
    assert panel.banner.isVisible() and "passphrase" in panel.banner.text().lower()
    assert not window.session.is_open
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    finish(qtbot, panel.job)
    assert window.session.is_open
    assert window.workspace.current() is window.workspace.pages["overview"]  # imported, not trained yet
    settle(qtbot, window.session)


def test_open_folder_that_is_not_a_project(qtbot, tmp_path: Path, monkeypatch):
    window = _window(qtbot)
    monkeypatch.setattr(dialogs, "folder", lambda parent, caption: tmp_path)
    window.start.open_folder()
    assert "not a Prevista project" in window.start.jobs.banner.text()


def test_idle_lock_forgets_the_store_and_asks_again(qtbot, trained_project: Path):
    window = _window(qtbot)
    window.start.show_unlock(trained_project)
    window.start.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start.unlock_panel.unlock()
    finish(qtbot, window.start.unlock_panel.job)
    assert window.workspace.current() is window.workspace.pages["segments"]  # trained: the dashboard
    window.idle._timer.setInterval(50)
    window.idle._timer.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    assert window.stack.currentWidget() is window.start
    assert "Locked" in window.start.unlock_panel.heading.text()
