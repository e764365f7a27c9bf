"""The packaged app's single entry point: the desktop app, the command line and the XLSX child.

    prevista                      the desktop app (no arguments)
    prevista demo --project DIR   any ``prevista`` command: the command line
    prevista --xlsx-child REQUEST (hidden) the sandboxed XLSX parser, which
                                  core.ingest.readers.xlsx_reader starts through
                                  ``sys.executable`` when the app is frozen

Imports are deferred to the branch taken, so the XLSX child and the command
line never load Qt, and the child stays small under its address-space limit.

Two environment variables serve the packaging checks only; unset, they
change nothing:

``PREVISTA_START_MARKER=1``
    print ``PREVISTA-WINDOW-SHOWN <unix time> <window> icon|no-icon`` on stdout
    once the first top-level window is exposed and painted
    (packaging/bench_start.py times this line; the smoke test checks it).
``PREVISTA_SMOKE_EXIT_MS=N``
    quit the event loop N ms after the first window was exposed
    (packaging/smoke_test.sh), so the app exits through its normal path.
"""

from __future__ import annotations

import os
import sys

XLSX_CHILD_FLAG = "--xlsx-child"
WINDOW_MARKER = "PREVISTA-WINDOW-SHOWN"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == [XLSX_CHILD_FLAG]:
        from prevista.core.ingest.readers import xlsx_child

        _attach_std_streams()
        return xlsx_child.main(args[1:])
    if args and not args[0].startswith("-psn_"):  # macOS Finder may pass a process serial number
        from prevista.core.cli.main import main as cli_main

        return cli_main(args)
    return run_gui()


def _attach_std_streams() -> None:
    """The child talks over the pipes its parent passed as fds 1 and 2.  A windowed (no-console)
    Windows build may start with ``sys.stdout``/``sys.stderr`` set to None even then."""
    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            try:
                setattr(sys, name, open(fd, "w", encoding="utf-8", closefd=False))  # noqa: SIM115 - lives as long as the process
            except OSError:
                pass


def run_gui() -> int:
    from prevista.gui.app import main as gui_main

    marker = os.environ.get("PREVISTA_START_MARKER") == "1"
    exit_ms = os.environ.get("PREVISTA_SMOKE_EXIT_MS")
    if marker or exit_ms:
        _watch_first_window(marker, int(exit_ms) if exit_ms else None)
    return gui_main([sys.argv[0]])


def _watch_first_window(marker: bool, exit_ms: int | None) -> None:
    """Hook the event loop's start (gui.app.main creates the QApplication itself) to see the first window."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    class FirstWindow(QObject):
        """Expose events go to the QWindow behind a top-level widget; the widget paints while handling it."""

        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self.app = app
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
                self.seen = True
                # Queued: runs once this expose event has been handled, i.e. the first frame is painted.
                QTimer.singleShot(0, lambda: self.shown(watched.objectName()))
            return False

        def shown(self, name: str) -> None:
            if marker and sys.stdout is not None:
                icon = "no-icon" if self.app.windowIcon().isNull() else "icon"
                print(f"{WINDOW_MARKER} {time.time():.6f} {name} {icon}", flush=True)
            if exit_ms is not None:
                QTimer.singleShot(exit_ms, self.app.quit)

    original_exec = QApplication.exec

    def exec_watched(app: QApplication) -> int:
        watcher = FirstWindow(app)
        app.installEventFilter(watcher)
        # The window was shown before exec(); its expose event is normally still queued, but a
        # platform may have delivered it already.
        exposed = [window for window in app.topLevelWindows() if window.isExposed()]
        if exposed:
            watcher.seen = True
            QTimer.singleShot(0, lambda: watcher.shown(exposed[0].objectName()))
        return original_exec()

    QApplication.exec = exec_watched


if __name__ == "__main__":
    sys.exit(main())
