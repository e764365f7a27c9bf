"""Drive the real window through every screen on the bundled demo and save a PNG of each, in every language.

Run through scripts/screenshots.sh (Xvfb); the pictures in the README come from here.
    python scripts/screenshots.py [OUT_DIR [LANG …]]     (default: docs/screenshots, all six languages)
English goes to OUT_DIR/NN-name.png (the README links those), every other language to OUT_DIR/<lang>/.
The window is 1366×768, the laptop size the screens are laid out for.

Nothing is faked: the demo project is built by the same service as ``prevista demo``, and the one campaign
on it is planned and started through core's campaign service like the Segments page does (with a start date
in the demo's past, so that the Campaigns page has data after the start to measure).  Each language gets a
fresh window built after its translators are installed, as the app does at start.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from prevista.core.campaigns.start import CampaignRequest  # noqa: E402
from prevista.core.demo.run import DEMO_PASSPHRASE, DemoRun, demo_files, run_demo  # noqa: E402
from prevista.core.runtime.preferences import LANGUAGES, Preferences  # noqa: E402
from prevista.core.services.project import ProjectService  # noqa: E402
from prevista.gui import dialogs, i18n  # noqa: E402
from prevista.gui.app import build, dark_palette, follow_color_scheme  # noqa: E402
from prevista.gui.help import HelpDialog  # noqa: E402
from prevista.gui.main_window import MainWindow  # noqa: E402
from prevista.gui.screens.import_history import ImportHistoryDialog  # noqa: E402
from prevista.privacy.store import LOG_NAME  # noqa: E402
from tests.gui.heartbeat import wait_until  # noqa: E402

SIZE = (1366, 768)
ALL_LANGUAGES = ("en", "de", "pl", "cs", "da", "sv")
OPERATOR = "consultant"


class Camera:
    def __init__(self, app: QApplication, window: MainWindow, out: Path) -> None:
        self.app, self.window, self.out = app, window, out
        self.taken: list[Path] = []

    def settle(self) -> None:
        wait_until(lambda: not self.window.session.busy, timeout_s=300)
        QTest.qWait(400)

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """The main window, or another top-level window (a dialog) of the app."""
        self.settle()
        path = self.out / f"{name}.png"
        shown = widget if widget is not None else self.window
        self.app.primaryScreen().grabWindow(shown.winId()).save(str(path))
        self.taken.append(path)
        print(f"  {path}", flush=True)


def _page(window: MainWindow, name: str):
    window.workspace.show_page(name)
    return window.workspace.pages[name]


def _start_screens(camera: Camera, window: MainWindow, project: Path) -> None:
    window.start.show_home()
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


def _campaigns(camera: Camera, window: MainWindow) -> None:
    page = _page(window, "campaigns")
    camera.settle()  # the list, then the selected campaign's preview measurement
    camera.shot("17-campaigns")


def _import_screens(camera: Camera, window: MainWindow) -> None:
    page = _page(window, "import")
    dialogs.open_paths = lambda *_args: demo_files("european")
    page.files.add_button.click()
    camera.shot("10-import-files")
    for name in ("11-import-mapping", "12-import-report"):
        page.next_button.click()
        camera.shot(name)
    page.history_button.click()  # window-modal (open(), not exec()): the script goes on, and closes it below
    history = page.findChild(ImportHistoryDialog)
    if history is None:
        print("  (no import history dialog opened)", flush=True)
        return
    camera.shot("18-import-history", history)
    history.reject()
    camera.settle()
    page.reset()


def _privacy_screens(camera: Camera, window: MainWindow) -> None:
    page = _page(window, "privacy")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        camera.shot(f"{13 + index:02d}-privacy-{index + 1}")


def _help(camera: Camera, window: MainWindow) -> None:
    """Help → Guide (F1) and Glossary: a dialog of its own, grabbed as its own window."""
    dialog = window.help.open(HelpDialog.GUIDE)
    dialog.move(window.geometry().topLeft())
    camera.shot("19-help-guide", dialog)
    dialog.show_tab(HelpDialog.GLOSSARY)
    camera.shot("22-help-glossary", dialog)
    dialog.close()


def _dark(camera: Camera, window: MainWindow) -> None:
    """Xvfb has no desktop theme to report "dark", so set the palette a dark desktop would hand Qt."""
    camera.app.setPalette(dark_palette())
    _page(window, "segments")
    camera.shot("20-segments-dark")
    camera.app.setPalette(camera.app.style().standardPalette())


def _verify_log(camera: Camera, window: MainWindow, project: Path) -> None:
    """The DPO's entry on the start screen, without the passphrase: the demo's own log file, no key typed
    (the public key beside the log is used, and the verdict says it only came with the log)."""
    window.session.close()
    wait_until(lambda: not window.session.is_open, timeout_s=60)
    window.start.show_verify()
    panel = window.start.verify_panel
    panel.source.setText(str(project / LOG_NAME))
    panel.verify()
    camera.settle()
    entries = panel.entries
    if entries.model.rowCount():  # an entry in the detail pane: the import, whose purpose is long
        imports = [row for row, action in enumerate(entries.model.frame["action"]) if "import" in str(action)]
        entries.table.selectRow(imports[0] if imports else 0)
    camera.shot("21-verify-log")
    panel.back.emit()


def _with_campaign(project: Path, demo: DemoRun) -> None:
    """One campaign on the riskiest segments, started 90 days back so the demo's data has an 'after'."""
    service = ProjectService.open(project, DEMO_PASSPHRASE, operator=OPERATOR)
    riskiest = sorted(demo.segments.segments, key=lambda row: -row.churn_risk)[:3]
    request = CampaignRequest(segments=tuple(row.segment for row in riskiest),
                              purpose="Call customers at risk to offer help", seed=7,
                              start=datetime.date.today() - datetime.timedelta(days=90), cost_per_contact=12.0)
    try:
        started = service.campaigns.start(service.campaigns.plan(request))
        print(f"  campaign {started.campaign.id} started on the demo", flush=True)
    except Exception as exc:  # the Campaigns page then shows its empty state, which is a screen too
        print(f"  no campaign on the demo ({exc}); the Campaigns page shows its empty state", flush=True)


def _languages(argv: list[str]) -> list[str]:
    wanted = argv or list(ALL_LANGUAGES)
    unknown = [code for code in wanted if code not in LANGUAGES]
    if unknown:
        sys.exit(f"unknown language(s) {', '.join(unknown)}; choose from {', '.join(ALL_LANGUAGES)}")
    return wanted


def _install(app: QApplication, language: str, previous: list[QTranslator]) -> list[QTranslator]:
    for translator in previous:
        app.removeTranslator(translator)
    return i18n.install(app, language)


def _one_language(app: QApplication, prefs: Preferences, project: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window = build(app, prefs)
    window.resize(*SIZE)
    window.show()
    camera = Camera(app, window, out)
    steps: list[Callable[[Camera, MainWindow], None]] = [
        _workspace_screens, _campaigns, _import_screens, _privacy_screens, _help, _dark]
    try:
        _start_screens(camera, window, project)
        for step in steps:
            step(camera, window)
        _verify_log(camera, window, project)
    finally:
        window.session.close()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QTest.qWait(100)
    return camera.taken


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "screenshots")
    languages = _languages(sys.argv[2:])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PREVISTA_CONFIG_DIR"] = str(Path(tmp) / "config")
        project = Path(tmp) / "demo-pilot"
        print("building the demo project …", flush=True)
        _with_campaign(project, run_demo(project, operator=OPERATOR))
        prefs = Preferences()
        prefs.remember(project)
        prefs.save()
        app = QApplication([sys.argv[0]])
        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
        follow_color_scheme(app)
        original_open_paths = dialogs.open_paths
        translators: list[QTranslator] = []
        taken: dict[str, int] = {}
        for language in languages:
            print(f"{language}:", flush=True)
            translators = _install(app, language, translators)
            prefs.language = language  # the Settings screen shows the language the pictures are in
            dialogs.open_paths = original_open_paths
            taken[language] = len(_one_language(app, prefs, project, out if language == "en" else out / language))
    print(", ".join(f"{language} {count}" for language, count in taken.items()) + f" screenshots in {out}")


if __name__ == "__main__":
    main()
