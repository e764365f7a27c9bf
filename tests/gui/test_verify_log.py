"""The DPO's way in, end to end in one window: the log tab exports the package, the project is closed, and the
start screen verifies the package with the kept fingerprint only; a byte changed in the package is caught."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from prevista.core.runtime.preferences import Preferences
from prevista.gui import dialogs
from prevista.gui.app import build
from prevista.gui.screens.verify_log import VerifyLogPanel
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import Action
from prevista.privacy.store import LOG_NAME, ProjectStore
from tests.conftest import PASSPHRASE
from tests.gui.conftest import finish, settle

LONG_PURPOSE = ("Retention campaign for customers whose contract ends within the next quarter, agreed with the "
                "works council on 3 March; contact by e-mail only, never by phone, and no customer is contacted "
                "twice in one month. END-OF-PURPOSE")


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(qtbot):
    window = build(QApplication.instance(), Preferences.load(), kdf=KdfParams.minimum())
    qtbot.addWidget(window)
    window.show()
    return window


def _flip_byte_of_the_log(package: Path, out: Path) -> Path:
    """The package as someone editing the log inside it would leave it: one letter's case in entry 2."""
    with zipfile.ZipFile(package) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    log = bytearray(members[LOG_NAME])
    second_entry = log.index(b"\n", log.index(b"\n") + 1) + 1
    position = log.index(b'"operator":"tester"', second_entry) + len(b'"operator":"t')
    log[position] ^= 0x20
    members[LOG_NAME] = bytes(log)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _verify(qtbot, window, panel: VerifyLogPanel, source: Path, fingerprint: str) -> str:
    panel.source.setText(str(source))
    panel.fingerprint.setText(fingerprint)
    click(qtbot, panel.verify_button)
    settle(qtbot, window.session)
    return panel.jobs.banner.text()


def test_dpo_verifies_the_exported_package_without_the_passphrase(qtbot, trained_project: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch):
    store = ProjectStore.open(trained_project, PASSPHRASE)
    store.record({"action": Action.SETTINGS_CHANGED, "operator": "tester", "purpose": LONG_PURPOSE})
    fingerprint = store.log_key_fingerprint()
    window = _window(qtbot)
    finish(qtbot, window.session.open(trained_project, PASSPHRASE))
    settle(qtbot, window.session)
    window.workspace.show_page("privacy")
    privacy = window.workspace.pages["privacy"]
    privacy.tabs.setCurrentWidget(privacy.log)
    settle(qtbot, window.session)
    tab = privacy.log
    before = len(store.log.entries())
    assert tab.entries.model.rowCount() == before

    package = tmp_path / "for-the-dpo" / "log-package.zip"
    package.parent.mkdir()
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: package)
    click(qtbot, tab.package_button)
    settle(qtbot, window.session)
    assert package.is_file() and "Give it to the DPO" in tab.jobs.banner.text()
    assert tab.entries.model.rowCount() == before + 1  # the export is logged, and the tab shows it
    window.session.close()
    assert not window.session.is_open

    start = window.start
    click(qtbot, start.verify_button)
    panel = start.verify_panel
    assert start.panels.currentWidget() is panel and not panel.pdf_button.isVisible()
    text = _verify(qtbot, window, panel, package, fingerprint.upper())  # typed as copied: case does not matter
    assert text.startswith(f"OK: {before} entries") and "fingerprint you kept" in text
    view = panel.entries
    assert view.model.rowCount() == before

    # the entry whose purpose the table cuts off is read whole in the detail pane
    view.filter.setText("END-OF-PURPOSE")
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert LONG_PURPOSE in view.detail.toPlainText()
    view.filter.clear()
    view.action.setCurrentIndex(view.action.findData(Action.IMPORT))
    imports = view.model.rowCount()
    assert 0 < imports < before and view.shown.text() == f"Showing {imports} of {before} entries."
    view.since.setDate(QDate.currentDate().addDays(1))
    assert view.model.rowCount() == 0  # nothing was logged tomorrow
    view.since.setDate(view.since.minimumDate())

    pdf = tmp_path / "log.pdf"
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: pdf)
    click(qtbot, panel.pdf_button)
    settle(qtbot, window.session)
    printed = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "OK:" in printed and f"Shown: {imports} of {before} entries, action Import" in printed

    # the package kept from last time as the earlier checkpoint: nothing up to it was removed or changed
    panel.earlier.setText(str(package))
    assert "the log continues the earlier package" in _verify(qtbot, window, panel, package, fingerprint)
    panel.earlier.clear()

    # a wrong fingerprint, then one byte changed in the package's log: both refused
    text = _verify(qtbot, window, panel, package, "0" * 64)
    assert text.startswith("FAILED:") and "not the project's key you kept" in text
    tampered = _flip_byte_of_the_log(package, tmp_path / "tampered.zip")
    text = _verify(qtbot, window, panel, tampered, fingerprint)
    assert text.startswith("FAILED: entry 2 was altered") and not window.session.is_open

    # what is no log is named, and nothing of the last check stays on the page
    copy = tmp_path / "copy.json"
    copy.write_text('{\n "header": {}\n}\n', encoding="utf-8")
    text = _verify(qtbot, window, panel, copy, fingerprint)
    assert "readable copy" in text and view.model.rowCount() == 0 and not panel.pdf_button.isVisible()
    click(qtbot, next(b for b in panel.findChildren(QAbstractButton) if b.text() == "&Back"))
    assert start.panels.currentIndex() == 0
