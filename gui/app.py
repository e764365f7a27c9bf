"""Start the desktop app: process hardening, HiDPI, the system palette, translations, the window."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from prevista.core.runtime.crash_report import explain_failure
from prevista.core.runtime.preferences import Preferences
from prevista.core.runtime.resources import assets
from prevista.gui import i18n
from prevista.gui.idle import IdleLock
from prevista.gui.main_window import MainWindow
from prevista.gui.session import Session
from prevista.privacy.kdf import KdfParams
from prevista.privacy.process import harden_process


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop, for platforms whose theme says "dark" but hands Qt no palette."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7ac7",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Link: "#7fb2f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    return palette


def follow_color_scheme(app: QApplication) -> None:
    """Follow the desktop's light/dark setting, also where the platform theme only reports it."""
    def apply(scheme: Qt.ColorScheme) -> None:
        dark_now = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if scheme == Qt.ColorScheme.Dark and not dark_now:
            app.setPalette(dark_palette())
        elif scheme == Qt.ColorScheme.Light and dark_now:
            app.setPalette(app.style().standardPalette())
    app.styleHints().colorSchemeChanged.connect(apply)
    apply(app.styleHints().colorScheme())


def build(app: QApplication, prefs: Preferences, *, kdf: KdfParams | None = None) -> MainWindow:
    """Everything but the event loop, so tests and the screenshot script get the real window."""
    session = Session(prefs, kdf=kdf, parent=app)
    window = MainWindow(session)
    idle = IdleLock(session, prefs.lock_minutes, parent=window)
    app.installEventFilter(idle)
    window.workspace.lock_minutes_changed.connect(idle.set_minutes)
    window.idle = idle
    return window


def install_crash_reports(window: MainWindow) -> None:
    """An exception escaping a slot on the UI thread would reach only stderr, which a desktop user never
    sees: save a crash report instead, and say where in the window's status bar."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):
            sys.__excepthook__(kind, exc, tb)
            return
        message = explain_failure(exc)
        print(f"prevista: {message}", file=sys.stderr)
        window.statusBar().showMessage(message)
    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    harden_process()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("Prevista")
    app.setOrganizationName("Prevista")
    app.setDesktopFileName("prevista")
    app.setWindowIcon(QIcon(str(assets() / "icons" / "prevista-256.png")))
    prefs = Preferences.load()
    translators = i18n.install(app, i18n.language_for(prefs.language))
    follow_color_scheme(app)
    window = build(app, prefs)
    install_crash_reports(window)
    window.show()
    code = app.exec()
    del translators
    return code


if __name__ == "__main__":
    sys.exit(main())
