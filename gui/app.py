"""Start the desktop app: process hardening, HiDPI, the system palette, translations, the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from core.preferences import Preferences
from gui import i18n
from gui.idle import IdleLock
from gui.main_window import MainWindow
from gui.session import Session
from privacy.kdf import KdfParams
from privacy.process import harden_process


def build(app: QApplication, prefs: Preferences, *, kdf: KdfParams | None = None) -> MainWindow:
    """Everything but the event loop, so tests and the screenshot script get the real window."""
    session = Session(prefs, kdf=kdf, parent=app)
    window = MainWindow(session)
    idle = IdleLock(session, prefs.lock_minutes, parent=window)
    app.installEventFilter(idle)
    window.workspace.pages["settings"].lock_minutes_changed.connect(idle.set_minutes)
    window.idle = idle
    return window


def main(argv: list[str] | None = None) -> int:
    harden_process()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("Prevista")
    app.setOrganizationName("Prevista")
    app.setDesktopFileName("prevista")
    prefs = Preferences.load()
    translators = i18n.install(app, i18n.language_for(prefs.language))
    window = build(app, prefs)
    window.show()
    code = app.exec()
    del translators
    return code


if __name__ == "__main__":
    sys.exit(main())
