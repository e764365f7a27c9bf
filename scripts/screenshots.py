"""Drive the real window through every screen on the bundled demo and save a PNG of each.

Run through scripts/screenshots.sh (Xvfb); the pictures in the README come from here.
Nothing is faked: the demo project is built by the same service as ``prevista demo``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from prevista.core.demo.run import DEMO_PASSPHRASE, demo_files, run_demo  # noqa: E402
from prevista.core.runtime.preferences import Preferences  # noqa: E402
from prevista.gui import dialogs  # noqa: E402
from prevista.gui.app import build, dark_palette, follow_color_scheme  # noqa: E402
from prevista.gui.main_window import MainWindow  # noqa: E402
from tests.gui.heartbeat import wait_until  # noqa: E402

SIZE = (1280, 820)


class Camera:
    def __init__(self, app: QApplication, window: MainWindow, out: Path) -> None:
        self.app, self.window, self.out = app, window, out
        self.taken: list[Path] = []

    def settle(self) -> None:
        wait_until(lambda: not self.window.session.busy, timeout_s=300)
        QTest.qWait(400)

    def shot(self, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        self.app.primaryScreen().grabWindow(self.window.winId()).save(str(path))
        self.taken.append(path)
        print(f"  {path}", flush=True)


def _page(window: MainWindow, name: str):
    window.workspace.show_page(name)
    return window.workspace.pages[name]


def _start_screens(camera: Camera, window: MainWindow, project: Path) -> None:
    camera.shot("01-start")
    window.start.show_create()
    window.start.create_panel.folder.setText(str(project.parent / "new-pilot"))
    QTest.keyClicks(window.start.create_panel.passphrase, "four ordinary words here")
    QTest.keyClicks(window.start.create_panel.repeat, "four ordinary words here")
    camera.shot("02-new-project")
    window.start.show_unlock(project)
    QTest.keyClicks(window.start.unlock_panel.passphrase, DEMO_PASSPHRASE)
    camera.shot("03-unlock")
    window.start.unlock_panel.unlock()
    wait_until(lambda: window.session.is_open, timeout_s=60)


def _workspace_screens(camera: Camera, window: MainWindow) -> None:
    segments = _page(window, "segments")
    camera.settle()
    segments.view.selectRow(0)
    camera.shot("04-segments")
    for index, name in enumerate(("overview", "models", "forecast", "reports", "settings"), start=5):
        _page(window, name)
        camera.shot(f"{index:02d}-{name}")


def _import_screens(camera: Camera, window: MainWindow) -> None:
    page = _page(window, "import")
    dialogs.open_paths = lambda *_args: demo_files("european")
    page.files.add_button.click()
    camera.shot("10-import-files")
    for name in ("11-import-mapping", "12-import-report"):
        page.next_button.click()
        camera.shot(name)


def _privacy_screens(camera: Camera, window: MainWindow) -> None:
    page = _page(window, "privacy")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        camera.shot(f"{13 + index:02d}-privacy-{index + 1}")


def _dark(camera: Camera, window: MainWindow) -> None:
    """Xvfb has no desktop theme to report "dark", so set the palette a dark desktop would hand Qt."""
    camera.app.setPalette(dark_palette())
    _page(window, "segments")
    camera.shot("20-segments-dark")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PREVISTA_CONFIG_DIR"] = str(Path(tmp) / "config")
        project = Path(tmp) / "demo-pilot"
        print("building the demo project …", flush=True)
        run_demo(project, operator="consultant")
        prefs = Preferences()
        prefs.remember(project)
        prefs.save()
        app = QApplication([sys.argv[0]])
        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
        follow_color_scheme(app)
        window = build(app, prefs)
        window.resize(*SIZE)
        window.show()
        camera = Camera(app, window, out)
        steps: list[Callable[[Camera, MainWindow], None]] = [
            _workspace_screens, _import_screens, _privacy_screens, _dark]
        _start_screens(camera, window, project)
        for step in steps:
            step(camera, window)
        window.session.close()
        window.close()
    print(f"{len(camera.taken)} screenshots in {out}")


if __name__ == "__main__":
    main()
